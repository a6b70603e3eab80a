/**
 * Minimal RFC 4180 CSV reader: quoted fields, doubled quotes, CRLF or LF.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") { row.push(field); field = ""; }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field); rows.push(row); row = []; field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/**
 * Turn the shop export into order records, skipping cancelled orders.
 * @param {string} text CSV with a header row: id,customer,total,status
 */
export function importOrders(text) {
  const [header, ...rows] = parseCsv(text);
  const idx = Object.fromEntries(header.map((h, i) => [h.trim(), i]));
  for (const col of ["id", "customer", "total", "status"]) {
    if (!(col in idx)) throw new Error(`missing column: ${col}`);
  }
  return rows
    .filter((r) => r[idx.status] !== "cancelled")
    .map((r) => ({ id: Number(r[idx.id]), customer: r[idx.customer], totalCents: Math.round(Number(r[idx.total]) * 100) }));
}
