import { expect, test } from "vitest";
import { formatCents, roundCents } from "../src/money.js";

test("rounds half away from zero", () => {
  expect(roundCents(2.5)).toBe(3);
  expect(roundCents(-2.5)).toBe(-3);
});

test("formats cents", () => {
  expect(formatCents(-705)).toBe("-7.05");
});
