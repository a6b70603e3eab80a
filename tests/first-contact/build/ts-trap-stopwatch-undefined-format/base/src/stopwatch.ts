/** Lap timing for the running-club stopwatch. */
export class Stopwatch {
  private laps: number[] = [];

  /** Records a lap of `ms` milliseconds. */
  lap(ms: number): void {
    if (ms <= 0) throw new Error("a lap must take some time");
    this.laps.push(ms);
  }

  /** The fastest lap in milliseconds, or undefined before the first lap. */
  fastest(): number | undefined {
    return this.laps.length ? Math.min(...this.laps) : undefined;
  }

  /** Total time in milliseconds. */
  total(): number {
    return this.laps.reduce((s, ms) => s + ms, 0);
  }
}
