/**
 * JSON client with retries and a per-request timeout.
 */
import type { HttpRequest, HttpResponse, Transport } from './transport';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`HTTP ${status} for ${url}`);
    this.name = 'HttpError';
  }
}

export class TimeoutError extends Error {
  constructor(readonly url: string, readonly timeoutMs: number) {
    super(`request to ${url} timed out after ${timeoutMs} ms`);
    this.name = 'TimeoutError';
  }
}

export interface Client {
  get<T>(path: string, query?: Record<string, string>): Promise<T>;
  post<T>(path: string, payload: unknown): Promise<T>;
}

function withTimeout<T>(p: Promise<T>, ms: number, url: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimeoutError(url, ms)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Create a client for one API.
 *
 * @param baseUrl   origin and optional path prefix, e.g. "https://api.example.test/v2"
 * @param transport sends the requests
 * @param timeoutMs per attempt
 * @param retries   extra attempts after a 5xx or a transport error
 */
export function createClient(
  baseUrl: string,
  transport: Transport,
  timeoutMs = 5000,
  retries = 2,
  headers: Record<string, string> = {},
): Client {
  const prefix = baseUrl.replace(/\/+$/, '');

  async function send(req: HttpRequest): Promise<unknown> {
    let lastError: unknown;
    for (let attempt = 0; attempt <= retries; attempt++) {
      let res: HttpResponse;
      try {
        res = await withTimeout(transport(req), timeoutMs, req.url);
      } catch (err) {
        if (err instanceof TimeoutError) throw err;
        lastError = err;
        continue;
      }
      if (res.status >= 500) {
        lastError = new HttpError(res.status, req.url);
        continue;
      }
      if (res.status >= 400) throw new HttpError(res.status, req.url);
      return res.body === '' ? undefined : JSON.parse(res.body);
    }
    throw lastError;
  }

  function url(path: string, query?: Record<string, string>): string {
    const u = new URL(prefix + path);
    for (const [k, v] of Object.entries(query ?? {})) u.searchParams.set(k, v);
    return u.toString();
  }

  const base = { accept: 'application/json', ...headers };
  return {
    get: <T>(path: string, query?: Record<string, string>) =>
      send({ method: 'GET', url: url(path, query), headers: base }) as Promise<T>,
    post: <T>(path: string, payload: unknown) =>
      send({
        method: 'POST',
        url: url(path),
        headers: { ...base, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
      }) as Promise<T>,
  };
}
