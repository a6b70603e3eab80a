/**
 * Drawing winners without repeats.
 */
import { mulberry32 } from './rng';

export type Rng = () => number;

/** Seed used when no rng is given. */
export const DEFAULT_SEED = 1;

/**
 * Draw `count` distinct entries in draw order (partial Fisher-Yates shuffle).
 *
 * @param rng random source, default `mulberry32(DEFAULT_SEED)`
 * @throws RangeError when there are fewer entries than `count`
 */
export function drawWinners<T>(entries: readonly T[], count: number, rng: Rng = mulberry32(DEFAULT_SEED)): T[] {
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
