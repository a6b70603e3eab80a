/** Copies a set of (in-memory) files with a simulated per-file write cost. */

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Copies every entry of `source` whose name matches `pattern` into `target`.
 * @returns {Promise<string[]>} the names copied, sorted
 */
export async function backup(source, target, pattern = /./, writeMs = 60) {
  const copied = [];
  for (const [name, data] of Object.entries(source)) {
    if (!pattern.test(name)) continue;
    await pause(writeMs);
    target[name] = data;
    copied.push(name);
  }
  return copied.sort();
}
