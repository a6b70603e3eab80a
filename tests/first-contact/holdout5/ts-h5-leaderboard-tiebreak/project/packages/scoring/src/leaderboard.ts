/**
 * Weekly leaderboard for the arcade cabinets.
 */

export interface Entry {
  name: string;
  score: number;
  /** When the player first reached this score (ms since epoch). */
  reachedAt: number;
}

export interface Ranked extends Entry {
  rank: number;
}

/**
 * Orders entries best first: higher score wins; on equal scores whoever reached the score
 * first ranks higher (arcade rules), then name A-Z. Ranks are 1-based and every row gets its own rank.
 */
export function rankEntries(entries: readonly Entry[]): Ranked[] {
  return [...entries]
    .sort((a, b) => b.score - a.score || a.reachedAt - b.reachedAt || a.name.localeCompare(b.name))
    .map((e, i) => ({ ...e, rank: i + 1 }));
}

/** The first `n` rows of the board. */
export function top(entries: readonly Entry[], n: number): Ranked[] {
  return rankEntries(entries).slice(0, n);
}
