import { expect } from 'vitest';
import { formatDuration } from '../src/duration';

/** Assert the label for `ms`, naming the input in the failure message. */
export function expectLabel(ms: number, label: string): void {
  expect(formatDuration(ms), `formatDuration(${ms})`).toBe(label);
}
