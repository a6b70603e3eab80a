import { describe, expect, it } from 'vitest';
import { paginate } from './paginate';

const letters = 'abcdefghij'.split('');

describe('paginate', () => {
  it('returns the second page', () => {
    expect(paginate(letters, 2, 3)).toEqual({ items: ['d', 'e', 'f'], page: 2, pages: 4, hasNext: true });
  });

  it('returns a short last page', () => {
    expect(paginate(letters, 4, 3).items).toEqual(['j']);
  });
});
