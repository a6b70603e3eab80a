/** Parses durations like "1h30m", "45s" or "2m5s" into seconds, for the job scheduler. */
const UNITS: Record<string, number> = { h: 3600, m: 60, s: 1 };

export function parseDuration(text: string): number {
  const re = /(\d+)([hms])/g;
  let total = 0;
  let consumed = 0;
  for (const m of text.trim().matchAll(re)) {
    total += Number(m[1]) * UNITS[m[2]];
    consumed += m[0].length;
  }
  if (consumed === 0 || consumed !== text.trim().length) {
    throw new SyntaxError(`not a duration: ${JSON.stringify(text)}`);
  }
  return total;
}

export function formatDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [h && `${h}h`, m && `${m}m`, (s || (!h && !m)) && `${s}s`].filter(Boolean).join('');
}
