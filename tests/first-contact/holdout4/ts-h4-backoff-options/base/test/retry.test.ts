import { describe, expect, it } from "vitest";
import { withRetry } from "../src/retry";

describe("withRetry", () => {
  it("sleeps between failures and returns the first success", async () => {
    const slept: number[] = [];
    let calls = 0;
    const result = await withRetry(
      async () => {
        calls++;
        if (calls < 3) throw Object.assign(new Error("boom"), { status: 503 });
        return "ok";
      },
      { retries: 4, baseMs: 10 },
      async (ms) => {
        slept.push(ms);
      },
    );
    expect(result).toBe("ok");
    expect(slept).toEqual([10, 20]);
  });

  it("does not retry client errors", async () => {
    let calls = 0;
    const fail = async () => {
      calls++;
      throw Object.assign(new Error("nope"), { status: 404 });
    };
    await expect(withRetry(fail, { retries: 3 }, async () => {})).rejects.toThrow("nope");
    expect(calls).toBe(1);
  });
});
