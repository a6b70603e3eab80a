import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { daysInMonth, isLeapYear } from "../src/calendar.js";

describe("calendar", () => {
  it("knows ordinary leap years", () => {
    assert.equal(isLeapYear(2024), true);
    assert.equal(isLeapYear(2023), false);
  });

  it("applies the century rule", () => {
    assert.equal(isLeapYear(1900), false);
    assert.equal(isLeapYear(2000), true);
    assert.equal(daysInMonth(2100, 2), 28);
  });

  it("counts days per month", () => {
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2023, 4), 30);
    assert.throws(() => daysInMonth(2023, 13), RangeError);
  });
});
