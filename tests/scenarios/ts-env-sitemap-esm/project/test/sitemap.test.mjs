import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { buildSitemap, readPages } from '../src/sitemap.mjs';

test('pages are normalised and de-duplicated', async () => {
  const pages = readPages(await readFile('pages.txt', 'utf8'));
  assert.deepEqual(pages, ['/', '/about', '/blog/a&b']);
});

test('sitemap escapes and sorts', () => {
  const xml = buildSitemap('https://x.test', ['/b', '/a&b']);
  assert.ok(xml.indexOf('/a&amp;b</loc>') < xml.indexOf('/b</loc>'));
});
