import { describe, expect, it } from 'vitest';
import { lateFee } from '../src/fees';

const due = new Date('2024-03-01T00:00:00Z');

describe('lateFee', () => {
  it('is free when returned on time', () => {
    expect(lateFee(due, new Date('2024-02-28T00:00:00Z'))).toBe(0);
  });

  it('charges 0.25 a day: a week late costs 1.75', () => {
    expect(lateFee(due, new Date('2024-03-08T00:00:00Z'))).toBe(1.75);
  });

  it('is capped', () => {
    expect(lateFee(due, new Date('2024-09-01T00:00:00Z'))).toBe(10);
  });
});
