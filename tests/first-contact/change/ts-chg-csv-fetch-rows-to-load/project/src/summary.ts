import { load } from './rows.js';

/** Sum of a numeric column; non-numeric cells count as 0. */
export function columnTotal(text: string, column: string): number {
  return load(text).reduce((sum, row) => sum + (Number(row[column]) || 0), 0);
}
