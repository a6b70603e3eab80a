import { expect } from "vitest";

/** Columns of the paper the receipts are printed on. */
const WIDTH = 32;

function linesOf(receipt: string): string[] {
  return receipt.split("\n");
}

/** The receipt has a line with `label` on the left and `amount` flush with the right paper edge. */
export function expectLine(receipt: string, label: string, amount: string): void {
  const gap = WIDTH - label.length - amount.length;
  expect(gap, `"${label}" + "${amount}" do not fit on the paper`).toBeGreaterThan(0);
  expect(linesOf(receipt)).toContain(label + " ".repeat(gap) + amount);
}

/** The receipt has `text` centred on its own line. */
export function expectCentered(receipt: string, text: string): void {
  const pad = Math.floor((WIDTH - text.length) / 2);
  expect(linesOf(receipt)).toContain(" ".repeat(pad) + text);
}

/** Every line fits on the paper. */
export function expectFits(receipt: string): void {
  for (const line of linesOf(receipt)) expect(line.length).toBeLessThanOrEqual(WIDTH);
}
