/** Builds a monthly sales report from an (artificially slow) ledger. */
export interface Sale { sku: string; qty: number; cents: number }

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class Ledger {
  constructor(private readonly sales: Sale[], private readonly latencyMs = 120) {}

  /** All sales; the real ledger is a database round trip away. */
  async all(): Promise<Sale[]> {
    await delay(this.latencyMs);
    return [...this.sales];
  }
}

export interface Report { revenueCents: number; topSku: string | null }

export async function monthlyReport(ledger: Ledger): Promise<Report> {
  const sales = await ledger.all();
  const bySku = new Map<string, number>();
  let revenueCents = 0;
  for (const s of sales) {
    revenueCents += s.qty * s.cents;
    bySku.set(s.sku, (bySku.get(s.sku) ?? 0) + s.qty);
  }
  let topSku: string | null = null;
  for (const [sku, qty] of bySku) {
    if (topSku === null || qty > (bySku.get(topSku) ?? 0)) topSku = sku;
  }
  return { revenueCents, topSku };
}
