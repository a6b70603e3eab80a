/**
 * Site configuration: the user's quillsite.config.json merged over the defaults.
 *
 * @typedef {{ outDir: string, minify: boolean, sourceMaps: boolean, baseUrl: string }} Config
 */

/** @type {Readonly<Config>} */
export const DEFAULTS = Object.freeze({
  outDir: 'dist',
  minify: false,
  sourcemaps: true,
  baseUrl: '/',
});

/**
 * @param {Partial<Config>} user the parsed config file ({} when there is none)
 * @returns {Config}
 * @throws {Error} on keys quillsite does not know (usually a typo in the config file)
 */
export function resolveConfig(user) {
  const unknown = Object.keys(user).filter((key) => !Object.hasOwn(DEFAULTS, key));
  if (unknown.length > 0) {
    throw new Error(`quillsite.config.json: unknown option(s) ${unknown.join(', ')}`);
  }
  const config = { ...DEFAULTS, ...user };
  if (!config.baseUrl.endsWith('/')) config.baseUrl += '/';
  return config;
}
