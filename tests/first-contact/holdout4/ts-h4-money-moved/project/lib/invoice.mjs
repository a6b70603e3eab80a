import { formatCents } from "./money.mjs";
import { invoiceNumber } from "./util.mjs";

/**
 * Render the total lines of an invoice.
 * @param {{year:number, seq:number, lines:{label:string, cents:number}[]}} inv
 */
export function renderTotals(inv) {
  const total = inv.lines.reduce((sum, l) => sum + l.cents, 0);
  const rows = inv.lines.map((l) => `${l.label.padEnd(20)}${formatCents(l.cents, "$").padStart(12)}`);
  return [invoiceNumber(inv.year, inv.seq), ...rows, `${"TOTAL".padEnd(20)}${formatCents(total, "$").padStart(12)}`].join("\n");
}
