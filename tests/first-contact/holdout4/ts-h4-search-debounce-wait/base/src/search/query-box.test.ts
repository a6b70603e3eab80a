import { describe, expect, it, vi } from "vitest";
import { QueryBox } from "./query-box";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("QueryBox", () => {
  it("sends only the last query of a burst", async () => {
    const search = vi.fn();
    const box = new QueryBox(search);
    for (const v of ["r", "re", "rea", "reac", "react"]) box.onInput(v);
    expect(search).not.toHaveBeenCalled();
    await sleep(60);
    expect(search).toHaveBeenCalledTimes(1);
    expect(search).toHaveBeenCalledWith("react");
  });

  it("ignores one-letter queries", async () => {
    const search = vi.fn();
    const box = new QueryBox(search);
    box.onInput(" a ");
    await sleep(60);
    expect(search).not.toHaveBeenCalled();
  });
});
