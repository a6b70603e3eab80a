const DAY_MS = 86_400_000;

/**
 * Upcoming reminder dates (UTC, midnight) after `start`.
 *
 * @param everyDays interval between reminders
 * @param skipWeekends move a reminder that falls on Saturday/Sunday to Monday
 * @param count how many dates to return
 * @example nextReminder('2026-03-02', 7, false, 2) // ['2026-03-09', '2026-03-16']
 */
export function nextReminder(start: string, everyDays = 7, skipWeekends = false, count = 1): string[] {
  if (everyDays < 1 || count < 1) throw new RangeError('everyDays and count must be at least 1');
  const out: string[] = [];
  let t = Date.parse(`${start}T00:00:00Z`);
  if (Number.isNaN(t)) throw new SyntaxError(`bad date ${start}`);
  while (out.length < count) {
    t += everyDays * DAY_MS;
    let d = new Date(t);
    if (skipWeekends) {
      while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = new Date(d.getTime() + DAY_MS);
    }
    out.push(d.toISOString().slice(0, 10));
  }
  return out;
}
