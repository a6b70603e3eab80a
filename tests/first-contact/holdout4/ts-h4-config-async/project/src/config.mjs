import { readFile } from "node:fs/promises";

/** @typedef {{ host: string, port: number, root: string, gzip: boolean }} Config */

const DEFAULTS = Object.freeze({ host: "127.0.0.1", port: 8080, root: "public", gzip: true });

/**
 * Read a JSON config file and merge it over the defaults.
 * Unknown keys are rejected so that typos do not go unnoticed.
 * @param {string} path
 * @returns {Promise<Config>}
 */
export async function loadConfig(path) {
  const raw = JSON.parse(await readFile(path, "utf8"));
  return mergeConfig(raw);
}

/**
 * @param {Record<string, unknown>} raw
 * @returns {Config}
 */
export function mergeConfig(raw) {
  for (const key of Object.keys(raw)) {
    if (!(key in DEFAULTS)) throw new Error(`unknown config key "${key}"`);
  }
  const cfg = { ...DEFAULTS, ...raw };
  if (!Number.isInteger(cfg.port) || cfg.port < 1 || cfg.port > 65535) {
    throw new Error(`port out of range: ${cfg.port}`);
  }
  return cfg;
}
