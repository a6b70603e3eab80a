import { test } from "node:test";
import assert from "node:assert/strict";
import { restore, snapshot } from "../lib/snapshot.js";

test("a snapshot round-trips", () => {
  const file = snapshot("settings", { theme: "dark", size: 3 });
  assert.match(file, /settings\.json$/);
  assert.deepEqual(restore(file), { theme: "dark", size: 3 });
});

test("each snapshot gets its own folder", () => {
  assert.notEqual(snapshot("a", 1), snapshot("a", 1));
});
