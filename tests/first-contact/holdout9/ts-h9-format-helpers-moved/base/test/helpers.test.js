'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { formatBytes, formatPercent, clamp, chunk } = require('../lib/helpers');

describe('formatBytes', () => {
  const cases = [
    [0, {}, '0 B'],
    [999, {}, '999 B'],
    [1536, {}, '1.5 kB'],
    [1536, { binary: true }, '1.5 KiB'],
    [5_000_000, {}, '5 MB'],
    [3 * 1024 ** 3, { binary: true }, '3 GiB'],
  ];
  for (const [bytes, options, expected] of cases) {
    it(`${bytes} ${JSON.stringify(options)} -> ${expected}`, () => {
      assert.equal(formatBytes(bytes, options), expected);
    });
  }

  it('rejects negative sizes', () => {
    assert.throws(() => formatBytes(-1), RangeError);
  });
});

describe('formatPercent', () => {
  it('uses one decimal by default', () => {
    assert.equal(formatPercent(0.125), '12.5%');
    assert.equal(formatPercent(1), '100.0%');
  });

  it('takes the number of digits', () => {
    assert.equal(formatPercent(1 / 3, 2), '33.33%');
  });
});

describe('clamp and chunk', () => {
  it('clamps', () => {
    assert.equal(clamp(12, 0, 10), 10);
    assert.equal(clamp(-1, 0, 10), 0);
  });

  it('chunks', () => {
    assert.deepEqual(chunk([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
    assert.throws(() => chunk([1], 0), /chunk size must be >= 1/);
  });
});
