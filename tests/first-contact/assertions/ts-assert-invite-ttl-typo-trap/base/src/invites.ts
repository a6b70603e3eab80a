/** Team invitations that expire after a number of days. */
export interface Invite {
  email: string;
  token: string;
  expiresAt: Date;
}

export const DEFAULT_DAYS = 7;

export function createInvite(email: string, token: string, now: Date, days = DEFAULT_DAYS): Invite {
  if (days < 1 || days > 30) throw new RangeError('invites last 1 to 30 days');
  return { email: email.toLowerCase(), token, expiresAt: new Date(now.getTime() + days * 86_400 * 1000) };
}

export function isValid(invite: Invite, now: Date): boolean {
  return now.getTime() < invite.expiresAt.getTime();
}
