#!/usr/bin/env node
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { formatBytes, formatPercent } = require('../lib/format');

const dir = process.argv[2] ?? 'dist';
const files = fs.readdirSync(dir).map((name) => ({ name, size: fs.statSync(path.join(dir, name)).size }));
const total = files.reduce((sum, f) => sum + f.size, 0);
for (const f of files.sort((a, b) => b.size - a.size)) {
  console.log(`${f.name.padEnd(30)} ${formatBytes(f.size).padStart(9)} ${formatPercent(total ? f.size / total : 0).padStart(6)}`);
}
console.log(`${'total'.padEnd(30)} ${formatBytes(total).padStart(9)}`);
