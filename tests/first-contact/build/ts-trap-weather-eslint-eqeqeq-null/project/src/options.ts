/** Request options for the weather client. */
export interface Options {
  units?: "metric" | "imperial" | null;
  lang?: string;
}

/** Units to show: an explicit null or a missing value both mean the server default (metric). */
export function effectiveUnits(opts: Options): "metric" | "imperial" {
  if (opts.units == null) return "metric";
  return opts.units;
}

/** Builds the query string; unset options are left out. */
export function query(city: string, opts: Options = {}): string {
  const params = new URLSearchParams({ q: city });
  if (opts.units) params.set("units", opts.units);
  if (opts.lang) params.set("lang", opts.lang);
  return params.toString();
}
