/** Invoice totals with tax looked up from an async rate service. */
export interface Line { description: string; cents: number }

export class TaxService {
  constructor(private readonly rates: Record<string, number>) {}

  async rateFor(region: string): Promise<number> {
    await Promise.resolve();
    const rate = this.rates[region];
    if (rate === undefined) throw new Error(`no tax rate for ${region}`);
    return rate;
  }
}

export class InvoiceBuilder {
  constructor(private readonly tax: TaxService) {}

  /** Net, tax and gross in cents; tax is rounded half up per invoice. */
  async build(region: string, lines: Line[]): Promise<{ net: number; tax: number; gross: number }> {
    const net = lines.reduce((sum, l) => sum + l.cents, 0);
    const tax = Math.round(net * (await this.tax.rateFor(region)));
    return { net, tax, gross: net + tax };
  }
}
