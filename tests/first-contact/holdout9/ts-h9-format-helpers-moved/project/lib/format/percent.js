'use strict';

/**
 * A ratio as a percentage string.
 * @param {number} ratio e.g. 0.125
 * @param {number} [digits=1]
 */
function formatPercent(ratio, digits = 1) {
  return `${(ratio * 100).toFixed(digits)}%`;
}

module.exports = { formatPercent };
