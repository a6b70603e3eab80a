/** Request settings for an HTTP client, with defaults filled in. */
export interface ClientOptions {
  baseUrl: string;
  timeout?: number;
  headers?: Record<string, string>;
}

export interface ResolvedOptions {
  baseUrl: string;
  timeout: number;
  headers: Record<string, string>;
}

export function resolveOptions(options: ClientOptions): ResolvedOptions {
  return {
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    timeout: options.timeout ?? 10_000,
    headers: { accept: 'application/json', ...options.headers },
  };
}
