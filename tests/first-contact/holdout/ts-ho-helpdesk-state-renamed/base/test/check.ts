/** Tiny assertion helpers for the compile-time usage checks (run by `tsc --noEmit`, and by node after a build). */
export function equal<T>(actual: T, expected: T, what: string): void {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}

/** Compiles only when `T` and `U` are the same type. */
export type Same<T, U> = [T] extends [U] ? ([U] extends [T] ? true : false) : false;
export const sameType = <T extends true>(): T | undefined => undefined;
