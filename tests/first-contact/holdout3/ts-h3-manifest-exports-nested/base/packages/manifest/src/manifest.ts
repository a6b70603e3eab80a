/**
 * Generates the `exports` map and entry fields of a package.json for a
 * library built into `dist/`.
 */

export interface EntryPoint {
  /** Subpath as consumers import it: `.` or `./utils`. */
  subpath: string
  /** File name without extension inside `dist/`, e.g. `index` or `utils`. */
  file: string
}

export interface ManifestFields {
  main: string
  module: string
  types: string
  exports: Record<string, { types: string; import: string; require: string }>
  sideEffects: false
}

/** Output extensions of the build: ESM, CommonJS and declarations. */
export const EXT = {
  esm: '.mjs',
  cjs: '.js',
  dts: '.d.ts',
} as const

function dist(file: string, ext: string): string {
  return `./dist/${file}${ext}`
}

/**
 * Builds the manifest fields for the given entry points. The first entry
 * point is the package's main entry.
 */
export function manifestFields(entries: EntryPoint[]): ManifestFields {
  if (entries.length === 0) throw new Error('At least one entry point is required')
  const exports: ManifestFields['exports'] = {}
  for (const { subpath, file } of entries) {
    exports[subpath] = {
      types: dist(file, EXT.dts),
      import: dist(file, EXT.esm),
      require: dist(file, EXT.cjs),
    }
  }
  const main = entries[0].file
  return {
    main: dist(main, EXT.cjs),
    module: dist(main, EXT.esm),
    types: dist(main, EXT.dts),
    exports,
    sideEffects: false,
  }
}
