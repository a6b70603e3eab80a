'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const { totalDistance, pace, cumulative, summarize } = require('../lib/summary');

const tempoRun = [
  { meters: 1000, seconds: 292 },
  { meters: 1000, seconds: 288 },
  { meters: 1000, seconds: 285 },
  { meters: 1000, seconds: 290 },
  { meters: 1017.6, seconds: 301 },
];

test('totalDistance adds up the laps', () => {
  assert.equal(totalDistance(tempoRun), 5.02);
});

test('totalDistance of some typical runs', () => {
  const cases = [
    [[{ meters: 400, seconds: 90 }], 0.4],
    [[{ meters: 2504.4, seconds: 700 }, { meters: 2498.1, seconds: 690 }], 5],
    [[{ meters: 21097.5, seconds: 6120 }], 21.1],
    [[], 0],
  ];
  for (const [laps, expected] of cases) {
    assert.equal(totalDistance(laps), expected);
  }
});

test('pace is per kilometre', () => {
  assert.equal(pace(tempoRun), '4:50/km');
});

test('pace ignores paused laps', () => {
  assert.equal(pace([{ meters: 1000, seconds: 300 }, { meters: 0, seconds: 120 }]), '5:00/km');
});

test('cumulative marks the end of every lap', () => {
  assert.deepEqual(cumulative(tempoRun), [1, 2, 3, 4, 5.02]);
  assert.deepEqual(cumulative([{ meters: 333.3, seconds: 80 }, { meters: 333.3, seconds: 80 }]), [0.33, 0.67]);
});

test('summarize', () => {
  assert.deepEqual(summarize(tempoRun), {
    distance: 5.02,
    duration: '24:16',
    pace: '4:50/km',
    laps: 5,
  });
});
