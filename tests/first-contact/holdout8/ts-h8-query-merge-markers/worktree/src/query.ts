export type Scalar = string | number | boolean;
export type Params = Record<string, Scalar | Scalar[] | null | undefined>;

export interface BuildOptions {
  /** Leave out keys whose value is the empty string (default false). */
  skipEmpty?: boolean;
}

const enc = (s: string) => encodeURIComponent(s);

/**
 * Build a query string (without the leading "?"). Keys are sorted so URLs are
 * stable for caching; null/undefined values are left out; arrays repeat the
 * key (`tag=a&tag=b`) in their own order. With `skipEmpty`, empty strings are
 * left out too (handy for search forms).
 */
export function buildQuery(params: Params, opts: BuildOptions = {}): string {
  return Object.keys(params)
    .sort()
    .flatMap((k) => {
      const v = params[k];
      if (v === null || v === undefined) return [];
      if (opts.skipEmpty && v === "") return [];
      return (Array.isArray(v) ? v : [v]).map((item) => `${enc(k)}=${enc(String(item))}`);
    })
    .join("&");
}

/**
 * Parse a query string; a leading "?" is allowed, "+" means a space. A key that
 * appears more than once gives an array of its values.
 */
export function parseQuery(qs: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const part of qs.replace(/^\?/, "").split("&")) {
    if (!part) continue;
    const [rawK, rawV = ""] = part.split("=");
    const k = decodeURIComponent(rawK.replace(/\+/g, " "));
    const v = decodeURIComponent(rawV.replace(/\+/g, " "));
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
