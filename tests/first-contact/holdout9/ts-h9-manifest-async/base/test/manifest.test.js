import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadManifest, normalize, ManifestError } from '../lib/manifest.js';
import { packList } from '../lib/pack.js';

const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url);

describe('normalize', () => {
  test('fills defaults', () => {
    assert.deepEqual(normalize({ name: 'a', version: '1.0.0' }), {
      name: 'a',
      version: '1.0.0',
      files: ['dist'],
      private: false,
    });
  });

  test('rejects a version that is not x.y.z', () => {
    assert.throws(() => normalize({ name: 'a', version: 'latest' }), /version "latest" is not x\.y\.z/);
  });
});

describe('loadManifest', () => {
  test('reads and normalizes a file', () => {
    const manifest = loadManifest(fixture('basic.json'));
    assert.equal(manifest.name, 'demo-lib');
    assert.equal(manifest.version, '1.2.3');
    assert.deepEqual(manifest.files, ['dist']);
  });

  test('names the file when "version" is missing', () => {
    assert.throws(() => loadManifest(fixture('no-version.json')), {
      name: 'ManifestError',
      message: /no-version\.json: missing "version"/,
    });
  });

  test('wraps invalid JSON', () => {
    assert.throws(() => loadManifest(fixture('broken.json')), ManifestError);
  });
});

describe('packList', () => {
  test('always packs the manifest, readme and license', () => {
    assert.deepEqual(packList(fixture('files.json')), {
      name: 'web-kit-2.0.0.tgz',
      entries: ['LICENSE', 'README.md', 'lib', 'package.json', 'types'],
    });
  });

  test('refuses private packages', () => {
    assert.throws(() => packList(fixture('private.json')), /tools is private/);
  });
});
