export interface RequestOptions {
  /** Give up after this many milliseconds (default 5000). */
  deadlineMs?: number;
  /** Extra attempts after a 5xx or network error (default 0). */
  retries?: number;
  headers?: Record<string, string>;
}

export interface ResolvedRequest {
  url: string;
  timeoutMs: number;
  retries: number;
  headers: Record<string, string>;
}

/**
 * Fill defaults and validate a request before it is sent.
 *
 * @example resolveRequest('https://api.example.org', { retries: 2 }).timeoutMs // 5000
 */
export function resolveRequest(url: string, opts: RequestOptions = {}): ResolvedRequest {
  const timeoutMs = opts.deadlineMs ?? 5000;
  if (timeoutMs <= 0) throw new RangeError('timeout must be positive');
  const retries = opts.retries ?? 0;
  if (!Number.isInteger(retries) || retries < 0) throw new RangeError('retries must be a whole number');
  return { url, timeoutMs, retries, headers: { accept: 'application/json', ...opts.headers } };
}
