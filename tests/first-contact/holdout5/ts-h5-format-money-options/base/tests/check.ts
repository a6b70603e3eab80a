/** Minimal assertion helper: this package is type-checked in CI, tests run in the app's harness. */
export function check<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${String(expected)}, got ${String(actual)}`);
}
