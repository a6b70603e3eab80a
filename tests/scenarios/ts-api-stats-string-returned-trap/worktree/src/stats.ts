/** Descriptive statistics over plain number arrays. */
export function mean(values: number[]) {
  if (values.length === 0) throw new RangeError('mean of an empty list');
  // Round for display.
  return (values.reduce((a, b) => a + b, 0) / values.length).toFixed(2);
}

export function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}
