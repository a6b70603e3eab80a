import { backoffDelays } from "./backoff";

export interface RetryPolicy {
  retries: number;
  baseMs?: number;
  maxMs?: number;
}

/** Run `fn` until it resolves, sleeping between failures according to the policy. */
export async function withRetry<T>(
  fn: () => Promise<T>,
  policy: RetryPolicy,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<T> {
  const delays = backoffDelays(policy.retries, policy.baseMs, policy.maxMs);
  let lastError: unknown;
  for (let i = 0; i <= delays.length; i++) {
    try {
      return await fn();
    } catch (err) {
      lastError = err;
      if ((err as { status?: number }).status !== undefined && (err as { status: number }).status < 500) throw err;
      if (i < delays.length) await sleep(delays[i]);
    }
  }
  throw lastError;
}
