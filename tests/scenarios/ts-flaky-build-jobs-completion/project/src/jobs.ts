/** Runs build jobs concurrently and records when each one finishes. */
export interface Job {
  id: string;
  run: () => Promise<void>;
}

export interface Report {
  finished: string[];
  failed: string[];
}

/** Starts every job at once; `finished` lists ids in completion order. */
export async function runJobs(jobs: Job[]): Promise<Report> {
  const report: Report = { finished: [], failed: [] };
  await Promise.all(
    jobs.map(async (job) => {
      try {
        await job.run();
        report.finished.push(job.id);
      } catch {
        report.failed.push(job.id);
      }
    }),
  );
  return report;
}
