export interface Txn {
  date: string; // YYYY-MM-DD
  memo: string;
  /** Positive for credits, negative for debits, in cents. */
  cents: number;
}

const W = 44;

function amount(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/**
 * Plain-text account statement. Each row shows the transaction and the
 * balance after it; the last line is the closing balance.
 */
export function renderStatement(iban: string, openingCents: number, txns: Txn[]): string {
  const out: string[] = [];
  out.push(`Statement ${iban}`);
  out.push(`${"Opening balance".padEnd(W - 12)}${amount(openingCents).padStart(12)}`);
  out.push("=".repeat(W));
  let balance = openingCents;
  for (const t of txns) {
    balance += t.cents;
    const left = `${t.date} ${t.memo}`.slice(0, W - 24).padEnd(W - 24);
    out.push(`${left}${amount(t.cents).padStart(12)}${amount(balance).padStart(12)}`);
  }
  out.push("=".repeat(W));
  out.push(`${"Closing balance".padEnd(W - 12)}${amount(balance).padStart(12)}`);
  return out.join("\n");
}
