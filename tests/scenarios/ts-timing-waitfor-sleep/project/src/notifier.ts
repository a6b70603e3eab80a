/** Debounced notifications: bursts of events become one message after a quiet period. */
export class Notifier {
  readonly sent: string[] = [];
  private pending: string[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly quietMs = 60) {}

  /** Queues an event; the message goes out `quietMs` after the last one. */
  notify(event: string): void {
    this.pending.push(event);
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.quietMs);
  }

  private flush(): void {
    const unique = [...new Set(this.pending)];
    this.pending = [];
    this.timer = null;
    this.sent.push(unique.length === 1 ? unique[0] : `${unique.length} updates: ${unique.join(", ")}`);
  }
}
