'use strict'
const test = require('node:test')
const assert = require('node:assert')
const fs = require('node:fs')
const path = require('node:path')
const os = require('node:os')
const { loadHealer, project, nodeTest, FIXTURE_PROJECT } = require('./helpers.js')

const { TestHealer, parseFailures } = loadHealer()

test('heal() proposes an assertion update with diff and healed code', () => {
  const healer = new TestHealer({ threshold: 0.75, project: '.' })
  const result = healer.heal({
    filePath: 'cart.test.ts',
    source: "it('totals the cart', () => {\n  expect(total()).toBe(12);\n});\n",
    errorMessage: 'AssertionError: expected 13 to be 12',
    lineNumber: 2,
  })
  const fix = result.fixes[0]
  assert.strictEqual(fix.strategy, 'assertion_update')
  assert.match(fix.healedCode, /toBe\(13\)/)
  assert.match(fix.diff, /\+ {2}expect\(total\(\)\)\.toBe\(13\);/)
  assert.strictEqual(typeof fix.confidence, 'number')
  assert.strictEqual(result.failure.file, 'cart.test.ts')
})

test('heal() reads the file from the project and fixes a syntax error', () => {
  const root = project({ 'test/math.test.ts': "it('adds', () => {\n  expect(1 + 1).toBe(2);\n};\n" })
  const healer = new TestHealer({ project: root })
  const result = healer.heal({ filePath: 'test/math.test.ts', errorMessage: "TS1005: ')' expected.", errorType: 'TS1005', lineNumber: 3 })
  assert.ok(result.fixes.length > 0, JSON.stringify(result))
  assert.strictEqual(result.fixes[0].strategy, 'syntax_repair')
  assert.strictEqual(result.fixes[0].healedCode, "it('adds', () => {\n  expect(1 + 1).toBe(2);\n});\n")
  // heal() never writes
  assert.match(fs.readFileSync(path.join(root, 'test/math.test.ts'), 'utf8'), /\n\};\n$/)
})

test('heal() says which kind of file a fix touches, and testsOnly keeps source fixes to display', () => {
  const root = project({ 'src/total.ts': 'export function total(xs: number[]) {\n  return xs.reduce((a, b) => a + b, 0;\n}\n' })
  const healer = new TestHealer({ project: root })
  const input = { filePath: 'src/total.ts', errorMessage: "TS1005: ')' expected.", errorType: 'TS1005', lineNumber: 2 }
  const fix = healer.heal(input).fixes[0]
  assert.strictEqual(fix.touches, 'source')
  assert.strictEqual(fix.applicability, 'safe')
  const shown = healer.heal({ ...input, testsOnly: true }).fixes[0]
  assert.strictEqual(shown.touches, 'source')
  assert.strictEqual(shown.applicability, 'display_only')
})

test('parseFailures() reads a real node --test run, from a string or a Buffer', () => {
  const root = project(FIXTURE_PROJECT)
  const out = nodeTest(root)
  assert.notStrictEqual(out.status, 0)
  const failures = parseFailures(out.stdout)
  assert.strictEqual(failures.length, 2)
  assert.strictEqual(failures[0].runner, 'node_test')
  assert.match(failures[0].message, /ENOENT/)
  assert.deepStrictEqual(parseFailures(Buffer.from(out.stdout), 'node_test').map((f) => f.testId), failures.map((f) => f.testId))
})

test('errors are Errors with a code', () => {
  assert.throws(() => parseFailures(Buffer.from('abc\u0000def')), (e) => e instanceof Error && e.code === 'E_PARSE' && /binary/.test(e.message))
  assert.throws(() => parseFailures('x', 'mocha'), { code: 'E_PARSE', message: /unknown runner `mocha`/ })
  assert.throws(() => new TestHealer({ threshold: 2 }), { code: 'E_INVALID', message: /outside 0..=1/ })
  const healer = new TestHealer()
  assert.throws(() => healer.heal({ filePath: 'a.ts', errorMessage: '', source: 'x\n' }), { code: 'E_HEAL', message: /empty/ })
  assert.throws(() => healer.run([]), { code: 'E_INVALID' })
  assert.throws(() => healer.recordOutcome({}, true), { message: /Missing field `strategy`/ })
})

test('recordOutcome() moves the confidence of the same pattern', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mth-learn-'))
  const source = "import { total } from '../src/cart'\nit('t', () => {\n  expect(total()).toBe(12);\n});\n"
  const healer = new TestHealer({ project: root })
  const best = () => {
    const fix = healer.heal({ filePath: 't.test.ts', source, errorMessage: 'AssertionError: expected 13 to be 12', lineNumber: 3 }).fixes[0]
    assert.strictEqual(fix.strategy, 'assertion_update')
    assert.ok(fix.pattern && fix.pattern.signature)
    return fix
  }
  const first = best()
  for (let i = 0; i < 6; i++) healer.recordOutcome(first, false)
  const rejected = best()
  assert.ok(rejected.confidence < first.confidence && rejected.confidence < 0.75, `${rejected.confidence}`)
  assert.ok(fs.existsSync(path.join(root, '.maestro', 'patterns.json')))
  for (let i = 0; i < 20; i++) healer.recordOutcome(rejected, true)
  assert.ok(best().confidence > rejected.confidence)
})

test('recordOutcome() errors carry a code', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mth-learn-'))
  const healer = new TestHealer({ project: root })
  const fix = healer.heal({ filePath: 't.py', source: 'def test_total()\n    assert 1 + 2 == 3\n', errorMessage: "SyntaxError: expected ':'", lineNumber: 1 }).fixes[0]
  assert.ok(fix, 'heal() proposed no fix to record')
  assert.throws(() => healer.recordOutcome({ ...fix, pattern: undefined }, true), { code: 'E_INVALID', message: /no pattern/ })
  fs.mkdirSync(path.join(root, '.maestro'))
  fs.writeFileSync(path.join(root, '.maestro', 'patterns.json'), '{ broken')
  assert.throws(() => healer.recordOutcome(fix, true), { code: 'E_STORE', message: /move it aside/ })
  assert.strictEqual(fs.readFileSync(path.join(root, '.maestro', 'patterns.json'), 'utf8'), '{ broken')
})

test('run() without apply reports fixes and writes nothing', async () => {
  const root = project(FIXTURE_PROJECT)
  const file = path.join(root, 'test/prices.test.js')
  const before = fs.readFileSync(file, 'utf8')
  const healer = new TestHealer({ project: root })
  const pending = healer.run([process.execPath, '--test', 'test/'])
  assert.ok(pending instanceof Promise)
  const report = await pending
  assert.strictEqual(report.exitCode, 1)
  assert.strictEqual(report.applied, 0)
  assert.ok(report.failures.length > 0)
  assert.strictEqual(report.failures[0].fixes[0].strategy, 'environment_healing')
  assert.strictEqual(fs.readFileSync(file, 'utf8'), before)
})

test('run({ apply: true }) heals the project', async () => {
  const root = project(FIXTURE_PROJECT)
  const healer = new TestHealer({ threshold: 0.75, project: root })
  const report = await healer.run([process.execPath, '--test', 'test/'], { apply: true })
  assert.strictEqual(report.exitCode, 0, JSON.stringify(report, null, 2))
  assert.ok(report.applied >= 1)
  assert.deepStrictEqual(report.changedFiles, ['test/prices.test.js'])
  assert.strictEqual(report.final.passed, true)
  assert.match(fs.readFileSync(path.join(root, 'test/prices.test.js'), 'utf8'), /__dirname/)
  assert.strictEqual(nodeTest(root).status, 0)
})

test('run({ apply: true }) leaves a real bug alone', async () => {
  const root = project({
    'package.json': '{ "name": "discounts", "private": true }\n',
    'lib/discount.js': "'use strict'\nexports.discounted = (amount, percent) => Math.round(amount * (1 - percent / 10) * 100) / 100\n",
    'test/discount.test.js': "'use strict'\nconst test = require('node:test')\nconst assert = require('node:assert')\nconst { discounted } = require('../lib/discount')\n\ntest('ten percent off', () => {\n  assert.strictEqual(discounted(200, 10), 180)\n})\n",
  })
  const file = path.join(root, 'test/discount.test.js')
  const before = fs.readFileSync(file, 'utf8')
  const report = await new TestHealer({ project: root }).run([process.execPath, '--test', 'test/'], { apply: true })
  assert.strictEqual(report.exitCode, 1)
  assert.strictEqual(report.applied, 0)
  assert.strictEqual(fs.readFileSync(file, 'utf8'), before)
})

test('run() rejects with a code when the command cannot start', async () => {
  const healer = new TestHealer({ project: project({ 'a.txt': 'x' }) })
  await assert.rejects(healer.run(['definitely-not-a-command-xyz']), { code: 'E_RUN' })
})
