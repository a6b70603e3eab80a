import { VAT_RATES, type RateName } from "./config/tax";

export interface InvoiceLine {
  description: string;
  netCents: number;
  qty: number;
  rate: RateName;
}

export interface Invoice {
  lines: Array<InvoiceLine & { taxCents: number }>;
  netCents: number;
  taxCents: number;
  totalCents: number;
  taxByRate: Record<RateName, number>;
}

export const lineNet = (l: InvoiceLine): number => l.netCents * l.qty;

/** VAT of one line, rounded half up to the cent (per line, not per invoice). */
export const lineTax = (l: InvoiceLine): number => Math.round(lineNet(l) * VAT_RATES[l.rate]);

export function buildInvoice(lines: InvoiceLine[]): Invoice {
  const taxByRate: Record<RateName, number> = { standard: 0, reduced: 0, zero: 0 };
  const out = lines.map((l) => {
    const taxCents = lineTax(l);
    taxByRate[l.rate] += taxCents;
    return { ...l, taxCents };
  });
  const netCents = out.reduce((s, l) => s + lineNet(l), 0);
  const taxCents = out.reduce((s, l) => s + l.taxCents, 0);
  return { lines: out, netCents, taxCents, totalCents: netCents + taxCents, taxByRate };
}

const money = (c: number) => (c / 100).toFixed(2);

/** The VAT block printed under the lines, one row per rate that was used. */
export function vatSummary(inv: Invoice): string[] {
  return (Object.keys(inv.taxByRate) as RateName[])
    .filter((r) => inv.lines.some((l) => l.rate === r))
    .map((r) => `VAT ${Math.round(VAT_RATES[r] * 100)}% ${money(inv.taxByRate[r])}`);
}
