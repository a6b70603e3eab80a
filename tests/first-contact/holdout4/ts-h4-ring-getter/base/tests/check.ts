/** Minimal assertion helper so the type-checked tests need no runtime deps. */
export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(`check failed: ${message}`);
}

export function sameArray<T>(actual: readonly T[], expected: readonly T[]): boolean {
  return actual.length === expected.length && actual.every((v, i) => v === expected[i]);
}
