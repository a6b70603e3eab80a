export interface Entry {
  team: string;
  person: string;
  hours: number;
  rateCents: number;
}

export interface TeamRow {
  team: string;
  people: number;
  hours: number;
  costCents: number;
}

/** Aggregate timesheet entries per team, teams sorted by name. */
export function byTeam(entries: Entry[]): TeamRow[] {
  const map = new Map<string, { people: Set<string>; hours: number; costCents: number }>();
  for (const e of entries) {
    const row = map.get(e.team) ?? { people: new Set<string>(), hours: 0, costCents: 0 };
    row.people.add(e.person);
    row.hours += e.hours;
    row.costCents += Math.round(e.hours * e.rateCents);
    map.set(e.team, row);
  }
  return [...map.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([team, r]) => ({ team, people: r.people.size, hours: r.hours, costCents: r.costCents }));
}

const money = (cents: number) =>
  (cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Columns after the team name hold numbers and are right-aligned. */
const NUMERIC_FROM = 1;

/**
 * Plain-text table for the weekly e-mail: numbers right-aligned, costs with
 * thousands separators, and a TOTAL row under a rule.
 */
export function renderReport(title: string, entries: Entry[]): string {
  const rows = byTeam(entries);
  if (rows.length === 0) return `${title}\n\nNo entries.\n`;
  const cells = [
    ["Team", "People", "Hours", "Cost"],
    ...rows.map((r) => [r.team, String(r.people), r.hours.toFixed(1), money(r.costCents)]),
  ];
  const total = [
    "TOTAL",
    String(rows.reduce((n, r) => n + r.people, 0)),
    rows.reduce((n, r) => n + r.hours, 0).toFixed(1),
    money(rows.reduce((n, r) => n + r.costCents, 0)),
  ];
  const all = [...cells, total];
  const widths = all[0].map((_, c) => Math.max(...all.map((row) => row[c].length)));
  const fmt = (row: string[]) =>
    row.map((cell, c) => (c >= NUMERIC_FROM ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ").trimEnd();
  const rule = widths.map((w) => "-".repeat(w)).join("  ");
  return `${title}\n\n${[...cells.map(fmt), rule, fmt(total)].join("\n")}\n`;
}
