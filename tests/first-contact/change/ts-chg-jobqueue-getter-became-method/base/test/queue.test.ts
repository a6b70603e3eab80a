import { describe, expect, it } from 'vitest';
import { JobQueue } from '../src/queue';

describe('JobQueue', () => {
  it('starts empty', () => {
    expect(new JobQueue().isEmpty).toBe(true);
  });

  it('pops by priority then insertion order', () => {
    const q = new JobQueue();
    q.push({ id: 'a', priority: 1 });
    q.push({ id: 'b', priority: 5 });
    q.push({ id: 'c', priority: 1 });
    expect(q.isEmpty).toBe(false);
    expect([q.pop()?.id, q.pop()?.id, q.pop()?.id]).toEqual(['b', 'a', 'c']);
    expect(q.isEmpty).toBe(true);
  });
});
