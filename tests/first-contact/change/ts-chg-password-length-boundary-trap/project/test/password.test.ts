import { describe, expect, it } from 'vitest';
import { checkPassword } from '../src/password';

describe('checkPassword', () => {
  it('accepts exactly 12 characters', () => {
    expect(checkPassword('correcthors3', 'mia')).toEqual({ ok: true, problems: [] });
  });

  it('rejects 11 characters', () => {
    expect(checkPassword('correcthor5', 'mia').problems).toEqual(['use at least 12 characters']);
  });

  it('rejects the user name inside', () => {
    expect(checkPassword('xx-mia-2024-yy', 'Mia').ok).toBe(false);
  });
});
