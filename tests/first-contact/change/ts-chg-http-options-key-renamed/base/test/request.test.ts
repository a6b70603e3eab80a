import { describe, expect, it } from 'vitest';
import { resolveRequest } from '../src/request.js';

describe('resolveRequest', () => {
  it('applies defaults', () => {
    const r = resolveRequest('https://api.example.org/v1/items');
    expect(r.timeoutMs).toBe(5000);
    expect(r.retries).toBe(0);
  });

  it('keeps an explicit timeout', () => {
    expect(resolveRequest('https://x.test', { timeoutMs: 250, retries: 1 }).timeoutMs).toBe(250);
  });

  it('rejects a zero timeout', () => {
    expect(() => resolveRequest('https://x.test', { timeoutMs: 0 })).toThrow(RangeError);
  });
});
