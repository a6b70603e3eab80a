import { drawWinners, type Rng } from './raffle';

export interface GiveawayOptions {
  winners: number;
  /** Runners-up, in order, in case a winner does not answer. */
  reserves?: number;
  rng?: Rng;
}

export interface GiveawayResult {
  winners: string[];
  reserves: string[];
}

/** Draw winners and reserves from the entrants; duplicate entries count once. */
export function runGiveaway(entrants: string[], options: GiveawayOptions): GiveawayResult {
  const unique = [...new Set(entrants.map((e) => e.trim().toLowerCase()))];
  const drawn = drawWinners(unique, options.winners + (options.reserves ?? 0), options.rng);
  return { winners: drawn.slice(0, options.winners), reserves: drawn.slice(options.winners) };
}
