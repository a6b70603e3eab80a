'use strict'
const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { spawnSync } = require('node:child_process')
const { loadHealer } = require('./helpers.js')

function packageDir() {
  try {
    return path.dirname(require.resolve('maestro-test-healer/package.json'))
  } catch {
    return path.join(__dirname, '..')
  }
}

// tsc from $MAESTRO_TSC (scripts/test-bindings.sh passes the pinned one) or the repository's .tools.
function tsc() {
  const candidates = [process.env.MAESTRO_TSC, path.join(__dirname, '../../.tools/node/node_modules/.bin/tsc')]
  const found = candidates.find((c) => c && fs.existsSync(c))
  assert.ok(found, 'no tsc: set MAESTRO_TSC or run `. scripts/tools.sh` at the repository root first')
  return found
}

test('the typings are strict-clean without @types/node and type the error code', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'maestro-types-'))
  fs.mkdirSync(path.join(root, 'node_modules'))
  fs.symlinkSync(packageDir(), path.join(root, 'node_modules', 'maestro-test-healer'))
  fs.writeFileSync(
    path.join(root, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, noEmit: true, types: [], lib: ['es2022'], module: 'commonjs', target: 'es2022', skipLibCheck: false },
      files: ['check.ts'],
    }),
  )
  fs.writeFileSync(
    path.join(root, 'check.ts'),
    `import { TestHealer, parseFailures, isHealerError, HealerErrorCode, Failure } from 'maestro-test-healer'
const failures: Failure[] = parseFailures(new Uint8Array([70, 65, 73, 76]), 'pytest')
export const count: number = failures.length
export function codeOf(err: unknown): HealerErrorCode | undefined {
  return isHealerError(err) ? err.code : undefined
}
export const healer = new TestHealer({ threshold: 0.8, project: '.' })
// @ts-expect-error: a code the binding never throws
export const wrong: HealerErrorCode = 'E_NOPE'
`,
  )
  const r = spawnSync(tsc(), ['-p', root], { encoding: 'utf8' })
  assert.strictEqual(r.status, 0, r.stdout + r.stderr)
})

test('parseFailures takes a Uint8Array and errors carry a code isHealerError recognises', () => {
  const { parseFailures, isHealerError } = loadHealer()
  const text = 'FAILED tests/test_a.py::test_one - assert 1 == 2\n1 failed in 0.01s\n'
  const failures = parseFailures(new TextEncoder().encode(text), 'pytest')
  assert.strictEqual(failures.length, 1)
  assert.throws(() => parseFailures(text, 'nosuchrunner'), (err) => isHealerError(err) && err.code === 'E_PARSE')
  assert.strictEqual(isHealerError(new Error('plain')), false)
})
