import { test } from "node:test";
import assert from "node:assert/strict";
import { renderTotals } from "../lib/invoice.mjs";

test("renderTotals sums the lines", () => {
  const out = renderTotals({ year: 2024, seq: 3, lines: [{ label: "Hosting", cents: 1500 }, { label: "Support", cents: 250000 }] });
  const last = out.split("\n").at(-1);
  assert.match(last, /^TOTAL\s+\$2,515\.00$/);
});
