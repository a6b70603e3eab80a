'use strict';

/** Circumference of a 700x25c road wheel, in millimetres. */
const DEFAULT_WHEEL_MM = 2105;

/** Common wheel circumferences in millimetres, for the settings screen. */
const WHEELS_MM = Object.freeze({
  '700x23c': 2096,
  '700x25c': 2105,
  '700x28c': 2136,
  '29x2.2': 2290,
});

/**
 * Wheel circumference in metres: 2105 mm -> 2.105 m.
 * @param {number} [wheelMm]
 */
function wheelMeters(wheelMm = DEFAULT_WHEEL_MM) {
  if (!(wheelMm > 0)) throw new RangeError(`wheel circumference must be positive, got ${wheelMm}`);
  return wheelMm / 1000;
}

module.exports = { DEFAULT_WHEEL_MM, WHEELS_MM, wheelMeters };
