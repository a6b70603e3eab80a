import { readFile } from "node:fs/promises";

export interface Txn {
  date: string; // YYYY-MM-DD
  payee: string;
  amountCents: number; // negative = money out
  category: string | null;
}

/** Parse a bank's amount column: "1.234,56" or "-12,00" (comma decimals). */
export function parseAmount(text: string): number {
  const clean = text.trim().replace(/\./g, "").replace(",", ".");
  const value = Number(clean);
  if (!/^-?\d+(\.\d{1,2})?$/.test(clean) || Number.isNaN(value)) throw new Error(`bad amount "${text}"`);
  return Math.round(value * 100);
}

/** "31.01.2026" -> "2026-01-31" */
export function parseDate(text: string): string {
  const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(text.trim());
  if (!m) throw new Error(`bad date "${text}"`);
  return `${m[3]}-${m[2]}-${m[1]}`;
}

/**
 * Parse the semicolon-separated export of the bank: a header line, then
 * `date;payee;amount;category` rows. Empty category becomes null.
 */
export function parseStatement(csv: string): Txn[] {
  const [header, ...rows] = csv.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (!header || !header.toLowerCase().startsWith("date;payee;amount")) {
    throw new Error("not a statement export: missing header");
  }
  return rows.map((row, i) => {
    const cols = row.split(";");
    if (cols.length < 3) throw new Error(`line ${i + 2}: expected at least 3 columns`);
    const [date, payee, amount, category = ""] = cols;
    return { date: parseDate(date), payee: payee.trim(), amountCents: parseAmount(amount), category: category.trim() || null };
  });
}

/** Read and parse a statement file. */
export async function loadStatement(file: string): Promise<Txn[]> {
  return parseStatement(await readFile(file, "utf8"));
}

/** Money in and out over a list of transactions. */
export function totals(txns: Txn[]): { inCents: number; outCents: number } {
  return txns.reduce(
    (t, x) => (x.amountCents >= 0 ? { ...t, inCents: t.inCents + x.amountCents } : { ...t, outCents: t.outCents - x.amountCents }),
    { inCents: 0, outCents: 0 },
  );
}
