export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;

/** Units from largest to smallest. */
const UNITS: Array<[string, number]> = [
  ["h", HOUR],
  ["m", MINUTE],
  ["s", SECOND],
  ["ms", 1],
];

const TOKEN = /(\d+)(ms|h|m|s)/y;

/**
 * Parse "1h30m", "45s", "250ms" into milliseconds.
 * @throws SyntaxError on empty input, unknown units, or units out of order / repeated.
 */
export function parseDuration(text: string): number {
  const src = text.trim();
  if (!src) throw new SyntaxError("empty duration");
  let total = 0;
  let lastRank = -1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new SyntaxError(`bad duration "${text}" at ${at}`);
    const rank = UNITS.findIndex(([u]) => u === m[2]);
    if (rank <= lastRank) throw new SyntaxError(`unit "${m[2]}" out of order in "${text}"`);
    lastRank = rank;
    total += Number(m[1]) * UNITS[rank][1];
  }
  return total;
}

/** Inverse of parseDuration: 5400000 -> "1h30m"; 0 -> "0s". */
export function formatDuration(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`bad duration ${ms}`);
  if (ms === 0) return "0s";
  let rest = ms;
  let out = "";
  for (const [unit, size] of UNITS) {
    const n = Math.floor(rest / size);
    if (n > 0) {
      out += `${n}${unit}`;
      rest -= n * size;
    }
  }
  return out;
}
