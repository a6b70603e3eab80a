import { describe, it } from 'vitest';
import { expectLabel } from './helpers';

describe('formatDuration', () => {
  it('short jobs', () => {
    expectLabel(45_000, '<1m');
    expectLabel(4 * 60_000, '4m');
  });

  it('long jobs', () => {
    expectLabel(65 * 60_000, '1h 5m');
    expectLabel(51 * 3_600_000, '2d 3h');
  });
});
