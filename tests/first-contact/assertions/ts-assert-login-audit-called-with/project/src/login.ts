/** Sign-in flow with an injectable audit sink so the caller decides where events go. */
export type AuditSink = (event: string, payload: Record<string, unknown>) => void;

export const EVENTS = {
  login: 'auth.login',
  loginFailed: 'auth.login_failed',
} as const;

export interface Account {
  id: number;
  email: string;
  password: string;
}

export function signIn(accounts: Account[], email: string, password: string, audit: AuditSink): number | null {
  const account = accounts.find((a) => a.email === email.toLowerCase());
  if (!account || account.password !== password) {
    audit(EVENTS.loginFailed, { email });
    return null;
  }
  audit(EVENTS.login, { userId: account.id, method: 'password' });
  return account.id;
}
