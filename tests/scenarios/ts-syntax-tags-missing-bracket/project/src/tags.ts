/** Tag handling for the notes app: normalising user input and counting usage. */

/** Splits a comma-separated tag list, trims and lowercases, drops empties and duplicates (first wins). */
export function normalizeTags(input: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of input.split(',')) {
    const tag = raw.trim().toLowerCase();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

/** How many notes use each tag, most used first, ties by name. */
export function tagCounts(notes: { tags: string[] }[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const note of notes) {
    for (const tag of note.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
