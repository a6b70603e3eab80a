import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deliver, type Send } from "../src/deliver";

/** A fake endpoint answering with the given statuses in order. */
function endpoint(...statuses: number[]) {
  const calls: number[] = [];
  const send: Send = async (_url, _body, attempt) => {
    calls.push(attempt);
    return { status: statuses[Math.min(calls.length, statuses.length) - 1] };
  };
  return { send, calls };
}

describe("deliver", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("delivers on the first try without waiting", async () => {
    const ep = endpoint(204);
    await expect(deliver(ep.send, "https://example.test/hook", "{}")).resolves.toEqual({
      delivered: true,
      attempts: 1,
      gone: false,
    });
  });

  it("backs off exponentially between retries", async () => {
    const ep = endpoint(503, 503, 200);
    const outcome = deliver(ep.send, "https://example.test/hook", "{}");

    await vi.advanceTimersByTimeAsync(0);
    expect(ep.calls).toEqual([1]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(ep.calls).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(2000);
    expect(ep.calls).toEqual([1, 2, 3]);
    await expect(outcome).resolves.toMatchObject({ delivered: true, attempts: 3 });
  });

  it("stops at once on 410 Gone", async () => {
    const ep = endpoint(410);
    await expect(deliver(ep.send, "https://example.test/hook", "{}")).resolves.toEqual({
      delivered: false,
      attempts: 1,
      gone: true,
    });
  });
});
