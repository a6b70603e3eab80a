/**
 * Short labels for job durations in the CI dashboard:
 * under a minute -> seconds ("45s"), then "4m", "1h 5m", "2d 3h".
 */
export function formatDuration(ms: number): string {
  if (ms < 0 || !Number.isFinite(ms)) throw new RangeError(`bad duration ${ms}`);
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return `${Math.floor(ms / 1000)}s`;
  const hours = Math.floor(minutes / 60);
  if (hours < 1) return `${minutes}m`;
  const days = Math.floor(hours / 24);
  if (days < 1) return minutes % 60 ? `${hours}h ${minutes % 60}m` : `${hours}h`;
  return hours % 24 ? `${days}d ${hours % 24}h` : `${days}d`;
}
