export interface Txn {
  date: string; // YYYY-MM-DD
  memo: string;
  /** Positive for credits, negative for debits, in cents. */
  cents: number;
}

const W = 44;
const COL = 12;

function amount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A left-aligned label followed by right-aligned amount columns, W wide in total. */
function row(label: string, ...cols: number[]): string {
  const labelWidth = W - COL * cols.length;
  return label.slice(0, labelWidth).padEnd(labelWidth) + cols.map((c) => amount(c).padStart(COL)).join("");
}

/**
 * Plain-text account statement. Each row shows the transaction and the
 * balance after it; the last line is the closing balance.
 */
export function renderStatement(iban: string, openingCents: number, txns: Txn[]): string {
  const out: string[] = [`Statement ${iban}`, row("Opening balance", openingCents), "=".repeat(W)];
  let balance = openingCents;
  for (const t of txns) {
    out.push(row(`${t.date} ${t.memo}`, t.cents, balance));
    balance += t.cents;
  }
  out.push("=".repeat(W), row("Closing balance", balance));
  return out.join("\n");
}
