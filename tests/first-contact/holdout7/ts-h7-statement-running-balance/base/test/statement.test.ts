import { expect, it } from "vitest";
import { renderStatement, type Txn } from "../src/statement";

const march: Txn[] = [
  { date: "2026-03-01", memo: "Rent", cents: -95000 },
  { date: "2026-03-03", memo: "Salary ACME GmbH", cents: 312050 },
  { date: "2026-03-09", memo: "Groceries", cents: -8734 },
  { date: "2026-03-15", memo: "Refund", cents: 1999 },
];

it("renders a month with running balances", () => {
  expect(renderStatement("DE44 5001 0517 5407 3249 31", 120000, march)).toMatchInlineSnapshot(`
    "Statement DE44 5001 0517 5407 3249 31
    Opening balance                      1200.00
    ============================================
    2026-03-01 Rent          -950.00      250.00
    2026-03-03 Salary AC     3120.50     3370.50
    2026-03-09 Groceries      -87.34     3283.16
    2026-03-15 Refund          19.99     3303.15
    ============================================
    Closing balance                      3303.15"
  `);
});

it("closing equals opening plus all amounts", () => {
  const text = renderStatement("X", 120000, march);
  expect(text.split("\n").at(-1)).toMatch(/3303\.15$/);
});

it("prints an empty month", () => {
  expect(renderStatement("X", -500, [])).toMatchInlineSnapshot(`
    "Statement X
    Opening balance                        -5.00
    ============================================
    ============================================
    Closing balance                        -5.00"
  `);
});
