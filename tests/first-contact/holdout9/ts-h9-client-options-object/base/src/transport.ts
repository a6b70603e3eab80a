/** The wire-level request the client hands to a transport. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface HttpResponse {
  status: number;
  body: string;
}

/** Sends one request. Rejects on network errors; HTTP errors resolve with their status. */
export type Transport = (req: HttpRequest) => Promise<HttpResponse>;
