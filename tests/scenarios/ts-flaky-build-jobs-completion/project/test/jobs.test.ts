import { expect, test } from 'vitest';
import { runJobs, type Job } from '../src/jobs';

function job(id: string, fail = false): Job {
  return {
    id,
    run: () =>
      new Promise<void>((resolve, reject) =>
        setTimeout(() => (fail ? reject(new Error(id)) : resolve()), 5 + Math.random() * 15),
      ),
  };
}

test('all successful jobs finish', async () => {
  const report = await runJobs([job('lint'), job('typecheck'), job('unit'), job('bundle'), job('docs', true)]);
  expect(report.finished).toEqual(['lint', 'typecheck', 'unit', 'bundle']);
  expect(report.failed).toEqual(['docs']);
});
