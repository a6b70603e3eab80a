/**
 * Site configuration: the user's quillsite.config.json merged over the defaults.
 *
 * @typedef {{ outDir: string, minify: boolean, sourceMaps: boolean, baseUrl: string }} Config
 */

/**
 * @param {Partial<Config>} user the parsed config file ({} when there is none)
 * @returns {Config}
 */
export function resolveConfig(user) {
  const config = {
    outDir: user.outDir ?? 'dist',
    minify: user.minify ?? false,
    sourceMaps: user.sourceMaps ?? true,
    baseUrl: user.baseUrl ?? '/',
  };
  if (!config.baseUrl.endsWith('/')) config.baseUrl += '/';
  return config;
}
