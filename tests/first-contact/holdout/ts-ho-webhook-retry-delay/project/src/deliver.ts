/** Delivers webhook events to subscriber endpoints, retrying with exponential backoff. */

export interface Response {
  status: number;
}
export type Send = (url: string, body: string, attempt: number) => Promise<Response>;

export const MAX_ATTEMPTS = 4;
/** Delay before the first retry; it doubles for each further retry (2 s, 4 s, 8 s). */
export const RETRY_BASE_MS = 2000;

export interface Outcome {
  delivered: boolean;
  attempts: number;
  /** Set when the endpoint answered 410 and must not be called again. */
  gone: boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts `body` to `url` until it gets a 2xx, at most MAX_ATTEMPTS times.
 * Waits RETRY_BASE_MS * 2^(n-1) before retry n; a 410 ends the delivery immediately.
 */
export async function deliver(send: Send, url: string, body: string): Promise<Outcome> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    if (attempt > 1) await wait(RETRY_BASE_MS * 2 ** (attempt - 2));
    let status: number;
    try {
      status = (await send(url, body, attempt)).status;
    } catch {
      status = 0; // network error: retry like a 5xx
    }
    if (status >= 200 && status < 300) return { delivered: true, attempts: attempt, gone: false };
    if (status === 410) return { delivered: false, attempts: attempt, gone: true };
  }
  return { delivered: false, attempts: MAX_ATTEMPTS, gone: false };
}
