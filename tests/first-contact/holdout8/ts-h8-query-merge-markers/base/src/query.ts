export type Scalar = string | number | boolean;
export type Params = Record<string, Scalar | null | undefined>;

const enc = (s: string) => encodeURIComponent(s);

/**
 * Build a query string (without the leading "?"). Keys are sorted so URLs are
 * stable for caching; null/undefined values are left out.
 */
export function buildQuery(params: Params): string {
  return Object.keys(params)
    .sort()
    .filter((k) => params[k] !== null && params[k] !== undefined)
    .map((k) => `${enc(k)}=${enc(String(params[k]))}`)
    .join("&");
}

/** Parse a query string; a leading "?" is allowed, "+" means a space. */
export function parseQuery(qs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of qs.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const [k, v = ""] = part.split("=");
    out[decodeURIComponent(k.replace(/\+/g, " "))] = decodeURIComponent(v.replace(/\+/g, " "));
  }
  return out;
}
