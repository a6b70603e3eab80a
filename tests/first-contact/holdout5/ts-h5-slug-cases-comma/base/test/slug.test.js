'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const { slugify } = require('../lib/slug');

const cases = [
  { title: 'Hello, World!', slug: 'hello-world' },
  { title: '  Tips & Tricks  ', slug: 'tips-and-tricks' },
  { title: 'Node.js 20 -- what changed?', slug: 'node-js-20-what-changed' },
  { title: '???', slug: '' },
];

for (const { title, slug } of cases) {
  test(`slugify(${JSON.stringify(title)})`, () => {
    assert.equal(slugify(title), slug);
  });
}

test('never cuts a word in half', () => {
  assert.equal(slugify('alpha beta gamma delta', { maxLength: 12 }), 'alpha-beta');
});
