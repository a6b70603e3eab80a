import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize, writeSummary, type Result } from '../src/report';

const results: Result[] = [
  { suite: 'cart', name: 'adds', status: 'passed', ms: 12 },
  { suite: 'cart', name: 'removes', status: 'failed', ms: 40 },
  { suite: 'auth', name: 'logs in', status: 'passed', ms: 95 },
];

describe('build report', () => {
  it('writes the summary as JSON', () => {
    writeSummary(summarize(results), '/tmp/ci-reports/summary.json');
    const written = JSON.parse(readFileSync('/tmp/ci-reports/summary.json', 'utf8'));
    expect(written.failed).toEqual(['cart > removes']);
    expect(written.slowest).toBe('auth > logs in');
    expect(written.bySuite).toEqual({ cart: 2, auth: 1 });
  });
});
