#!/usr/bin/env node
import { packList } from '../lib/pack.js';

const path = process.argv[2] ?? 'package.json';
try {
  const { name, entries } = await packList(path);
  console.log(name);
  for (const entry of entries) console.log(`  ${entry}`);
} catch (err) {
  console.error(err.message);
  process.exitCode = 1;
}
