import { describe, expect, it } from 'vitest';
import { formatBytes } from '../src/bytes';

describe('formatBytes', () => {
  // binary units: 1 KiB = 1024 bytes, so 1000 bytes is still shown in bytes
  it('keeps small sizes in bytes', () => {
    expect(formatBytes(1000)).toBe('1000 B');
  });

  it('scales to KiB and MiB', () => {
    expect(formatBytes(5120)).toBe('5.0 KiB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
  });

  it('rejects negatives', () => {
    expect(() => formatBytes(-1)).toThrow(RangeError);
  });
});
