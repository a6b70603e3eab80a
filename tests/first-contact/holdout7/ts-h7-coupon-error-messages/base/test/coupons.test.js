import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { applyCoupon, CouponError, validateCoupon } from "../src/coupons.js";

const spring = new Date("2026-04-15T12:00:00Z");

describe("validateCoupon", () => {
  it("accepts codes case-insensitively", () => {
    assert.deepEqual(validateCoupon("  welcome10 ", { now: spring }), { code: "WELCOME10", percent: 10 });
  });

  it("rejects malformed codes", () => {
    assert.throws(() => validateCoupon("ab!", { now: spring }), /invalid coupon format/);
  });

  it("rejects unknown codes", () => {
    assert.throws(() => validateCoupon("NOPE2024", { now: spring }), {
      name: "CouponError",
      code: "UNKNOWN",
      message: "unknown coupon",
    });
  });

  it("is valid through the last day, then expires", () => {
    const lastDay = new Date("2026-05-31T22:00:00Z");
    assert.equal(validateCoupon("SPRING25", { now: lastDay, subtotalCents: 9000 }).percent, 25);
    const dayAfter = new Date("2026-06-01T00:00:01Z");
    assert.throws(
      () => validateCoupon("SPRING25", { now: dayAfter, subtotalCents: 9000 }),
      (err) => {
        assert.ok(err instanceof CouponError);
        assert.equal(err.code, "EXPIRED");
        assert.equal(err.message, "coupon expired");
        return true;
      },
    );
  });

  it("enforces the minimum order", () => {
    assert.throws(
      () => validateCoupon("VIP50", { now: spring, subtotalCents: 19999 }),
      { code: "MINIMUM", message: "order total too low for coupon" },
    );
  });
});

describe("applyCoupon", () => {
  it("rounds the discount down", () => {
    assert.equal(applyCoupon(999, "WELCOME10", { now: spring }), 900);
    assert.equal(applyCoupon(20001, "VIP50", { now: spring }), 10001);
  });
});
