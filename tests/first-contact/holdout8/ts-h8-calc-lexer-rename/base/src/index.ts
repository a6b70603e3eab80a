export { tokenize, LexError, type Token } from "./lexer";
export { evaluate } from "./parser";
