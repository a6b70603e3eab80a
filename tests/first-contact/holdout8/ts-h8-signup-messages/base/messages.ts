/** Texts shown under the signup form fields, keyed by error code. */
export const MESSAGES = {
  email_invalid: "email is invalid",
  password_short: "password must be at least 10 characters",
  password_digit: "password must contain a digit",
  username_chars: "username may only contain a-z, 0-9 and _",
  age_min: "age must be 16 or over",
} as const;

export type ErrorCode = keyof typeof MESSAGES;
