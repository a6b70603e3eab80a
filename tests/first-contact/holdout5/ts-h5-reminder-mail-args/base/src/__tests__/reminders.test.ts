import { beforeEach, describe, expect, it, vi } from "vitest";
import { sendDueReminders, type Invoice, type Mailer } from "../reminders";

const today = new Date("2024-03-04T09:00:00Z");

const invoices: Invoice[] = [
  { number: "INV-7", customerEmail: "ops@kiosk.test", totalCents: 12000, currency: "EUR", dueDate: "2024-03-05", paid: false },
  { number: "INV-8", customerEmail: "li@bakery.test", totalCents: 4550, currency: "EUR", dueDate: "2024-03-05", paid: true },
  { number: "INV-9", customerEmail: "li@bakery.test", totalCents: 999, currency: "GBP", dueDate: "2024-03-05", paid: false },
  { number: "INV-10", customerEmail: "ops@kiosk.test", totalCents: 500, currency: "EUR", dueDate: "2024-03-09", paid: false },
];

describe("sendDueReminders", () => {
  let mailer: Mailer & { send: ReturnType<typeof vi.fn> };

  beforeEach(() => {
    mailer = { send: vi.fn().mockResolvedValue(undefined) };
  });

  it("mails unpaid invoices due tomorrow", async () => {
    const sent = await sendDueReminders(invoices, mailer, today);
    expect(sent).toBe(2);
    expect(mailer.send).toHaveBeenCalledTimes(2);
    expect(mailer.send).toHaveBeenNthCalledWith(1, "ops@kiosk.test", "Invoice INV-7 is due on 2024-03-05", {
      tag: "reminder",
      replyTo: "accounts@acme.test",
    });
    expect(mailer.send).toHaveBeenNthCalledWith(2, "li@bakery.test", "Invoice INV-9 is due on 2024-03-05", {
      tag: "reminder",
      replyTo: "accounts@acme.test",
    });
  });

  it("skips paid invoices", async () => {
    await sendDueReminders(invoices, mailer, today);
    expect(mailer.send).not.toHaveBeenCalledWith("li@bakery.test", expect.stringContaining("INV-8"), expect.anything());
  });

  it("sends nothing when nothing is due", async () => {
    const sent = await sendDueReminders(invoices, mailer, new Date("2024-03-20T09:00:00Z"));
    expect(sent).toBe(0);
    expect(mailer.send).not.toHaveBeenCalled();
  });
});
