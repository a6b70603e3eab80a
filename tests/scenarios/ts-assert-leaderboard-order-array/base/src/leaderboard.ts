/** Leaderboard ordering for the quiz app. */
export interface Player {
  name: string;
  score: number;
}

/** Player names, best first. */
export function ranking(players: Player[]): string[] {
  return [...players]
    .sort((a, b) => b.score - a.score)
    .map((p) => p.name);
}
