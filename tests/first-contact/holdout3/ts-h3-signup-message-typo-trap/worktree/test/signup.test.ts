import { describe, expect, it } from 'vitest'
import { ValidationError, validateSignup } from '../src/signup'

const valid = { email: 'ada@example.com', password: 'correct horse' }

describe('validateSignup', () => {
  it('returns the typed payload', () => {
    expect(validateSignup({ ...valid, displayName: ' Ada ' })).toEqual({ ...valid, displayName: 'Ada' })
  })

  it('requires an email', () => {
    expect(() => validateSignup({ password: 'correct horse' })).toThrow('Missing required field "email"')
  })

  it('treats a blank password as missing', () => {
    expect(() => validateSignup({ ...valid, password: '   ' })).toThrow('Missing required field "password"')
  })

  it('reports the offending field', () => {
    try {
      validateSignup({ ...valid, email: 'not-an-email' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).field).toBe('email')
    }
  })

  it('normalises the email', () => {
    expect(validateSignup({ ...valid, email: ' Ada@Example.COM ' }).email).toBe('ada@example.com')
  })

  it('limits the display name', () => {
    expect(() => validateSignup({ ...valid, displayName: 'x'.repeat(41) })).toThrow('at most 40 characters')
  })

  it('rejects short passwords', () => {
    expect(() => validateSignup({ ...valid, password: 'short' })).toThrow(/at least 8 characters/)
  })
})
