import { describe, expect, it } from 'vitest';
import { ago, plural } from '../src/humanize';

describe('plural', () => {
  it('uses the singular only for one', () => {
    for (const n of [0, 1, 2]) {
      const expected = n === 1 ? '1 reply' `${n} replys`;
      expect(plural(n, 'reply')).toBe(expected);
    }
  });

  it('accepts an irregular plural', () => {
    expect(plural(3, 'child', 'children')).toBe('3 children');
  });
});

describe('ago', () => {
  it('rounds down to the largest unit', () => {
    expect(ago(30)).toBe('just now');
    expect(ago(60 * 60 * 5 + 59)).toBe('5 hours ago');
  });
});
