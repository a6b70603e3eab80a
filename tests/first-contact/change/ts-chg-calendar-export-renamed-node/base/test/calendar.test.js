import { test } from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, isLeapYear } from '../src/calendar.js';

test('century years are not leap years unless divisible by 400', () => {
  assert.equal(isLeapYear(1900), false);
  assert.equal(isLeapYear(2000), true);
  assert.equal(isLeapYear(2024), true);
  assert.equal(isLeapYear(2023), false);
});

test('february follows the leap rule', () => {
  assert.equal(daysInMonth(2024, 2), 29);
  assert.equal(daysInMonth(2100, 2), 28);
});

test('short and long months', () => {
  assert.deepEqual([4, 5].map((m) => daysInMonth(2023, m)), [30, 31]);
  assert.throws(() => daysInMonth(2023, 13), RangeError);
});
