/** Process-wide request counters. */
export const counters = new Map<string, number>();

export function increment(name: string, by = 1): number {
  const next = (counters.get(name) ?? 0) + by;
  counters.set(name, next);
  return next;
}

/** Wraps a handler so each call counts one request under `name`. */
export function counted<A extends unknown[], R>(name: string, handler: (...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    increment(name);
    return handler(...args);
  };
}
