'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { distanceMeters, rideSummary } = require('../lib/ride');

describe('distanceMeters', () => {
  const cases = [
    // revolutions, wheel mm, metres
    [1000, undefined, 2105],
    [1, undefined, 2],
    [4751, undefined, 10001],
    [1000, 2290, 2290],
    [0, 2290, 0],
  ];
  for (const [revs, wheel, meters] of cases) {
    it(`${revs} revs on ${wheel ?? 'the default'} wheel is ${meters} m`, () => {
      assert.equal(distanceMeters(revs, wheel), meters);
    });
  }
});

describe('rideSummary', () => {
  it('matches the README example', () => {
    assert.deepEqual(rideSummary([{ t: 0, revs: 0 }, { t: 60, revs: 285 }]), {
      meters: 600,
      seconds: 60,
      avgKmh: 36,
      maxKmh: 36,
    });
  });

  it('takes max speed from the fastest interval', () => {
    const samples = [
      { t: 0, revs: 100 },
      { t: 30, revs: 230 },
      { t: 60, revs: 400 },
      { t: 90, revs: 520 },
    ];
    assert.deepEqual(rideSummary(samples), { meters: 884, seconds: 90, avgKmh: 35.4, maxKmh: 43 });
  });

  it('rejects out-of-order samples', () => {
    assert.throws(() => rideSummary([{ t: 10, revs: 0 }, { t: 5, revs: 3 }]), /out of order at index 1/);
  });
});
