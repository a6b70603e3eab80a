import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inPriceRange, parseCatalog, search } from '../src/catalog';

const products = () => parseCatalog(readFileSync('fixtures/catalog.json', 'utf8'));

describe('catalog', () => {
  it('finds kettles cheapest first', () => {
    expect(search(products(), 'kettle').map((p) => p.sku)).toEqual(['K-2', 'K-1']);
  });

  it('filters by price', () => {
    expect(inPriceRange(products(), 0, 2500).map((p) => p.sku)).toEqual(['L-1']);
  });

  it('rejects products without a sku', () => {
    expect(() => parseCatalog('[{"name": "x"}]')).toThrow('no sku');
  });
});
