/** Offset pagination for list endpoints. Pages are 1-based. */
export interface Page<T> {
  items: T[];
  page: number;
  pages: number;
  hasNext: boolean;
}

export function paginate<T>(all: readonly T[], page: number, size = 20): Page<T> {
  if (!Number.isInteger(page) || page < 1) throw new RangeError('page must be >= 1');
  const pages = Math.max(1, Math.ceil(all.length / size));
  const start = (page - 1) * size;
  return {
    items: all.slice(start, start + size),
    page,
    pages,
    hasNext: page < pages,
  };
}
