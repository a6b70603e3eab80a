import { describe, expect, it } from 'vitest';
import { match, type Route } from '../src/router';

const routes: Route[] = [
  { name: 'home', pattern: '/' },
  { name: 'user', pattern: '/users/:id' },
  { name: 'post', pattern: '/users/:id/posts/:slug' },
];

describe('match', () => {
  it('matches every user path', () => {
    for (const path of ['/users/1', '/users/42/']) {
      expect(match(routes, path)?.name).toBe('user');
  });

  it('decodes params', () => {
    expect(match(routes, '/users/7/posts/hello%20world')?.params).toEqual({ id: '7', slug: 'hello world' });
  });

  it('returns undefined when nothing matches', () => {
    expect(match(routes, '/admin')).toBeUndefined();
  });
});
