// maestro-heal's node:test capture reporter: records the actual and expected values of every failed assertion
// (`details.error.cause`) during the healer's own re-runs (an extra --test-reporter from a temporary folder;
// nothing installed, nothing written into the project). The TAP reporter still prints the normal report.
import { inspect } from 'node:util';

const show = (v) =>
  inspect(v, { depth: null, maxArrayLength: null, maxStringLength: null, breakLength: Infinity, compact: true });

export default async function* maestroCapture(source) {
  const out = [];
  const names = [];
  for await (const event of source) {
    const d = event.data || {};
    if (event.type === 'test:start') {
      names.length = d.nesting || 0;
      names.push(d.name);
      continue;
    }
    if (event.type !== 'test:fail') continue;
    try {
      const err = d.details && d.details.error;
      const cause = err && (err.cause || err);
      if (!cause || typeof cause !== 'object' || !('actual' in cause) || !('expected' in cause)) continue;
      out.push({
        names: [...names.slice(0, d.nesting || 0), d.name],
        file: d.file || null,
        operator: cause.operator || null,
        actual: show(cause.actual),
        expected: show(cause.expected),
      });
    } catch {
      // never disturb the user's run
    }
  }
  yield JSON.stringify(out);
}
