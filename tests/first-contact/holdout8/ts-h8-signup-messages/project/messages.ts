/**
 * Texts shown under the signup form fields, keyed by error code. Wording from
 * the UX review: full sentences that say what to do, not what went wrong.
 */
export const MESSAGES = {
  email_invalid: "Enter an email address like name@example.com.",
  password_short: "Use at least 10 characters for your password.",
  password_digit: "Add at least one number to your password.",
  username_chars: "Usernames can only use lowercase letters, numbers and underscores.",
  age_min: "You must be 16 or older to sign up.",
} as const;

export type ErrorCode = keyof typeof MESSAGES;
