/** Typed URL path patterns such as "/users/:id/posts/:postId" or "/posts/:slug/:page?". */

/** Raw ":param" names of a pattern, optional ones still ending in "?". */
type RawNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | RawNames<`/${Tail}`>
    : Rest
  : never;

type Strip<N> = N extends `${infer Base}?` ? Base : N;
type Simplify<T> = { [K in keyof T]: T[K] };

/** Names of the ":param" segments of a pattern, as a union (without the "?" of optional ones). */
export type ParamNames<P extends string> = Strip<RawNames<P>>;

/** The params object a pattern needs; ":name?" segments are optional. */
export type Params<P extends string> = Simplify<
  { [K in Exclude<RawNames<P>, `${string}?`>]: string } & { [K in Strip<Extract<RawNames<P>, `${string}?`>>]?: string }
>;

const PARAM = /\/:([A-Za-z0-9_]+)(\?)?/g;

/** Fill a pattern's parameters (URL-encoded). A missing optional parameter drops its segment. */
export function buildPath<P extends string>(pattern: P, params: Params<P>): string {
  const values = params as Record<string, string | undefined>;
  return pattern.replace(PARAM, (_, name: string, optional?: string) => {
    const value = values[name];
    if (value === undefined) {
      if (optional) return "";
      throw new Error(`missing param "${name}" for ${pattern}`);
    }
    return "/" + encodeURIComponent(value);
  });
}

/** Match a concrete path against a pattern; null when it does not match. */
export function matchPath<P extends string>(pattern: P, path: string): Params<P> | null {
  const names: string[] = [];
  const source = pattern
    .replace(/[.*+^${}()|[\]\\]/g, "\\$&")
    .replace(PARAM, (_, name: string, optional?: string) => {
      names.push(name);
      return optional ? "(?:/([^/]+))?" : "/([^/]+)";
    });
  const m = new RegExp(`^${source}$`).exec(path);
  if (!m) return null;
  const entries = names.flatMap((n, i) => (m[i + 1] === undefined ? [] : [[n, decodeURIComponent(m[i + 1])]]));
  return Object.fromEntries(entries) as Params<P>;
}
