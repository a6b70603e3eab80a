/** Shipping fees for the shop, all amounts in euro cents. */

/** Orders whose goods total reaches this amount ship free with standard delivery (50.00 EUR). */
export const FREE_SHIPPING_FROM = 5000;
export const STANDARD_FEE = 495;
export const EXPRESS_FEE = 1290;
export const BULKY_SURCHARGE = 1500;
const BULKY_KG = 20;

export type Delivery = "standard" | "express";

export interface Order {
  goodsCents: number;
  weightKg: number;
  delivery: Delivery;
}

/**
 * The shipping fee for an order.
 * Standard delivery is free from FREE_SHIPPING_FROM (inclusive); express always costs EXPRESS_FEE.
 * Bulky orders pay BULKY_SURCHARGE on top, free shipping or not.
 */
export function shippingFee(order: Order): number {
  if (order.goodsCents < 0 || order.weightKg < 0) throw new RangeError("negative order");
  let fee: number;
  if (order.delivery === "express") fee = EXPRESS_FEE;
  else fee = order.goodsCents >= FREE_SHIPPING_FROM ? 0 : STANDARD_FEE;
  if (order.weightKg > BULKY_KG) fee += BULKY_SURCHARGE;
  return fee;
}

/** How much more the customer must add to ship free, for the basket banner (0 when already free). */
export function missingForFreeShipping(goodsCents: number): number {
  return Math.max(0, FREE_SHIPPING_FROM - goodsCents);
}
