import { describe, expect, it } from 'vitest'
import { manifestFields } from '../src/manifest'

describe('manifestFields', () => {
  it('describes a single entry package', () => {
    expect(manifestFields([{ subpath: '.', file: 'index' }])).toEqual({
      main: './dist/index.js',
      module: './dist/index.mjs',
      types: './dist/index.d.ts',
      exports: {
        '.': {
          types: './dist/index.d.ts',
          import: './dist/index.mjs',
          require: './dist/index.js',
        },
      },
      sideEffects: false,
    })
  })

  it('adds one export per subpath', () => {
    const fields = manifestFields([
      { subpath: '.', file: 'index' },
      { subpath: './utils', file: 'utils' },
    ])
    expect(Object.keys(fields.exports)).toEqual(['.', './utils'])
    expect(fields).toMatchObject({
      exports: {
        './utils': { import: './dist/utils.mjs', require: './dist/utils.js' },
      },
    })
  })

  it('requires an entry point', () => {
    expect(() => manifestFields([])).toThrow('At least one entry point is required')
  })
})
