import { MESSAGES, type ErrorCode } from "./messages";

export interface SignupInput {
  email: string;
  username: string;
  password: string;
  age: number;
}

export interface FieldError {
  field: keyof SignupInput;
  code: ErrorCode;
  message: string;
}

export type Result = { ok: true; value: SignupInput } | { ok: false; errors: FieldError[] };

export const MIN_PASSWORD = 10;
export const MIN_AGE = 16;

const err = (field: keyof SignupInput, code: ErrorCode): FieldError => ({ field, code, message: MESSAGES[code] });

/** Check a signup form; every failing rule is reported, in field order. */
export function validateSignup(input: SignupInput): Result {
  const errors: FieldError[] = [];
  const email = input.email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.push(err("email", "email_invalid"));
  if (!/^[a-z0-9_]{3,20}$/.test(input.username)) errors.push(err("username", "username_chars"));
  if (input.password.length < MIN_PASSWORD) errors.push(err("password", "password_short"));
  if (!/[0-9]/.test(input.password)) errors.push(err("password", "password_digit"));
  if (!Number.isInteger(input.age) || input.age < MIN_AGE) errors.push(err("age", "age_min"));
  return errors.length ? { ok: false, errors } : { ok: true, value: { ...input, email } };
}

export class ValidationError extends Error {
  constructor(readonly errors: FieldError[]) {
    super(`invalid signup: ${errors.map((e) => e.message).join("; ")}`);
    this.name = "ValidationError";
  }
}

/** Like validateSignup, but throws a ValidationError listing every problem. */
export function assertValidSignup(input: SignupInput): SignupInput {
  const r = validateSignup(input);
  if (!r.ok) throw new ValidationError(r.errors);
  return r.value;
}
