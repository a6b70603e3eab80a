/** Response headers set by the edge worker. */
export const ASSET_MAX_AGE = 31_536_000; // one year: asset file names are fingerprinted now

const COMMON = { Vary: 'Accept-Encoding', 'X-Content-Type-Options': 'nosniff' };

export function headersFor(path: string): Record<string, string> {
  const isAsset = /\.(js|css|woff2|png|svg)$/.test(path);
  const cacheControl = isAsset ? `public, max-age=${ASSET_MAX_AGE}, immutable` : 'no-cache';
  return { 'Cache-Control': cacheControl, ...COMMON };
}
