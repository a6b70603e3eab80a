'use strict';

/**
 * Summaries of a recorded run. The watch reports each lap as metres and seconds.
 * @typedef {{ meters: number, seconds: number }} Lap
 */

function round2(x) {
  return Math.round(x * 100) / 100;
}

function clock(totalSeconds) {
  const s = Math.round(totalSeconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

/**
 * Total distance of the run in kilometres, rounded to 2 decimals.
 * @param {Lap[]} laps
 */
function totalDistance(laps) {
  return round2(laps.reduce((sum, lap) => sum + lap.meters, 0) / 1000);
}

/**
 * Average pace as "m:ss/km". Laps with zero distance (watch paused) are ignored.
 * @param {Lap[]} laps
 */
function pace(laps) {
  const moving = laps.filter((lap) => lap.meters > 0);
  const meters = moving.reduce((sum, lap) => sum + lap.meters, 0);
  const seconds = moving.reduce((sum, lap) => sum + lap.seconds, 0);
  if (meters === 0) throw new RangeError('no distance recorded');
  return `${clock(seconds / (meters / 1000))}/km`;
}

/**
 * Distance covered at the end of each lap, in kilometres (2 decimals).
 * @param {Lap[]} laps
 */
function cumulative(laps) {
  let meters = 0;
  return laps.map((lap) => {
    meters += lap.meters;
    return round2(meters / 1000);
  });
}

/**
 * Everything the run page shows.
 * @param {Lap[]} laps
 */
function summarize(laps) {
  return {
    distance: totalDistance(laps),
    duration: clock(laps.reduce((sum, lap) => sum + lap.seconds, 0)),
    pace: pace(laps),
    laps: laps.length,
  };
}

module.exports = { totalDistance, pace, cumulative, summarize, clock };
