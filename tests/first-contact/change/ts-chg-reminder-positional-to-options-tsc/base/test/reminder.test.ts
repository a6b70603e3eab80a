import { describe, expect, it } from 'vitest';
import { nextReminder } from '../src/reminder.js';

describe('nextReminder', () => {
  it('defaults to one weekly reminder', () => {
    expect(nextReminder('2026-03-02')).toEqual(['2026-03-09']);
  });

  it('returns several dates', () => {
    expect(nextReminder('2026-03-02', 10, false, 3)).toEqual(['2026-03-12', '2026-03-22', '2026-04-01']);
  });
});
