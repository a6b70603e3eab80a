/**
 * What a release archive would contain.
 * @module
 */
import { loadManifest } from './manifest.js';

/** Files that are always included, whatever `files` says. */
export const ALWAYS = ['package.json', 'README.md', 'LICENSE'];

/**
 * Sorted list of the entries to pack for the manifest at `path`.
 * @param {string | URL} path
 * @returns {Promise<{ name: string, entries: string[] }>}
 */
export async function packList(path) {
  const manifest = await loadManifest(path);
  if (manifest.private) {
    throw new Error(`${manifest.name} is private and cannot be packed`);
  }
  const entries = [...new Set([...ALWAYS, ...manifest.files])].sort();
  return { name: `${manifest.name}-${manifest.version}.tgz`, entries };
}
