/** A departure board: times are shown in the station's local time, which is the server's time zone. */

export interface Departure {
  train: string;
  at: Date;
  platform?: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `HH:MM train (platform N)` in local time; the platform is omitted until it is known. */
export function boardLine(d: Departure): string {
  const time = `${pad(d.at.getHours())}:${pad(d.at.getMinutes())}`;
  return d.platform === undefined ? `${time} ${d.train}` : `${time} ${d.train} (platform ${d.platform})`;
}

/** Departures from `now` on, soonest first, at most `limit`. */
export function upcoming(all: Departure[], now: Date, limit = 3): Departure[] {
  return all
    .filter((d) => d.at.getTime() >= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime())
    .slice(0, limit);
}
