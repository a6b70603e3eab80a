import { describe, expect, it } from 'vitest'
import { renderNotes } from '../src/notes'

const commits = [
  { hash: '3f2a1c9', subject: 'feat(cli): add --dry-run' },
  { hash: '9b8e771', subject: 'fix: keep trailing newline in output' },
  { hash: 'c0ffee1', subject: 'chore: bump deps' },
  { hash: '41d2e0a', subject: 'feat: read config from package.json' },
  { hash: '77aa3b2', subject: 'docs(readme): usage section' },
]

describe('renderNotes', () => {
  it('groups commits by type', () => {
    expect(renderNotes('1.4.0', commits)).toMatchInlineSnapshot(`
      "## 1.4.0

      ### Features

      * **cli:** add --dry-run (3f2a1c9)
      * read config from package.json (41d2e0a)

      ### Bug Fixes

      * keep trailing newline in output (9b8e771)

      ### Documentation

      * **readme:** usage section (77aa3b2)
      "
    `)
  })

  it('renders only the heading when nothing is user-facing', () => {
    expect(renderNotes('1.4.1', [{ hash: 'c0ffee1', subject: 'chore: bump deps' }])).toMatchInlineSnapshot(`
      "## 1.4.1
      "
    `)
  })

  it('skips subjects that are not conventional commits', () => {
    expect(renderNotes('0.1.0', [{ hash: 'abc1234', subject: 'Initial commit' }])).toBe('## 0.1.0\n')
  })
})
