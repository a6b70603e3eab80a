import { describe, expect, test } from 'vitest';
import { DurationError, formatDuration, parseDuration } from '../src/duration';
import { ROUND_TRIP } from './cases';

describe('parseDuration', () => {
  test.each(ROUND_TRIP)('%s', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  test('ignores surrounding blanks', () => {
    expect(parseDuration(' 5m ')).toBe(300_000);
  });

  test.each([
    ['', 'empty'],
    ['5x', 'unexpected "5x"'],
    ['30m1h', '"h" is out of order or repeated'],
    ['1h1h', '"h" is out of order or repeated'],
  ])('rejects %j', (text, reason) => {
    expect(() => parseDuration(text)).toThrow(DurationError);
    expect(() => parseDuration(text)).toThrow(reason);
  });
});

describe('formatDuration', () => {
  test.each(ROUND_TRIP)('%s', (text, ms) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test('drops zero parts', () => {
    expect(formatDuration(3_600_000)).toBe('1h');
    expect(formatDuration(0)).toBe('0s');
  });
});
