import { resolveConfig } from './config.js';

/**
 * Plans the output files for a list of pages (the writer and bundler consume the plan).
 * @param {{ slug: string, scripts: string[] }[]} pages
 * @param {Partial<import('./config.js').Config>} userConfig
 * @returns {string[]} output paths, sorted
 */
export function plan(pages, userConfig) {
  const config = resolveConfig(userConfig);
  const out = new Set();
  for (const page of pages) {
    out.add(`${config.outDir}/${page.slug}/index.html`);
    for (const script of page.scripts) {
      out.add(`${config.outDir}/assets/${script}`);
      if (config.sourceMaps) out.add(`${config.outDir}/assets/${script}.map`);
    }
  }
  return [...out].sort();
}
