import { describe, expect, it } from "vitest";
import { lineTotal, orderTotal, volumeRate } from "../src/lines";

describe("volumeRate", () => {
  it.each([
    [1, 0],
    [9, 0],
    [10, 0.1],
    [11, 0.1],
    [49, 0.1],
    [50, 0.15],
    [120, 0.15],
  ])("qty %i -> %f", (qty, rate) => {
    expect(volumeRate(qty)).toBe(rate);
  });
});

describe("lineTotal", () => {
  it.each([
    { sku: "BOLT-M6", unitCents: 35, qty: 9, total: 315 },
    { sku: "BOLT-M6", unitCents: 35, qty: 10, total: 315 },
    { sku: "NUT-M6", unitCents: 12, qty: 50, total: 510 },
    { sku: "WASHER", unitCents: 7, qty: 13, total: 82 },
  ])("$qty x $sku at $unitCents -> $total", ({ total, ...line }) => {
    expect(lineTotal(line)).toBe(total);
  });
});

it("orderTotal adds the discounted lines", () => {
  expect(
    orderTotal([
      { sku: "BOLT-M6", unitCents: 35, qty: 10 },
      { sku: "NUT-M6", unitCents: 12, qty: 50 },
    ]),
  ).toBe(315 + 510);
});
