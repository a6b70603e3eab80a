"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { lateFee, statementTotal, describeFee } = require("../lib/fees");

// [days late, expected fee in cents, what the row checks]
const CASES = [
  [0, 0, "returned on time"],
  [3, 0, "last day of grace"],
  [4, 20, "first charged day"],
  [10, 7 * 20, "one week charged"],
  [25, 22 * 20, "just under the cap"],
  [30, 500, "capped"],
  [365, 500, "a year late is still capped"],
];

for (const [days, expected, what] of CASES) {
  test(`lateFee: ${what} (${days} days)`, () => {
    assert.equal(lateFee(days), expected);
  });
}

test("lateFee rejects negative or fractional days", () => {
  assert.throws(() => lateFee(-1), RangeError);
  assert.throws(() => lateFee(1.5), /non-negative integer, got 1.5/);
});

test("statementTotal adds the loans' fees", () => {
  const loans = [
    { title: "Dune", daysLate: 4 },
    { title: "Emma", daysLate: 10 },
    { title: "Ulysses", daysLate: 60 },
    { title: "Kim", daysLate: 2 },
  ];
  assert.equal(statementTotal(loans), 20 + 140 + 500 + 0);
});

test("describeFee prints the receipt line", () => {
  assert.equal(describeFee(2), "no fee");
  assert.equal(describeFee(10), "7 days × $0.20 = $1.40");
  assert.equal(describeFee(40), "37 days × $0.20 = $7.40, capped at $5.00");
});
