/** Keeps the live scoreboard connected to the match feed. */

export interface Feed {
  /** Opens the connection; rejects when the server cannot be reached. */
  connect(): Promise<void>;
}

export const BASE_DELAY_MS = 1000;
export const MAX_DELAY_MS = 30_000;

/**
 * Reconnects after a lost or failed connection, waiting 1 s, 2 s, 4 s, ... capped at 30 s between tries.
 * A successful connection resets the backoff.
 */
export class Reconnector {
  private failures = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  connected = false;

  constructor(private readonly feed: Feed) {}

  /** The delay before the next try after `failures` consecutive failures (failures >= 1). */
  static delayAfter(failures: number): number {
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (failures - 1));
  }

  /** Connects now; on failure, schedules the next try. */
  async start(): Promise<void> {
    try {
      await this.feed.connect();
      this.connected = true;
      this.failures = 0;
    } catch {
      this.connected = false;
      this.failures += 1;
      this.timer = setTimeout(() => void this.start(), Reconnector.delayAfter(this.failures));
    }
  }

  /** Called when an open connection drops. */
  lost(): void {
    this.connected = false;
    this.failures = 1;
    this.timer = setTimeout(() => void this.start(), Reconnector.delayAfter(this.failures));
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
