import { formatMoney, type Currency } from "./money";

export interface ReceiptLine {
  label: string;
  minor: number;
}

/** Plain-text receipt body: one "label  amount" row per line plus a total. */
export function receiptText(lines: readonly ReceiptLine[], currency: Currency, locale: string): string {
  const total = lines.reduce((s, l) => s + l.minor, 0);
  const rows = lines.map((l) => `${l.label.padEnd(20)}${formatMoney(l.minor, { currency, locale })}`);
  return [...rows, `${"TOTAL".padEnd(20)}${formatMoney(total, { currency, locale })}`].join("\n");
}
