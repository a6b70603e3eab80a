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

// No `maestro-heal` on PATH and no override: whatever runs is the CLI bundled in the package.
const env = { ...process.env, PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin` }
delete env.MAESTRO_HEAL_BIN

function heal(args, options = {}) {
  return spawnSync(process.execPath, [shim(), ...args], { env, encoding: 'utf8', ...options })
}

test('npx maestro-heal is the full CLI: its help lists every subcommand and the exit codes', () => {
  const r = heal(['--help'])
  assert.strictEqual(r.status, 0, r.stderr)
  for (const sub of ['run', 'heal', 'undo', 'patterns', 'eval']) assert.match(r.stdout, new RegExp(`\\n\\s+${sub}\\b`), `no ${sub} in:\n${r.stdout}`)
  assert.match(r.stdout, /[Ee]xit codes?/)
})

test('run --apply --format json heals a node project and undo puts it back', () => {
  const root = project(FIXTURE_PROJECT)
  const before = fs.readFileSync(path.join(root, 'test/prices.test.js'), 'utf8')
  const r = heal(['run', '--apply', '--format', 'json', '--', process.execPath, '--test', 'test/'], { cwd: root })
  assert.strictEqual(r.status, 0, r.stdout + r.stderr)
  const report = JSON.parse(r.stdout)
  assert.ok(JSON.stringify(report).includes('environment_healing'), r.stdout)
  assert.strictEqual(nodeTest(root).status, 0)
  assert.match(fs.readFileSync(path.join(root, 'test/prices.test.js'), 'utf8'), /__dirname/)

  const u = heal(['undo', '--project', root])
  assert.strictEqual(u.status, 0, u.stdout + u.stderr)
  assert.strictEqual(fs.readFileSync(path.join(root, 'test/prices.test.js'), 'utf8'), before)
})

test('the exit code is the CLI one: output with no failures in it is exit 2', () => {
  const root = project({ 'package.json': '{ "private": true }\n' })
  const r = heal(['run', '--', process.execPath, '-e', 'console.log("no tests here"); process.exit(3)'], { cwd: root })
  assert.strictEqual(r.status, 2, r.stdout + r.stderr)
})

test('a missing native CLI is a clear error, exit 2', () => {
  const r = heal(['--help'], { env: { ...env, MAESTRO_HEAL_BIN: '/nonexistent/maestro-heal' } })
  assert.strictEqual(r.status, 2)
  assert.match(r.stderr, /native CLI is missing.*\n.*npm run build/)
})
