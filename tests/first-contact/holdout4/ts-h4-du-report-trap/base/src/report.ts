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

/**
 * Text report, largest directory first. Numbers are right-aligned so that
 * the units line up; the path column is left-aligned.
 */
export function renderReport(dirs: DirUsage[], top = dirs.length): string {
  const rows = [...dirs]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, top)
    .map((d) => [humanSize(d.bytes), String(d.files), d.path]);
  const header = ["SIZE", "FILES", "PATH"];
  const sizeW = Math.max(header[0].length, ...rows.map((r) => r[0].length));
  const filesW = Math.max(header[1].length, ...rows.map((r) => r[1].length));
  return [header, ...rows]
    .map(([size, files, path]) => `${size.padStart(sizeW)}  ${files.padStart(filesW)}  ${path}`)
    .join("\n");
}
