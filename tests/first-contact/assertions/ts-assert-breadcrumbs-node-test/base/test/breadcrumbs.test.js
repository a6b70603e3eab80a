import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { breadcrumbView, crumbs, trailText } from '../src/breadcrumbs.js';

describe('breadcrumbs', () => {
  it('labels segments', () => {
    assert.deepStrictEqual(crumbs('/docs/getting-started'), [
      { label: 'Docs', href: '/docs' },
      { label: 'Getting started', href: '/docs/getting-started' },
    ]);
  });

  it('joins the trail', () => {
    assert.equal(trailText(crumbs('/docs/guides/deploying')), 'Docs / Guides / Deploying');
  });

  it('builds the view', () => {
    assert.deepStrictEqual(breadcrumbView('/api/v2', { api: 'API', v2: 'Version 2' }), {
      trail: [
        { label: 'API', href: '/api' },
        { label: 'Version 2', href: '/api/v2' },
      ],
      text: 'API / Version 2',
      depth: 2,
    });
  });
});
