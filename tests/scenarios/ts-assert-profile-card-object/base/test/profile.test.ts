import { expect, it } from 'vitest';
import { publicProfile } from '../src/profile';

it('hides the email', () => {
  const card = publicProfile({ handle: 'ada', email: 'ada@example.org', posts: 12 });
  expect(card).toEqual({ handle: 'ada', posts: 12 });
});
