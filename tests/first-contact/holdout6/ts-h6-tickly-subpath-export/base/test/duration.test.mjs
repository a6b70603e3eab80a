import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration, parseDuration } from 'tickly/utils';

describe('parseDuration', () => {
  it('reads single units', () => {
    assert.equal(parseDuration('45s'), 45_000);
    assert.equal(parseDuration('2d'), 172_800_000);
    assert.equal(parseDuration('250ms'), 250);
  });

  it('adds up compound durations', () => {
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('1h 30m 15s'), 5_415_000);
  });

  it('rejects garbage', () => {
    assert.throws(() => parseDuration('soon'), /invalid duration: "soon"/);
    assert.throws(() => parseDuration('5 parsecs'), SyntaxError);
  });
});

describe('formatDuration', () => {
  it('prints the largest units first', () => {
    assert.equal(formatDuration(5_400_000), '1h 30m');
    assert.equal(formatDuration(90_061_000), '1d 1h 1m 1s');
    assert.equal(formatDuration(0), '0s');
  });

  it('round-trips with parseDuration', () => {
    for (const text of ['1h 30m', '2d', '3m 5s']) {
      assert.equal(formatDuration(parseDuration(text)), text);
    }
  });
});
