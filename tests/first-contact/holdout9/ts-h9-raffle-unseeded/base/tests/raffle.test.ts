import { describe, expect, test } from 'vitest';
import { drawWinners } from '../src/raffle';
import { runGiveaway } from '../src/giveaway';
import { mulberry32 } from '../src/rng';
import { ENTRANTS } from './entrants';

describe('drawWinners', () => {
  test('the same draw gives the same winners', () => {
    expect(drawWinners(ENTRANTS, 3)).toEqual(['frances', 'grace', 'ada']);
  });

  test('an explicit rng is used', () => {
    expect(drawWinners(ENTRANTS, 2, mulberry32(7))).toEqual(
      drawWinners(ENTRANTS, 2, mulberry32(7)),
    );
  });

  test('winners are distinct entrants', () => {
    for (let seed = 0; seed < 50; seed++) {
      const winners = drawWinners(ENTRANTS, 5, mulberry32(seed));
      expect(new Set(winners).size).toBe(5);
      for (const w of winners) expect(ENTRANTS).toContain(w);
    }
  });

  test('cannot draw more than there are', () => {
    expect(() => drawWinners(['a'], 2)).toThrow('cannot draw 2 winners from 1 entries');
  });
});

describe('runGiveaway', () => {
  test('dedupes entrants and draws reserves after winners', () => {
    const entrants = [...ENTRANTS, ' Ada', 'GRACE'];
    expect(runGiveaway(entrants, { winners: 2, reserves: 2 })).toEqual({
      winners: ['frances', 'grace'],
      reserves: ['ada', 'sophie'],
    });
  });
});
