/** Stock badges on product cards. */
export function stockLabel(units: number): string {
  if (units <= 0) return 'Sold out';
  if (units < 5) return 'Low stock';
  return 'In stock';
}
