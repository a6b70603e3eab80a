import { vi } from 'vitest';
import type { Deps, Invoice } from '../src/notifier';

export function makeInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    number: 1042,
    customer: 'Acme GmbH',
    billingEmail: 'billing@acme.test',
    dueDate: '2024-03-08',
    amountCents: 123450,
    currency: 'EUR',
    ...overrides,
  };
}

/** Deps with spy send/log and a fixed clock. */
export function makeDeps(today = '2024-03-20') {
  return {
    send: vi.fn<Deps['send']>(),
    log: vi.fn<Deps['log']>(),
    today: () => today,
  };
}
