#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { plan } from './build.js';

/** `quillsite plan pages.json`: prints the files a build would write. */
const [, , command, pagesFile] = process.argv;
if (command !== 'plan' || !pagesFile) {
  console.error('usage: quillsite plan <pages.json>');
  process.exit(2);
}
let user = {};
try {
  user = JSON.parse(readFileSync('quillsite.config.json', 'utf8'));
} catch (err) {
  if (err.code !== 'ENOENT') throw err;
}
for (const path of plan(JSON.parse(readFileSync(pagesFile, 'utf8')), user)) console.log(path);
