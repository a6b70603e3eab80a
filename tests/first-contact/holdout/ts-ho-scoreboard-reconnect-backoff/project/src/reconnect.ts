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
  /** Reconnect tries scheduled since the last good connection. */
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  connected = false;

  constructor(private readonly feed: Feed) {}

  /** The delay before reconnect try number `attempt` (attempt >= 1). */
  static delayBefore(attempt: number): number {
    return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  }

  /** Connects now; on failure, schedules the next try. */
  async start(): Promise<void> {
    try {
      await this.feed.connect();
      this.connected = true;
      this.attempt = 0;
    } catch {
      this.connected = false;
      this.schedule();
    }
  }

  /** Called when an open connection drops. */
  lost(): void {
    this.connected = false;
    this.attempt = 0;
    this.schedule();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private schedule(): void {
    this.attempt += 1;
    this.timer = setTimeout(() => void this.start(), Reconnector.delayBefore(this.attempt));
  }
}
