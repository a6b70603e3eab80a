/** Minimal CSV parsing: quoted fields, escaped quotes, header rows. */
export function parseLine(line: string): string[] {
  const out: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      out.push(field);
      field = "";
    } else field += c;
  }
  out.push(field);
  return out;
}

/** Rows as objects keyed by the header line. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...rows] = text.trim().split(/\r?\n/);
  const keys = parseLine(header ?? "");
  return rows.map((r) => Object.fromEntries(parseLine(r).map((v, i) => [keys[i], v])));
}
