'use strict'
// The package's entry point: the napi-generated binding (./index.js) with its errors given a `code`.
// The native side throws `Error('E_CODE: message')`; here the prefix moves into `err.code`
// (E_PARSE, E_HEAL, E_RUN, E_INVALID, E_STORE, E_INTERNAL). Types: healer.d.ts over the napi-generated index.d.ts.

const native = require('./index.js')

const CODES = new Set(['E_PARSE', 'E_HEAL', 'E_RUN', 'E_INVALID', 'E_STORE', 'E_INTERNAL'])

function isHealerError(err) {
  return err instanceof Error && CODES.has(err.code)
}

function recode(err) {
  if (err instanceof Error) {
    const m = /^(E_[A-Z_]+): ([\s\S]*)$/.exec(err.message)
    if (m) {
      Object.defineProperty(err, 'code', { value: m[1], enumerable: true, writable: true, configurable: true })
      err.message = m[2]
    }
  }
  return err
}

function guard(fn) {
  return function guarded(...args) {
    let out
    try {
      out = fn.apply(this, args)
    } catch (err) {
      throw recode(err)
    }
    return out && typeof out.then === 'function' ? out.catch((err) => Promise.reject(recode(err))) : out
  }
}

class TestHealer extends native.TestHealer {
  constructor(options) {
    try {
      super(options)
    } catch (err) {
      throw recode(err)
    }
  }
}
for (const name of ['heal', 'run', 'recordOutcome']) {
  TestHealer.prototype[name] = guard(native.TestHealer.prototype[name])
}

// The typings promise any Uint8Array; the native side takes a Buffer (a view, no copy).
function parseFailures(output, runner) {
  const input = output instanceof Uint8Array && !Buffer.isBuffer(output) ? Buffer.from(output.buffer, output.byteOffset, output.byteLength) : output
  return native.parseFailures(input, runner)
}

module.exports = {
  ...native,
  TestHealer,
  isHealerError,
  parseFailures: guard(parseFailures),
}
