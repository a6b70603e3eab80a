import { test, expect } from "vitest";
import { RefreshingCache } from "../src/cache";

test("a stale entry is served, then refreshed", async () => {
  let clock = 0;
  const slowLoad = (key: string) => new Promise<string>((resolve) => setTimeout(() => resolve(`${key}:v2`), 50));
  const cache = new RefreshingCache(slowLoad, 100, () => clock);
  cache.set("user", "user:v1");
  clock = 500;
  expect(cache.get("user")).toBe("user:v1");
  await new Promise((r) => setTimeout(r, 5));
  expect(cache.refreshes).toBe(1);
  expect(cache.get("user")).toBe("user:v2");
});
