import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { csvField, toCsv, writeMonthlyExport } from "../src/export.js";

/** A fresh scratch directory under the system temp dir. */
async function scratchDir() {
  return mkdtemp(path.join(os.tmpDir(), "ledger-export-"));
}

test("csvField quotes commas and doubles quotes", () => {
  assert.equal(csvField("Rent, March"), '"Rent, March"');
  assert.equal(csvField('5" pipe'), '"5"" pipe"');
  assert.equal(csvField(null), "");
});

test("toCsv writes a header and CRLF lines", () => {
  const csv = toCsv([{ a: 1, b: "x" }, { a: 2 }], ["a", "b"]);
  assert.equal(csv, "a,b\r\n1,x\r\n2,\r\n");
});

test("writeMonthlyExport writes yyyy-mm.csv", async () => {
  const dir = await scratchDir();
  try {
    const file = await writeMonthlyExport(path.join(dir, "out"), 2026, 3, [
      { date: "2026-03-01", account: "4400", amount: "-1200.00", memo: "Rent, March" },
    ]);
    assert.equal(path.basename(file), "2026-03.csv");
    const text = await readFile(file, "utf8");
    assert.equal(
      text,
      'date,account,amount,memo\r\n2026-03-01,4400,-1200.00,"Rent, March"\r\n',
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
