import { describe, expect, it } from 'vitest';
import { headersFor } from '../src/headers';

describe('cache headers', () => {
  it('static assets', () => {
    expect(headersFor('/assets/app.3f9a1c.js')).toMatchSnapshot();
  });

  it('html pages', () => {
    expect(headersFor('/pricing')).toMatchSnapshot();
  });
});
