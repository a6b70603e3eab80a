import { describe, expect, it } from "vitest";
import { Reminders } from "../src/reminders";

describe("reminders", () => {
  it("sends once per day", () => {
    const send = vi.fn();
    const r = new Reminders(send);
    expect(r.remind("ann", "2024-05-01", "pay rent")).toBe(true);
    expect(r.remind("ann", "2024-05-01", "pay rent")).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("sends again the next day", () => {
    const send = vi.fn();
    const r = new Reminders(send);
    r.remind("bob", "2024-05-01", "x");
    r.remind("bob", "2024-05-02", "x");
    expect(send).toHaveBeenNthCalledWith(2, "bob", "x");
  });
});
