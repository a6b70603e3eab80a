import { describe, expect, it } from 'vitest';
import { summarize } from '../src/orders';

describe('summarize', () => {
  it('describes an unpaid order', () => {
    const order = { id: 'A-1', items: [{ sku: 'mug', qty: 2, price: 7.5 }, { sku: 'tea', qty: 1, price: 4.2 }] };
    expect(summarize(order)).toMatchObject({
      id: 'A-1',
      status: 'pending',
      itemCount: 3,
      total: 19.2,
    });
  });

  it('cannot cancel a shipped order', () => {
    const order = { id: 'A-2', items: [], paidAt: new Date(), shippedAt: new Date() };
    expect(summarize(order).canCancel).toBe(false);
  });
});
