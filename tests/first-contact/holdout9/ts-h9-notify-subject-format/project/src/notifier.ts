/**
 * Overdue-invoice reminders.
 */
import { formatAmount } from './money';

export interface Invoice {
  number: number;
  customer: string;
  billingEmail?: string;
  /** ISO date, YYYY-MM-DD */
  dueDate: string;
  amountCents: number;
  currency: string;
}

export type LogLevel = 'info' | 'warn';

export interface Deps {
  send: (to: string, subject: string, body: string) => void;
  log: (level: LogLevel, message: string, meta?: Record<string, unknown>) => void;
  /** Today's date as YYYY-MM-DD. */
  today: () => string;
}

export interface Notice {
  invoice: number;
  to: string;
  daysOverdue: number;
  channel: 'email';
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Whole days from `from` to `to` (both YYYY-MM-DD), independent of the local timezone. */
export function daysBetween(from: string, to: string): number {
  const utc = (d: string) => {
    const [y, m, day] = d.split('-').map(Number);
    return Date.UTC(y, m - 1, day);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Plain-text body of the reminder. */
export function reminderBody(inv: Invoice, daysOverdue: number): string {
  return [
    `Dear ${inv.customer},`,
    '',
    `invoice #${inv.number} over ${inv.currency} ${formatAmount(inv.amountCents)} was due on ${inv.dueDate}.`,
    `It is now ${daysOverdue} days overdue. Please pay at your earliest convenience.`,
  ].join('\n');
}

/** Subject line of the reminder, e.g. "Invoice #1042 is 12 days overdue". */
export function reminderSubject(inv: Invoice, daysOverdue: number): string {
  const unit = daysOverdue === 1 ? 'day' : 'days';
  return `Invoice #${inv.number} is ${daysOverdue} ${unit} overdue`;
}

/**
 * Send a reminder for an overdue invoice.
 *
 * An invoice is overdue from the day after its due date. Returns `null`, and sends
 * nothing, for an invoice that is not overdue yet.
 *
 * @throws Error when the invoice has no billing e-mail address
 */
export function notifyOverdue(inv: Invoice, deps: Deps): Notice | null {
  const days = daysBetween(inv.dueDate, deps.today());
  if (days < 0) {
    return null;
  }
  if (!inv.billingEmail) {
    throw new Error(`cannot notify ${inv.customer}: invoice #${inv.number} has no billing email`);
  }
  deps.send(inv.billingEmail, reminderSubject(inv, days), reminderBody(inv, days));
  deps.log('info', 'overdue notice sent', { invoice: inv.number, daysOverdue: days });
  return { invoice: inv.number, to: inv.billingEmail, daysOverdue: days, channel: 'email' };
}
