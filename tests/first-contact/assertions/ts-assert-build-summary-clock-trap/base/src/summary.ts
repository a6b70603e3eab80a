/** One-line build summaries for the chat notification. */
export interface Build {
  id: number;
  pipeline: string;
  status: 'passed' | 'failed';
  startedAt: number; // epoch ms
  finishedAt: number; // epoch ms
}

export function formatElapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  const m = Math.floor(s / 60);
  return m ? `${m}m ${s % 60}s` : `${s}s`;
}

export function summary(build: Build): string {
  return `${build.pipeline} #${build.id} ${build.status}`;
}
