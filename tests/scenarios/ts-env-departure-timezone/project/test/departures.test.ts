import { describe, expect, it } from 'vitest';
import { boardLine, upcoming } from '../src/departures';

describe('departure board', () => {
  it('formats a departure with its platform', () => {
    expect(boardLine({ train: 'IC 512', at: new Date('2024-06-01T08:05:00Z'), platform: 4 })).toBe(
      '08:05 IC 512 (platform 4)',
    );
  });

  it('lists upcoming departures soonest first', () => {
    const now = new Date('2024-06-01T08:00:00Z');
    const list = upcoming(
      [
        { train: 'B', at: new Date('2024-06-01T09:00:00Z') },
        { train: 'A', at: new Date('2024-06-01T08:30:00Z') },
        { train: 'Z', at: new Date('2024-06-01T07:00:00Z') },
      ],
      now,
    );
    expect(list.map((d) => d.train)).toEqual(['A', 'B']);
  });
});
