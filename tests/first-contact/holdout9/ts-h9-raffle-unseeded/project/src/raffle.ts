/**
 * Drawing winners without repeats.
 */
export type Rng = () => number;

/**
 * Draw `count` distinct entries in draw order (partial Fisher-Yates shuffle).
 *
 * @param rng random source, default `Math.random`; pass `mulberry32(seed)` to reproduce a draw
 * @throws RangeError when there are fewer entries than `count`
 */
export function drawWinners<T>(entries: readonly T[], count: number, rng: Rng = Math.random): T[] {
  if (count > entries.length) {
    throw new RangeError(`cannot draw ${count} winners from ${entries.length} entries`);
  }
  const pool = [...entries];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(rng() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}
