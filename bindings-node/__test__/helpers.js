'use strict'
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')

// Under `node --test`, children inherit NODE_TEST_CONTEXT and print a binary protocol instead of TAP: the
// projects' own `node --test` runs (ours and the healer's) must print what a user sees.
delete process.env.NODE_TEST_CONTEXT

// The installed package when run from a project that installed the tarball; the package folder otherwise.
function loadHealer() {
  try {
    return require('maestro-test-healer')
  } catch (err) {
    if (err.code !== 'MODULE_NOT_FOUND') throw err
    return require('..')
  }
}

function project(files) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'maestro-node-'))
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  }
  return root
}

function nodeTest(root) {
  return spawnSync(process.execPath, ['--test', 'test/'], { cwd: root, encoding: 'utf8' })
}

// A CommonJS node:test suite that reads its fixture relative to the working directory: run from the project
// root it fails with ENOENT; the fixture sits in test/fixtures/.
const FIXTURE_PROJECT = {
  'package.json': '{ "name": "price-list", "private": true }\n',
  'lib/prices.js': `'use strict'
/** Total of the listed prices, in cents. */
function totalCents(items) {
  return items.reduce((sum, item) => sum + Math.round(item.price * 100), 0)
}

/** The most expensive item's name. */
function priciest(items) {
  return items.reduce((best, item) => (item.price > best.price ? item : best)).name
}

module.exports = { totalCents, priciest }
`,
  'test/fixtures/prices.json': '[{"name":"tea","price":3.5},{"name":"cake","price":4.25}]\n',
  'test/prices.test.js': `'use strict'
const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const { totalCents, priciest } = require('../lib/prices')

function items() {
  return JSON.parse(fs.readFileSync('fixtures/prices.json', 'utf8'))
}

test('sums prices in cents', () => {
  assert.strictEqual(totalCents(items()), 775)
})

test('finds the priciest item', () => {
  assert.strictEqual(priciest(items()), 'cake')
})
`,
}

module.exports = { loadHealer, project, nodeTest, FIXTURE_PROJECT }
