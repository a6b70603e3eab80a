"use strict";

const { mkdir, writeFile } = require("fs").promises;
const { join } = require("path");

/**
 * Quote one CSV field per RFC 4180: fields containing a comma, a quote or a
 * line break are wrapped in quotes, and quotes inside are doubled.
 * @param {string | number | null | undefined} value
 * @returns {string}
 */
function csvField(value) {
  if (value === null || value === undefined) {
    return "";
  }
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Render rows as CSV with a header line. Columns come from `columns`, in order;
 * missing values become empty fields. Lines end with CRLF.
 * @param {Array<Record<string, unknown>>} rows
 * @param {string[]} columns
 * @returns {string}
 */
function toCsv(rows, columns) {
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) {
    lines.push(columns.map((c) => csvField(row[c])).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}

/**
 * Write the monthly ledger export to `<dir>/<yyyy>-<mm>.csv`, creating `dir`.
 * @returns {Promise<string>} the path written
 */
async function writeMonthlyExport(dir, year, month, rows) {
  await mkdir(dir, { recursive: true });
  const file = join(dir, `${year}-${String(month).padStart(2, "0")}.csv`);
  await writeFile(file, toCsv(rows, ["date", "account", "amount", "memo"]), "utf8");
  return file;
}

module.exports = { csvField, toCsv, writeMonthlyExport };
