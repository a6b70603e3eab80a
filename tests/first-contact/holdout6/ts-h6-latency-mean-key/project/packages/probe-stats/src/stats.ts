/** Latency statistics for probe results. All values in milliseconds. */

export interface LatencySummary {
  count: number;
  minMs: number;
  maxMs: number;
  /** Arithmetic mean, rounded to 0.1 ms. (Called avgMs before 1.0.) */
  meanMs: number;
  /** 95th percentile (nearest-rank). */
  p95Ms: number;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) throw new RangeError("no samples");
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** Summary of a probe's latencies; failed probes (null) are left out. Returns null if nothing succeeded. */
export function summarize(samples: Array<number | null>): LatencySummary | null {
  const ok = samples.filter((s): s is number => s !== null).sort((a, b) => a - b);
  if (ok.length === 0) return null;
  const total = ok.reduce((sum, s) => sum + s, 0);
  return {
    count: ok.length,
    minMs: ok[0],
    maxMs: ok[ok.length - 1],
    meanMs: round1(total / ok.length),
    p95Ms: percentile(ok, 95),
  };
}

/** One status line for the CLI, e.g. "api: 5 ok, mean 22 ms, p95 40 ms". */
export function statusLine(name: string, summary: LatencySummary | null): string {
  if (summary === null) return `${name}: down`;
  return `${name}: ${summary.count} ok, mean ${summary.meanMs} ms, p95 ${summary.p95Ms} ms`;
}
