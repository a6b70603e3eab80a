import { describe, expect, it } from 'vitest'
import { slugify } from '../src/slug'

describe('slugify', () => {
  const tests = [
    { input: 'Hello World', out: 'hello-world' },
    { input: '  Trim   me  ', out: 'trim-me' },
    { input: "Don't Panic!", out: 'dont-panic' },
    { input: 'Crème brûlée recipes', out: 'cr-me-br-l-e-recipes' },
    { input: 'Ça va? Oui.', out: 'a-va-oui' },
    { input: 'TypeScript 5.4 release', out: 'typescript-5-4-release' },
    { input: '100% — real', out: '100-real' },
  ]

  for (const t of tests) {
    it(JSON.stringify(t.input), () => {
      expect(slugify(t.input)).toBe(t.out)
    })
  }

  it('uses a custom separator', () => {
    expect(slugify('a b c', { separator: '_' })).toBe('a_b_c')
  })

  it('never cuts a word when limiting the length', () => {
    expect(slugify('one two three four', { maxLength: 9 })).toBe('one-two')
    expect(slugify('one two three four', { maxLength: 13 })).toBe('one-two-three')
  })
})
