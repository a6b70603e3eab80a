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

  /** True when no job is waiting (a method so it can take a priority floor). */
  isEmpty(minPriority = -Infinity): boolean {
    return !this.jobs.some((j) => j.priority >= minPriority);
  }
}
