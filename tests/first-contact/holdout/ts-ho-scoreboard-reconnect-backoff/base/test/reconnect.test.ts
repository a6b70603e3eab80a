import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Reconnector, type Feed } from "../src/reconnect";

/** A feed that fails `failures` times, then connects. */
function flakyFeed(failures: number): Feed & { tries: number } {
  return {
    tries: 0,
    async connect() {
      this.tries += 1;
      if (this.tries <= failures) throw new Error("ECONNREFUSED");
    },
  };
}

describe("Reconnector", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("retries after 1 s, then 2 s, then 4 s", async () => {
    const feed = flakyFeed(3);
    const r = new Reconnector(feed);
    await r.start();
    expect(feed.tries).toBe(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(feed.tries).toBe(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(feed.tries).toBe(3);
    await vi.advanceTimersByTimeAsync(4000);
    expect(feed.tries).toBe(4);
    expect(r.connected).toBe(true);
  });

  it("reconnects one second after a dropped connection", async () => {
    const feed = flakyFeed(0);
    const r = new Reconnector(feed);
    await r.start();
    r.lost();
    expect(r.connected).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(feed.tries).toBe(2);
    expect(r.connected).toBe(true);
  });

  it("never waits longer than 30 s", async () => {
    const feed = flakyFeed(100);
    const r = new Reconnector(feed);
    await r.start();
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000 + 8000 + 16000);
    const before = feed.tries;
    await vi.advanceTimersByTimeAsync(30_000);
    expect(feed.tries).toBe(before + 1);
    r.stop();
  });
});
