/** Public profile cards built from account records. */
export interface Account {
  handle: string;
  email: string;
  posts: number;
}

/** What other users see. */
export function publicProfile(a: Account) {
  return { handle: a.handle, posts: a.posts };
}
