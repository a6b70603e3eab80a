// Internal helpers. Not part of the public API (no longer exported as `tickly/utils` since 2.0.0).

/**
 * @param {unknown} fn
 * @param {string} what
 * @returns {asserts fn is Function}
 */
export function assertFunction(fn, what) {
  if (typeof fn !== 'function') throw new TypeError(`${what} must be a function, got ${typeof fn}`);
}
