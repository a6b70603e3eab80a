/** Reads typed settings from a plain object of strings (e.g. process.env). */
export type Source = Record<string, string | undefined>;

/** An integer setting, or the fallback when unset or empty. */
export function intSetting(src: Source, key: string, fallback: number): number {
  const raw = src[key];
  if (raw === undefined || raw === "") return fallback;
  const n = Number.parseInt(raw, 10);
  if (Number.isNaN(n)) throw new Error(`${key} must be an integer, got "${raw}"`);
  return n;
}

/** A yes/no setting: "1", "true", "yes" and "on" mean true (any case). */
export function flagSetting(src: Source, key: string, fallback = false): boolean {
  const raw = src[key];
  if (raw === undefined) return fallback;
  return ["1", "true", "yes", "on"].includes(raw.toLowerCase());
}

/** A list setting: comma-separated, blanks dropped; accepts an already-split array too. */
export function listSetting(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  const parts = typeof value == "string" ? value.split(",") : value;
  return parts.map((s) => s.trim()).filter(Boolean);
}
