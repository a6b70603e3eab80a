import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** What a plugin declares in its plugin.json. */
export interface Manifest {
  name: string;
  version: string;
  /** Hooks the plugin subscribes to, e.g. "message:before-send". */
  hooks: string[];
  permissions: string[];
}

export class ManifestError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "ManifestError";
  }
}

const NAME = /^[a-z][a-z0-9-]*$/;
const SEMVER = /^\d+\.\d+\.\d+$/;

/** Check a parsed manifest; `file` is only used in error messages. */
export function validateManifest(data: unknown, file: string): Manifest {
  if (typeof data !== "object" || data === null) throw new ManifestError(file, "not an object");
  const m = data as Record<string, unknown>;
  if (typeof m.name !== "string" || !NAME.test(m.name)) throw new ManifestError(file, "invalid name");
  if (typeof m.version !== "string" || !SEMVER.test(m.version)) throw new ManifestError(file, "invalid version");
  const hooks = m.hooks ?? [];
  if (!Array.isArray(hooks) || !hooks.every((h) => typeof h === "string")) {
    throw new ManifestError(file, "hooks must be a list of strings");
  }
  const permissions = m.permissions ?? [];
  if (!Array.isArray(permissions)) throw new ManifestError(file, "permissions must be a list");
  return { name: m.name, version: m.version, hooks, permissions: permissions.map(String) };
}

/** Read and validate one plugin.json. */
export function loadManifest(file: string): Manifest {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new ManifestError(file, "cannot be read");
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ManifestError(file, "is not valid JSON");
  }
  return validateManifest(data, file);
}

/** Load every `<dir>/<plugin>/plugin.json`, sorted by plugin name. */
export function loadAll(dir: string): Manifest[] {
  const entries = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory());
  return entries.map((e) => loadManifest(join(dir, e.name, "plugin.json"))).sort((a, b) => a.name.localeCompare(b.name));
}
