/** Typed URL path patterns such as "/users/:id/posts/:postId". */

/** Names of the ":param" segments of a pattern, as a union. */
export type ParamNames<P extends string> = P extends `${string}:${infer Rest}`
  ? Rest extends `${infer Name}/${infer Tail}`
    ? Name | ParamNames<`/${Tail}`>
    : Rest
  : never;

/** The params object a pattern needs. */
export type Params<P extends string> = { [K in ParamNames<P>]: string };

/** Fill a pattern's parameters (URL-encoded). */
export function buildPath<P extends string>(pattern: P, params: Params<P>): string {
  const values = params as Record<string, string>;
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing param "${name}" for ${pattern}`);
    return encodeURIComponent(value);
  });
}

/** Match a concrete path against a pattern; null when it does not match. */
export function matchPath<P extends string>(pattern: P, path: string): Params<P> | null {
  const names: string[] = [];
  const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    names.push(name);
    return "([^/]+)";
  });
  const m = new RegExp(`^${source}$`).exec(path);
  if (!m) return null;
  return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) as Params<P>;
}
