/** An immutable duration in whole seconds. */
export class Duration {
  private constructor(readonly seconds: number) {}

  static ofMinutes(minutes: number): Duration {
    return new Duration(Math.round(minutes * 60));
  }

  static ofHours(hours: number): Duration {
    return new Duration(Math.round(hours * 3600));
  }

  plus(other: Duration): Duration {
    return new Duration(this.seconds + other.seconds);
  }

  /** `1h 30m` style, minutes rounded down. */
  toString(): string {
    const h = Math.floor(this.seconds / 3600);
    const m = Math.floor((this.seconds % 3600) / 60);
    return h ? `${h}h ${m}m` : `${m}m`;
  }
}
