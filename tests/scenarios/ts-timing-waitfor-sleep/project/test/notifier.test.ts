import { describe, it, expect } from "vitest";
import { Notifier } from "../src/notifier";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("Notifier", () => {
  it("folds a burst into one message", async () => {
    const n = new Notifier();
    n.notify("build passed");
    n.notify("deploy started");
    n.notify("build passed");
    await sleep(10);
    expect(n.sent).toEqual(["2 updates: build passed, deploy started"]);
  });

  it("sends nothing before any event", () => {
    expect(new Notifier().sent).toEqual([]);
  });
});
