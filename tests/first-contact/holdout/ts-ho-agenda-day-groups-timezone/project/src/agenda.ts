/** The club's event agenda, shown in the viewer's own time zone. */
export interface ClubEvent {
  title: string;
  start: Date;
  minutes: number;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "HH:MM" of a date in the local time zone of the machine showing the agenda. */
export function clock(d: Date): string {
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "HH:MM–HH:MM" for an event, in local time. */
export function timeRange(e: ClubEvent): string {
  return `${clock(e.start)}–${clock(new Date(e.start.getTime() + e.minutes * 60_000))}`;
}

/** "YYYY-MM-DD" of the local calendar day a date falls on. */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * Events grouped by the viewer's local calendar day, days in order, events by start time.
 * An event belongs to the day it starts on, even when it runs past midnight.
 */
export function groupByDay(events: readonly ClubEvent[]): Array<{ day: string; events: ClubEvent[] }> {
  const days = new Map<string, ClubEvent[]>();
  for (const e of [...events].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const key = localDay(e.start);
    days.set(key, [...(days.get(key) ?? []), e]);
  }
  return [...days.keys()].sort().map((day) => ({ day, events: days.get(day) ?? [] }));
}
