/** Public profile cards built from account records. */
export interface Account {
  handle: string;
  email: string;
  posts: number;
}

/** What other users see, with an activity flag. */
export function publicProfile(a: Account) {
  return { handle: a.handle, posts: a.posts, active: a.posts > 0 };
}
