/** Round a money amount half-up to cents. */
export function roundMoney(value: number): number {
  return Math.round(value * 100) / 100;
}

export function formatMoney(value: number, currency = 'EUR'): string {
  return `${roundMoney(value).toFixed(2)} ${currency}`;
}
