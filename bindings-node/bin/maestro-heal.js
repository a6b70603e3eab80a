#!/usr/bin/env node
'use strict'
// `npx maestro-heal ...`: runs the full `maestro-heal` CLI when it is installed (on PATH, or named by
// $MAESTRO_HEAL_BIN); otherwise offers two commands through the native binding:
//   maestro-heal run [--apply] [--threshold N] [--json] -- <command...>
//   maestro-heal parse [--runner NAME] [FILE]        (reads stdin without FILE; prints failures as JSON)
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

function onPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue
    const file = path.join(dir, name)
    try {
      fs.accessSync(file, fs.constants.X_OK)
      // Skip this very shim (npx puts node_modules/.bin on PATH).
      if (fs.realpathSync(file) !== fs.realpathSync(__filename)) return file
    } catch {}
  }
  return null
}

const args = process.argv.slice(2)
const cli = process.env.MAESTRO_HEAL_BIN || onPath('maestro-heal')
if (cli) {
  const r = spawnSync(cli, args, { stdio: 'inherit' })
  process.exit(r.status === null ? 1 : r.status)
}

const USAGE = `usage: maestro-heal run [--apply] [--threshold N] [--json] -- <command...>
       maestro-heal parse [--runner NAME] [FILE]
(the full CLI was not found on PATH; these commands use the Node binding)`

function fail(message) {
  console.error(`maestro-heal: ${message}`)
  process.exit(2)
}

async function main() {
  const { TestHealer, parseFailures } = require('../healer.js')
  const [sub, ...rest] = args
  if (sub === 'parse') {
    let runner
    const files = []
    for (let i = 0; i < rest.length; i++) {
      if (rest[i] === '--runner') runner = rest[++i]
      else files.push(rest[i])
    }
    const input = files.length ? fs.readFileSync(files[0]) : fs.readFileSync(0)
    console.log(JSON.stringify(parseFailures(input, runner), null, 2))
    return 0
  }
  if (sub === 'run') {
    const dash = rest.indexOf('--')
    if (dash < 0 || dash === rest.length - 1) fail(`missing the command after --\n${USAGE}`)
    const flags = rest.slice(0, dash)
    const command = rest.slice(dash + 1)
    let apply = false
    let json = false
    let threshold
    for (let i = 0; i < flags.length; i++) {
      if (flags[i] === '--apply') apply = true
      else if (flags[i] === '--json') json = true
      else if (flags[i] === '--threshold') threshold = Number(flags[++i])
      else fail(`unknown option ${flags[i]}\n${USAGE}`)
    }
    const healer = new TestHealer({ threshold, project: process.cwd() })
    const report = await healer.run(command, { apply })
    if (json) {
      console.log(JSON.stringify(report, null, 2))
    } else {
      for (const outcome of report.failures) {
        const name = outcome.failure.testId || outcome.failure.file
        if (!outcome.fixes.length) console.log(`${name}: no fix proposed`)
        for (const fix of outcome.fixes) {
          const verdict = fix.applied ? 'APPLIED' : 'not applied'
          console.log(`${name}: ${verdict} [${fix.strategy} ${fix.confidence.toFixed(2)}] ${fix.title} -- ${fix.decision}`)
          if (!fix.applied && fix.diff) process.stdout.write(fix.diff)
        }
      }
      console.log(`${report.applied} fix(es) applied; the command ${report.exitCode === 0 ? 'passes' : 'still fails'}`)
    }
    return report.exitCode
  }
  console.error(USAGE)
  return sub === undefined || sub === '--help' || sub === '-h' ? 0 : 2
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`maestro-heal: ${err.code ? `[${err.code}] ` : ''}${err.message}`)
    process.exit(1)
  },
)
