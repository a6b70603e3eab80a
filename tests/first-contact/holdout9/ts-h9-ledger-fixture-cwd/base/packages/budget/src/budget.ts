/**
 * Monthly budgets: how much of each category's allowance is left.
 */

export interface Entry {
  category: string;
  cents: number;
}

/** Remaining allowance per category; overspent categories are negative. */
export function remaining(allowances: Record<string, number>, entries: Entry[]): Record<string, number> {
  const left: Record<string, number> = { ...allowances };
  for (const { category, cents } of entries) {
    left[category] = (left[category] ?? 0) - cents;
  }
  return left;
}
