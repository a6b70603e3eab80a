// maestro-heal's vitest capture reporter: records the expected and received values of every failed assertion
// during the healer's own re-runs (passed as an extra --reporter from a temporary folder; nothing installed,
// nothing written into the project). The default reporter still prints the normal report.
import { renameSync, writeFileSync } from 'node:fs';

export default class MaestroCapture {
  onFinished(files) {
    const out = [];
    const walk = (task, names) => {
      for (const t of task.tasks || []) {
        if (t.type === 'suite') {
          walk(t, [...names, t.name]);
          continue;
        }
        if (!t.result || t.result.state !== 'fail') continue;
        for (const e of t.result.errors || []) {
          if (typeof e.actual !== 'string' || typeof e.expected !== 'string') continue;
          const file = t.file ? t.file.filepath : null;
          const site = (e.stacks || []).find((s) => s.file === file);
          out.push({
            names: [...names, t.name],
            file,
            line: site ? site.line : null,
            actual: e.actual,
            expected: e.expected,
          });
        }
      }
    };
    try {
      for (const f of files || []) walk(f, []);
      const dest = process.env.MAESTRO_CAPTURE_OUT;
      if (dest) {
        writeFileSync(dest + '.tmp', JSON.stringify(out));
        renameSync(dest + '.tmp', dest);
      }
    } catch {
      // never disturb the user's run
    }
  }
}
