/**
 * Seller payouts: turns a settlement period's sales into the transfer request sent to the bank API.
 * Sale prices arrive as decimal numbers in major units (19.99); the bank API wants integer minor units.
 */

export interface Sale {
  orderId: string;
  gross: number; // major units
  refunded?: boolean;
}

export interface Seller {
  id: string;
  iban: string;
  currency: "EUR" | "GBP";
}

export interface TransferRequest {
  beneficiary: { sellerId: string; iban: string };
  amount: { currency: string; minor: number };
  fee: { minor: number; rate: number };
  orders: string[];
}

/** Marketplace commission taken from every payout. */
export const COMMISSION_RATE = 0.08;

/**
 * Converts a major-unit amount (19.99) to integer minor units (1999),
 * rounded to the nearest minor unit so float noise (19.99 * 100 = 1998.999...) never loses a cent.
 */
export function toMinorUnits(major: number): number {
  return Math.trunc(major * 100);
}

/** IBANs are printed in groups of four; the bank API wants them without spaces. */
export function compactIban(iban: string): string {
  return iban.replace(/\s+/g, "");
}

/** Builds the transfer for one seller; refunded sales are left out. */
export function buildTransfer(seller: Seller, sales: readonly Sale[]): TransferRequest {
  const paid = sales.filter((s) => !s.refunded);
  const grossMinor = paid.reduce((sum, s) => sum + toMinorUnits(s.gross), 0);
  const feeMinor = Math.round(grossMinor * COMMISSION_RATE);
  return {
    beneficiary: { sellerId: seller.id, iban: compactIban(seller.iban) },
    amount: { currency: seller.currency, minor: grossMinor - feeMinor },
    fee: { minor: feeMinor, rate: COMMISSION_RATE },
    orders: paid.map((s) => s.orderId),
  };
}
