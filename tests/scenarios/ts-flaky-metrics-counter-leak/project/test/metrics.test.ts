import { describe, expect, it } from 'vitest';
import { counted, counters, increment } from '../src/metrics';

describe('metrics', () => {
  it('increments by a step', () => {
    increment('requests', 5);
    expect(counters.get('requests')).toBe(5);
  });

  it('counts each wrapped call', () => {
    const double = counted('requests', (x: number) => x * 2);
    expect(double(21)).toBe(42);
    expect(counters.get('requests')).toBe(1);
  });
});
