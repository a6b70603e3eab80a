/** A lexical token of an arithmetic expression. */
export type Token =
  | { kind: "num"; value: number; pos: number }
  | { kind: "op"; op: "+" | "-" | "*" | "/" | "^"; pos: number }
  | { kind: "lparen"; pos: number }
  | { kind: "rparen"; pos: number };

export class LexError extends Error {
  constructor(message: string, readonly pos: number) {
    super(`${message} at ${pos}`);
    this.name = "LexError";
  }
}

const OPS = new Set(["+", "-", "*", "/", "^"]);

/**
 * Split an expression into tokens. Whitespace is skipped; numbers may have a
 * fractional part ("3.25") but no exponent.
 */
export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === " " || ch === "\t") {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const start = i;
      while (i < src.length && /[0-9.]/.test(src[i])) i++;
      const text = src.slice(start, i);
      const value = Number(text);
      if (Number.isNaN(value)) throw new LexError(`bad number "${text}"`, start);
      out.push({ kind: "num", value, pos: start });
    } else if (OPS.has(ch)) {
      out.push({ kind: "op", op: ch as "+" | "-" | "*" | "/" | "^", pos: i++ });
    } else if (ch === "(") {
      out.push({ kind: "lparen", pos: i++ });
    } else if (ch === ")") {
      out.push({ kind: "rparen", pos: i++ });
    } else {
      throw new LexError(`unexpected "${ch}"`, i);
    }
  }
  return out;
}
