import { summarize, type LatencySummary } from "../../probe-stats/src/stats";

/** Rows for the JSON report the dashboard polls. */
export function reportRows(results: Record<string, Array<number | null>>): Array<{ probe: string } & LatencySummary> {
  const rows = [];
  for (const [probe, samples] of Object.entries(results)) {
    const s = summarize(samples);
    if (s) rows.push({ probe, ...s });
  }
  return rows.sort((a, b) => b.avgMs - a.avgMs);
}
