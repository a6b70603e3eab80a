/**
 * Exchange-rate tables loaded from the bank's daily CSV export.
 *
 * CSV format: a header line `date,currency,per_eur`, then one line per currency and
 * day. `per_eur` is how many units of the currency one euro buys.
 */

export interface RateTable {
  /** Latest date in the file, YYYY-MM-DD. */
  date: string;
  /** Units of currency per EUR on `date`. EUR itself is always 1. */
  perEur: Map<string, number>;
}

export class RateError extends Error {}

/** Parse the bank CSV, keeping only the latest day's rates. */
export function parseRates(csv: string): RateTable {
  const lines = csv.split(/\r?\n/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const [header, ...rows] = lines;
  if (header?.trim() !== 'date,currency,per_eur') {
    throw new RateError(`unexpected header: ${header}`);
  }
  const byDate = new Map<string, Map<string, number>>();
  for (const [i, row] of rows.entries()) {
    const [date, currency, value] = row.split(',').map((c) => c.trim());
    const rate = Number(value);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^[A-Z]{3}$/.test(currency) || !(rate > 0)) {
      throw new RateError(`bad row ${i + 2}: ${row}`);
    }
    if (!byDate.has(date)) byDate.set(date, new Map([['EUR', 1]]));
    byDate.get(date)!.set(currency, rate);
  }
  if (byDate.size === 0) throw new RateError('no rates');
  const date = [...byDate.keys()].sort().at(-1)!;
  return { date, perEur: byDate.get(date)! };
}

/** Convert integer minor units (cents) between currencies via EUR, rounding half away from zero. */
export function convert(table: RateTable, cents: number, from: string, to: string): number {
  const a = table.perEur.get(from);
  const b = table.perEur.get(to);
  if (a === undefined) throw new RateError(`no rate for ${from} on ${table.date}`);
  if (b === undefined) throw new RateError(`no rate for ${to} on ${table.date}`);
  const value = (cents / a) * b;
  return Math.sign(value) * Math.round(Math.abs(value));
}
