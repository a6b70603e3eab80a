/**
 * Durations for the timesheet view.
 *
 * formatDuration prints at most two units, largest first, and drops a zero
 * second unit. The second unit is zero-padded to two digits so columns line
 * up: 3900 s is "1h 05m", 7200 s is "2h", 45 s is "45s".
 */

const UNITS: ReadonlyArray<[string, number]> = [
  ["d", 86_400],
  ["h", 3_600],
  ["m", 60],
  ["s", 1],
];

/** Split whole seconds into [unit, amount] pairs, largest first, zeros omitted. */
export function splitSeconds(total: number): Array<[string, number]> {
  if (!Number.isFinite(total) || total < 0) {
    throw new RangeError(`invalid duration: ${total}`);
  }
  let rest = Math.round(total);
  const parts: Array<[string, number]> = [];
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (amount > 0) {
      parts.push([unit, amount]);
    }
  }
  return parts;
}

/** Human-readable duration, at most two units. */
export function formatDuration(seconds: number): string {
  const parts = splitSeconds(seconds);
  if (parts.length === 0) {
    return "0s";
  }
  const [first, second] = parts;
  const head = `${first[1]}${first[0]}`;
  if (!second || UNITS.findIndex(([u]) => u === second[0]) !== UNITS.findIndex(([u]) => u === first[0]) + 1) {
    return head;
  }
  return `${head} ${String(second[1]).padStart(2, "0")}${second[0]}`;
}
