/** A till receipt; prices in cents, printed 32 characters wide. */
export class Receipt {
  private lines: { label: string; cents: number }[] = [];

  constructor(private readonly shop: string) {}

  entry(label: string, cents: number): void {
    if (label.length === 0) throw new Error('empty label');
    this.lines.push({ label, cents });
  }

  /** Receipt text: shop name, one line per item, a TOTAL line. */
  print(width = 32): string {
    const fmt = (c: number) => (c / 100).toFixed(2);
    const row = (l: string, c: number) => {
      const amount = fmt(c);
      return l.slice(0, width - amount.length - 1).padEnd(width - amount.length) + amount;
    };
    const total = this.lines.reduce((s, l) => s + l.cents, 0);
    return [this.shop, ...this.lines.map((l) => row(l.label, l.cents)), row('TOTAL', total)].join('\n');
  }
}
