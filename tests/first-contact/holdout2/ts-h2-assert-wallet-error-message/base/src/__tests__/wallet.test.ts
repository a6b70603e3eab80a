import { beforeEach, describe, expect, it } from "vitest";
import { Wallet } from "../wallet";

describe("Wallet", () => {
  let wallet: Wallet;

  beforeEach(() => {
    wallet = new Wallet();
    wallet.deposit(2000);
  });

  it("withdraws within the balance", () => {
    wallet.withdraw(1250);
    expect(wallet.balanceCents).toBe(750);
    expect(wallet.history.map((e) => e.kind)).toEqual(["deposit", "withdrawal"]);
  });

  it("refuses to overdraw", () => {
    expect(() => wallet.withdraw(5000)).toThrow("Insufficient funds");
    expect(wallet.balanceCents).toBe(2000);
  });

  it("rejects a zero deposit", () => {
    expect(() => wallet.deposit(0)).toThrow(RangeError);
  });

  it("rejects fractional cents", () => {
    expect(() => wallet.withdraw(10.5)).toThrow("invalid withdrawal: 10.5");
  });
});
