import { readFile } from "node:fs/promises";

/** Gateway configuration as read from gateway.json. */
export interface Config {
  port: number;
  upstreams: string[];
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 5000;

/**
 * Validate raw JSON into a Config. `env.HARBOR_PORT`, when set, wins over the
 * file's port.
 */
export function parseConfig(raw: unknown, env: Record<string, string | undefined> = {}): Config {
  if (typeof raw !== "object" || raw === null) {
    throw new Error("config must be a JSON object");
  }
  const obj = raw as Record<string, unknown>;
  const upstreams = obj.upstreams;
  if (!Array.isArray(upstreams) || upstreams.length === 0) {
    throw new Error("config needs at least one upstream");
  }
  const port = env.HARBOR_PORT !== undefined ? Number(env.HARBOR_PORT) : Number(obj.port);
  if (!Number.isInteger(port) || port <= 0 || port > 65535) {
    throw new Error(`invalid port: ${String(env.HARBOR_PORT ?? obj.port)}`);
  }
  const timeoutMs = obj.timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : Number(obj.timeoutMs);
  return { port, upstreams: upstreams.map(String), timeoutMs };
}

/** Read and validate a config file without blocking the event loop. */
export async function loadConfig(
  path: string,
  env: Record<string, string | undefined> = {},
): Promise<Config> {
  const text = await readFile(path, "utf8");
  return parseConfig(JSON.parse(text), env);
}
