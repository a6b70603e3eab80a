'use strict'
const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { project, nodeTest, FIXTURE_PROJECT } = require('./helpers.js')

// The bin shim, from the installed package when there is one.
function shim() {
  try {
    return path.join(path.dirname(require.resolve('maestro-test-healer/package.json')), 'bin/maestro-heal.js')
  } catch {
    return path.join(__dirname, '..', 'bin/maestro-heal.js')
  }
}

// PATH without a `maestro-heal` CLI, so the shim uses the binding.
const env = { ...process.env, PATH: path.dirname(process.execPath), MAESTRO_HEAL_BIN: '' }

test('maestro-heal run --apply heals a node project through the binding', () => {
  const root = project(FIXTURE_PROJECT)
  const r = spawnSync(process.execPath, [shim(), 'run', '--apply', '--', process.execPath, '--test', 'test/'], { cwd: root, env, encoding: 'utf8' })
  assert.strictEqual(r.status, 0, r.stdout + r.stderr)
  assert.match(r.stdout, /APPLIED \[environment_healing/)
  assert.strictEqual(nodeTest(root).status, 0)
  assert.match(fs.readFileSync(path.join(root, 'test/prices.test.js'), 'utf8'), /__dirname/)
})

test('maestro-heal with no command prints usage', () => {
  const r = spawnSync(process.execPath, [shim()], { env, encoding: 'utf8' })
  assert.strictEqual(r.status, 0)
  assert.match(r.stderr, /usage: maestro-heal run/)
})
