import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { createClient, PaymentError } from "../src/client.js";

/** A fetch double that records calls and answers with canned responses. */
function fakeFetch(status, body) {
  const calls = [];
  const fn = async (url, init) => {
    calls.push({ url, init });
    return { ok: status < 400, status, json: async () => body };
  };
  fn.calls = calls;
  return fn;
}

describe("payments client", () => {
  it("charges with the api key and lower-case currency", async () => {
    const fetch = fakeFetch(200, { id: "ch_1", status: "succeeded" });
    const client = createClient({ fetch });
    const res = await client.charge(1999, "EUR", "tok_visa");
    assert.equal(res.id, "ch_1");
    const [{ url, init }] = fetch.calls;
    assert.equal(url, "https://api.payments.invalid/v1/charges");
    assert.equal(init.headers.authorization, "Bearer sk_test_local");
    assert.deepEqual(JSON.parse(init.body), { amount: 1999, currency: "eur", source: "tok_visa" });
  });

  it("refunds by id", async () => {
    const fetch = fakeFetch(200, { id: "re_9" });
    await createClient({ fetch }).refund("ch/1");
    assert.equal(fetch.calls[0].url, "https://api.payments.invalid/v1/charges/ch%2F1/refund");
  });

  it("turns API errors into PaymentError", async () => {
    const client = createClient({ fetch: fakeFetch(402, { error: "card_declined" }) });
    await assert.rejects(client.charge(500, "eur", "tok_x"), (err) => {
      assert.ok(err instanceof PaymentError);
      assert.equal(err.status, 402);
      assert.match(err.message, /card_declined/);
      return true;
    });
  });

  it("rejects non-integer amounts before calling the API", () => {
    const fetch = fakeFetch(200, {});
    assert.throws(() => createClient({ fetch }).charge(10.5, "eur", "tok"), RangeError);
    assert.equal(fetch.calls.length, 0);
  });
});
