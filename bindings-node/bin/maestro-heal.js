#!/usr/bin/env node
'use strict'
// `npx maestro-heal ...` is the `maestro-heal` CLI itself: this shim hands every argument to the native binary
// bundled in bin/native/ by `npm run build` (or to $MAESTRO_HEAL_BIN when set), so subcommands, flags, output and
// exit codes are exactly those of the cargo-installed CLI.
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const bundled = path.join(__dirname, 'native', 'maestro-heal')
const cli = process.env.MAESTRO_HEAL_BIN || bundled
if (!fs.existsSync(cli)) {
  console.error(
    `maestro-heal: the native CLI is missing (${cli}).\n` +
      'Build the package with `npm run build` (napi build + the bundled CLI), or set MAESTRO_HEAL_BIN to a maestro-heal binary.',
  )
  process.exit(2)
}
const r = spawnSync(cli, process.argv.slice(2), { stdio: 'inherit' })
if (r.error) {
  console.error(`maestro-heal: cannot run ${cli}: ${r.error.message}`)
  process.exit(2)
}
// A signal-killed child: re-raise so the caller sees the same cause (a shell reports 128+N).
if (r.signal) process.kill(process.pid, r.signal)
process.exit(r.status === null ? 1 : r.status)
