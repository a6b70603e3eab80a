import { describe, expect, it } from 'vitest';
import { dispatchNote } from '../src/notes';

describe('dispatchNote', () => {
  it('promises standard dispatch', () => {
    const note = dispatchNote({ firstName: 'Lin', express: false, items: 2 });
    expect(note).toContain('within 3 business days');
    expect(note).toContain('your 2 items');
  });

  it('express ships next day', () => {
    expect(dispatchNote({ firstName: 'Lin', express: true, items: 1 })).toContain('by the next business day');
  });
});
