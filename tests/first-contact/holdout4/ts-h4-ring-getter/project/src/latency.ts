import { RingBuffer } from "./ring-buffer";

/** Keeps the last `window` request latencies and reports percentiles. */
export class LatencyTracker {
  private readonly samples: RingBuffer<number>;

  constructor(window = 512) {
    this.samples = new RingBuffer<number>(window);
  }

  record(ms: number): void {
    this.samples.push(ms);
  }

  /** Nearest-rank percentile, or undefined before the first sample. */
  percentile(p: number): number | undefined {
    if (this.samples.size === 0) return undefined;
    const sorted = this.samples.toArray().sort((a, b) => a - b);
    const rank = Math.ceil((p / 100) * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** True once the window is full and the percentiles are stable. */
  warmedUp(): boolean {
    return this.samples.isFull;
  }
}
