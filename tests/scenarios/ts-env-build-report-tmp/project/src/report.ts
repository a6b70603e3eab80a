/** Summaries of a CI build's test results, written as JSON for the dashboard. */
import { writeFileSync } from 'node:fs';

export interface Result {
  suite: string;
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  ms: number;
}

export interface Summary {
  total: number;
  failed: string[];
  slowest: string | null;
  bySuite: Record<string, number>;
}

/** Counts, the failing tests' full names, the slowest test and the number of tests per suite. */
export function summarize(results: Result[]): Summary {
  const bySuite: Record<string, number> = {};
  let slowest: Result | null = null;
  for (const r of results) {
    bySuite[r.suite] = (bySuite[r.suite] ?? 0) + 1;
    if (!slowest || r.ms > slowest.ms) slowest = r;
  }
  return {
    total: results.length,
    failed: results.filter((r) => r.status === 'failed').map((r) => `${r.suite} > ${r.name}`),
    slowest: slowest ? `${slowest.suite} > ${slowest.name}` : null,
    bySuite,
  };
}

/** Writes the summary as pretty JSON; the folder must exist. */
export function writeSummary(summary: Summary, file: string): void {
  writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
}
