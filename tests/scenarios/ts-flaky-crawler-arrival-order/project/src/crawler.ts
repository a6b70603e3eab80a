/** A tiny crawler that fetches pages concurrently. */
export interface Page {
  url: string;
  status: number;
  bytes: number;
}

export type Fetcher = (url: string) => Promise<{ status: number; body: string }>;

/** Fetches every url at once and returns the pages as they arrive. */
export async function crawlAll(urls: string[], fetcher: Fetcher): Promise<Page[]> {
  const pages: Page[] = [];
  await Promise.all(
    urls.map(async (url) => {
      const res = await fetcher(url);
      pages.push({ url, status: res.status, bytes: res.body.length });
    }),
  );
  return pages;
}

/** Pages that did not answer 2xx. */
export function broken(pages: Page[]): string[] {
  return pages.filter((p) => p.status < 200 || p.status >= 300).map((p) => p.url);
}
