/**
 * Reads the CSV statements the bank exports ("Date;Description;Amount;Currency", decimal comma,
 * dates as DD.MM.YYYY) into transactions with integer cents.
 */

/**
 * @typedef {{ date: string, description: string, cents: number, currency: string }} Transaction
 */

/**
 * @param {string} csv the export, header line first
 * @returns {Transaction[]} with ISO dates (YYYY-MM-DD)
 */
export function parseStatement(csv) {
  const [header, ...rows] = csv.trim().split(/\r?\n/);
  if (header.trim() !== 'Date;Description;Amount;Currency') {
    throw new Error(`not a statement export (header "${header}")`);
  }
  return rows.map((row, i) => {
    const [date, description, amount, currency] = row.split(';');
    const m = /^(\d{2})\.(\d{2})\.(\d{4})$/.exec(date);
    if (!m) throw new Error(`row ${i + 2}: bad date "${date}"`);
    const cents = Math.round(Number(amount.replace(/\./g, '').replace(',', '.')) * 100);
    if (!Number.isFinite(cents)) throw new Error(`row ${i + 2}: bad amount "${amount}"`);
    return { date: `${m[3]}-${m[2]}-${m[1]}`, description: description.trim(), cents, currency };
  });
}

/**
 * Money in and out per currency.
 * @param {Transaction[]} transactions
 * @returns {Record<string, { in: number, out: number }>}
 */
export function summary(transactions) {
  const out = {};
  for (const t of transactions) {
    const s = (out[t.currency] ??= { in: 0, out: 0 });
    if (t.cents >= 0) s.in += t.cents;
    else s.out -= t.cents;
  }
  return out;
}
