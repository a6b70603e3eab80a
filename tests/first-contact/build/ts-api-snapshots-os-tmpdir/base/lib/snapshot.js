import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Writes a JSON snapshot of `data` into a fresh scratch folder; returns the file path. */
export function snapshot(name, data) {
  const dir = mkdtempSync(path.join(os.tmpDir(), "snap-"));
  const file = path.join(dir, `${name}.json`);
  writeFileSync(file, JSON.stringify(data, null, 2) + "\n");
  return file;
}

/** Reads a snapshot back. */
export function restore(file) {
  return JSON.parse(readFileSync(file, "utf8"));
}
