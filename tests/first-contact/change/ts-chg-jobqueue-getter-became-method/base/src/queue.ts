export interface Job {
  id: string;
  priority: number;
}

/** Jobs come out highest priority first; equal priorities keep insertion order. */
export class JobQueue {
  private jobs: Job[] = [];

  push(job: Job): void {
    const at = this.jobs.findIndex((j) => j.priority < job.priority);
    if (at === -1) this.jobs.push(job);
    else this.jobs.splice(at, 0, job);
  }

  pop(): Job | undefined {
    return this.jobs.shift();
  }

  get isEmpty(): boolean {
    return this.jobs.length === 0;
  }
}
