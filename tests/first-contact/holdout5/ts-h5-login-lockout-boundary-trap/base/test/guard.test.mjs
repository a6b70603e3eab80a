import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LoginGuard } from '../lib/guard.mjs';

const T0 = Date.UTC(2024, 4, 1, 8, 0, 0);
const MIN = 60_000;

describe('LoginGuard', () => {
  it('allows exactly maxFailures failures, then locks', () => {
    const g = new LoginGuard({ maxFailures: 5 });
    const results = [1, 2, 3, 4, 5, 6].map((i) => g.fail('ana', T0 + i * MIN).locked);
    assert.deepEqual(results, [false, false, false, false, false, true]);
  });

  it('unlocks once the oldest failure leaves the window', () => {
    const g = new LoginGuard({ maxFailures: 2, windowMs: 10 * MIN });
    g.fail('bo', T0);
    g.fail('bo', T0 + MIN);
    assert.equal(g.fail('bo', T0 + 2 * MIN).locked, true);
    assert.equal(g.fail('bo', T0 + 10 * MIN).locked, false);
  });

  it('a success resets the count', () => {
    const g = new LoginGuard({ maxFailures: 1 });
    g.fail('cy', T0);
    g.succeed('cy');
    assert.equal(g.fail('cy', T0 + MIN).locked, false);
  });
});
