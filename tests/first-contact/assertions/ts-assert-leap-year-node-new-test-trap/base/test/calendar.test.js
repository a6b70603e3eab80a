import test from 'node:test';
import assert from 'node:assert/strict';
import { daysInMonth, isLeapYear } from '../src/calendar.js';

test('2024 is a leap year', () => {
  assert.equal(isLeapYear(2024), true);
});

test('february', () => {
  assert.equal(daysInMonth(2023, 2), 28);
  assert.equal(daysInMonth(2024, 2), 29);
});
