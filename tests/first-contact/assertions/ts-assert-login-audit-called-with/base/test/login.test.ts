import { describe, expect, it, vi } from 'vitest';
import { signIn } from '../src/login';

const accounts = [{ id: 7, email: 'ola@example.com', password: 's3cret-s3cret' }];

describe('signIn', () => {
  it('records a successful login', () => {
    const audit = vi.fn();
    expect(signIn(accounts, 'Ola@example.com', 's3cret-s3cret', audit)).toBe(7);
    expect(audit).toHaveBeenCalledWith('user.login', { userId: 7, method: 'password' });
  });

  it('records a failed login', () => {
    const audit = vi.fn();
    expect(signIn(accounts, 'ola@example.com', 'nope', audit)).toBeNull();
    expect(audit).toHaveBeenCalledWith('user.login_failed', { email: 'ola@example.com' });
  });
});
