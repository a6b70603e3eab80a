import { test } from "node:test";
import assert from "node:assert/strict";
import { backup } from "../src/backup.mjs";

test("copies only the matching files", { timeout: 50 }, async () => {
  const target = {};
  const copied = await backup({ "a.txt": "1", "b.log": "2", "c.txt": "3" }, target, /\.txt$/);
  assert.deepStrictEqual(copied, ["a.txt", "c.txt"]);
  assert.deepStrictEqual(Object.keys(target).sort(), ["a.txt", "c.txt"]);
});

test("copies nothing from an empty source", async () => {
  assert.deepStrictEqual(await backup({}, {}), []);
});
