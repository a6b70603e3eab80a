export const MIN_LENGTH = 12;

export interface Verdict {
  ok: boolean;
  problems: string[];
}

/**
 * Check a new password: at least MIN_LENGTH characters, not all one character class,
 * and not containing the user name.
 */
export function checkPassword(password: string, username: string): Verdict {
  const problems: string[] = [];
  if (!(password.length > MIN_LENGTH)) problems.push(`use at least ${MIN_LENGTH} characters`);
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) problems.push('mix letters, digits or symbols');
  if (username && password.toLowerCase().includes(username.toLowerCase())) problems.push('do not include your user name');
  return { ok: problems.length === 0, problems };
}
