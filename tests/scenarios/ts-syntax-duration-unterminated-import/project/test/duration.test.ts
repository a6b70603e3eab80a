import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../src/duration;

describe('durations', () => {
  it('parses combined units', () => {
    expect(parseDuration('1h30m')).toBe(5400);
    expect(parseDuration(' 2m5s ')).toBe(125);
  });

  it('rejects junk', () => {
    expect(() => parseDuration('5 minutes')).toThrow(SyntaxError);
  });

  it('formats back', () => {
    expect(formatDuration(3725)).toBe('1h2m5s');
    expect(formatDuration(0)).toBe('0s');
  });
});
