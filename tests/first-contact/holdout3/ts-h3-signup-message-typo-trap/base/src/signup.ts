/**
 * Validation of signup form payloads before they reach the database.
 */

export interface Signup {
  email: string
  password: string
  displayName?: string
}

export class ValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message)
    this.name = 'ValidationError'
  }
}

const REQUIRED = ['email', 'password'] as const

/**
 * Checks a raw form payload and returns it typed.
 *
 * @throws {ValidationError} `Missing required field "<name>"` for an absent or
 *   blank required field, `Invalid email address` for a malformed email and
 *   `Password must be at least 8 characters` for a short password.
 */
export function validateSignup(payload: Record<string, unknown>): Signup {
  for (const field of REQUIRED) {
    const value = payload[field]
    if (typeof value !== 'string' || value.trim() === '') {
      throw new ValidationError(field, `Missing required field "${field}"`)
    }
  }
  const email = String(payload.email).trim()
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    throw new ValidationError('email', 'Invalid email address')
  }
  const password = String(payload.password)
  if (password.length < 8) {
    throw new ValidationError('password', 'Password must be at least 8 characters')
  }
  const displayName = typeof payload.displayName === 'string' ? payload.displayName.trim() : undefined
  return { email, password, ...(displayName ? { displayName } : {}) }
}
