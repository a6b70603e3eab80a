import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Directory the reports are written to. */
export function exportDir() {
  return resolve('exports');
}

/** File name for a report: "<name>-<YYYY-MM-DD>.json". */
export function reportFileName(name, day) {
  if (!/^[a-z][a-z0-9-]*$/.test(name)) throw new Error(`bad report name: ${name}`);
  return `${name}-${day.toISOString().slice(0, 10)}.json`;
}

/** Writes one report and returns its absolute path. */
export async function writeReport(name, day, data) {
  const dir = exportDir();
  await mkdir(dir, { recursive: true });
  const file = join(dir, reportFileName(name, day));
  await writeFile(file, JSON.stringify({ name, day: day.toISOString().slice(0, 10), data }, null, 2) + '\n');
  return file;
}

/** Names of the reports already written, sorted. */
export async function listReports() {
  try {
    return (await readdir(exportDir())).filter((f) => f.endsWith('.json')).sort();
  } catch (err) {
    if (err.code === 'ENOENT') return [];
    throw err;
  }
}

export async function readReport(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}
