export interface DirUsage {
  path: string;
  bytes: number;
  files: number;
}

const UNITS = ["B", "KiB", "MiB", "GiB", "TiB"];

/** 1536 -> "1.5 KiB"; bytes below 1 KiB are printed as an integer. */
export function humanSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${UNITS[unit]}`;
}

type Align = "left" | "right";

interface Column {
  title: string;
  align: Align;
  cell: (d: DirUsage) => string;
}

/** Report columns, in display order. */
const COLUMNS: Column[] = [
  { title: "SIZE", align: "left", cell: (d) => humanSize(d.bytes) },
  { title: "FILES", align: "right", cell: (d) => String(d.files) },
  { title: "PATH", align: "left", cell: (d) => d.path },
];

function pad(text: string, width: number, align: Align): string {
  return align === "right" ? text.padStart(width) : text.padEnd(width);
}

/**
 * Text report, largest directory first. Numbers are right-aligned so that
 * the units line up; the path column is left-aligned.
 */
export function renderReport(dirs: DirUsage[], top = dirs.length): string {
  const rows = [...dirs]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
    .map((d) => COLUMNS.map((c) => c.cell(d)));
  const table = [COLUMNS.map((c) => c.title), ...rows];
  const widths = COLUMNS.map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const last = COLUMNS.length - 1;
  return table
    .map((r) => r.map((cell, i) => (i === last ? cell : pad(cell, widths[i], COLUMNS[i].align))).join("  "))
    .join("\n");
}
