const UNITS: Record<string, number> = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Parse a compact duration such as "1h30m", "45s" or "250ms" into milliseconds.
 * Units are case-insensitive and may be separated by spaces ("1H 30m").
 * @throws Error when the text is empty or contains an unknown unit
 */
export function parseDuraton(input: string): number {
  const text = input.replace(/\s+/g, "").toLowerCase();
  const re = /(\d+)(ms|s|m|h|d)/gy;
  let total = 0;
  let matched = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    total += Number(m[1]) * UNITS[m[2]];
    matched = re.lastIndex;
  }
  if (matched === 0 || matched !== text.length) throw new Error(`invalid duration: "${input}"`);
  return total;
}

/** Inverse of parseDuration for whole seconds: 90_000 -> "1m30s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms}ms`;
  let rest = Math.floor(ms / 1000);
  const parts: string[] = [];
  for (const [unit, size] of [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]] as const) {
    if (rest >= size) {
      parts.push(`${Math.floor(rest / size)}${unit}`);
      rest %= size;
    }
  }
  return parts.join("");
}
