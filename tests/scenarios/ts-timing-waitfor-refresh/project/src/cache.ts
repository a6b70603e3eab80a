/** A read-through cache that refreshes stale entries in the background. */
export type Loader<V> = (key: string) => Promise<V>;

export class RefreshingCache<V> {
  private readonly values = new Map<string, { value: V; at: number }>();
  refreshes = 0;

  constructor(private readonly load: Loader<V>, private readonly ttlMs: number, private readonly now = () => Date.now()) {}

  set(key: string, value: V): void {
    this.values.set(key, { value, at: this.now() });
  }

  /** Returns the cached value at once; when it is stale, starts a refresh in the background. */
  get(key: string): V | undefined {
    const hit = this.values.get(key);
    if (hit && this.now() - hit.at > this.ttlMs) {
      void this.load(key).then((value) => {
        this.refreshes += 1;
        this.set(key, value);
      });
    }
    return hit?.value;
  }
}
