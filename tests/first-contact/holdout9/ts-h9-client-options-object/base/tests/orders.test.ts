import { expect, test } from 'vitest';
import { OrdersApi } from '../src/orders';
import { fakeTransport, json } from './fake-transport';

test('open orders come newest first and carry the token', async () => {
  const transport = fakeTransport(
    json(200, [
      { id: 'o-1', status: 'open', totalCents: 500 },
      { id: 'o-2', status: 'open', totalCents: 900 },
    ]),
  );
  const orders = await new OrdersApi('t0k', transport).openOrders();

  expect(orders.map((o) => o.id)).toEqual(['o-2', 'o-1']);
  expect(transport.calls[0].url).toBe('https://shop.example.test/api/v1/orders?status=open');
  expect(transport.calls[0].headers.authorization).toBe('Bearer t0k');
});
