/** Parses the bank's CSV export into transactions. */
export interface Txn {
  date: string;
  payee: string;
  cents: number;
}

/** Parses "2024-05-01;ACME;-12,50" lines (semicolon separated, decimal comma); skips the header. */
export function parseExport(text: string): Txn[] {
  const out: Txn[] = [];
  for (const line of text.trim().split(/\r?\n/).slice(1)) {
    const [date, payee, amount] = line.split(";");
    out.push({ date, payee: payee.trim(), cents: Math.round(Number(amount.replace(",", ".")) * 100) });
  }
  return out;
}
