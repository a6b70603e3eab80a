import { describe, expect, it } from 'vitest';
import { paginate } from '../src/paginate';

const letters = 'abcdefghij'.split('');

describe('paginate', () => {
  it('returns the requested page', () => {
    const p = paginate(letters, 2, 4);
    expect(p.items).toEqual(['e', 'f', 'g', 'h']);
    expect(p.hasNext).toBe(true);
  });

  it('last page is short', () => {
    const p = paginate(letters, 3, 4);
    expect(p.items).toEqual(['i', 'j']);
    expect(p.totalPages).toBe(3);
    expect(p.hasNext).toBe(false);
  });

  it('defaults to the first page of 20', () => {
    expect(paginate(letters).items).toHaveLength(10);
  });
});
