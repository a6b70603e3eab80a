/**
 * Builds the request body for the payment service provider's "create payment" call.
 * Amounts are sent in minor units (cents) as integers.
 */

export interface Customer {
  id: string;
  email: string;
  /** Locale from the user's profile, e.g. "de_DE" or "en_US". */
  locale: string;
}

export interface OrderItem {
  sku: string;
  name: string;
  unitPrice: number; // major units, e.g. 12.5
  qty: number;
}

export interface Order {
  id: string;
  currency: "EUR" | "USD" | "GBP";
  items: OrderItem[];
  coupon?: string;
}

export interface PaymentPayload {
  reference: string;
  amount: { value: number; currency: string };
  customer: { id: string; email: string; /** BCP 47 tag, e.g. "de-DE" */ locale: string };
  lines: { sku: string; description: string; quantity: number; amount: number }[];
  metadata: Record<string, string>;
}

const minor = (major: number): number => Math.round(major * 100);

/**
 * The PSP's v2 API only accepts BCP 47 language tags ("de-DE"); profiles store
 * POSIX-style locales ("de_DE"), so convert on the way out.
 */
export function toLanguageTag(locale: string): string {
  return locale.replace("_", "-");
}

/** Maps a shop order and its customer to the PSP payload. */
export function buildPaymentPayload(order: Order, customer: Customer): PaymentPayload {
  const lines = order.items.map((item) => ({
    sku: item.sku,
    description: item.name,
    quantity: item.qty,
    amount: minor(item.unitPrice) * item.qty,
  }));
  const total = lines.reduce((sum, l) => sum + l.amount, 0);
  const metadata: Record<string, string> = { orderId: order.id };
  if (order.coupon) metadata.coupon = order.coupon;
  return {
    reference: `ORD-${order.id}`,
    amount: { value: total, currency: order.currency },
    customer: { id: customer.id, email: customer.email.toLowerCase(), locale: toLanguageTag(customer.locale) },
    lines,
    metadata,
  };
}
