'use strict';

/**
 * Reads worker.json. Errors name the dotted key that is wrong and the value found,
 * so an operator can fix the file without reading code (see README, Configuration).
 */

class SettingsError extends Error {
  constructor(key, expected, got) {
    super(`${key}: expected ${expected}, got ${JSON.stringify(got)}`);
    this.name = 'SettingsError';
    this.key = key;
  }
}

function intIn(value, key, min, max) {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new SettingsError(key, `an integer from ${min} to ${max}`, value);
  }
  return value;
}

/** @returns {{ queueUrl: string, concurrency: number, smtpHost: string, smtpPort: number }} */
function parseSettings(raw) {
  const queue = (raw && raw.queue) || {};
  const smtp = (raw && raw.smtp) || {};
  if (typeof queue.url !== 'string' || !/^amqps?:\/\//.test(queue.url)) {
    throw new SettingsError('queue.url', 'an amqp:// or amqps:// URL', queue.url);
  }
  const concurrency = queue.concurrency === undefined ? 4 : intIn(queue.concurrency, 'queue.concurrency', 1, 64);
  if (typeof smtp.host !== 'string' || smtp.host === '') {
    throw new SettingsError('smtp.host', 'a host name', smtp.host);
  }
  const smtpPort = smtp.port === undefined ? 587 : intIn(smtp.port, 'smtp.port', 1, 65535);
  return { queueUrl: queue.url, concurrency, smtpHost: smtp.host, smtpPort };
}

module.exports = { parseSettings, SettingsError };
