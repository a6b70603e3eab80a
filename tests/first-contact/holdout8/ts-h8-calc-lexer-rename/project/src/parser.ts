import { lex, type Token } from "./lexer";

const PREC: Record<string, number> = { "+": 1, "-": 1, "*": 2, "/": 2, "^": 3 };

/** Evaluate an expression with the usual precedence; `^` is right-associative. */
export function evaluate(src: string): number {
  const tokens = lex(src);
  let pos = 0;

  const peek = (): Token | undefined => tokens[pos];

  function primary(): number {
    const t = tokens[pos++];
    if (!t) throw new SyntaxError("unexpected end of input");
    if (t.kind === "num") return t.value;
    if (t.kind === "op" && t.op === "-") return -primary();
    if (t.kind === "lparen") {
      const v = expr(0);
      const close = tokens[pos++];
      if (!close || close.kind !== "rparen") throw new SyntaxError(`missing ) for ( at ${t.pos}`);
      return v;
    }
    throw new SyntaxError(`unexpected token at ${t.pos}`);
  }

  function expr(minPrec: number): number {
    let left = primary();
    for (let t = peek(); t && t.kind === "op" && PREC[t.op] >= minPrec; t = peek()) {
      pos++;
      const prec = PREC[t.op];
      const right = expr(t.op === "^" ? prec : prec + 1);
      left = apply(t.op, left, right);
    }
    return left;
  }

  const result = expr(0);
  if (pos < tokens.length) throw new SyntaxError(`unexpected token at ${tokens[pos].pos}`);
  return result;
}

function apply(op: string, a: number, b: number): number {
  switch (op) {
    case "+": return a + b;
    case "-": return a - b;
    case "*": return a * b;
    case "/": return a / b;
    default: return a ** b;
  }
}
