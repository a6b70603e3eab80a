'use strict';

const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { parseSettings } = require('../src/settings');

const good = { queue: { url: 'amqp://mq:5672' }, smtp: { host: 'relay.internal' } };

describe('parseSettings', () => {
  it('applies defaults', () => {
    assert.deepEqual(parseSettings(good), {
      queueUrl: 'amqp://mq:5672',
      concurrency: 4,
      smtpHost: 'relay.internal',
      smtpPort: 587,
    });
  });

  it('names queue.url when it is not an AMQP URL', () => {
    assert.throws(() => parseSettings({ ...good, queue: { url: 'http://mq' } }), {
      name: 'SettingsError',
      message: 'queue.url: expected an amqp:// or amqps:// URL, got "http://mq"',
    });
  });

  it('names queue.concurrency when it is out of range', () => {
    for (const concurrency of [0, 65, 2.5]) {
      assert.throws(() => parseSettings({ ...good, queue: { ...good.queue, concurrency } }), {
        message: `queue.concurrency: expected an integer from 1 to 64, got ${concurrency}`,
      });
    }
  });

  it('names smtp.port when it is a string', () => {
    assert.throws(() => parseSettings({ ...good, smtp: { host: 'relay', port: '25' } }), /^SettingsError: smtp\.port: expected an integer from 1 to 65535, got "25"$/);
  });
});
