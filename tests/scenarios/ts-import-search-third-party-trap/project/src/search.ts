/** Debounces a search box: only the last query within the wait is run. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), waitMs);
  };
}

/** Case-insensitive prefix search over titles. */
export function search(titles: string[], query: string): string[] {
  const q = query.trim().toLowerCase();
  return q ? titles.filter((t) => t.toLowerCase().startsWith(q)) : [];
}
