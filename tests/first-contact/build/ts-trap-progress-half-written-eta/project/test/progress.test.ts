import { expect, test } from "vitest";
import { label, percent } from "../src/progress";

test("percent counts failures as processed", () => {
  expect(percent({ done: 40, failed: 2, total: 100 })).toBe(42);
  expect(percent({ done: 0, failed: 0, total: 0 })).toBe(100);
});

test("label mentions failures only when there are some", () => {
  expect(label({ done: 40, failed: 2, total: 100 })).toBe("42/100 (2 failed)");
  expect(label({ done: 5, failed: 0, total: 9 })).toBe("5/9");
});
