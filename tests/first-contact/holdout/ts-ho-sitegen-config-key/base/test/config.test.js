import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { resolveConfig } from '../lib/config.js';
import { plan } from '../lib/build.js';

describe('resolveConfig', () => {
  it('fills in every default', () => {
    assert.deepStrictEqual(resolveConfig({}), { outDir: 'dist', minify: false, sourceMaps: true, baseUrl: '/' });
  });

  it('lets the config file switch source maps off', () => {
    assert.equal(resolveConfig({ sourceMaps: false }).sourceMaps, false);
  });

  it('adds the trailing slash to baseUrl', () => {
    assert.equal(resolveConfig({ baseUrl: '/notes' }).baseUrl, '/notes/');
  });
});

describe('plan', () => {
  const pages = [{ slug: 'hello', scripts: ['search.js'] }];

  it('writes source maps by default', () => {
    assert.deepStrictEqual(plan(pages, {}), ['dist/assets/search.js', 'dist/assets/search.js.map', 'dist/hello/index.html']);
  });

  it('skips them when asked', () => {
    assert.deepStrictEqual(plan(pages, { sourceMaps: false, outDir: 'public' }), [
      'public/assets/search.js',
      'public/hello/index.html',
    ]);
  });
});
