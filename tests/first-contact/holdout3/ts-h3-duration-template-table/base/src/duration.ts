/**
 * Parse human durations from config files (`timeout: 1m30s`).
 */

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
}

const PART = /(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)/gy

/**
 * Parses a duration such as `1h30m`, `250ms` or `2.5s` into milliseconds.
 *
 * A bare number (`"1500"`) is taken as milliseconds.
 *
 * @throws {SyntaxError} when the text is not a duration.
 */
export function parseDuration(text: string): number {
  const input = text.trim()
  if (/^\d+(\.\d+)?$/.test(input)) return Number(input)
  let total = 0
  PART.lastIndex = 0
  let matched = 0
  for (const [whole, amount, unit] of input.replace(/\s+/g, '').matchAll(PART)) {
    total += Number(amount) * UNIT_MS[unit]
    matched += whole.length
  }
  if (matched === 0 || matched !== input.replace(/\s+/g, '').length) {
    throw new SyntaxError(`Invalid duration: "${text}"`)
  }
  return Math.round(total)
}
