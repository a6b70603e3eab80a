/** Currency symbols for price tags. */
const SYMBOLS: Record<string, string> = { EUR: '€', USD: '$', GBP: '£' };

export function symbolFor(code: string): string {
  return SYMBOLS[code.toUpperCase()];
}
