'use strict';
const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const { statusClasses, bytesByPath } = require('../lib/logstats');

function sampleLog() {
  return fs.readFileSync('fixtures/access.log', 'utf8');
}

test('counts requests per status class', () => {
  assert.deepStrictEqual(statusClasses(sampleLog()), { '2xx': 2, '4xx': 1, '5xx': 1 });
});

test('ranks paths by bytes served', () => {
  assert.deepStrictEqual(bytesByPath(sampleLog())[0], ['/app.js', 20480]);
});
