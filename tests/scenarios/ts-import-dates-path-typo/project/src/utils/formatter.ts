/** Date formatting for reports. */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2024-03-05" -> "5 Mar 2024". Throws on anything that is not an ISO date. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  const [, y, mo, d] = m;
  const month = MONTHS[Number(mo) - 1];
  if (!month) throw new Error(`bad month in ${iso}`);
  return `${Number(d)} ${month} ${y}`;
}

/** Whole days between two ISO dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}
