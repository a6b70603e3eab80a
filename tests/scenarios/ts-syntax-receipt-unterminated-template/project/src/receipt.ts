/** Receipt lines for the point-of-sale printer. */
export function formatCents(cents: number, currency = 'EUR'): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')} ${currency}`;
}

/** A receipt line padded to the printer width: label on the left, amount on the right. */
export function receiptLine(label: string, cents: number, width = 32): string {
  const amount = formatCents(cents);
  const room = width - amount.length - 1;
  const text = label.length > room ? `${label.slice(0, room - 1)}~` : label;
  return `${text.padEnd(room)} ${amount}`;
}
