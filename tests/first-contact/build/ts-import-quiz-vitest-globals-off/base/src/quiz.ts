/** Scoring for the pub-quiz app. */
export interface Answer {
  question: number;
  correct: boolean;
  joker?: boolean;
}

/** One point per correct answer; a joker doubles that round's points (right or wrong). */
export function score(answers: Answer[]): number {
  const base = answers.filter((a) => a.correct).length;
  return answers.some((a) => a.joker) ? base * 2 : base;
}

/** Team names ordered by score (desc), then name. */
export function ranking(scores: Record<string, number>): string[] {
  return Object.keys(scores).sort((a, b) => scores[b] - scores[a] || a.localeCompare(b));
}
