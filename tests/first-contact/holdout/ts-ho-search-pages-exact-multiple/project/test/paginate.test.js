import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { linkHeader, paginate } from '../lib/paginate.js';

const results = (n) => Array.from({ length: n }, (_, i) => `doc-${i + 1}`);

describe('paginate', () => {
  it('cuts the first page', () => {
    const p = paginate(results(23), 1, 10);
    assert.deepEqual(p.items, results(10));
    assert.equal(p.totalPages, 3);
    assert.equal(p.hasNext, true);
  });

  it('returns a short last page', () => {
    const p = paginate(results(23), 3, 10);
    assert.deepEqual(p.items, ['doc-21', 'doc-22', 'doc-23']);
    assert.equal(p.hasNext, false);
  });

  it('has no empty page after an exact multiple', () => {
    const p = paginate(results(20), 2, 10);
    assert.equal(p.items.length, 10);
    assert.equal(p.totalPages, 2);
    assert.equal(p.hasNext, false);
  });

  it('rejects page 0', () => {
    assert.throws(() => paginate(results(5), 0, 10), RangeError);
  });
});

describe('linkHeader', () => {
  it('links prev, next and last', () => {
    assert.equal(
      linkHeader('/search?q=tea', paginate(results(30), 2, 10)),
      '</search?q=tea&page=1&per_page=10>; rel="prev", </search?q=tea&page=3&per_page=10>; rel="next", ' +
        '</search?q=tea&page=3&per_page=10>; rel="last"',
    );
  });
});
