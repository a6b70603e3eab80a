import test from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, isLeapYear } from '../src/calendar.js';

test('2024 is a leap year', () => {
  assert.equal(isLeapYear(2024), true);
});

test('centuries are not leap years unless divisible by 400', () => {
  assert.equal(isLeapYear(1900), false);
  assert.equal(isLeapYear(2000), true);
});

test('february', () => {
  assert.equal(daysInMonth(2023, 2), 28);
  assert.equal(daysInMonth(2024, 2), 29);
});
