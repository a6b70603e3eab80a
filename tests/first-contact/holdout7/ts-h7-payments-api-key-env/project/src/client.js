/** Minimal client for the payment provider's REST API. */

export class PaymentError extends Error {
  constructor(status, body) {
    super(`payment API answered ${status}: ${body.error ?? "unknown error"}`);
    this.name = "PaymentError";
    this.status = status;
  }
}

/**
 * The API key comes from the PAYMENTS_API_KEY environment variable unless
 * passed explicitly; there is no built-in default key any more.
 * @param {{apiKey?: string, baseUrl?: string, fetch?: typeof globalThis.fetch}} [opts]
 * @throws {Error} when no API key is configured
 */
export function createClient({
  apiKey = process.env.PAYMENTS_API_KEY,
  baseUrl = "https://api.payments.invalid/v1",
  fetch = globalThis.fetch,
} = {}) {
  if (!apiKey) {
    throw new Error("PAYMENTS_API_KEY is not set (see .env.example)");
  }
  async function call(method, path, body) {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json();
    if (!res.ok) throw new PaymentError(res.status, data);
    return data;
  }

  return {
    /** Charge `amountCents` in `currency` from a tokenised card `source`. */
    charge(amountCents, currency, source) {
      if (!Number.isInteger(amountCents) || amountCents <= 0) {
        throw new RangeError(`amount must be a positive integer of cents, got ${amountCents}`);
      }
      return call("POST", "/charges", { amount: amountCents, currency: currency.toLowerCase(), source });
    },
    /** Refund a charge fully. */
    refund(chargeId) {
      return call("POST", `/charges/${encodeURIComponent(chargeId)}/refund`);
    },
  };
}
