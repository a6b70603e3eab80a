/**
 * Orders API, built on the generic client.
 */
import { createClient, type Client } from './client';
import type { Transport } from './transport';

export interface Order {
  id: string;
  status: 'open' | 'shipped' | 'cancelled';
  totalCents: number;
}

export class OrdersApi {
  private readonly client: Client;

  constructor(token: string, transport: Transport) {
    this.client = createClient('https://shop.example.test/api/v1', transport, 10_000, 3, {
      authorization: `Bearer ${token}`,
    });
  }

  /** Open orders, newest first. */
  async openOrders(): Promise<Order[]> {
    const orders = await this.client.get<Order[]>('/orders', { status: 'open' });
    return [...orders].reverse();
  }

  cancel(id: string): Promise<Order> {
    return this.client.post<Order>(`/orders/${encodeURIComponent(id)}/cancel`, {});
  }
}
