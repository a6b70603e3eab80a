/** An sRGB colour with 8-bit channels and an alpha between 0 and 1. */
export interface Rgba {
  r: number
  g: number
  b: number
  a: number
}

const HEX = /^#?([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i
const RGB = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*([\d.]+)\s*)?\)$/i

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(...)` or `rgba(...)`. */
export function parseColor(input: string): Rgba {
  const text = input.trim()
  const hex = HEX.exec(text)
  if (hex) {
    let digits = hex[1]
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('')
    const n = (i: number) => parseInt(digits.slice(i, i + 2), 16)
    return { r: n(0), g: n(2), b: n(4), a: digits.length === 8 ? Math.round((n(6) / 255) * 100) / 100 : 1 }
  }
  const rgb = RGB.exec(text)
  if (rgb) {
    const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map((v) => Math.min(255, Number(v)))
    return { r, g, b, a: rgb[4] === undefined ? 1 : Math.min(1, Number(rgb[4])) }
  }
  throw new Error(`Unrecognised colour: ${input}`)
}

/**
 * Formats a colour for CSS: opaque colours as lower-case `#rrggbb` (what
 * browsers' devtools and most style guides use), translucent ones as
 * `rgba(r, g, b, a)`.
 */
export function formatColor({ r, g, b, a }: Rgba): string {
  if (a < 1) return `rgba(${r}, ${g}, ${b}, ${a})`
  const hex = [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')
  return `#${hex}`
}
