import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { importOrders, parseCsv } from "../lib/csv.mjs";

const exportCsv = readFileSync("fixtures/orders.csv", "utf8");

test("parseCsv handles quotes and CRLF", () => {
  assert.deepEqual(parseCsv('a,"b,c","d ""e"""\r\n1,2,3\r\n'), [
    ["a", "b,c", 'd "e"'],
    ["1", "2", "3"],
  ]);
});

test("importOrders skips cancelled orders", () => {
  const orders = importOrders(exportCsv);
  assert.deepEqual(
    orders.map((o) => o.id),
    [1001, 1003],
  );
});

test("importOrders converts totals to cents", () => {
  const [ada, tom] = importOrders(exportCsv);
  assert.equal(ada.customer, "Lovelace, Ada");
  assert.equal(ada.totalCents, 1999);
  assert.equal(tom.customer, 'Tom "TJ" Jones');
  assert.equal(tom.totalCents, 12050);
});

test("importOrders requires the status column", () => {
  assert.throws(() => importOrders("id,customer,total\n1,x,2\n"), /missing column: status/);
});
