import { describe, expect, it } from 'vitest';
import * as slug from '../src/slug.js';

describe('slug', () => {
  it('transliterates umlauts', () => {
    expect(slug.toSlug('Grüße aus Köln!')).toBe('gruesse-aus-koeln');
  });

  it('strips other accents', () => {
    expect(slug.toSlug('Crème brûlée')).toBe('creme-brulee');
  });

  it('never ends in a dash after truncation', () => {
    const s: string = slug.toSlug('a very long title indeed', 7);
    expect(s).toBe('a-very');
    expect(slug.isSlug(s)).toBe(true);
  });
});
