import { describe, expect, it } from 'vitest';
import { toTitleCase } from '../src/text.js';
import { menuFromSlugs } from '../src/menu.js';

describe('toTitleCase', () => {
  it('keeps small words lower case', () => {
    expect(toTitleCase('the ART of war')).toBe('The Art of War');
  });

  it('builds menu labels', () => {
    expect(menuFromSlugs(['terms-of-use'])).toEqual([{ label: 'Terms of Use', href: '/terms-of-use' }]);
  });
});
