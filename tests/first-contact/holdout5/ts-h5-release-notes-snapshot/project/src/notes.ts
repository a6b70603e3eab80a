/**
 * Renders one release's entry for CHANGELOG.md from the merged pull requests,
 * in Keep a Changelog 1.1 style (https://keepachangelog.com/en/1.1.0/):
 * "## [1.4.0] - 2024-03-01" and "### Added" / "### Fixed" / "### Changed" sections.
 */

export type Kind = "feat" | "fix" | "perf" | "chore";

export interface Change {
  kind: Kind;
  summary: string;
  pr: number;
  breaking?: boolean;
}

export interface Release {
  version: string;
  date: string; // YYYY-MM-DD
  changes: Change[];
}

const SECTIONS: [Kind, string][] = [
  ["feat", "Added"],
  ["fix", "Fixed"],
  ["perf", "Changed"],
];

/** One bullet; breaking changes are flagged in bold. chore entries are not rendered. */
export function bullet(c: Change): string {
  const flag = c.breaking ? "**BREAKING** " : "";
  return `- ${flag}${c.summary} (#${c.pr})`;
}

/** The whole entry: heading, then one section per kind that has changes, in SECTIONS order. */
export function renderRelease(rel: Release): string {
  const out = [`## [${rel.version}] - ${rel.date}`];
  for (const [kind, title] of SECTIONS) {
    const items = rel.changes.filter((c) => c.kind === kind);
    if (items.length === 0) continue;
    out.push("", `### ${title}`, "", ...items.map(bullet));
  }
  return out.join("\n") + "\n";
}
