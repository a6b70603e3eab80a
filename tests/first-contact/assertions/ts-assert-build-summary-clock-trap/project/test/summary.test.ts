import { expect, test } from 'vitest';
import { formatElapsed, summary } from '../src/summary';

const build = {
  id: 42,
  pipeline: 'deploy',
  status: 'passed' as const,
  startedAt: Date.UTC(2024, 2, 9, 14, 0, 0),
  finishedAt: Date.UTC(2024, 2, 9, 14, 3, 20),
};

test('summary line', () => {
  expect(summary(build)).toBe('deploy #42 passed in 3m 20s');
});

test('elapsed', () => {
  expect(formatElapsed(45_000)).toBe('45s');
});
