import { readFileSync, writeFileSync } from "node:fs";
import { expect } from "vitest";

/**
 * Compare `actual` with test/__golden__/<name>.txt. Run with UPDATE_GOLDEN=1
 * (npm run test:update-golden) to rewrite the files after an intended change,
 * then review the diff.
 */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(`../__golden__/${name}.txt`, import.meta.url);
  if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, "utf8"));
}
