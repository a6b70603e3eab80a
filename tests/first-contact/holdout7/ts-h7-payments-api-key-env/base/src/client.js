/** Minimal client for the payment provider's REST API. */

export class PaymentError extends Error {
  constructor(status, body) {
    super(`payment API answered ${status}: ${body.error ?? "unknown error"}`);
    this.name = "PaymentError";
    this.status = status;
  }
}

/**
 * @param {{apiKey?: string, baseUrl?: string, fetch?: typeof globalThis.fetch}} [opts]
 */
export function createClient({
  apiKey = "sk_test_local",
  baseUrl = "https://api.payments.invalid/v1",
  fetch = globalThis.fetch,
} = {}) {
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
