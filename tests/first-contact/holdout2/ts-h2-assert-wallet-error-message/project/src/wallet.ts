/** A prepaid wallet for the canteen card. Amounts are integer cents. */

export interface Entry {
  kind: "deposit" | "withdrawal";
  cents: number;
}

const euros = (cents: number): string => (cents / 100).toFixed(2);

/** Thrown when a withdrawal is larger than the balance. */
export class InsufficientFundsError extends Error {
  constructor(
    readonly balanceCents: number,
    readonly requestedCents: number,
  ) {
    super(`insufficient funds: balance ${euros(balanceCents)}, requested ${euros(requestedCents)}`);
    this.name = "InsufficientFundsError";
  }
}

export class Wallet {
  private balance = 0;
  private readonly entries: Entry[] = [];

  /** Current balance in cents. */
  get balanceCents(): number {
    return this.balance;
  }

  /** All movements, oldest first. */
  get history(): readonly Entry[] {
    return this.entries;
  }

  /** Add money. Throws RangeError for a non-positive or fractional amount. */
  deposit(cents: number): void {
    if (!Number.isInteger(cents) || cents <= 0) {
      throw new RangeError(`invalid deposit: ${cents}`);
    }
    this.balance += cents;
    this.entries.push({ kind: "deposit", cents });
  }

  /** Take money out. Throws InsufficientFundsError when the balance does not cover the amount. */
  withdraw(cents: number): void {
    if (!Number.isInteger(cents) || cents <= 0) {
      throw new RangeError(`invalid withdrawal: ${cents}`);
    }
    if (cents > this.balance) {
      throw new InsufficientFundsError(this.balance, cents);
    }
    this.balance -= cents;
    this.entries.push({ kind: "withdrawal", cents });
  }
}
