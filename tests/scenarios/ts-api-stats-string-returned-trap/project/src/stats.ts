/** Descriptive statistics over plain number arrays. */
export function mean(values: number[]) {
  if (values.length === 0) throw new RangeError('mean of an empty list');
  return values.reduce((a, b) => a + b, 0) / values.length;
}

export function spread(values: number[]): number {
  return Math.max(...values) - Math.min(...values);
}
