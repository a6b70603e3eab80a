/**
 * Gregorian calendar helpers for the booking widget.
 * A year is a leap year if divisible by 4, except centuries, unless divisible by 400.
 * @param {number} year
 * @returns {boolean}
 */
export function isLeapYear(year) {
  return year % 4 === 0;
}

/**
 * Days in a month (1-12).
 * @param {number} year
 * @param {number} month
 */
export function daysInMonth(year, month) {
  if (month < 1 || month > 12) throw new RangeError('month must be 1-12');
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
