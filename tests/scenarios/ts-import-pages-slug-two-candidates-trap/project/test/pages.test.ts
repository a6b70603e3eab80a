import { describe, expect, it } from 'vitest';
import { pathFor } from '../src/pages';

describe('pathFor', () => {
  it('puts top-level pages at the root', () => {
    expect(pathFor({ title: 'About Us' })).toBe('/about-us');
  });

  it('nests pages under their section', () => {
    expect(pathFor({ title: 'Opening Hours', section: 'Visit' })).toBe('/visit/opening-hours');
  });
});
