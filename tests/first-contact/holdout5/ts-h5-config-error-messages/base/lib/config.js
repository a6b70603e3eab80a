'use strict';

/**
 * Validates the service's JSON config before start-up, so a bad deploy fails fast
 * with a message an operator can act on.
 */

class ConfigError extends Error {
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'];

function fail(message) {
  throw new ConfigError(message);
}

/**
 * @param {unknown} raw parsed JSON
 * @returns {{ host: string, port: number, logLevel: string, workers: number }}
 */
function validateConfig(raw) {
  if (raw === null || typeof raw !== 'object') fail('config must be an object');
  const server = raw.server || {};
  const host = server.host === undefined ? '0.0.0.0' : server.host;
  if (typeof host !== 'string' || host.length === 0) fail('host must be a non-empty string');
  const port = server.port;
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`port must be between 1 and 65535`);
  const logLevel = raw.logLevel === undefined ? 'info' : raw.logLevel;
  if (!LOG_LEVELS.includes(logLevel)) fail(`unknown log level "${logLevel}"`);
  const workers = raw.workers === undefined ? 2 : raw.workers;
  if (!Number.isInteger(workers) || workers < 1) fail('workers must be a positive integer');
  return { host, port, logLevel, workers };
}

module.exports = { validateConfig, ConfigError, LOG_LEVELS };
