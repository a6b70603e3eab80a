/**
 * Human-readable byte sizes (decimal units, as shown in download dialogs).
 */

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const

export interface FormatOptions {
  /** Digits after the decimal point for units above bytes. Default 1. */
  digits?: number
  /** Put a space between number and unit. Default true. */
  space?: boolean
}

/**
 * Formats a byte count with decimal (SI) units.
 *
 * Plain bytes are always shown without decimals; larger units keep up to
 * `digits` decimals, and trailing zeros are dropped (`1 kB`, `2.5 MB`).
 */
export function formatBytes(bytes: number, options: FormatOptions = {}): string {
  if (!Number.isFinite(bytes)) throw new TypeError(`Expected a finite number, got ${bytes}`)
  const { digits = 1, space = true } = options
  const sign = bytes < 0 ? '-' : ''
  let value = Math.abs(bytes)
  let unit = 0
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000
    unit++
  }
  const text = unit === 0 ? String(value) : String(Number(value.toFixed(digits)))
  return `${sign}${text}${space ? ' ' : ''}${UNITS[unit]}`
}
