"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { validate, summary } = require("../lib/validate");

const good = { displayName: "Grace H.", username: "ghopper", password: "cobol1959!", timezone: "America/New_York" };

test("a good form has no errors", () => {
  assert.deepEqual(validate(good), {});
});

test("messages are grouped by field", () => {
  assert.deepEqual(validate({ ...good, password: "short", username: "Grace!" }), {
    username: ["Username may only use a-z, 0-9 and _"],
    password: ["Password needs at least 10 characters", "Password needs a digit"],
  });
});

const CASES = [
  ["displayName", "G", "Display name is too short"],
  ["displayName", "G".repeat(41), "Display name is too long"],
  ["password", "longbutnodigits", "Password needs a digit"],
  ["timezone", "Mars/Olympus Mons", "Time zone is not a known time zone"],
];

for (const [field, value, message] of CASES) {
  test(`${field}: ${message}`, () => {
    assert.deepEqual(validate({ ...good, [field]: value }), { [field]: [message] });
  });
}

test("summary lists every message", () => {
  assert.deepEqual(summary({ ...good, displayName: "", timezone: "utc" }), [
    "Display name is too short",
    "Time zone is not a known time zone",
  ]);
});
