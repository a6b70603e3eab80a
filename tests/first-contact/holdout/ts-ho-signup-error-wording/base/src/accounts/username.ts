import { ValidationError } from "./errors";

export const MIN_LENGTH = 3;
export const MAX_LENGTH = 20;
const RESERVED = new Set(["admin", "root", "support", "billing"]);

/**
 * Normalises and validates a requested username.
 * @returns the username lowercased and trimmed
 * @throws ValidationError when it is too short/long, uses other characters than a-z, 0-9, "_" and "-",
 *   or is reserved
 */
export function validateUsername(requested: string): string {
  const name = requested.trim().toLowerCase();
  if (name.length < MIN_LENGTH) throw new ValidationError("username", "username too short");
  if (name.length > MAX_LENGTH) throw new ValidationError("username", "username too long");
  if (!/^[a-z0-9_-]+$/.test(name)) throw new ValidationError("username", "username has invalid characters");
  if (RESERVED.has(name)) throw new ValidationError("username", "username is reserved");
  return name;
}
