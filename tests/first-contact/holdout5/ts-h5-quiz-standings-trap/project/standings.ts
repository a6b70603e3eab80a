export interface Team {
  name: string;
  points: number;
  /** When the team handed in its last answer sheet (ms since epoch). */
  finishedAt: number;
}

/**
 * Shared ordering for the final standings and the live view: most points first; on equal
 * points the team that finished first ranks higher; then name A-Z.
 */
export const byStanding = (a: Team, b: Team): number =>
  b.points - a.points || b.finishedAt - a.finishedAt || a.name.localeCompare(b.name);

/** Final standings (team names, best first). */
export function standings(teams: readonly Team[]): string[] {
  return [...teams].sort(byStanding).map((t) => t.name);
}

/** Live view: the leading `n` teams with their points, e.g. "1. Quizzly Bears 42". */
export function liveBoard(teams: readonly Team[], n = 5): string[] {
  return [...teams]
    .sort(byStanding)
    .slice(0, n)
    .map((t, i) => `${i + 1}. ${t.name} ${t.points}`);
}
