export type Zone = "domestic" | "eu" | "islands";
export type Speed = "standard" | "express";

/** Orders at or above this subtotal (in cents) ship for free (standard, domestic and EU). */
export const FREE_SHIPPING_FROM = 5_000;

const STANDARD: Record<Zone, number> = { domestic: 499, eu: 899, islands: 1499 };
const EXPRESS_SURCHARGE = 700;

export interface Quote {
  cents: number;
  free: boolean;
}

/**
 * Shipping cost for an order.
 *
 * @param subtotal order subtotal in cents, before shipping
 * @throws RangeError for a negative subtotal, Error for express to the islands
 */
export function shippingQuote(subtotal: number, zone: Zone, speed: Speed = "standard"): Quote {
  if (subtotal < 0) throw new RangeError("subtotal must not be negative");
  if (speed === "express" && zone === "islands") {
    throw new Error("express delivery to the islands is quoted on request");
  }
  const freeEligible = zone !== "islands" && subtotal >= FREE_SHIPPING_FROM;
  if (freeEligible && speed === "standard") return { cents: 0, free: true };
  const base = freeEligible ? 0 : STANDARD[zone];
  const cents = base + (speed === "express" ? EXPRESS_SURCHARGE : 0);
  return { cents, free: false };
}
