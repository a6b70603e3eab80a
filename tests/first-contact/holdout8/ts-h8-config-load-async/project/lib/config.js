import { readFile } from "node:fs/promises";

/**
 * @typedef {object} RelayConfig
 * @property {number} port
 * @property {"debug" | "info" | "warn" | "error"} logLevel
 * @property {string[]} upstreams
 * @property {number} timeoutMs
 */

/** @type {RelayConfig} */
export const DEFAULTS = Object.freeze({
  port: 8080,
  logLevel: "info",
  upstreams: [],
  timeoutMs: 5000,
});

const LEVELS = ["debug", "info", "warn", "error"];

export class ConfigError extends Error {
  /** @param {string} file @param {string} message */
  constructor(file, message) {
    super(`${file}: ${message}`);
    this.name = "ConfigError";
    this.file = file;
  }
}

/**
 * Merge parsed JSON with the defaults and the environment, then validate.
 * @param {string} file used in error messages
 * @param {Record<string, unknown>} raw
 * @param {NodeJS.ProcessEnv} env
 * @returns {RelayConfig}
 */
export function resolveConfig(file, raw, env = process.env) {
  const cfg = { ...DEFAULTS, ...raw };
  if (env.RELAY_PORT) cfg.port = Number(env.RELAY_PORT);
  if (env.RELAY_LOG_LEVEL) cfg.logLevel = env.RELAY_LOG_LEVEL;

  if (!Number.isInteger(cfg.port) || cfg.port < 1 || cfg.port > 65535) {
    throw new ConfigError(file, `port must be 1-65535, got ${cfg.port}`);
  }
  if (!LEVELS.includes(cfg.logLevel)) {
    throw new ConfigError(file, `unknown logLevel "${cfg.logLevel}"`);
  }
  if (!Array.isArray(cfg.upstreams) || cfg.upstreams.some((u) => typeof u !== "string")) {
    throw new ConfigError(file, "upstreams must be a list of URLs");
  }
  return /** @type {RelayConfig} */ (cfg);
}

/**
 * Read and resolve a config file. Reading no longer blocks the event loop, so
 * the relay can reload its config on SIGHUP while serving.
 * @param {string} file
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {Promise<RelayConfig>}
 */
export async function loadConfig(file, env = process.env) {
  let raw;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw new ConfigError(file, `cannot read config (${err.code ?? err.message})`);
  }
  return resolveConfig(file, raw, env);
}
