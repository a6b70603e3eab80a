import { describe, expect, it } from 'vitest';
import { loadManifest } from '../src/manifest';

const files: Record<string, string> = {
  'ok.json': '{"name": "resize", "version": "1.2.0"}',
  'bad.json': '{"name": "resize", "version": "1.2"}',
};
const read = (p: string) => files[p];

describe('loadManifest', () => {
  it('fills the default entry', () => {
    const m = loadManifest('ok.json', read);
    expect(m.name).toBe('resize');
    expect(m.entry).toBe('index.js');
  });

  it('rejects a two-part version', () => {
    expect(() => loadManifest('bad.json', read)).toThrow('bad version 1.2');
  });
});
