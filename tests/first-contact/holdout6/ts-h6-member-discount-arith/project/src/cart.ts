/**
 * Shopping cart totals for the bookshop. All amounts are integer cents.
 */

/** Share of the price that loyalty-club members save on discountable lines. */
export const MEMBER_DISCOUNT = 0.15;

export interface CartLine {
  sku: string;
  unitCents: number;
  qty: number;
  /** Gift cards and event tickets are sold at face value. Defaults to true. */
  discountable?: boolean;
}

export interface TotalOptions {
  member?: boolean;
  /** Voucher value in cents, applied after the member discount. */
  voucherCents?: number;
}

/** Price a member pays for something that costs `cents`, rounded to the nearest cent. */
export function memberPrice(cents: number): number {
  return Math.round(cents * (1 - MEMBER_DISCOUNT));
}

function lineCents(line: CartLine): number {
  if (!Number.isInteger(line.unitCents) || line.unitCents < 0) {
    throw new RangeError(`${line.sku}: unitCents must be a non-negative integer`);
  }
  if (!Number.isInteger(line.qty) || line.qty < 1) {
    throw new RangeError(`${line.sku}: qty must be a positive integer`);
  }
  return line.unitCents * line.qty;
}

/** Sum of all lines before any discount. */
export function subtotal(lines: CartLine[]): number {
  return lines.reduce((sum, line) => sum + lineCents(line), 0);
}

/**
 * Total to charge. Members get MEMBER_DISCOUNT on the sum of the discountable lines
 * (rounded once, on that sum); the voucher comes off last and the total never goes below 0.
 */
export function cartTotal(lines: CartLine[], options: TotalOptions = {}): number {
  let discountable = 0;
  let faceValue = 0;
  for (const line of lines) {
    if (line.discountable === false) faceValue += lineCents(line);
    else discountable += lineCents(line);
  }
  const goods = options.member ? memberPrice(discountable) : discountable;
  return Math.max(0, goods + faceValue - (options.voucherCents ?? 0));
}

/** How much a member saves on this cart compared with the regular total. */
export function memberSaving(lines: CartLine[]): number {
  return cartTotal(lines) - cartTotal(lines, { member: true });
}
