export interface Team {
  name: string;
  points: number;
  /** When the team handed in its last answer sheet (ms since epoch). */
  finishedAt: number;
}

/**
 * Final standings: most points first; on equal points the team that finished first
 * ranks higher; then name A-Z.
 */
export function standings(teams: readonly Team[]): string[] {
  return [...teams]
    .sort((a, b) => {
      if (a.points !== b.points) return b.points - a.points;
      if (a.finishedAt !== b.finishedAt) return a.finishedAt - b.finishedAt;
      return a.name.localeCompare(b.name);
    })
    .map((t) => t.name);
}

/** Live view: the leading `n` teams with their points, e.g. "1. Quizzly Bears 42". */
export function liveBoard(teams: readonly Team[], n = 5): string[] {
  const byName = new Map(teams.map((t) => [t.name, t]));
  return standings(teams)
    .slice(0, n)
    .map((name, i) => `${i + 1}. ${name} ${byName.get(name)!.points}`);
}
