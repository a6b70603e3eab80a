export { lex, LexError, type Token } from "./lexer";
export { evaluate } from "./parser";
