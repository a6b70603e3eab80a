import { expect, it } from 'vitest';
import { resolveOptions } from '../src/options';

it('strips trailing slashes and keeps the timeout', () => {
  const resolved = resolveOptions({ baseUrl: 'https://api.example.org//', timeout: 2500 });
  expect(resolved.baseUrl).toBe('https://api.example.org');
  expect(resolved.timeout).toBe(2500);
});

it('fills in defaults', () => {
  expect(resolveOptions({ baseUrl: 'http://x' }).timeout).toBe(10000);
});
