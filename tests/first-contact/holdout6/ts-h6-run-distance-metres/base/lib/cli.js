#!/usr/bin/env node
'use strict';
// Usage: stride laps.json   (a JSON array of { meters, seconds })
const fs = require('node:fs');
const { summarize } = require('./summary');

const laps = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const s = summarize(laps);
console.log(`${s.distance} km in ${s.duration} (${s.pace}), ${s.laps} laps`);
