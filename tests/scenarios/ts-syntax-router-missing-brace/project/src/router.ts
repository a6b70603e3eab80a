/** A tiny path router: patterns like `/users/:id` matched against request paths. */
export interface Route {
  name: string;
  pattern: string;
}

export interface Match {
  name: string;
  params: Record<string, string>;
}

/** The first route whose pattern matches the path, with its `:param` values. */
export function match(routes: Route[], path: string): Match | undefined {
  const parts = path.split('/').filter(Boolean);
  for (const route of routes) {
    const pattern = route.pattern.split('/').filter(Boolean);
    if (pattern.length !== parts.length) continue;
    const params: Record<string, string> = {};
    const ok = pattern.every((seg, i) => {
      if (seg.startsWith(':')) {
        params[seg.slice(1)] = decodeURIComponent(parts[i]);
        return true;
      }
      return seg === parts[i];
    });
    if (ok) return { name: route.name, params };
  }
  return undefined;
}
