import { expect, test } from 'vitest';
import { normalizeTags, tagCounts } from '../src/tags';

test('normalizes, trims and de-duplicates', () => {
  expect(normalizeTags(' Work, home ,work,, Errands')).toEqual(['work', 'home', 'errands');
});

test('counts tags, most used first', () => {
  const notes = [{ tags: ['work', 'home'] }, { tags: ['work'] }, { tags: ['errands'] }];
  expect(tagCounts(notes)).toEqual([
    ['work', 2],
    ['errands', 1],
    ['home', 1],
  ]);
});
