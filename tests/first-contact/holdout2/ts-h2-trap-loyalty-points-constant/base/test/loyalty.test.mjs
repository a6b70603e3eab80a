import { describe, it } from "node:test";
import assert from "node:assert";
import { isGold, pointsFor, redeemable } from "../src/loyalty.mjs";

describe("pointsFor", () => {
  it("earns ten points per whole euro", () => {
    assert.strictEqual(pointsFor(25.8), 250);
  });

  it("doubles points for gold members", () => {
    assert.strictEqual(pointsFor(4.5, { gold: true }), 80);
  });

  it("earns nothing under one euro", () => {
    assert.strictEqual(pointsFor(0.95), 0);
  });
});

describe("tiers and rewards", () => {
  it("makes 5000 points gold", () => {
    assert.strictEqual(isGold(5000), true);
    assert.strictEqual(isGold(4999), false);
  });

  it("redeems whole drinks only", () => {
    assert.deepStrictEqual(redeemable(1280), { drinks: 2, rest: 280 });
  });
});
