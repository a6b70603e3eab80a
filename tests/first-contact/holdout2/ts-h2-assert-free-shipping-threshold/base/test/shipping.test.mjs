import { test } from "node:test";
import assert from "node:assert";
import { amountToFreeShipping, shippingFee } from "../src/shipping.mjs";

test("small orders pay the standard fee", () => {
  assert.strictEqual(shippingFee({ subtotal: 19.99, weightKg: 1.2 }), 4.9);
});

test("orders over the threshold ship free", () => {
  assert.strictEqual(shippingFee({ subtotal: 55, weightKg: 3 }), 0);
});

test("bulky parcels always pay the bulky fee", () => {
  assert.strictEqual(shippingFee({ subtotal: 400, weightKg: 25 }), 19.9);
});

test("the basket hint says how much is missing", () => {
  assert.strictEqual(amountToFreeShipping(45), 5);
  assert.strictEqual(amountToFreeShipping(80), 0);
});
