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
