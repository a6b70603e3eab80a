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

/** Builds the transfer for one seller; refunded sales are left out. */
export function buildTransfer(seller: Seller, sales: readonly Sale[]): TransferRequest {
  const paid = sales.filter((s) => !s.refunded);
  const grossMinor = paid.reduce((sum, s) => sum + Math.round(s.gross * 100), 0);
  const feeMinor = Math.round(grossMinor * COMMISSION_RATE);
  return {
    beneficiary: { sellerId: seller.id, iban: seller.iban.replace(/\s+/g, "") },
    amount: { currency: seller.currency, minor: grossMinor - feeMinor },
    fee: { minor: feeMinor, rate: COMMISSION_RATE },
    orders: paid.map((s) => s.orderId),
  };
}
