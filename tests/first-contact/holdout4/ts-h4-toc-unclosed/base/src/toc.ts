export interface Heading {
  level: number;
  text: string;
  anchor: string;
}

/** GitHub-style anchor: lower case, punctuation dropped, spaces to dashes, duplicates numbered. */
export function anchorFor(text: string, seen: Map<string, number>): string {
  const base = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

/** Collect ATX headings (`#` .. `######`), skipping fenced code blocks. */
export function extractHeadings(markdown: string, maxLevel = 3): Heading[] {
  const seen = new Map<string, number>();
  const out: Heading[] = [];
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m || m[1].length > maxLevel) continue;
    const text = m[2];
    out.push({ level: m[1].length, text, anchor: anchorFor(text, seen) });
  }
  return out;
}

/** Render a nested bullet list, indented relative to the shallowest heading. */
export function renderToc(headings: Heading[]): string {
  if (headings.length === 0) return "";
  const min = Math.min(...headings.map((h) => h.level));
  return headings.map((h) => `${"  ".repeat(h.level - min)}- [${h.text}](#${h.anchor})`).join("\n");
}
