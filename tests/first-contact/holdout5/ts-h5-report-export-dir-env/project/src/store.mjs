import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Directory the reports are written to: $EXPORT_DIR, which must be set (the systemd unit
 * points it at /var/lib/kpi-reports). There is deliberately no default any more: writing
 * into whatever the current directory was filled the deploy checkout with reports.
 */
export function exportDir() {
  const dir = process.env.EXPORT_DIR;
  if (!dir) throw new Error('EXPORT_DIR is not set');
  return resolve(dir);
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
