/** Calendar helpers for the booking widget. */

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year) {
  return year % 4 === 0;
}

/** Number of days in a month (1-12). */
export function daysInMonth(year, month) {
  if (month < 1 || month > 12) throw new RangeError(`month ${month} is not 1-12`);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
