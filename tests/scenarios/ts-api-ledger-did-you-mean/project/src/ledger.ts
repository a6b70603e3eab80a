/** Double-entry ledger: every transfer debits one account and credits another. */
export interface Transfer {
  from: string;
  to: string;
  cents: number;
}

export class Ledger {
  private entries: Transfer[] = [];

  transfer(from: string, to: string, cents: number): void {
    if (cents <= 0) throw new RangeError('amount must be positive');
    this.entries.push({ from, to, cents });
  }

  /** Credits minus debits for one account. */
  balanceFor(account: string): number {
    return this.entries.reduce(
      (sum, t) => sum + (t.to === account ? t.cents : 0) - (t.from === account ? t.cents : 0),
      0,
    );
  }

  history(account: string): Transfer[] {
    return this.entries.filter((t) => t.from === account || t.to === account);
  }
}
