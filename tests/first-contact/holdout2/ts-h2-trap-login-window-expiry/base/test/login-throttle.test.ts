import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LoginThrottle } from "../src/login-throttle";

describe("LoginThrottle", () => {
  let throttle: LoginThrottle;

  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-01-12T08:00:00Z"));
    throttle = new LoginThrottle(3, 60_000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("locks an account after three failures", () => {
    for (let i = 0; i < 3; i++) throttle.recordFailure("ana");
    expect(throttle.isAllowed("ana")).toBe(false);
    expect(throttle.isAllowed("bo")).toBe(true);
  });

  it("tells the client when to retry", () => {
    throttle.recordFailure("ana");
    vi.advanceTimersByTime(10_000);
    throttle.recordFailure("ana");
    throttle.recordFailure("ana");
    expect(throttle.retryAfterMs("ana")).toBe(50_000);
  });

  it("unlocks exactly one window after the oldest failure", () => {
    for (let i = 0; i < 3; i++) throttle.recordFailure("ana");
    vi.advanceTimersByTime(59_999);
    expect(throttle.isAllowed("ana")).toBe(false);
    vi.advanceTimersByTime(1);
    expect(throttle.isAllowed("ana")).toBe(true);
    expect(throttle.retryAfterMs("ana")).toBe(0);
  });

  it("forgets failures after a successful login", () => {
    for (let i = 0; i < 3; i++) throttle.recordFailure("ana");
    throttle.reset("ana");
    expect(throttle.isAllowed("ana")).toBe(true);
  });
});
