/** Request options for the weather client. */
export interface Options {
  units?: "metric" | "imperial" | null;
  lang?: string;
}

/** Builds the query string; unset options are left out. */
export function query(city: string, opts: Options = {}): string {
  const params = new URLSearchParams({ q: city });
  if (opts.units) params.set("units", opts.units);
  if (opts.lang) params.set("lang", opts.lang);
  return params.toString();
}
