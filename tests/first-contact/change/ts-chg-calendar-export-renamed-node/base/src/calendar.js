/**
 * Gregorian leap year rule.
 * @param {number} year
 * @returns {boolean}
 * @example isLeapYear(2024) // true
 */
export function isLeapYear(year) {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (1 = January).
 * @param {number} year
 * @param {number} month
 */
export function daysInMonth(year, month) {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`bad month ${month}`);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
