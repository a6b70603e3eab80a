// Types of the package entry point (healer.js): the napi-generated declarations plus the `code` every error
// thrown by the binding carries. Self-contained: no @types/node needed.
export * from './index'

/** The `code` of an error thrown by the binding. */
export type HealerErrorCode = 'E_PARSE' | 'E_HEAL' | 'E_RUN' | 'E_INVALID' | 'E_STORE' | 'E_INTERNAL'

/**
 * An error thrown by the binding.
 *
 * ```ts
 * try { parseFailures(text, 'nosuchrunner') } catch (err) { if (isHealerError(err)) console.log(err.code) }
 * ```
 */
export interface HealerError extends Error {
  code: HealerErrorCode
}

/** True when `err` was thrown by the binding (it has one of the `HealerErrorCode`s). */
export declare function isHealerError(err: unknown): err is HealerError
