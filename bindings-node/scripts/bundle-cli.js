#!/usr/bin/env node
'use strict'
// Builds the `maestro-heal` CLI (release) and copies it into bin/native/, so that `npx maestro-heal` runs the
// very same CLI as the cargo install: one definition of every subcommand and flag, no second implementation.
// Built for the host triple explicitly so the crates the napi build (also --target) compiled are reused.
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const path = require('node:path')

const pkg = path.resolve(__dirname, '..')
const workspace = path.resolve(pkg, '..')

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: workspace, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
  if (r.error) throw new Error(`cannot run ${cmd}: ${r.error.message}`)
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}`)
  return r.stdout
}

function main() {
  const host = /^host: (.+)$/m.exec(run('rustc', ['-vV']))
  if (!host) throw new Error('rustc -vV did not name the host triple')
  const triple = host[1].trim()
  const r = spawnSync('cargo', ['build', '--release', '-p', 'maestro-heal', '--target', triple], { cwd: workspace, stdio: 'inherit' })
  if (r.status !== 0) throw new Error(`cargo build of the maestro-heal CLI failed (exit ${r.status})`)
  const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(workspace, 'target')
  const built = path.join(targetDir, triple, 'release', 'maestro-heal')
  const dest = path.join(pkg, 'bin', 'native', 'maestro-heal')
  fs.mkdirSync(path.dirname(dest), { recursive: true })
  // Copy then rename: an interrupted build never leaves a half-written executable behind.
  const tmp = `${dest}.tmp-${process.pid}`
  fs.copyFileSync(built, tmp)
  fs.chmodSync(tmp, 0o755)
  fs.renameSync(tmp, dest)
  console.log(`bundled ${path.relative(pkg, dest)} (${triple})`)
}

try {
  main()
} catch (err) {
  console.error(`bundle-cli: ${err.message}`)
  process.exit(1)
}
