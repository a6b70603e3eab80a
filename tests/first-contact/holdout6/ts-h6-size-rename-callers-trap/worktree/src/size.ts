/** Human-readable byte sizes (decimal units: 1 kB = 1000 bytes; binary units: 1 KiB = 1024 bytes). */

const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3,
  mb: 1e6,
  gb: 1e9,
  kib: 2 ** 10,
  mib: 2 ** 20,
  gib: 2 ** 30,
};

/** "25MB", "1.5 gb", "512 kB", "4 MiB", "100" -> bytes. Throws on anything else. */
export function parseByteSize(text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const factor = m ? UNITS[(m[2] || "b").toLowerCase()] : undefined;
  if (!m || factor === undefined) throw new SyntaxError(`not a size: "${text}"`);
  return Math.round(Number(m[1]) * factor);
}

/** Bytes -> "2.5 MB" (one decimal, trailing .0 dropped). */
export function formatSize(bytes: number): string {
  const [unit, factor] =
    bytes >= 1e9 ? ["GB", 1e9] : bytes >= 1e6 ? ["MB", 1e6] : bytes >= 1e3 ? ["kB", 1e3] : ["B", 1];
  const value = Math.round((bytes / factor) * 10) / 10;
  return `${value} ${unit}`;
}
