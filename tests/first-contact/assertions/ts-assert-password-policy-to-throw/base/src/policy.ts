/** Password policy (NIST 800-63B style: length over composition rules). */
export const MIN_LENGTH = 8;
export const MAX_LENGTH = 128;

export class PolicyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PolicyError';
  }
}

/** Throw a PolicyError describing the first rule `password` breaks. */
export function checkPassword(password: string, email: string): void {
  if (password.length < MIN_LENGTH) {
    throw new PolicyError(`Password must be at least ${MIN_LENGTH} characters`);
  }
  if (password.length > MAX_LENGTH) {
    throw new PolicyError(`Password must be at most ${MAX_LENGTH} characters`);
  }
  if (password.toLowerCase().includes(email.split('@')[0].toLowerCase())) {
    throw new PolicyError('Password must not contain your e-mail name');
  }
}
