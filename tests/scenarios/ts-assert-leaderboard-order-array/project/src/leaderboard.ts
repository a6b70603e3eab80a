/** Leaderboard ordering for the quiz app. */
export interface Player {
  name: string;
  score: number;
}

/** Player names, best first, ties by name. */
export function ranking(players: Player[]): string[] {
  return [...players]
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name))
    .map((p) => p.name);
}
