import { expect, it } from 'vitest';
import { ranking } from '../src/leaderboard';

it('orders players', () => {
  const players = [
    { name: 'cy', score: 5 },
    { name: 'al', score: 9 },
    { name: 'bo', score: 5 },
  ];
  expect(ranking(players)).toEqual(['al', 'cy', 'bo']);
});
