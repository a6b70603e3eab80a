/**
 * Round a money amount half-up to cents.
 * Shifting with the exponent notation avoids binary artefacts (1.005 * 100 === 100.49999999999999).
 */
export function roundMoney(value: number): number {
  return Number(Math.round(Number(`${value}e2`)) + 'e-2');
}

export function formatMoney(value: number, currency = 'EUR'): string {
  return `${roundMoney(value).toFixed(2)} ${currency}`;
}
