/** Billing for time entries. */

/** Billing increment in minutes: a tenth of an hour. Every started increment is billed in full. */
export const INCREMENT_MIN = 6;

export interface Entry {
  date: string;
  project: string;
  minutes: number;
}

export interface InvoiceLine {
  project: string;
  hours: number;
  amountCents: number;
}

/** Minutes billed for one entry: rounded up to the next full increment. */
export function billableMinutes(minutes: number): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`minutes must be a non-negative number, got ${minutes}`);
  }
  return Math.ceil(minutes / INCREMENT_MIN) * INCREMENT_MIN;
}

/** Billable hours of a set of entries; each entry is rounded on its own. */
export function billableHours(entries: Entry[]): number {
  const minutes = entries.reduce((sum, e) => sum + billableMinutes(e.minutes), 0);
  return minutes / 60;
}

/** One invoice line per project, sorted by project name. */
export function invoiceLines(entries: Entry[], rateCentsPerHour: number): InvoiceLine[] {
  const byProject = new Map<string, Entry[]>();
  for (const e of entries) byProject.set(e.project, [...(byProject.get(e.project) ?? []), e]);
  return [...byProject.keys()].sort().map((project) => {
    const hours = billableHours(byProject.get(project)!);
    return { project, hours, amountCents: Math.round(hours * rateCentsPerHour) };
  });
}
