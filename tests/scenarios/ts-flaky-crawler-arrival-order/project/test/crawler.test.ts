import { describe, expect, it } from 'vitest';
import { broken, crawlAll } from '../src/crawler';

const fakeFetch = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve) =>
    setTimeout(() => resolve({ status: url === '/old' ? 404 : 200, body: `<h1>${url}</h1>` }), Math.random() * 20),
  );

describe('crawlAll', () => {
  it('fetches every page', async () => {
    const pages = await crawlAll(['/', '/about', '/blog', '/old'], fakeFetch);
    expect(pages.map((p) => p.url)).toEqual(['/', '/about', '/blog', '/old']);
  });

  it('reports broken pages', async () => {
    const pages = await crawlAll(['/', '/old'], fakeFetch);
    expect(broken(pages)).toEqual(['/old']);
  });
});
