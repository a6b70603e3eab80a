'use strict';

/**
 * Validates the service's JSON config before start-up, so a bad deploy fails fast
 * with a message an operator can act on. Every message starts with the dotted key
 * that is wrong and says what was found, e.g.
 *   server.port: expected an integer from 1 to 65535, got "8080"
 */

class ConfigError extends Error {
  constructor(key, expected, got) {
    super(`${key}: expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = 'ConfigError';
    this.key = key;
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'];

/**
 * @param {unknown} raw parsed JSON
 * @returns {{ host: string, port: number, logLevel: string, workers: number }}
 */
function validateConfig(raw) {
  if (raw === null || typeof raw !== 'object') throw new ConfigError('(root)', 'an object', raw);
  const server = raw.server || {};
  const host = server.host === undefined ? '0.0.0.0' : server.host;
  if (typeof host !== 'string' || host.length === 0) throw new ConfigError('server.host', 'a non-empty string', host);
  const port = server.port;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError('server.port', 'an integer from 1 to 65535', port);
  }
  const logLevel = raw.logLevel === undefined ? 'info' : raw.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) throw new ConfigError('logLevel', `one of ${LOG_LEVELS.join('|')}`, logLevel);
  const workers = raw.workers === undefined ? 2 : raw.workers;
  if (!Number.isInteger(workers) || workers < 1) throw new ConfigError('workers', 'a positive integer', workers);
  return { host, port, logLevel, workers };
}

module.exports = { validateConfig, ConfigError, LOG_LEVELS };
