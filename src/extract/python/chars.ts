/**
 * The characters the Python reader acts on, by name, and the byte tables its loops classify
 * them with. Every such character is ASCII; any byte of 0x80 or more (UTF-8) counts as a letter.
 */

export const C_TAB = 0x09;
export const C_LF = 0x0a;
export const C_FF = 0x0c;
export const C_SPACE = 0x20;
export const C_BANG = 0x21;
export const C_DQ = 0x22;
export const C_HASH = 0x23;
export const C_SQ = 0x27;
export const C_LPAREN = 0x28;
export const C_RPAREN = 0x29;
export const C_DOT = 0x2e;
export const C_0 = 0x30;
export const C_9 = 0x39;
export const C_COLON = 0x3a;
export const C_EQUALS = 0x3d;
export const C_UPPER_N = 0x4e;
export const C_LBRACKET = 0x5b;
export const C_BSLASH = 0x5c;
export const C_RBRACKET = 0x5d;
export const C_LOWER_B = 0x62;
export const C_LOWER_J = 0x6a;
export const C_LOWER_O = 0x6f;
export const C_LOWER_X = 0x78;
export const C_ZERO = 0x30;
export const C_LOWER_F = 0x66;
export const C_LOWER_R = 0x72;
export const C_LOWER_T = 0x74;
export const C_LOWER_U = 0x75;
export const C_LBRACE = 0x7b;
export const C_RBRACE = 0x7d;
/** `c | CASE_BIT` is the lower-case form of an ASCII letter `c`. */
export const CASE_BIT = 0x20;

/**
 * Identifier characters: 1 for a start, 2 for a digit; every byte of 0x80 or more (a UTF-8
 * byte, or a char beyond Latin-1 folded by `charCodes`) is a letter (Python's XID rules, roughly).
 */
const IDENT = new Uint8Array(256).fill(1, 0x80);
for (let c = C_0; c <= C_9; c++) IDENT[c] = 2;
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_') IDENT[ch.charCodeAt(0)] = 1;

// Past the end, `codes[p]` is undefined, which no table entry and no comparison matches.
export const isIdentStart = (c: number | undefined): boolean => IDENT[c!] === 1;
export const isIdentChar = (c: number | undefined): boolean => IDENT[c!]! > 0;
export const isDigit = (c: number | undefined): boolean => IDENT[c!] === 2;
export const isOpenBracket = (c: number | undefined): boolean =>
  c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE;
export const isCloseBracket = (c: number | undefined): boolean =>
  c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE;

/** Operator characters, and the characters that can extend one into a longer operator. */
export const SINGLE_OP = new Uint8Array(256);
for (const ch of '+-*/%@&|^~<>=.,:;') SINGLE_OP[ch.charCodeAt(0)] = 1;
export const COMBINES = new Uint8Array(256);
for (const ch of '=*/<>.-') COMBINES[ch.charCodeAt(0)] = 1;

/** Characters that matter while skipping a function body; everything else is passed over. */
export const SKIP_STOP = new Uint8Array(256);
for (const ch of '\n"#\'()[]{}\\') SKIP_STOP[ch.charCodeAt(0)] = 1;
/** Letters that can prefix a string literal. */
export const PREFIX_CHAR = new Uint8Array(256);
for (const ch of 'rRbBuUfFtT') PREFIX_CHAR[ch.charCodeAt(0)] = 1;

export const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);
