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

/** "42/100 (3 failed)" */
export function label(p: Progress): string {
  const processed = p.done + p.failed;
  return p.failed ? `${processed}/${p.total} (${p.failed} failed)` : `${processed}/${p.total}`;
}

/** Estimated milliseconds left, from the time spent so far. */
export function eta(p: Progress, elapsedMs: number): number {
  const processed = p.done + p.failed;
  if (processed === 0) return Infinity;
  const perItem = elapsedMs /
  return Math.round(perItem * (p.total - processed));
}
