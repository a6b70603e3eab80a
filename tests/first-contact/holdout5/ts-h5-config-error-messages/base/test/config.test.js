'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { validateConfig, ConfigError } = require('../lib/config');

test('fills in defaults', () => {
  assert.deepEqual(validateConfig({ server: { port: 8080 } }), {
    host: '0.0.0.0',
    port: 8080,
    logLevel: 'info',
    workers: 2,
  });
});

test('rejects a non-object', () => {
  assert.throws(() => validateConfig(null), { name: 'ConfigError', message: 'config must be an object' });
});

test('rejects a port out of range', () => {
  for (const port of [0, 70000, '8080', 80.5]) {
    assert.throws(() => validateConfig({ server: { port } }), {
      name: 'ConfigError',
      message: 'port must be between 1 and 65535',
    });
  }
});

test('rejects an empty host', () => {
  assert.throws(() => validateConfig({ server: { host: '', port: 80 } }), /^ConfigError: host must be a non-empty string$/);
});

test('rejects an unknown log level', () => {
  assert.throws(() => validateConfig({ server: { port: 80 }, logLevel: 'verbose' }), (err) => {
    assert.ok(err instanceof ConfigError);
    assert.equal(err.message, 'unknown log level "verbose"');
    return true;
  });
});

test('rejects zero workers', () => {
  assert.throws(() => validateConfig({ server: { port: 80 }, workers: 0 }), /workers must be a positive integer/);
});
