/** A double-entry ledger of integer-cent postings. */
export interface Posting {
  account: string;
  cents: number;
}

export class Ledger {
  private postings: Posting[] = [];

  /** Records a transfer from one account to another. */
  transfer(from: string, to: string, cents: number): void {
    if (!Number.isInteger(cents) || cents <= 0) throw new Error("amount must be a positive whole number of cents");
    this.postings.push({ account: from, cents: -cents }, { account: to, cents });
  }

  /** The balance of one account. */
  balance(account: string): number {
    return this.postings.filter((p) => p.account === account).reduce((s, p) => s + p.cents, 0);
  }
}
