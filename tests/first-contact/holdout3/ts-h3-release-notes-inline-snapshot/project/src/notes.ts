/**
 * Renders release notes from conventional-commit subjects.
 */

export interface Commit {
  /** Short hash, e.g. `a1b2c3d`. */
  hash: string
  /** Subject line such as `feat(cli): add --dry-run`. */
  subject: string
}

const SECTIONS: Record<string, string> = {
  feat: 'Features',
  fix: 'Bug Fixes',
  perf: 'Performance',
  docs: 'Documentation',
}

const SUBJECT = /^(\w+)(?:\(([^)]+)\))?(!)?:\s*(.+)$/

/**
 * Groups commits by type and renders a Markdown section per type, in the
 * order of `SECTIONS`. Commits of other types (chore, test, ...) are left out.
 * Each entry reads `- **scope:** description (hash)`; dash bullets match what
 * Prettier writes, so formatting CHANGELOG.md no longer rewrites every line.
 */
export function renderNotes(version: string, commits: Commit[]): string {
  const groups = new Map<string, string[]>()
  for (const { hash, subject } of commits) {
    const m = SUBJECT.exec(subject)
    if (!m || !(m[1] in SECTIONS)) continue
    const [, type, scope, , description] = m
    const entry = `- ${scope ? `**${scope}:** ` : ''}${description} (${hash})`
    groups.set(type, [...(groups.get(type) ?? []), entry])
  }
  const lines = [`## ${version}`]
  for (const [type, title] of Object.entries(SECTIONS)) {
    const entries = groups.get(type)
    if (!entries) continue
    lines.push('', `### ${title}`, '', ...entries)
  }
  return lines.join('\n') + '\n'
}
