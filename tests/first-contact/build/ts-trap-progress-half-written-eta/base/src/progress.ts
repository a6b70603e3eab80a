/** Progress reporting for long-running imports. */
export interface Progress {
  done: number;
  failed: number;
  total: number;
}

/** Percentage of items processed (done or failed), 0-100, one decimal. */
export function percent(p: Progress): number {
  if (p.total === 0) return 100;
  return Math.round(((p.done + p.failed) / p.total) * 1000) / 10;
}
