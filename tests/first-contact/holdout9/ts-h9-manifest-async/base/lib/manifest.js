/**
 * Manifest loading and validation.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export class ManifestError extends Error {
  /** @param {string} file @param {string} problem */
  constructor(file, problem) {
    super(`${file}: ${problem}`);
    this.name = 'ManifestError';
    this.file = file;
  }
}

/**
 * @typedef {object} Manifest
 * @property {string} name
 * @property {string} version
 * @property {string[]} files
 * @property {boolean} private
 */

const VERSION = /^\d+\.\d+\.\d+$/;

/**
 * Fill defaults and validate parsed manifest data.
 * @param {Record<string, unknown>} data
 * @param {string} [file] used in error messages
 * @returns {Manifest}
 */
export function normalize(data, file = '<manifest>') {
  if (typeof data.name !== 'string' || data.name === '') {
    throw new ManifestError(file, 'missing "name"');
  }
  if (typeof data.version !== 'string') {
    throw new ManifestError(file, 'missing "version"');
  }
  if (!VERSION.test(data.version)) {
    throw new ManifestError(file, `version "${data.version}" is not x.y.z`);
  }
  const files = Array.isArray(data.files) ? data.files.map(String) : ['dist'];
  return { name: data.name, version: data.version, files, private: data.private === true };
}

/**
 * Read and normalize a manifest file.
 * @param {string | URL} path
 * @returns {Manifest}
 */
export function loadManifest(path) {
  const file = path instanceof URL ? fileURLToPath(path) : path;
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new ManifestError(file, `invalid JSON (${err.message})`);
  }
  return normalize(data, file);
}
