/**
 * Reads server settings from environment variables.
 */

export interface ServerSettings {
  host: string
  port: number
  workers: number
}

/**
 * Parses a TCP port number.
 *
 * @throws {RangeError} `PORT must be an integer between 1 and 65535 (got "<value>")`
 *   when the value is not such an integer. The message names the variable so it
 *   can be fixed without reading the source.
 */
export function parsePort(value: string): number {
  const port = Number(value)
  if (!/^\d+$/.test(value.trim()) || port < 1 || port > 65535) {
    throw new RangeError(`PORT must be an integer between 1 and 65535 (got "${value}")`)
  }
  return port
}

/** Parses a positive worker count; `auto` means one worker. */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined || value === 'auto') return 1
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`Invalid worker count: "${value}"`)
  return n
}

/** Builds the settings from an environment object such as `process.env`. */
export function loadSettings(env: Record<string, string | undefined>): ServerSettings {
  return {
    host: env.HOST ?? '127.0.0.1',
    port: env.PORT === undefined ? 3000 : parsePort(env.PORT),
    workers: parseWorkers(env.WORKERS),
  }
}
