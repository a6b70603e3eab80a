"use strict";

// Runs itself: node test/export.test.js. Each case may be async.
const assert = require("assert");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { csvField, toCsv, writeMonthlyExport } = require("../src/export");

/** A fresh scratch directory under the system temp dir. */
function scratchDir() {
  return fs.promises.mkdtemp(path.join(os.tmpDir(), "ledger-export-"));
}

const cases = {
  "csvField quotes commas and doubles quotes"() {
    assert.strictEqual(csvField("Rent, March"), '"Rent, March"');
    assert.strictEqual(csvField('5" pipe'), '"5"" pipe"');
    assert.strictEqual(csvField(null), "");
  },

  "toCsv writes a header and CRLF lines"() {
    const csv = toCsv([{ a: 1, b: "x" }, { a: 2 }], ["a", "b"]);
    assert.strictEqual(csv, "a,b\r\n1,x\r\n2,\r\n");
  },

  async "writeMonthlyExport writes yyyy-mm.csv"() {
    const dir = await scratchDir();
    const file = await writeMonthlyExport(path.join(dir, "out"), 2026, 3, [
      { date: "2026-03-01", account: "4400", amount: "-1200.00", memo: "Rent, March" },
    ]);
    assert.strictEqual(path.basename(file), "2026-03.csv");
    assert.strictEqual(
      fs.readFileSync(file, "utf8"),
      'date,account,amount,memo\r\n2026-03-01,4400,-1200.00,"Rent, March"\r\n',
    );
  },
};

(async () => {
  let failed = 0;
  for (const [name, fn] of Object.entries(cases)) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (err) {
      failed += 1;
      console.log(`not ok - ${name}\n  ${err.stack}`);
    }
  }
  process.exit(failed ? 1 : 0);
})();
