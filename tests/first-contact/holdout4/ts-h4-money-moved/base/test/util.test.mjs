import { test } from "node:test";
import assert from "node:assert/strict";
import { formatCents, parseCents, invoiceNumber } from "../lib/util.mjs";

test("formatCents groups thousands", () => {
  assert.equal(formatCents(123456), "1,234.56");
  assert.equal(formatCents(5, "$"), "$0.05");
  assert.equal(formatCents(-100000), "-1,000.00");
});

test("formatCents rejects fractions of a cent", () => {
  assert.throws(() => formatCents(1.5), TypeError);
});

test("parseCents round-trips", () => {
  for (const c of [0, 7, 99, 100, 123456, -250]) {
    assert.equal(parseCents(formatCents(c)), c);
  }
  assert.equal(parseCents("12.5"), 1250);
});

test("invoiceNumber pads the sequence", () => {
  assert.equal(invoiceNumber(2024, 7), "INV-2024-0007");
});
