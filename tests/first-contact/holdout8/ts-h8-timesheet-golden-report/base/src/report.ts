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

const money = (cents: number) => (cents / 100).toFixed(2);

/** Plain-text table for the weekly e-mail. */
export function renderReport(title: string, entries: Entry[]): string {
  const rows = byTeam(entries);
  if (rows.length === 0) return `${title}\n\nNo entries.\n`;
  const cells = [
    ["Team", "People", "Hours", "Cost"],
    ...rows.map((r) => [r.team, String(r.people), r.hours.toFixed(1), money(r.costCents)]),
  ];
  const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => row[c].length)));
  const lines = cells.map((row) => row.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd());
  return `${title}\n\n${lines.join("\n")}\n`;
}
