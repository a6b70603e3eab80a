/** Greetings for the onboarding emails, by local time of day. */
export type Daypart = 'morning' | 'afternoon' | 'evening';

export function daypart(hour: number): Daypart {
  if (hour < 0 || hour > 23) throw new RangeError(`hour out of range: ${hour}`);
  if (hour < 12) return 'morning';
  if (hour < 18) return 'afternoon';
  return 'evening';
}

/** "Good morning, Ada!" — names are trimmed, and an empty name becomes "there". */
export function greet(name: string, hour: number): string {
  const who = name.trim() || 'there';
  return `Good ${daypart(hour)}, ${who}!`;
}
