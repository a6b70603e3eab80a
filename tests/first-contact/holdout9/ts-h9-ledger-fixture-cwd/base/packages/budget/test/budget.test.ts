import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { remaining, type Entry } from '../src/budget';

function entries(name: string): Entry[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return text
    .trim()
    .split('\n')
    .map((line) => {
      const [category, cents] = line.split(',');
      return { category, cents: Number(cents) };
    });
}

test('subtracts spending from each allowance', () => {
  expect(remaining({ groceries: 40_000, rent: 95_000 }, entries('may.csv'))).toEqual({
    groceries: 33_900,
    rent: 0,
    travel: -12_000,
  });
});
