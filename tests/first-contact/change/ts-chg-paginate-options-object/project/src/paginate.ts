export interface PageOptions {
  /** 1-based page number (default 1). */
  page?: number;
  /** Items per page (default 20). */
  perPage?: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  hasNext: boolean;
}

/**
 * Slice `all` into pages (1-based). Pages past the end are empty but keep totalPages.
 *
 * @example paginate(['a', 'b', 'c'], { page: 2, perPage: 2 }).items // ['c']
 */
export function paginate<T>(all: T[], { page = 1, perPage = 20 }: PageOptions = {}): Page<T> {
  if (page < 1 || perPage < 1) throw new RangeError('page and perPage start at 1');
  const totalPages = Math.max(1, Math.ceil(all.length / perPage));
  const start = (page - 1) * perPage;
  return { items: all.slice(start, start + perPage), page, totalPages, hasNext: page < totalPages };
}
