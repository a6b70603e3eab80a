import { describe, expect, test } from 'vitest';
import { daysBetween, notifyOverdue } from '../src/notifier';
import { makeDeps, makeInvoice } from './factories';

describe('daysBetween', () => {
  test('counts calendar days across a DST change', () => {
    expect(daysBetween('2024-03-08', '2024-03-20')).toBe(12);
    expect(daysBetween('2024-03-30', '2024-04-02')).toBe(3);
    expect(daysBetween('2024-03-20', '2024-03-08')).toBe(-12);
  });
});

describe('notifyOverdue', () => {
  test('mails the billing address and logs the notice', () => {
    const deps = makeDeps('2024-03-20');
    const inv = makeInvoice();

    const notice = notifyOverdue(inv, deps);

    expect(deps.send).toHaveBeenCalledTimes(1);
    expect(deps.send).toHaveBeenCalledWith(
      'billing@acme.test',
      `Overdue invoice ${inv.number}`,
      expect.any(String),
    );
    expect(deps.log).toHaveBeenCalledWith('info', 'overdue notice sent', { invoice: 1042 });
    expect(notice).toMatchObject({ invoice: 1042, daysOverdue: 12, channel: 'email' });
  });

  test('reminder body', () => {
    const deps = makeDeps('2024-03-20');
    notifyOverdue(makeInvoice(), deps);
    expect(deps.send.mock.calls[0][2]).toMatchInlineSnapshot(`
      "Dear Acme GmbH,

      invoice 1042 over EUR 1,234.50 was due on 2024-03-08.
      It is now 12 days overdue. Please pay at your earliest convenience."
    `);
  });

  test('invoices that are not due yet are left alone', () => {
    const deps = makeDeps('2024-03-01');
    expect(notifyOverdue(makeInvoice(), deps)).toBeNull();
    expect(deps.send).not.toHaveBeenCalled();
    expect(deps.log).not.toHaveBeenCalled();
  });

  test('an invoice without billing e-mail cannot be notified', () => {
    const deps = makeDeps('2024-03-20');
    const inv = makeInvoice({ billingEmail: undefined });
    expect(() => notifyOverdue(inv, deps)).toThrow('invoice 1042 has no billing email');
    expect(deps.send).not.toHaveBeenCalled();
  });
});
