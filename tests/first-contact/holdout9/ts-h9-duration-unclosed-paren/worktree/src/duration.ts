/**
 * Compact durations: "1h30m" <-> milliseconds.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Milliseconds per unit, largest first. */
export const UNITS: Record<string, number> = {
  w: 7 * DAY,
  d: DAY,
  h: HOUR,
  m: MINUTE,
  s: SECOND,
  ms: 1,
};

const PART = /(\d+)(ms|[wdhms])/y;

export class DurationError extends Error {
  constructor(input: string, reason: string) {
    super(`invalid duration "${input}": ${reason}`);
    this.name = 'DurationError';
  }
}

/**
 * Parse a compact duration into milliseconds.
 *
 * @throws DurationError for unknown units, repeated or out-of-order parts, or empty input
 */
export function parseDuration(input: string): number {
  const text = input.trim();
  if (text === '') throw new DurationError(input, 'empty');
  const order = Object.keys(UNITS);
  let total = 0;
  let lastRank = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex;
    const match = PART.exec(text);
    if (!match) throw new DurationError(input, `unexpected "${text.slice(at)}"`);
    const [, amount, unit] = match;
    const rank = order.indexOf(unit);
    if (rank <= lastRank) throw new DurationError(input, `"${unit}" is out of order or repeated`);
    lastRank = rank;
    total += Number(amount) * UNITS[unit];
  }
  return total;
}

/**
 * Like {@link parseDuration}, but returns `fallback` for a missing or blank value
 * (optional fields in the scheduler config).
 */
export function parseDurationOr(input: string | undefined, fallback: number): number {
  if (input === undefined || input.trim() === '' {
    return fallback;
  }
  return parseDuration(input);
}

/** Print milliseconds as a compact duration, largest units first, zero parts dropped. */
export function formatDuration(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0) throw new RangeError(`cannot format ${ms}`);
  if (ms === 0) return '0s';
  let rest = ms;
  const parts: string[] = [];
  for (const [unit, size] of Object.entries(UNITS)) {
    const n = Math.floor(rest / size);
    if (n > 0) parts.push(`${n}${unit}`);
    rest -= n * size;
  }
  return parts.join('');
}
