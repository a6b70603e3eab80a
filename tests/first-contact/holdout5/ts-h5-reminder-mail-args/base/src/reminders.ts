/**
 * Sends payment reminders for invoices that fall due tomorrow.
 * The mailer is injected so the job can run against the real SMTP relay or a test double.
 */

export interface Invoice {
  number: string;
  customerEmail: string;
  totalCents: number;
  currency: string;
  dueDate: string; // YYYY-MM-DD
  paid: boolean;
}

export interface Mailer {
  send(to: string, subject: string, options: { tag: string; replyTo?: string }): Promise<void>;
}

const DAY_MS = 86_400_000;

/** The calendar day after `today` as YYYY-MM-DD (UTC). */
export function nextDay(today: Date): string {
  return new Date(today.getTime() + DAY_MS).toISOString().slice(0, 10);
}

/** Subject line of a reminder mail. */
export function reminderSubject(inv: Invoice): string {
  return `Invoice ${inv.number} is due on ${inv.dueDate}`;
}

/**
 * Mails every unpaid invoice due tomorrow and returns how many reminders were sent.
 * Replies go to the accounts team.
 */
export async function sendDueReminders(invoices: readonly Invoice[], mailer: Mailer, today: Date): Promise<number> {
  const due = nextDay(today);
  let sent = 0;
  for (const inv of invoices) {
    if (inv.paid || inv.dueDate !== due) continue;
    await mailer.send(inv.customerEmail, reminderSubject(inv), { tag: "reminder", replyTo: "accounts@acme.test" });
    sent += 1;
  }
  return sent;
}
