export interface Entry {
  id: string;
  date: string; // YYYY-MM-DD
  description: string;
  amountCents: number; // negative = expense / credit note
  account: string;
}

export interface ExportRow {
  id: string;
  date: string;
  account: string;
  description: string;
  amount: string;
}

/**
 * Amount column as the accounting package imports it since its 2026 release:
 * a decimal string with two places and a leading minus for negative amounts,
 * e.g. 125000 -> "1250.00", -1999 -> "-19.99".
 */
export function formatAmount(cents: number): string {
  const units = Math.floor(cents / 100);
  const rest = Math.abs(cents % 100);
  return `${units}.${String(rest).padStart(2, "0")}`;
}

/** Rows for the accounting import, oldest first. */
export function toRows(entries: Entry[]): ExportRow[] {
  return [...entries]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, date: e.date, account: e.account, description: e.description, amount: formatAmount(e.amountCents) }));
}

const csvCell = (v: string | number) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** CSV with a header line; fields quoted only when needed. */
export function toCsv(entries: Entry[]): string {
  const rows = toRows(entries);
  const lines = [["id", "date", "account", "description", "amount"], ...rows.map((r) => [r.id, r.date, r.account, r.description, r.amount])];
  return lines.map((l) => l.map(csvCell).join(",")).join("\n") + "\n";
}
