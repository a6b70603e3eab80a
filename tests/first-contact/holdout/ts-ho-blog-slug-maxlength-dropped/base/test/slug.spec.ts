// Compiled with the sources by `npm run check`; `runSlugSpec()` is called by the docs build.
import { slugify, uniqueSlug } from "../src/slug";

type Row = [input: string, expected: string];

function expectEqual(actual: string, expected: string, label: string): void {
  if (actual !== expected) throw new Error(`${label}: expected "${expected}", got "${actual}"`);
}

export function runSlugSpec(): void {
  const rows: Row[] = [
    ["Hello, World!", "hello-world"],
    ["  Ten   tips for 2024 ", "ten-tips-for-2024"],
    ["Tips & tricks", "tips-tricks"],
  ];
  for (const [input, expected] of rows) expectEqual(slugify(input), expected, input);

  expectEqual(slugify("Tips & tricks", { separator: "_" }), "tips_tricks", "separator");
  expectEqual(slugify("Sourdough starters that never die", { maxLength: 20 }), "sourdough-starters", "word boundary");
  expectEqual(slugify("Supercalifragilistic", { maxLength: 5 }), "super", "one long word");
  expectEqual(uniqueSlug("hello-world", new Set(["hello-world", "hello-world-2"])), "hello-world-3", "unique");
}
