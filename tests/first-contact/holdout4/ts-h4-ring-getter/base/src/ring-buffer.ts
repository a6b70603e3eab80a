/**
 * Fixed-capacity FIFO that overwrites the oldest entry when full.
 * Used to keep the last N latency samples.
 */
export class RingBuffer<T> {
  private readonly items: (T | undefined)[];
  private head = 0;
  private count = 0;

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    }
    this.items = new Array<T | undefined>(capacity);
  }

  /** Number of entries currently stored. */
  size(): number {
    return this.count;
  }

  /** True once `capacity` entries have been pushed. */
  isFull(): boolean {
    return this.count === this.capacity;
  }

  /** Append a value, dropping the oldest one if the buffer is full. */
  push(value: T): void {
    const tail = (this.head + this.count) % this.capacity;
    this.items[tail] = value;
    if (this.count < this.capacity) this.count++;
    else this.head = (this.head + 1) % this.capacity;
  }

  /** Entries from oldest to newest. */
  toArray(): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.count; i++) out.push(this.items[(this.head + i) % this.capacity] as T);
    return out;
  }
}
