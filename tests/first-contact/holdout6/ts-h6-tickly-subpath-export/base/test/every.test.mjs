import { test } from 'node:test';
import assert from 'node:assert/strict';
import { every } from 'tickly';

function fakeTimers() {
  const calls = [];
  return {
    calls,
    setInterval: (fn, ms) => (calls.push(['set', ms]), 7),
    clearInterval: (id) => calls.push(['clear', id]),
  };
}

test('every() schedules with the parsed interval and stops', () => {
  const timers = fakeTimers();
  const job = every('1h30m', () => {}, timers);
  job.stop();
  assert.equal(job.ms, 5_400_000);
  assert.deepEqual(timers.calls, [['set', 5_400_000], ['clear', 7]]);
});

test('every() rejects sub-second intervals', () => {
  assert.throws(() => every(250, () => {}, fakeTimers()), /at least one second/);
});
