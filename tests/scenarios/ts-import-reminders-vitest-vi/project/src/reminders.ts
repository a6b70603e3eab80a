/** Sends reminders through an injected transport, at most once per user per day. */
export type Send = (user: string, text: string) => void;

export class Reminders {
  private sent = new Map<string, string>();

  constructor(private readonly send: Send) {}

  /** Reminds `user` unless they were already reminded on `day` (YYYY-MM-DD). */
  remind(user: string, day: string, text: string): boolean {
    if (this.sent.get(user) === day) return false;
    this.sent.set(user, day);
    this.send(user, text);
    return true;
  }
}
