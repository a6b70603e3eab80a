/** A parsed query string: each key maps to its decoded value. */
export type Query = Record<string, string | string[]>

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '))
  } catch {
    return part
  }
}

/**
 * Parses a query string (with or without the leading `?`).
 *
 * - `+` is read as a space and percent-escapes are decoded.
 * - A key without `=` gets the empty string.
 * - When a key appears more than once, its values are collected into an array
 *   in order of appearance (`a=1&a=2` -> `{ a: ['1', '2'] }`).
 */
export function parseQuery(input: string): Query {
  const query: Query = {}
  const text = input.startsWith('?') ? input.slice(1) : input
  for (const pair of text.split('&')) {
    if (!pair) continue
    const eq = pair.indexOf('=')
    const key = decode(eq === -1 ? pair : pair.slice(0, eq))
    const value = eq === -1 ? '' : decode(pair.slice(eq + 1))
    const previous = query[key]
    if (previous === undefined) query[key] = value
    else if (Array.isArray(previous)) previous.push(value)
    else query[key] = [previous, value]
  }
  return query
}

/** Serialises a query object back into a string without the leading `?`. */
export function stringifyQuery(query: Query): string {
  const parts: string[] = []
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) {
      parts.push(v === '' ? encodeURIComponent(key) : `${encodeURIComponent(key)}=${encodeURIComponent(v)}`)
    }
  }
  return parts.join('&')
}
