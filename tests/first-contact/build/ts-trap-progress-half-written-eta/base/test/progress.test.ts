import { expect, test } from "vitest";
import { percent } from "../src/progress";

test("percent counts failures as processed", () => {
  expect(percent({ done: 40, failed: 2, total: 100 })).toBe(42);
  expect(percent({ done: 0, failed: 0, total: 0 })).toBe(100);
});
