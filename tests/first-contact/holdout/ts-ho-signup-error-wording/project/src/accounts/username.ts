import { ValidationError } from "./errors";

export const MIN_LENGTH = 3;
export const MAX_LENGTH = 20;
const RESERVED = new Set(["admin", "root", "support", "billing"]);

/**
 * Normalises and validates a requested username.
 *
 * The messages go straight into the sign-up form, so they say what to do, e.g.
 * "Choose a username of 3 to 20 characters (this one has 2)." or "Use only letters, digits, _ and -."
 * @returns the username lowercased and trimmed
 * @throws ValidationError when it is too short/long, uses other characters than a-z, 0-9, "_" and "-",
 *   or is reserved
 */
export function validateUsername(requested: string): string {
  const name = requested.trim().toLowerCase();
  if (name.length < MIN_LENGTH || name.length > MAX_LENGTH) {
    throw new ValidationError(
      "username",
      `Choose a username of ${MIN_LENGTH} to ${MAX_LENGTH} characters (this one has ${name.length}).`,
    );
  }
  if (!/^[a-z0-9_-]+$/.test(name)) throw new ValidationError("username", "Use only letters, digits, _ and -.");
  if (RESERVED.has(name)) throw new ValidationError("username", `"${name}" is taken, please choose another.`);
  return name;
}
