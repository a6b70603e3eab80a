'use strict';

const { DEFAULT_WHEEL_MM, wheelMeters } = require('./wheel');

function round1(x) {
  return Math.round(x * 10) / 10;
}

/**
 * Distance for a number of wheel revolutions, in whole metres.
 * @param {number} revs
 * @param {number} [wheelMm] wheel circumference in millimetres
 */
function distanceMeters(revs, wheelMm = DEFAULT_WHEEL_MM) {
  return Math.round((revs * wheelMeters(wheelMm)) / 1000);
}

/**
 * @typedef {{ t: number, revs: number }} Sample  seconds since start, cumulative revolutions
 */

/**
 * Distance, moving time and speeds for a ride.
 * Max speed is the fastest interval between two consecutive samples.
 * @param {Sample[]} samples in time order
 * @param {number} [wheelMm]
 */
function rideSummary(samples, wheelMm = DEFAULT_WHEEL_MM) {
  if (samples.length < 2) throw new RangeError('need at least two samples');
  const first = samples[0];
  const last = samples[samples.length - 1];
  const meters = distanceMeters(last.revs - first.revs, wheelMm);
  const seconds = last.t - first.t;
  let maxKmh = 0;
  for (let i = 1; i < samples.length; i++) {
    const dt = samples[i].t - samples[i - 1].t;
    if (dt <= 0) throw new RangeError(`samples out of order at index ${i}`);
    const dm = distanceMeters(samples[i].revs - samples[i - 1].revs, wheelMm);
    maxKmh = Math.max(maxKmh, (dm / dt) * 3.6);
  }
  return { meters, seconds, avgKmh: round1((meters / seconds) * 3.6), maxKmh: round1(maxKmh) };
}

module.exports = { DEFAULT_WHEEL_MM, distanceMeters, rideSummary };
