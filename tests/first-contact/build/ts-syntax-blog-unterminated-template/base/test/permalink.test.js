import { test } from "node:test";
import assert from "node:assert/strict";
import { permalink, slugify } from "../src/permalink.js";

test("slugify drops accents and punctuation", () => {
  assert.equal(slugify("Crème brûlée, again!"), "creme-brulee-again");
});

test("permalink uses year and month", () => {
  assert.equal(permalink("2024-06-12", "Hello, World!"), "/2024/06/hello-world/");
});
