'use strict';

const fs = require('node:fs');
const { parseSettings, SettingsError } = require('./settings');

try {
  const settings = parseSettings(JSON.parse(fs.readFileSync(process.argv[2] || 'worker.json', 'utf8')));
  console.log(`worker: ${settings.concurrency} slots, relay ${settings.smtpHost}:${settings.smtpPort}`);
} catch (err) {
  if (err instanceof SettingsError) {
    console.error(err.message);
    process.exit(78);
  }
  throw err;
}
