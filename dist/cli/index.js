#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5756:
/***/ ((module) => {

const { hasOwnProperty } = Object.prototype

const encode = (obj, opt = {}) => {
  if (typeof opt === 'string') {
    opt = { section: opt }
  }
  opt.align = opt.align === true
  opt.newline = opt.newline === true
  opt.sort = opt.sort === true
  opt.whitespace = opt.whitespace === true || opt.align === true
  // The `typeof` check is required because accessing the `process` directly fails on browsers.
  /* istanbul ignore next */
  opt.platform = opt.platform || (typeof process !== 'undefined' && process.platform)
  opt.bracketedArray = opt.bracketedArray !== false

  /* istanbul ignore next */
  const eol = opt.platform === 'win32' ? '\r\n' : '\n'
  const separator = opt.whitespace ? ' = ' : '='
  const children = []

  const keys = opt.sort ? Object.keys(obj).sort() : Object.keys(obj)

  let padToChars = 0
  // If aligning on the separator, then padToChars is determined as follows:
  // 1. Get the keys
  // 2. Exclude keys pointing to objects unless the value is null or an array
  // 3. Add `[]` to array keys
  // 4. Ensure non empty set of keys
  // 5. Reduce the set to the longest `safe` key
  // 6. Get the `safe` length
  if (opt.align) {
    padToChars = safe(
      (
        keys
          .filter(k => obj[k] === null || Array.isArray(obj[k]) || typeof obj[k] !== 'object')
          .map(k => Array.isArray(obj[k]) ? `${k}[]` : k)
      )
        .concat([''])
        .reduce((a, b) => safe(a).length >= safe(b).length ? a : b)
    ).length
  }

  let out = ''
  const arraySuffix = opt.bracketedArray ? '[]' : ''

  for (const k of keys) {
    const val = obj[k]
    if (val && Array.isArray(val)) {
      for (const item of val) {
        out += safe(`${k}${arraySuffix}`).padEnd(padToChars, ' ') + separator + safe(item) + eol
      }
    } else if (val && typeof val === 'object') {
      children.push(k)
    } else {
      out += safe(k).padEnd(padToChars, ' ') + separator + safe(val) + eol
    }
  }

  if (opt.section && out.length) {
    out = '[' + safe(opt.section) + ']' + (opt.newline ? eol + eol : eol) + out
  }

  for (const k of children) {
    const nk = splitSections(k, '.').join('\\.')
    const section = (opt.section ? opt.section + '.' : '') + nk
    const child = encode(obj[k], {
      ...opt,
      section,
    })
    if (out.length && child.length) {
      out += eol
    }

    out += child
  }

  return out
}

function splitSections (str, separator) {
  var lastMatchIndex = 0
  var lastSeparatorIndex = 0
  var nextIndex = 0
  var sections = []

  do {
    nextIndex = str.indexOf(separator, lastMatchIndex)

    if (nextIndex !== -1) {
      lastMatchIndex = nextIndex + separator.length

      if (nextIndex > 0 && str[nextIndex - 1] === '\\') {
        continue
      }

      sections.push(str.slice(lastSeparatorIndex, nextIndex))
      lastSeparatorIndex = nextIndex + separator.length
    }
  } while (nextIndex !== -1)

  sections.push(str.slice(lastSeparatorIndex))

  return sections
}

const decode = (str, opt = {}) => {
  opt.bracketedArray = opt.bracketedArray !== false
  const out = Object.create(null)
  let p = out
  let section = null
  //          section          |key      = value
  const re = /^\[([^\]]*)\]\s*$|^([^=]+)(=(.*))?$/i
  const lines = str.split(/[\r\n]+/g)
  const duplicates = {}

  for (const line of lines) {
    if (!line || line.match(/^\s*[;#]/) || line.match(/^\s*$/)) {
      continue
    }
    const match = line.match(re)
    if (!match) {
      continue
    }
    if (match[1] !== undefined) {
      section = unsafe(match[1])
      if (section === '__proto__') {
        // not allowed
        // keep parsing the section, but don't attach it.
        p = Object.create(null)
        continue
      }
      p = out[section] = out[section] || Object.create(null)
      continue
    }
    const keyRaw = unsafe(match[2])
    let isArray
    if (opt.bracketedArray) {
      isArray = keyRaw.length > 2 && keyRaw.slice(-2) === '[]'
    } else {
      duplicates[keyRaw] = (duplicates?.[keyRaw] || 0) + 1
      isArray = duplicates[keyRaw] > 1
    }
    const key = isArray && keyRaw.endsWith('[]')
      ? keyRaw.slice(0, -2) : keyRaw

    if (key === '__proto__') {
      continue
    }
    const valueRaw = match[3] ? unsafe(match[4]) : true
    const value = valueRaw === 'true' ||
      valueRaw === 'false' ||
      valueRaw === 'null' ? JSON.parse(valueRaw)
      : valueRaw

    // Convert keys with '[]' suffix to an array
    if (isArray) {
      if (!hasOwnProperty.call(p, key)) {
        p[key] = []
      } else if (!Array.isArray(p[key])) {
        p[key] = [p[key]]
      }
    }

    // safeguard against resetting a previously defined
    // array by accidentally forgetting the brackets
    if (Array.isArray(p[key])) {
      p[key].push(value)
    } else {
      p[key] = value
    }
  }

  // {a:{y:1},"a.b":{x:2}} --> {a:{y:1,b:{x:2}}}
  // use a filter to return the keys that have to be deleted.
  const remove = []
  for (const k of Object.keys(out)) {
    if (!hasOwnProperty.call(out, k) ||
      typeof out[k] !== 'object' ||
      Array.isArray(out[k])) {
      continue
    }

    // see if the parent section is also an object.
    // if so, add it to that, and mark this one for deletion
    const parts = splitSections(k, '.')
    p = out
    const l = parts.pop()
    const nl = l.replace(/\\\./g, '.')
    for (const part of parts) {
      if (part === '__proto__') {
        continue
      }
      if (!hasOwnProperty.call(p, part) || typeof p[part] !== 'object') {
        p[part] = Object.create(null)
      }
      p = p[part]
    }
    if (p === out && nl === l) {
      continue
    }

    p[nl] = out[k]
    remove.push(k)
  }
  for (const del of remove) {
    delete out[del]
  }

  return out
}

const isQuoted = val => {
  return (val.startsWith('"') && val.endsWith('"')) ||
    (val.startsWith("'") && val.endsWith("'"))
}

const safe = val => {
  if (
    typeof val !== 'string' ||
    val.match(/[=\r\n]/) ||
    val.match(/^\[/) ||
    (val.length > 1 && isQuoted(val)) ||
    val !== val.trim()
  ) {
    return JSON.stringify(val)
  }
  return val.split(';').join('\\;').split('#').join('\\#')
}

const unsafe = val => {
  val = (val || '').trim()
  if (isQuoted(val)) {
    // remove the single quotes before calling JSON.parse
    if (val.charAt(0) === "'") {
      val = val.slice(1, -1)
    }
    try {
      val = JSON.parse(val)
    } catch {
      // ignore errors
    }
  } else {
    // walk the val to find the first not-escaped ; character
    let esc = false
    let unesc = ''
    for (let i = 0, l = val.length; i < l; i++) {
      const c = val.charAt(i)
      if (esc) {
        if ('\\;#'.indexOf(c) !== -1) {
          unesc += c
        } else {
          unesc += '\\' + c
        }

        esc = false
      } else if (';#'.indexOf(c) !== -1) {
        break
      } else if (c === '\\') {
        esc = true
      } else {
        unesc += c
      }
    }
    if (esc) {
      unesc += '\\'
    }

    return unesc.trim()
  }
  return val
}

module.exports = {
  parse: decode,
  decode,
  stringify: encode,
  encode,
  safe,
  unsafe,
}


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 9800:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;

__webpack_unused_export__ = ({ value: true });
exports.wT = __webpack_unused_export__ = void 0;
const ed5 = __nccwpck_require__(6950);
const ed2 = __nccwpck_require__(4488);
const NSed3 = __nccwpck_require__(5699);
var isS = ed5.isS;
var isChar10 = ed5.isChar;
var isNameStartChar = ed5.isNameStartChar;
var isNameChar = ed5.isNameChar;
var S_LIST = ed5.S_LIST;
var NAME_RE = ed5.NAME_RE;
var isChar11 = ed2.isChar;
var isNCNameStartChar = NSed3.isNCNameStartChar;
var isNCNameChar = NSed3.isNCNameChar;
var NC_NAME_RE = NSed3.NC_NAME_RE;
const XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";
const rootNS = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    xml: XML_NAMESPACE,
    xmlns: XMLNS_NAMESPACE,
};
const XML_ENTITIES = {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
    __proto__: null,
    amp: "&",
    gt: ">",
    lt: "<",
    quot: "\"",
    apos: "'",
};
// EOC: end-of-chunk
const EOC = -1;
const NL_LIKE = -2;
const S_BEGIN = 0; // Initial state.
const S_BEGIN_WHITESPACE = 1; // leading whitespace
const S_DOCTYPE = 2; // <!DOCTYPE
const S_DOCTYPE_QUOTE = 3; // <!DOCTYPE "//blah
const S_DTD = 4; // <!DOCTYPE "//blah" [ ...
const S_DTD_QUOTED = 5; // <!DOCTYPE "//blah" [ "foo
const S_DTD_OPEN_WAKA = 6;
const S_DTD_OPEN_WAKA_BANG = 7;
const S_DTD_COMMENT = 8; // <!--
const S_DTD_COMMENT_ENDING = 9; // <!-- blah -
const S_DTD_COMMENT_ENDED = 10; // <!-- blah --
const S_DTD_PI = 11; // <?
const S_DTD_PI_ENDING = 12; // <?hi "there" ?
const S_TEXT = 13; // general stuff
const S_ENTITY = 14; // &amp and such
const S_OPEN_WAKA = 15; // <
const S_OPEN_WAKA_BANG = 16; // <!...
const S_COMMENT = 17; // <!--
const S_COMMENT_ENDING = 18; // <!-- blah -
const S_COMMENT_ENDED = 19; // <!-- blah --
const S_CDATA = 20; // <![CDATA[ something
const S_CDATA_ENDING = 21; // ]
const S_CDATA_ENDING_2 = 22; // ]]
const S_PI_FIRST_CHAR = 23; // <?hi, first char
const S_PI_REST = 24; // <?hi, rest of the name
const S_PI_BODY = 25; // <?hi there
const S_PI_ENDING = 26; // <?hi "there" ?
const S_XML_DECL_NAME_START = 27; // <?xml
const S_XML_DECL_NAME = 28; // <?xml foo
const S_XML_DECL_EQ = 29; // <?xml foo=
const S_XML_DECL_VALUE_START = 30; // <?xml foo=
const S_XML_DECL_VALUE = 31; // <?xml foo="bar"
const S_XML_DECL_SEPARATOR = 32; // <?xml foo="bar"
const S_XML_DECL_ENDING = 33; // <?xml ... ?
const S_OPEN_TAG = 34; // <strong
const S_OPEN_TAG_SLASH = 35; // <strong /
const S_ATTRIB = 36; // <a
const S_ATTRIB_NAME = 37; // <a foo
const S_ATTRIB_NAME_SAW_WHITE = 38; // <a foo _
const S_ATTRIB_VALUE = 39; // <a foo=
const S_ATTRIB_VALUE_QUOTED = 40; // <a foo="bar
const S_ATTRIB_VALUE_CLOSED = 41; // <a foo="bar"
const S_ATTRIB_VALUE_UNQUOTED = 42; // <a foo=bar
const S_CLOSE_TAG = 43; // </a
const S_CLOSE_TAG_SAW_WHITE = 44; // </a   >
const TAB = 9;
const NL = 0xA;
const CR = 0xD;
const SPACE = 0x20;
const BANG = 0x21;
const DQUOTE = 0x22;
const AMP = 0x26;
const SQUOTE = 0x27;
const MINUS = 0x2D;
const FORWARD_SLASH = 0x2F;
const SEMICOLON = 0x3B;
const LESS = 0x3C;
const EQUAL = 0x3D;
const GREATER = 0x3E;
const QUESTION = 0x3F;
const OPEN_BRACKET = 0x5B;
const CLOSE_BRACKET = 0x5D;
const NEL = 0x85;
const LS = 0x2028; // Line Separator
const isQuote = (c) => c === DQUOTE || c === SQUOTE;
const QUOTES = [DQUOTE, SQUOTE];
const DOCTYPE_TERMINATOR = [...QUOTES, OPEN_BRACKET, GREATER];
const DTD_TERMINATOR = [...QUOTES, LESS, CLOSE_BRACKET];
const XML_DECL_NAME_TERMINATOR = [EQUAL, QUESTION, ...S_LIST];
const ATTRIB_VALUE_UNQUOTED_TERMINATOR = [...S_LIST, GREATER, AMP, LESS];
function nsPairCheck(parser, prefix, uri) {
    switch (prefix) {
        case "xml":
            if (uri !== XML_NAMESPACE) {
                parser.fail(`xml prefix must be bound to ${XML_NAMESPACE}.`);
            }
            break;
        case "xmlns":
            if (uri !== XMLNS_NAMESPACE) {
                parser.fail(`xmlns prefix must be bound to ${XMLNS_NAMESPACE}.`);
            }
            break;
        default:
    }
    switch (uri) {
        case XMLNS_NAMESPACE:
            parser.fail(prefix === "" ?
                `the default namespace may not be set to ${uri}.` :
                `may not assign a prefix (even "xmlns") to the URI \
${XMLNS_NAMESPACE}.`);
            break;
        case XML_NAMESPACE:
            switch (prefix) {
                case "xml":
                    // Assinging the XML namespace to "xml" is fine.
                    break;
                case "":
                    parser.fail(`the default namespace may not be set to ${uri}.`);
                    break;
                default:
                    parser.fail("may not assign the xml namespace to another prefix.");
            }
            break;
        default:
    }
}
function nsMappingCheck(parser, mapping) {
    for (const local of Object.keys(mapping)) {
        nsPairCheck(parser, local, mapping[local]);
    }
}
const isNCName = (name) => NC_NAME_RE.test(name);
const isName = (name) => NAME_RE.test(name);
const FORBIDDEN_START = 0;
const FORBIDDEN_BRACKET = 1;
const FORBIDDEN_BRACKET_BRACKET = 2;
/**
 * The list of supported events.
 */
__webpack_unused_export__ = [
    "xmldecl",
    "text",
    "processinginstruction",
    "doctype",
    "comment",
    "opentagstart",
    "attribute",
    "opentag",
    "closetag",
    "cdata",
    "error",
    "end",
    "ready",
];
const EVENT_NAME_TO_HANDLER_NAME = {
    xmldecl: "xmldeclHandler",
    text: "textHandler",
    processinginstruction: "piHandler",
    doctype: "doctypeHandler",
    comment: "commentHandler",
    opentagstart: "openTagStartHandler",
    attribute: "attributeHandler",
    opentag: "openTagHandler",
    closetag: "closeTagHandler",
    cdata: "cdataHandler",
    error: "errorHandler",
    end: "endHandler",
    ready: "readyHandler",
};
// eslint-disable-next-line @typescript-eslint/ban-types
class SaxesParser {
    /**
     * @param opt The parser options.
     */
    constructor(opt) {
        this.opt = opt !== null && opt !== void 0 ? opt : {};
        this.fragmentOpt = !!this.opt.fragment;
        const xmlnsOpt = this.xmlnsOpt = !!this.opt.xmlns;
        this.trackPosition = this.opt.position !== false;
        this.fileName = this.opt.fileName;
        if (xmlnsOpt) {
            // This is the function we use to perform name checks on PIs and entities.
            // When namespaces are used, colons are not allowed in PI target names or
            // entity names. So the check depends on whether namespaces are used. See:
            //
            // https://www.w3.org/XML/xml-names-19990114-errata.html
            // NE08
            //
            this.nameStartCheck = isNCNameStartChar;
            this.nameCheck = isNCNameChar;
            this.isName = isNCName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsNS;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribNS;
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-assignment
            this.ns = Object.assign({ __proto__: null }, rootNS);
            const additional = this.opt.additionalNamespaces;
            if (additional != null) {
                nsMappingCheck(this, additional);
                Object.assign(this.ns, additional);
            }
        }
        else {
            this.nameStartCheck = isNameStartChar;
            this.nameCheck = isNameChar;
            this.isName = isName;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.processAttribs = this.processAttribsPlain;
            // eslint-disable-next-line @typescript-eslint/unbound-method
            this.pushAttrib = this.pushAttribPlain;
        }
        //
        // The order of the members in this table needs to correspond to the state
        // numbers given to the states that correspond to the methods being recorded
        // here.
        //
        this.stateTable = [
            /* eslint-disable @typescript-eslint/unbound-method */
            this.sBegin,
            this.sBeginWhitespace,
            this.sDoctype,
            this.sDoctypeQuote,
            this.sDTD,
            this.sDTDQuoted,
            this.sDTDOpenWaka,
            this.sDTDOpenWakaBang,
            this.sDTDComment,
            this.sDTDCommentEnding,
            this.sDTDCommentEnded,
            this.sDTDPI,
            this.sDTDPIEnding,
            this.sText,
            this.sEntity,
            this.sOpenWaka,
            this.sOpenWakaBang,
            this.sComment,
            this.sCommentEnding,
            this.sCommentEnded,
            this.sCData,
            this.sCDataEnding,
            this.sCDataEnding2,
            this.sPIFirstChar,
            this.sPIRest,
            this.sPIBody,
            this.sPIEnding,
            this.sXMLDeclNameStart,
            this.sXMLDeclName,
            this.sXMLDeclEq,
            this.sXMLDeclValueStart,
            this.sXMLDeclValue,
            this.sXMLDeclSeparator,
            this.sXMLDeclEnding,
            this.sOpenTag,
            this.sOpenTagSlash,
            this.sAttrib,
            this.sAttribName,
            this.sAttribNameSawWhite,
            this.sAttribValue,
            this.sAttribValueQuoted,
            this.sAttribValueClosed,
            this.sAttribValueUnquoted,
            this.sCloseTag,
            this.sCloseTagSawWhite,
            /* eslint-enable @typescript-eslint/unbound-method */
        ];
        this._init();
    }
    /**
     * Indicates whether or not the parser is closed. If ``true``, wait for
     * the ``ready`` event to write again.
     */
    get closed() {
        return this._closed;
    }
    _init() {
        var _a;
        this.openWakaBang = "";
        this.text = "";
        this.name = "";
        this.piTarget = "";
        this.entity = "";
        this.q = null;
        this.tags = [];
        this.tag = null;
        this.topNS = null;
        this.chunk = "";
        this.chunkPosition = 0;
        this.i = 0;
        this.prevI = 0;
        this.carriedFromPrevious = undefined;
        this.forbiddenState = FORBIDDEN_START;
        this.attribList = [];
        // The logic is organized so as to minimize the need to check
        // this.opt.fragment while parsing.
        const { fragmentOpt } = this;
        this.state = fragmentOpt ? S_TEXT : S_BEGIN;
        // We want these to be all true if we are dealing with a fragment.
        this.reportedTextBeforeRoot = this.reportedTextAfterRoot = this.closedRoot =
            this.sawRoot = fragmentOpt;
        // An XML declaration is intially possible only when parsing whole
        // documents.
        this.xmlDeclPossible = !fragmentOpt;
        this.xmlDeclExpects = ["version"];
        this.entityReturnState = undefined;
        let { defaultXMLVersion } = this.opt;
        if (defaultXMLVersion === undefined) {
            if (this.opt.forceXMLVersion === true) {
                throw new Error("forceXMLVersion set but defaultXMLVersion is not set");
            }
            defaultXMLVersion = "1.0";
        }
        this.setXMLVersion(defaultXMLVersion);
        this.positionAtNewLine = 0;
        this.doctype = false;
        this._closed = false;
        this.xmlDecl = {
            version: undefined,
            encoding: undefined,
            standalone: undefined,
        };
        this.line = 1;
        this.column = 0;
        this.ENTITIES = Object.create(XML_ENTITIES);
        (_a = this.readyHandler) === null || _a === void 0 ? void 0 : _a.call(this);
    }
    /**
     * The stream position the parser is currently looking at. This field is
     * zero-based.
     *
     * This field is not based on counting Unicode characters but is to be
     * interpreted as a plain index into a JavaScript string.
     */
    get position() {
        return this.chunkPosition + this.i;
    }
    /**
     * The column number of the next character to be read by the parser.  *
     * This field is zero-based. (The first column in a line is 0.)
     *
     * This field reports the index at which the next character would be in the
     * line if the line were represented as a JavaScript string.  Note that this
     * *can* be different to a count based on the number of *Unicode characters*
     * due to how JavaScript handles astral plane characters.
     *
     * See [[column]] for a number that corresponds to a count of Unicode
     * characters.
     */
    get columnIndex() {
        return this.position - this.positionAtNewLine;
    }
    /**
     * Set an event listener on an event. The parser supports one handler per
     * event type. If you try to set an event handler over an existing handler,
     * the old handler is silently overwritten.
     *
     * @param name The event to listen to.
     *
     * @param handler The handler to set.
     */
    on(name, handler) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = handler;
    }
    /**
     * Unset an event handler.
     *
     * @parma name The event to stop listening to.
     */
    off(name) {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access
        this[EVENT_NAME_TO_HANDLER_NAME[name]] = undefined;
    }
    /**
     * Make an error object. The error object will have a message that contains
     * the ``fileName`` option passed at the creation of the parser. If position
     * tracking was turned on, it will also have line and column number
     * information.
     *
     * @param message The message describing the error to report.
     *
     * @returns An error object with a properly formatted message.
     */
    makeError(message) {
        var _a;
        let msg = (_a = this.fileName) !== null && _a !== void 0 ? _a : "";
        if (this.trackPosition) {
            if (msg.length > 0) {
                msg += ":";
            }
            msg += `${this.line}:${this.column}`;
        }
        if (msg.length > 0) {
            msg += ": ";
        }
        return new Error(msg + message);
    }
    /**
     * Report a parsing error. This method is made public so that client code may
     * check for issues that are outside the scope of this project and can report
     * errors.
     *
     * @param message The error to report.
     *
     * @returns this
     */
    fail(message) {
        const err = this.makeError(message);
        const handler = this.errorHandler;
        if (handler === undefined) {
            throw err;
        }
        else {
            handler(err);
        }
        return this;
    }
    /**
     * Write a XML data to the parser.
     *
     * @param chunk The XML data to write.
     *
     * @returns this
     */
    // We do need object for the type here. Yes, it often causes problems
    // but not in this case.
    write(chunk) {
        if (this.closed) {
            return this.fail("cannot write after close; assign an onready handler.");
        }
        let end = false;
        if (chunk === null) {
            // We cannot return immediately because carriedFromPrevious may need
            // processing.
            end = true;
            chunk = "";
        }
        else if (typeof chunk === "object") {
            chunk = chunk.toString();
        }
        // We checked if performing a pre-decomposition of the string into an array
        // of single complete characters (``Array.from(chunk)``) would be faster
        // than the current repeated calls to ``charCodeAt``. As of August 2018, it
        // isn't. (There may be Node-specific code that would perform faster than
        // ``Array.from`` but don't want to be dependent on Node.)
        if (this.carriedFromPrevious !== undefined) {
            // The previous chunk had char we must carry over.
            chunk = `${this.carriedFromPrevious}${chunk}`;
            this.carriedFromPrevious = undefined;
        }
        let limit = chunk.length;
        const lastCode = chunk.charCodeAt(limit - 1);
        if (!end &&
            // A trailing CR or surrogate must be carried over to the next
            // chunk.
            (lastCode === CR || (lastCode >= 0xD800 && lastCode <= 0xDBFF))) {
            // The chunk ends with a character that must be carried over. We cannot
            // know how to handle it until we get the next chunk or the end of the
            // stream. So save it for later.
            this.carriedFromPrevious = chunk[limit - 1];
            limit--;
            chunk = chunk.slice(0, limit);
        }
        const { stateTable } = this;
        this.chunk = chunk;
        this.i = 0;
        while (this.i < limit) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-argument
            stateTable[this.state].call(this);
        }
        this.chunkPosition += limit;
        return end ? this.end() : this;
    }
    /**
     * Close the current stream. Perform final well-formedness checks and reset
     * the parser tstate.
     *
     * @returns this
     */
    close() {
        return this.write(null);
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.0.
     *
     * @returns The character read.
     */
    getCode10() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if (code >= SPACE || code === TAB) {
                return code;
            }
            switch (code) {
                case NL:
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR:
                    // We may get NaN if we read past the end of the chunk, which is fine.
                    if (chunk.charCodeAt(i + 1) === NL) {
                        // A \r\n sequence is converted to \n so we have to skip over the
                        // next character. We already know it has a size of 1 so ++ is fine
                        // here.
                        this.i = i + 2;
                    }
                    // Otherwise, a \r is just converted to \n, so we don't have to skip
                    // ahead.
                    // In either case, \r becomes \n.
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    // If we get here, then code < SPACE and it is not NL CR or TAB.
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isChar10 that takes into account
            // that in this context code > 0xDBFF and code <= 0xFFFF. So it does not
            // test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isChar10 that takes into account that in
        // this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Get a single code point out of the current chunk. This updates the current
     * position if we do position tracking.
     *
     * This is the algorithm to use for XML 1.1.
     *
     * @returns {number} The character read.
     */
    getCode11() {
        const { chunk, i } = this;
        this.prevI = i;
        // Yes, we do this instead of doing this.i++. Doing it this way, we do not
        // read this.i again, which is a bit faster.
        this.i = i + 1;
        if (i >= chunk.length) {
            return EOC;
        }
        // Using charCodeAt and handling the surrogates ourselves is faster
        // than using codePointAt.
        const code = chunk.charCodeAt(i);
        this.column++;
        if (code < 0xD800) {
            if ((code > 0x1F && code < 0x7F) || (code > 0x9F && code !== LS) ||
                code === TAB) {
                return code;
            }
            switch (code) {
                case NL: // 0xA
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL;
                case CR: { // 0xD
                    // We may get NaN if we read past the end of the chunk, which is
                    // fine.
                    const next = chunk.charCodeAt(i + 1);
                    if (next === NL || next === NEL) {
                        // A CR NL or CR NEL sequence is converted to NL so we have to skip
                        // over the next character. We already know it has a size of 1.
                        this.i = i + 2;
                    }
                    // Otherwise, a CR is just converted to NL, no skip.
                }
                /* yes, fall through */
                case NEL: // 0x85
                case LS: // Ox2028
                    this.line++;
                    this.column = 0;
                    this.positionAtNewLine = this.position;
                    return NL_LIKE;
                default:
                    this.fail("disallowed character.");
                    return code;
            }
        }
        if (code > 0xDBFF) {
            // This is a specialized version of isCharAndNotRestricted that takes into
            // account that in this context code > 0xDBFF and code <= 0xFFFF. So it
            // does not test cases that don't need testing.
            if (!(code >= 0xE000 && code <= 0xFFFD)) {
                this.fail("disallowed character.");
            }
            return code;
        }
        const final = 0x10000 + ((code - 0xD800) * 0x400) +
            (chunk.charCodeAt(i + 1) - 0xDC00);
        this.i = i + 2;
        // This is a specialized version of isCharAndNotRestricted that takes into
        // account that in this context necessarily final >= 0x10000.
        if (final > 0x10FFFF) {
            this.fail("disallowed character.");
        }
        return final;
    }
    /**
     * Like ``getCode`` but with the return value normalized so that ``NL`` is
     * returned for ``NL_LIKE``.
     */
    getCodeNorm() {
        const c = this.getCode();
        return c === NL_LIKE ? NL : c;
    }
    unget() {
        this.i = this.prevI;
        this.column--;
    }
    /**
     * Capture characters into a buffer until encountering one of a set of
     * characters.
     *
     * @param chars An array of codepoints. Encountering a character in the array
     * ends the capture. (``chars`` may safely contain ``NL``.)
     *
     * @return The character code that made the capture end, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureTo(chars) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            const isNLLike = c === NL_LIKE;
            const final = isNLLike ? NL : c;
            if (final === EOC || chars.includes(final)) {
                this.text += chunk.slice(start, this.prevI);
                return final;
            }
            if (isNLLike) {
                this.text += `${chunk.slice(start, this.prevI)}\n`;
                start = this.i;
            }
        }
    }
    /**
     * Capture characters into a buffer until encountering a character.
     *
     * @param char The codepoint that ends the capture. **NOTE ``char`` MAY NOT
     * CONTAIN ``NL``.** Passing ``NL`` will result in buggy behavior.
     *
     * @return ``true`` if we ran into the character. Otherwise, we ran into the
     * end of the current chunk.
     */
    captureToChar(char) {
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            let c = this.getCode();
            switch (c) {
                case NL_LIKE:
                    this.text += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    c = NL;
                    break;
                case EOC:
                    this.text += chunk.slice(start);
                    return false;
                default:
            }
            if (c === char) {
                this.text += chunk.slice(start, this.prevI);
                return true;
            }
        }
    }
    /**
     * Capture characters that satisfy ``isNameChar`` into the ``name`` field of
     * this parser.
     *
     * @return The character code that made the test fail, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    captureNameChars() {
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCode();
            if (c === EOC) {
                this.name += chunk.slice(start);
                return EOC;
            }
            // NL is not a name char so we don't have to test specifically for it.
            if (!isNameChar(c)) {
                this.name += chunk.slice(start, this.prevI);
                return c === NL_LIKE ? NL : c;
            }
        }
    }
    /**
     * Skip white spaces.
     *
     * @return The character that ended the skip, or ``EOC`` if we hit
     * the end of the chunk. The return value cannot be NL_LIKE: NL is returned
     * instead.
     */
    skipSpaces() {
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC || !isS(c)) {
                return c;
            }
        }
    }
    setXMLVersion(version) {
        this.currentXMLVersion = version;
        /*  eslint-disable @typescript-eslint/unbound-method */
        if (version === "1.0") {
            this.isChar = isChar10;
            this.getCode = this.getCode10;
        }
        else {
            this.isChar = isChar11;
            this.getCode = this.getCode11;
        }
        /* eslint-enable @typescript-eslint/unbound-method */
    }
    // STATE ENGINE METHODS
    // This needs to be a state separate from S_BEGIN_WHITESPACE because we want
    // to be sure never to come back to this state later.
    sBegin() {
        // We are essentially peeking at the first character of the chunk. Since
        // S_BEGIN can be in effect only when we start working on the first chunk,
        // the index at which we must look is necessarily 0. Note also that the
        // following test does not depend on decoding surrogates.
        // If the initial character is 0xFEFF, ignore it.
        if (this.chunk.charCodeAt(0) === 0xFEFF) {
            this.i++;
            this.column++;
        }
        this.state = S_BEGIN_WHITESPACE;
    }
    sBeginWhitespace() {
        // We need to know whether we've encountered spaces or not because as soon
        // as we run into a space, an XML declaration is no longer possible. Rather
        // than slow down skipSpaces even in places where we don't care whether it
        // skipped anything or not, we check whether prevI is equal to the value of
        // i from before we skip spaces.
        const iBefore = this.i;
        const c = this.skipSpaces();
        if (this.prevI !== iBefore) {
            this.xmlDeclPossible = false;
        }
        switch (c) {
            case LESS:
                this.state = S_OPEN_WAKA;
                // We could naively call closeText but in this state, it is not normal
                // to have text be filled with any data.
                if (this.text.length !== 0) {
                    throw new Error("no-empty text at start");
                }
                break;
            case EOC:
                break;
            default:
                this.unget();
                this.state = S_TEXT;
                this.xmlDeclPossible = false;
        }
    }
    sDoctype() {
        var _a;
        const c = this.captureTo(DOCTYPE_TERMINATOR);
        switch (c) {
            case GREATER: {
                (_a = this.doctypeHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                this.doctype = true; // just remember that we saw it.
                break;
            }
            case EOC:
                break;
            default:
                this.text += String.fromCodePoint(c);
                if (c === OPEN_BRACKET) {
                    this.state = S_DTD;
                }
                else if (isQuote(c)) {
                    this.state = S_DOCTYPE_QUOTE;
                    this.q = c;
                }
        }
    }
    sDoctypeQuote() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.q = null;
            this.state = S_DOCTYPE;
        }
    }
    sDTD() {
        const c = this.captureTo(DTD_TERMINATOR);
        if (c === EOC) {
            return;
        }
        this.text += String.fromCodePoint(c);
        if (c === CLOSE_BRACKET) {
            this.state = S_DOCTYPE;
        }
        else if (c === LESS) {
            this.state = S_DTD_OPEN_WAKA;
        }
        else if (isQuote(c)) {
            this.state = S_DTD_QUOTED;
            this.q = c;
        }
    }
    sDTDQuoted() {
        const q = this.q;
        if (this.captureToChar(q)) {
            this.text += String.fromCodePoint(q);
            this.state = S_DTD;
            this.q = null;
        }
    }
    sDTDOpenWaka() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        switch (c) {
            case BANG:
                this.state = S_DTD_OPEN_WAKA_BANG;
                this.openWakaBang = "";
                break;
            case QUESTION:
                this.state = S_DTD_PI;
                break;
            default:
                this.state = S_DTD;
        }
    }
    sDTDOpenWakaBang() {
        const char = String.fromCodePoint(this.getCodeNorm());
        const owb = this.openWakaBang += char;
        this.text += char;
        if (owb !== "-") {
            this.state = owb === "--" ? S_DTD_COMMENT : S_DTD;
            this.openWakaBang = "";
        }
    }
    sDTDComment() {
        if (this.captureToChar(MINUS)) {
            this.text += "-";
            this.state = S_DTD_COMMENT_ENDING;
        }
    }
    sDTDCommentEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        this.state = c === MINUS ? S_DTD_COMMENT_ENDED : S_DTD_COMMENT;
    }
    sDTDCommentEnded() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
        else {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.state = S_DTD_COMMENT;
        }
    }
    sDTDPI() {
        if (this.captureToChar(QUESTION)) {
            this.text += "?";
            this.state = S_DTD_PI_ENDING;
        }
    }
    sDTDPIEnding() {
        const c = this.getCodeNorm();
        this.text += String.fromCodePoint(c);
        if (c === GREATER) {
            this.state = S_DTD;
        }
    }
    sText() {
        //
        // We did try a version of saxes where the S_TEXT state was split in two
        // states: one for text inside the root element, and one for text
        // outside. This was avoiding having to test this.tags.length to decide
        // what implementation to actually use.
        //
        // Peformance testing on gigabyte-size files did not show any advantage to
        // using the two states solution instead of the current one. Conversely, it
        // made the code a bit more complicated elsewhere. For instance, a comment
        // can appear before the root element so when a comment ended it was
        // necessary to determine whether to return to the S_TEXT state or to the
        // new text-outside-root state.
        //
        if (this.tags.length !== 0) {
            this.handleTextInRoot();
        }
        else {
            this.handleTextOutsideRoot();
        }
    }
    sEntity() {
        // This is essentially a specialized version of captureToChar(SEMICOLON...)
        let { i: start } = this;
        const { chunk } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        loop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case NL_LIKE:
                    this.entity += `${chunk.slice(start, this.prevI)}\n`;
                    start = this.i;
                    break;
                case SEMICOLON: {
                    const { entityReturnState } = this;
                    const entity = this.entity + chunk.slice(start, this.prevI);
                    this.state = entityReturnState;
                    let parsed;
                    if (entity === "") {
                        this.fail("empty entity name.");
                        parsed = "&;";
                    }
                    else {
                        parsed = this.parseEntity(entity);
                        this.entity = "";
                    }
                    if (entityReturnState !== S_TEXT || this.textHandler !== undefined) {
                        this.text += parsed;
                    }
                    // eslint-disable-next-line no-labels
                    break loop;
                }
                case EOC:
                    this.entity += chunk.slice(start);
                    // eslint-disable-next-line no-labels
                    break loop;
                default:
            }
        }
    }
    sOpenWaka() {
        // Reminder: a state handler is called with at least one character
        // available in the current chunk. So the first call to get code inside of
        // a state handler cannot return ``EOC``. That's why we don't test
        // for it.
        const c = this.getCode();
        // either a /, ?, !, or text is coming next.
        if (isNameStartChar(c)) {
            this.state = S_OPEN_TAG;
            this.unget();
            this.xmlDeclPossible = false;
        }
        else {
            switch (c) {
                case FORWARD_SLASH:
                    this.state = S_CLOSE_TAG;
                    this.xmlDeclPossible = false;
                    break;
                case BANG:
                    this.state = S_OPEN_WAKA_BANG;
                    this.openWakaBang = "";
                    this.xmlDeclPossible = false;
                    break;
                case QUESTION:
                    this.state = S_PI_FIRST_CHAR;
                    break;
                default:
                    this.fail("disallowed character in tag name");
                    this.state = S_TEXT;
                    this.xmlDeclPossible = false;
            }
        }
    }
    sOpenWakaBang() {
        this.openWakaBang += String.fromCodePoint(this.getCodeNorm());
        switch (this.openWakaBang) {
            case "[CDATA[":
                if (!this.sawRoot && !this.reportedTextBeforeRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextBeforeRoot = true;
                }
                if (this.closedRoot && !this.reportedTextAfterRoot) {
                    this.fail("text data outside of root node.");
                    this.reportedTextAfterRoot = true;
                }
                this.state = S_CDATA;
                this.openWakaBang = "";
                break;
            case "--":
                this.state = S_COMMENT;
                this.openWakaBang = "";
                break;
            case "DOCTYPE":
                this.state = S_DOCTYPE;
                if (this.doctype || this.sawRoot) {
                    this.fail("inappropriately located doctype declaration.");
                }
                this.openWakaBang = "";
                break;
            default:
                // 7 happens to be the maximum length of the string that can possibly
                // match one of the cases above.
                if (this.openWakaBang.length >= 7) {
                    this.fail("incorrect syntax.");
                }
        }
    }
    sComment() {
        if (this.captureToChar(MINUS)) {
            this.state = S_COMMENT_ENDING;
        }
    }
    sCommentEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === MINUS) {
            this.state = S_COMMENT_ENDED;
            (_a = this.commentHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
            this.text = "";
        }
        else {
            this.text += `-${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
    }
    sCommentEnded() {
        const c = this.getCodeNorm();
        if (c !== GREATER) {
            this.fail("malformed comment.");
            // <!-- blah -- bloo --> will be recorded as
            // a comment of " blah -- bloo "
            this.text += `--${String.fromCodePoint(c)}`;
            this.state = S_COMMENT;
        }
        else {
            this.state = S_TEXT;
        }
    }
    sCData() {
        if (this.captureToChar(CLOSE_BRACKET)) {
            this.state = S_CDATA_ENDING;
        }
    }
    sCDataEnding() {
        const c = this.getCodeNorm();
        if (c === CLOSE_BRACKET) {
            this.state = S_CDATA_ENDING_2;
        }
        else {
            this.text += `]${String.fromCodePoint(c)}`;
            this.state = S_CDATA;
        }
    }
    sCDataEnding2() {
        var _a;
        const c = this.getCodeNorm();
        switch (c) {
            case GREATER: {
                (_a = this.cdataHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.text);
                this.text = "";
                this.state = S_TEXT;
                break;
            }
            case CLOSE_BRACKET:
                this.text += "]";
                break;
            default:
                this.text += `]]${String.fromCodePoint(c)}`;
                this.state = S_CDATA;
        }
    }
    // We need this separate state to check the first character fo the pi target
    // with this.nameStartCheck which allows less characters than this.nameCheck.
    sPIFirstChar() {
        const c = this.getCodeNorm();
        // This is first because in the case where the file is well-formed this is
        // the branch taken. We optimize for well-formedness.
        if (this.nameStartCheck(c)) {
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
        else if (c === QUESTION || isS(c)) {
            this.fail("processing instruction without a target.");
            this.state = c === QUESTION ? S_PI_ENDING : S_PI_BODY;
        }
        else {
            this.fail("disallowed character in processing instruction name.");
            this.piTarget += String.fromCodePoint(c);
            this.state = S_PI_REST;
        }
    }
    sPIRest() {
        // Capture characters into a piTarget while ``this.nameCheck`` run on the
        // character read returns true.
        const { chunk, i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const c = this.getCodeNorm();
            if (c === EOC) {
                this.piTarget += chunk.slice(start);
                return;
            }
            // NL cannot satisfy this.nameCheck so we don't have to test specifically
            // for it.
            if (!this.nameCheck(c)) {
                this.piTarget += chunk.slice(start, this.prevI);
                const isQuestion = c === QUESTION;
                if (isQuestion || isS(c)) {
                    if (this.piTarget === "xml") {
                        if (!this.xmlDeclPossible) {
                            this.fail("an XML declaration must be at the start of the document.");
                        }
                        this.state = isQuestion ? S_XML_DECL_ENDING : S_XML_DECL_NAME_START;
                    }
                    else {
                        this.state = isQuestion ? S_PI_ENDING : S_PI_BODY;
                    }
                }
                else {
                    this.fail("disallowed character in processing instruction name.");
                    this.piTarget += String.fromCodePoint(c);
                }
                break;
            }
        }
    }
    sPIBody() {
        if (this.text.length === 0) {
            const c = this.getCodeNorm();
            if (c === QUESTION) {
                this.state = S_PI_ENDING;
            }
            else if (!isS(c)) {
                this.text = String.fromCodePoint(c);
            }
        }
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        else if (this.captureToChar(QUESTION)) {
            this.state = S_PI_ENDING;
        }
    }
    sPIEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            const { piTarget } = this;
            if (piTarget.toLowerCase() === "xml") {
                this.fail("the XML declaration must appear at the start of the document.");
            }
            (_a = this.piHandler) === null || _a === void 0 ? void 0 : _a.call(this, {
                target: piTarget,
                body: this.text,
            });
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else if (c === QUESTION) {
            // We ran into ?? as part of a processing instruction. We initially took
            // the first ? as a sign that the PI was ending, but it is not. So we have
            // to add it to the body but we take the new ? as a sign that the PI is
            // ending.
            this.text += "?";
        }
        else {
            this.text += `?${String.fromCodePoint(c)}`;
            this.state = S_PI_BODY;
        }
        this.xmlDeclPossible = false;
    }
    sXMLDeclNameStart() {
        const c = this.skipSpaces();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (c !== EOC) {
            this.state = S_XML_DECL_NAME;
            this.name = String.fromCodePoint(c);
        }
    }
    sXMLDeclName() {
        const c = this.captureTo(XML_DECL_NAME_TERMINATOR);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.name += this.text;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (!(isS(c) || c === EQUAL)) {
            return;
        }
        this.name += this.text;
        this.text = "";
        if (!this.xmlDeclExpects.includes(this.name)) {
            switch (this.name.length) {
                case 0:
                    this.fail("did not expect any more name/value pairs.");
                    break;
                case 1:
                    this.fail(`expected the name ${this.xmlDeclExpects[0]}.`);
                    break;
                default:
                    this.fail(`expected one of ${this.xmlDeclExpects.join(", ")}`);
            }
        }
        this.state = c === EQUAL ? S_XML_DECL_VALUE_START : S_XML_DECL_EQ;
    }
    sXMLDeclEq() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (c !== EQUAL) {
            this.fail("value required.");
        }
        this.state = S_XML_DECL_VALUE_START;
    }
    sXMLDeclValueStart() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (isS(c)) {
            return;
        }
        if (!isQuote(c)) {
            this.fail("value must be quoted.");
            this.q = SPACE;
        }
        else {
            this.q = c;
        }
        this.state = S_XML_DECL_VALUE;
    }
    sXMLDeclValue() {
        const c = this.captureTo([this.q, QUESTION]);
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            this.state = S_XML_DECL_ENDING;
            this.text = "";
            this.fail("XML declaration is incomplete.");
            return;
        }
        if (c === EOC) {
            return;
        }
        const value = this.text;
        this.text = "";
        switch (this.name) {
            case "version": {
                this.xmlDeclExpects = ["encoding", "standalone"];
                const version = value;
                this.xmlDecl.version = version;
                // This is the test specified by XML 1.0 but it is fine for XML 1.1.
                if (!/^1\.[0-9]+$/.test(version)) {
                    this.fail("version number must match /^1\\.[0-9]+$/.");
                }
                // When forceXMLVersion is set, the XML declaration is ignored.
                else if (!this.opt.forceXMLVersion) {
                    this.setXMLVersion(version);
                }
                break;
            }
            case "encoding":
                if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) {
                    this.fail("encoding value must match \
/^[A-Za-z0-9][A-Za-z0-9._-]*$/.");
                }
                this.xmlDeclExpects = ["standalone"];
                this.xmlDecl.encoding = value;
                break;
            case "standalone":
                if (value !== "yes" && value !== "no") {
                    this.fail("standalone value must match \"yes\" or \"no\".");
                }
                this.xmlDeclExpects = [];
                this.xmlDecl.standalone = value;
                break;
            default:
            // We don't need to raise an error here since we've already raised one
            // when checking what name was expected.
        }
        this.name = "";
        this.state = S_XML_DECL_SEPARATOR;
    }
    sXMLDeclSeparator() {
        const c = this.getCodeNorm();
        // The question mark character is not valid inside any of the XML
        // declaration name/value pairs.
        if (c === QUESTION) {
            // It is valid to go to S_XML_DECL_ENDING from this state.
            this.state = S_XML_DECL_ENDING;
            return;
        }
        if (!isS(c)) {
            this.fail("whitespace required.");
            this.unget();
        }
        this.state = S_XML_DECL_NAME_START;
    }
    sXMLDeclEnding() {
        var _a;
        const c = this.getCodeNorm();
        if (c === GREATER) {
            if (this.piTarget !== "xml") {
                this.fail("processing instructions are not allowed before root.");
            }
            else if (this.name !== "version" &&
                this.xmlDeclExpects.includes("version")) {
                this.fail("XML declaration must contain a version.");
            }
            (_a = this.xmldeclHandler) === null || _a === void 0 ? void 0 : _a.call(this, this.xmlDecl);
            this.name = "";
            this.piTarget = this.text = "";
            this.state = S_TEXT;
        }
        else {
            // We got here because the previous character was a ?, but the question
            // mark character is not valid inside any of the XML declaration
            // name/value pairs.
            this.fail("The character ? is disallowed anywhere in XML declarations.");
        }
        this.xmlDeclPossible = false;
    }
    sOpenTag() {
        var _a;
        const c = this.captureNameChars();
        if (c === EOC) {
            return;
        }
        const tag = this.tag = {
            name: this.name,
            attributes: Object.create(null),
        };
        this.name = "";
        if (this.xmlnsOpt) {
            this.topNS = tag.ns = Object.create(null);
        }
        (_a = this.openTagStartHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        this.sawRoot = true;
        if (!this.fragmentOpt && this.closedRoot) {
            this.fail("documents may contain only one root.");
        }
        switch (c) {
            case GREATER:
                this.openTag();
                break;
            case FORWARD_SLASH:
                this.state = S_OPEN_TAG_SLASH;
                break;
            default:
                if (!isS(c)) {
                    this.fail("disallowed character in tag name.");
                }
                this.state = S_ATTRIB;
        }
    }
    sOpenTagSlash() {
        if (this.getCode() === GREATER) {
            this.openSelfClosingTag();
        }
        else {
            this.fail("forward-slash in opening tag not followed by >.");
            this.state = S_ATTRIB;
        }
    }
    sAttrib() {
        const c = this.skipSpaces();
        if (c === EOC) {
            return;
        }
        if (isNameStartChar(c)) {
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribName() {
        const c = this.captureNameChars();
        if (c === EQUAL) {
            this.state = S_ATTRIB_VALUE;
        }
        else if (isS(c)) {
            this.state = S_ATTRIB_NAME_SAW_WHITE;
        }
        else if (c === GREATER) {
            this.fail("attribute without value.");
            this.pushAttrib(this.name, this.name);
            this.name = this.text = "";
            this.openTag();
        }
        else if (c !== EOC) {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribNameSawWhite() {
        const c = this.skipSpaces();
        switch (c) {
            case EOC:
                return;
            case EQUAL:
                this.state = S_ATTRIB_VALUE;
                break;
            default:
                this.fail("attribute without value.");
                // Should we do this???
                // this.tag.attributes[this.name] = "";
                this.text = "";
                this.name = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else if (isNameStartChar(c)) {
                    this.unget();
                    this.state = S_ATTRIB_NAME;
                }
                else {
                    this.fail("disallowed character in attribute name.");
                    this.state = S_ATTRIB;
                }
        }
    }
    sAttribValue() {
        const c = this.getCodeNorm();
        if (isQuote(c)) {
            this.q = c;
            this.state = S_ATTRIB_VALUE_QUOTED;
        }
        else if (!isS(c)) {
            this.fail("unquoted attribute value.");
            this.state = S_ATTRIB_VALUE_UNQUOTED;
            this.unget();
        }
    }
    sAttribValueQuoted() {
        // We deliberately do not use captureTo here. The specialized code we use
        // here is faster than using captureTo.
        const { q, chunk } = this;
        let { i: start } = this;
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case q:
                    this.pushAttrib(this.name, this.text + chunk.slice(start, this.prevI));
                    this.name = this.text = "";
                    this.q = null;
                    this.state = S_ATTRIB_VALUE_CLOSED;
                    return;
                case AMP:
                    this.text += chunk.slice(start, this.prevI);
                    this.state = S_ENTITY;
                    this.entityReturnState = S_ATTRIB_VALUE_QUOTED;
                    return;
                case NL:
                case NL_LIKE:
                case TAB:
                    this.text += `${chunk.slice(start, this.prevI)} `;
                    start = this.i;
                    break;
                case LESS:
                    this.text += chunk.slice(start, this.prevI);
                    this.fail("disallowed character.");
                    return;
                case EOC:
                    this.text += chunk.slice(start);
                    return;
                default:
            }
        }
    }
    sAttribValueClosed() {
        const c = this.getCodeNorm();
        if (isS(c)) {
            this.state = S_ATTRIB;
        }
        else if (c === GREATER) {
            this.openTag();
        }
        else if (c === FORWARD_SLASH) {
            this.state = S_OPEN_TAG_SLASH;
        }
        else if (isNameStartChar(c)) {
            this.fail("no whitespace between attributes.");
            this.unget();
            this.state = S_ATTRIB_NAME;
        }
        else {
            this.fail("disallowed character in attribute name.");
        }
    }
    sAttribValueUnquoted() {
        // We don't do anything regarding EOL or space handling for unquoted
        // attributes. We already have failed by the time we get here, and the
        // contract that saxes upholds states that upon failure, it is not safe to
        // rely on the data passed to event handlers (other than
        // ``onerror``). Passing "bad" data is not a problem.
        const c = this.captureTo(ATTRIB_VALUE_UNQUOTED_TERMINATOR);
        switch (c) {
            case AMP:
                this.state = S_ENTITY;
                this.entityReturnState = S_ATTRIB_VALUE_UNQUOTED;
                break;
            case LESS:
                this.fail("disallowed character.");
                break;
            case EOC:
                break;
            default:
                if (this.text.includes("]]>")) {
                    this.fail("the string \"]]>\" is disallowed in char data.");
                }
                this.pushAttrib(this.name, this.text);
                this.name = this.text = "";
                if (c === GREATER) {
                    this.openTag();
                }
                else {
                    this.state = S_ATTRIB;
                }
        }
    }
    sCloseTag() {
        const c = this.captureNameChars();
        if (c === GREATER) {
            this.closeTag();
        }
        else if (isS(c)) {
            this.state = S_CLOSE_TAG_SAW_WHITE;
        }
        else if (c !== EOC) {
            this.fail("disallowed character in closing tag.");
        }
    }
    sCloseTagSawWhite() {
        switch (this.skipSpaces()) {
            case GREATER:
                this.closeTag();
                break;
            case EOC:
                break;
            default:
                this.fail("disallowed character in closing tag.");
        }
    }
    // END OF STATE ENGINE METHODS
    handleTextInRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for performing the ]]> check. A previous version of this code, checked
        // ``this.text`` for the presence of ]]>. It simplified the code but was
        // very costly when character data contained a lot of entities to be parsed.
        //
        // Since we are using a specialized loop, we also keep track of the presence
        // of ]]> in text data. The sequence ]]> is forbidden to appear as-is.
        //
        let { i: start, forbiddenState } = this;
        const { chunk, textHandler: handler } = this;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        scanLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            switch (this.getCode()) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    forbiddenState = FORBIDDEN_START;
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                case CLOSE_BRACKET:
                    switch (forbiddenState) {
                        case FORBIDDEN_START:
                            forbiddenState = FORBIDDEN_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET:
                            forbiddenState = FORBIDDEN_BRACKET_BRACKET;
                            break;
                        case FORBIDDEN_BRACKET_BRACKET:
                            break;
                        default:
                            throw new Error("impossible state");
                    }
                    break;
                case GREATER:
                    if (forbiddenState === FORBIDDEN_BRACKET_BRACKET) {
                        this.fail("the string \"]]>\" is disallowed in char data.");
                    }
                    forbiddenState = FORBIDDEN_START;
                    break;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    forbiddenState = FORBIDDEN_START;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break scanLoop;
                default:
                    forbiddenState = FORBIDDEN_START;
            }
        }
        this.forbiddenState = forbiddenState;
    }
    handleTextOutsideRoot() {
        // This is essentially a specialized version of captureTo which is optimized
        // for a specialized task. We keep track of the presence of non-space
        // characters in the text since these are errors when appearing outside the
        // document root element.
        let { i: start } = this;
        const { chunk, textHandler: handler } = this;
        let nonSpace = false;
        // eslint-disable-next-line no-labels, no-restricted-syntax
        outRootLoop: 
        // eslint-disable-next-line no-constant-condition
        while (true) {
            const code = this.getCode();
            switch (code) {
                case LESS: {
                    this.state = S_OPEN_WAKA;
                    if (handler !== undefined) {
                        const { text } = this;
                        const slice = chunk.slice(start, this.prevI);
                        if (text.length !== 0) {
                            handler(text + slice);
                            this.text = "";
                        }
                        else if (slice.length !== 0) {
                            handler(slice);
                        }
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                }
                case AMP:
                    this.state = S_ENTITY;
                    this.entityReturnState = S_TEXT;
                    if (handler !== undefined) {
                        this.text += chunk.slice(start, this.prevI);
                    }
                    nonSpace = true;
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                case NL_LIKE:
                    if (handler !== undefined) {
                        this.text += `${chunk.slice(start, this.prevI)}\n`;
                    }
                    start = this.i;
                    break;
                case EOC:
                    if (handler !== undefined) {
                        this.text += chunk.slice(start);
                    }
                    // eslint-disable-next-line no-labels
                    break outRootLoop;
                default:
                    if (!isS(code)) {
                        nonSpace = true;
                    }
            }
        }
        if (!nonSpace) {
            return;
        }
        // We use the reportedTextBeforeRoot and reportedTextAfterRoot flags
        // to avoid reporting errors for every single character that is out of
        // place.
        if (!this.sawRoot && !this.reportedTextBeforeRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextBeforeRoot = true;
        }
        if (this.closedRoot && !this.reportedTextAfterRoot) {
            this.fail("text data outside of root node.");
            this.reportedTextAfterRoot = true;
        }
    }
    pushAttribNS(name, value) {
        var _a;
        const { prefix, local } = this.qname(name);
        const attr = { name, prefix, local, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
        if (prefix === "xmlns") {
            const trimmed = value.trim();
            if (this.currentXMLVersion === "1.0" && trimmed === "") {
                this.fail("invalid attempt to undefine prefix in XML 1.0");
            }
            this.topNS[local] = trimmed;
            nsPairCheck(this, local, trimmed);
        }
        else if (name === "xmlns") {
            const trimmed = value.trim();
            this.topNS[""] = trimmed;
            nsPairCheck(this, "", trimmed);
        }
    }
    pushAttribPlain(name, value) {
        var _a;
        const attr = { name, value };
        this.attribList.push(attr);
        (_a = this.attributeHandler) === null || _a === void 0 ? void 0 : _a.call(this, attr);
    }
    /**
     * End parsing. This performs final well-formedness checks and resets the
     * parser to a clean state.
     *
     * @returns this
     */
    end() {
        var _a, _b;
        if (!this.sawRoot) {
            this.fail("document must contain a root element.");
        }
        const { tags } = this;
        while (tags.length > 0) {
            const tag = tags.pop();
            this.fail(`unclosed tag: ${tag.name}`);
        }
        if ((this.state !== S_BEGIN) && (this.state !== S_TEXT)) {
            this.fail("unexpected end.");
        }
        const { text } = this;
        if (text.length !== 0) {
            (_a = this.textHandler) === null || _a === void 0 ? void 0 : _a.call(this, text);
            this.text = "";
        }
        this._closed = true;
        (_b = this.endHandler) === null || _b === void 0 ? void 0 : _b.call(this);
        this._init();
        return this;
    }
    /**
     * Resolve a namespace prefix.
     *
     * @param prefix The prefix to resolve.
     *
     * @returns The namespace URI or ``undefined`` if the prefix is not defined.
     */
    resolve(prefix) {
        var _a, _b;
        let uri = this.topNS[prefix];
        if (uri !== undefined) {
            return uri;
        }
        const { tags } = this;
        for (let index = tags.length - 1; index >= 0; index--) {
            uri = tags[index].ns[prefix];
            if (uri !== undefined) {
                return uri;
            }
        }
        uri = this.ns[prefix];
        if (uri !== undefined) {
            return uri;
        }
        return (_b = (_a = this.opt).resolvePrefix) === null || _b === void 0 ? void 0 : _b.call(_a, prefix);
    }
    /**
     * Parse a qname into its prefix and local name parts.
     *
     * @param name The name to parse
     *
     * @returns
     */
    qname(name) {
        // This is faster than using name.split(":").
        const colon = name.indexOf(":");
        if (colon === -1) {
            return { prefix: "", local: name };
        }
        const local = name.slice(colon + 1);
        const prefix = name.slice(0, colon);
        if (prefix === "" || local === "" || local.includes(":")) {
            this.fail(`malformed name: ${name}.`);
        }
        return { prefix, local };
    }
    processAttribsNS() {
        var _a;
        const { attribList } = this;
        const tag = this.tag;
        {
            // add namespace info to tag
            const { prefix, local } = this.qname(tag.name);
            tag.prefix = prefix;
            tag.local = local;
            const uri = tag.uri = (_a = this.resolve(prefix)) !== null && _a !== void 0 ? _a : "";
            if (prefix !== "") {
                if (prefix === "xmlns") {
                    this.fail("tags may not have \"xmlns\" as prefix.");
                }
                if (uri === "") {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    tag.uri = prefix;
                }
            }
        }
        if (attribList.length === 0) {
            return;
        }
        const { attributes } = tag;
        const seen = new Set();
        // Note: do not apply default ns to attributes:
        //   http://www.w3.org/TR/REC-xml-names/#defaulting
        for (const attr of attribList) {
            const { name, prefix, local } = attr;
            let uri;
            let eqname;
            if (prefix === "") {
                uri = name === "xmlns" ? XMLNS_NAMESPACE : "";
                eqname = name;
            }
            else {
                uri = this.resolve(prefix);
                // if there's any attributes with an undefined namespace,
                // then fail on them now.
                if (uri === undefined) {
                    this.fail(`unbound namespace prefix: ${JSON.stringify(prefix)}.`);
                    uri = prefix;
                }
                eqname = `{${uri}}${local}`;
            }
            if (seen.has(eqname)) {
                this.fail(`duplicate attribute: ${eqname}.`);
            }
            seen.add(eqname);
            attr.uri = uri;
            attributes[name] = attr;
        }
        this.attribList = [];
    }
    processAttribsPlain() {
        const { attribList } = this;
        // eslint-disable-next-line prefer-destructuring
        const attributes = this.tag.attributes;
        for (const { name, value } of attribList) {
            if (attributes[name] !== undefined) {
                this.fail(`duplicate attribute: ${name}.`);
            }
            attributes[name] = value;
        }
        this.attribList = [];
    }
    /**
     * Handle a complete open tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onopentag``.
     */
    openTag() {
        var _a;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = false;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        tags.push(tag);
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete self-closing tag. This parser code calls this once it has
     * seen the whole tag. This method checks for well-formeness and then emits
     * ``onopentag`` and ``onclosetag``.
     */
    openSelfClosingTag() {
        var _a, _b, _c;
        this.processAttribs();
        const { tags } = this;
        const tag = this.tag;
        tag.isSelfClosing = true;
        // There cannot be any pending text here due to the onopentagstart that was
        // necessarily emitted before we get here. So we do not check text.
        (_a = this.openTagHandler) === null || _a === void 0 ? void 0 : _a.call(this, tag);
        (_b = this.closeTagHandler) === null || _b === void 0 ? void 0 : _b.call(this, tag);
        const top = this.tag = (_c = tags[tags.length - 1]) !== null && _c !== void 0 ? _c : null;
        if (top === null) {
            this.closedRoot = true;
        }
        this.state = S_TEXT;
        this.name = "";
    }
    /**
     * Handle a complete close tag. This parser code calls this once it has seen
     * the whole tag. This method checks for well-formeness and then emits
     * ``onclosetag``.
     */
    closeTag() {
        const { tags, name } = this;
        // Our state after this will be S_TEXT, no matter what, and we can clear
        // tagName now.
        this.state = S_TEXT;
        this.name = "";
        if (name === "") {
            this.fail("weird empty close tag.");
            this.text += "</>";
            return;
        }
        const handler = this.closeTagHandler;
        let l = tags.length;
        while (l-- > 0) {
            const tag = this.tag = tags.pop();
            this.topNS = tag.ns;
            handler === null || handler === void 0 ? void 0 : handler(tag);
            if (tag.name === name) {
                break;
            }
            this.fail("unexpected close tag.");
        }
        if (l === 0) {
            this.closedRoot = true;
        }
        else if (l < 0) {
            this.fail(`unmatched closing tag: ${name}.`);
            this.text += `</${name}>`;
        }
    }
    /**
     * Resolves an entity. Makes any necessary well-formedness checks.
     *
     * @param entity The entity to resolve.
     *
     * @returns The parsed entity.
     */
    parseEntity(entity) {
        // startsWith would be significantly slower for this test.
        if (entity[0] !== "#") {
            const defined = this.ENTITIES[entity];
            if (defined !== undefined) {
                return defined;
            }
            this.fail(this.isName(entity) ? "undefined entity." :
                "disallowed character in entity name.");
            return `&${entity};`;
        }
        let num = NaN;
        if (entity[1] === "x" && /^#x[0-9a-f]+$/i.test(entity)) {
            num = parseInt(entity.slice(2), 16);
        }
        else if (/^#[0-9]+$/.test(entity)) {
            num = parseInt(entity.slice(1), 10);
        }
        // The character reference is required to match the CHAR production.
        if (!this.isChar(num)) {
            this.fail("malformed character entity.");
            return `&${entity};`;
        }
        return String.fromCodePoint(num);
    }
}
exports.wT = SaxesParser;
//# sourceMappingURL=saxes.js.map

/***/ }),

/***/ 6950:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 5th edition of XML 1.0.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\t\n\r -\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= SPACE && c <= 0xD7FF) ||
        c === NL || c === CR || c === TAB ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed5.js.map

/***/ }),

/***/ 4488:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character classes and associated utilities for the 2nd edition of XML 1.1.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
exports.CHAR = "\u0001-\uD7FF\uE000-\uFFFD\uD800\uDC00-\uDBFF\uDFFF";
exports.RESTRICTED_CHAR = "\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F";
exports.S = " \t\r\n";
// tslint:disable-next-line:max-line-length
exports.NAME_START_CHAR = ":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NAME_CHAR = "-" + exports.NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.CHAR_RE = new RegExp("^[" + exports.CHAR + "]$", "u");
exports.RESTRICTED_CHAR_RE = new RegExp("^[" + exports.RESTRICTED_CHAR + "]$", "u");
exports.S_RE = new RegExp("^[" + exports.S + "]+$", "u");
exports.NAME_START_CHAR_RE = new RegExp("^[" + exports.NAME_START_CHAR + "]$", "u");
exports.NAME_CHAR_RE = new RegExp("^[" + exports.NAME_CHAR + "]$", "u");
exports.NAME_RE = new RegExp("^[" + exports.NAME_START_CHAR + "][" + exports.NAME_CHAR + "]*$", "u");
exports.NMTOKEN_RE = new RegExp("^[" + exports.NAME_CHAR + "]+$", "u");
var TAB = 9;
var NL = 0xA;
var CR = 0xD;
var SPACE = 0x20;
//
// Lists.
//
/** All characters in the ``S`` production. */
exports.S_LIST = [SPACE, NL, CR, TAB];
/**
 * Determines whether a codepoint matches the ``CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR``.
 */
function isChar(c) {
    return (c >= 0x0001 && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isChar = isChar;
/**
 * Determines whether a codepoint matches the ``RESTRICTED_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``RESTRICTED_CHAR``.
 */
function isRestrictedChar(c) {
    return (c >= 0x1 && c <= 0x8) ||
        c === 0xB ||
        c === 0xC ||
        (c >= 0xE && c <= 0x1F) ||
        (c >= 0x7F && c <= 0x84) ||
        (c >= 0x86 && c <= 0x9F);
}
exports.isRestrictedChar = isRestrictedChar;
/**
 * Determines whether a codepoint matches the ``CHAR`` production and does not
 * match the ``RESTRICTED_CHAR`` production. ``isCharAndNotRestricted(x)`` is
 * equivalent to ``isChar(x) && !isRestrictedChar(x)``. This function is faster
 * than running the two-call equivalent.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``CHAR`` and does not match
 * ``RESTRICTED_CHAR``.
 */
function isCharAndNotRestricted(c) {
    return (c === 0x9) ||
        (c === 0xA) ||
        (c === 0xD) ||
        (c > 0x1F && c < 0x7F) ||
        (c === 0x85) ||
        (c > 0x9F && c <= 0xD7FF) ||
        (c >= 0xE000 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0x10FFFF);
}
exports.isCharAndNotRestricted = isCharAndNotRestricted;
/**
 * Determines whether a codepoint matches the ``S`` (space) production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``S``.
 */
function isS(c) {
    return c === SPACE || c === NL || c === CR || c === TAB;
}
exports.isS = isS;
/**
 * Determines whether a codepoint matches the ``NAME_START_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_START_CHAR``.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        (c >= 0x61 && c <= 0x7A) ||
        c === 0x3A ||
        c === 0x5F ||
        c === 0x200C ||
        c === 0x200D ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNameStartChar = isNameStartChar;
/**
 * Determines whether a codepoint matches the ``NAME_CHAR`` production.
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches ``NAME_CHAR``.
 */
function isNameChar(c) {
    return isNameStartChar(c) ||
        (c >= 0x30 && c <= 0x39) ||
        c === 0x2D ||
        c === 0x2E ||
        c === 0xB7 ||
        (c >= 0x0300 && c <= 0x036F) ||
        (c >= 0x203F && c <= 0x2040);
}
exports.isNameChar = isNameChar;
//# sourceMappingURL=ed2.js.map

/***/ }),

/***/ 5699:
/***/ ((__unused_webpack_module, exports) => {


/**
 * Character class utilities for XML NS 1.0 edition 3.
 *
 * @author Louis-Dominique Dubeau
 * @license MIT
 * @copyright Louis-Dominique Dubeau
 */
Object.defineProperty(exports, "__esModule", ({ value: true }));
//
// Fragments.
//
// tslint:disable-next-line:max-line-length
exports.NC_NAME_START_CHAR = "A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\uD800\uDC00-\uDB7F\uDFFF";
exports.NC_NAME_CHAR = "-" + exports.NC_NAME_START_CHAR + ".0-9\u00B7\u0300-\u036F\u203F-\u2040";
//
// Regular expressions.
//
exports.NC_NAME_START_CHAR_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "]$", "u");
exports.NC_NAME_CHAR_RE = new RegExp("^[" + exports.NC_NAME_CHAR + "]$", "u");
exports.NC_NAME_RE = new RegExp("^[" + exports.NC_NAME_START_CHAR + "][" + exports.NC_NAME_CHAR + "]*$", "u");
/**
 * Determines whether a codepoint matches [[NC_NAME_START_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
// tslint:disable-next-line:cyclomatic-complexity
function isNCNameStartChar(c) {
    return ((c >= 0x41 && c <= 0x5A) ||
        c === 0x5F ||
        (c >= 0x61 && c <= 0x7A) ||
        (c >= 0xC0 && c <= 0xD6) ||
        (c >= 0xD8 && c <= 0xF6) ||
        (c >= 0x00F8 && c <= 0x02FF) ||
        (c >= 0x0370 && c <= 0x037D) ||
        (c >= 0x037F && c <= 0x1FFF) ||
        (c >= 0x200C && c <= 0x200D) ||
        (c >= 0x2070 && c <= 0x218F) ||
        (c >= 0x2C00 && c <= 0x2FEF) ||
        (c >= 0x3001 && c <= 0xD7FF) ||
        (c >= 0xF900 && c <= 0xFDCF) ||
        (c >= 0xFDF0 && c <= 0xFFFD) ||
        (c >= 0x10000 && c <= 0xEFFFF));
}
exports.isNCNameStartChar = isNCNameStartChar;
/**
 * Determines whether a codepoint matches [[NC_NAME_CHAR]].
 *
 * @param c The code point.
 *
 * @returns ``true`` if the codepoint matches.
 */
function isNCNameChar(c) {
    return isNCNameStartChar(c) ||
        (c === 0x2D ||
            c === 0x2E ||
            (c >= 0x30 && c <= 0x39) ||
            c === 0x00B7 ||
            (c >= 0x0300 && c <= 0x036F) ||
            (c >= 0x203F && c <= 0x2040));
}
exports.isNCNameChar = isNCNameChar;
//# sourceMappingURL=ed3.js.map

/***/ }),

/***/ 5581:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _shim_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2710);
/* harmony import */ var _extract_parallel_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1554);
/* harmony import */ var _cli_main_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1581);
// The `group-matrix` command (dist/cli/index.js; the setup action puts it on PATH). src/cli/main.ts
// holds the commands; this entry only starts them, or serves as a worker thread of the reader.



if ((0,_extract_parallel_js__WEBPACK_IMPORTED_MODULE_1__/* .isExtractionWorker */ .EQ)())
    await (0,_extract_parallel_js__WEBPACK_IMPORTED_MODULE_1__/* .serveExtraction */ .L7)();
else
    process.exitCode = await (0,_cli_main_js__WEBPACK_IMPORTED_MODULE_2__/* .main */ .i)(process.argv.slice(2));

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1581:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts
// The one version of group-matrix (the action, the CLI and the pytest plugin): package.json's,
// bundled into the CLI. scripts/version.mjs sets it everywhere it is written and checks they agree.

const VERSION = package_namespaceObject.rE;

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
;// CONCATENATED MODULE: ./src/constants.ts
/** Input and output names, in one place (action.yml is checked against these in tests). */
const Inputs = {
    Paths: 'paths',
    WorkingDirectory: 'working-directory',
    Marker: 'marker',
    Scope: 'scope',
    Ungrouped: 'ungrouped',
    Runners: 'runners',
    IfNoTests: 'if-no-tests',
    MaxJobs: 'max-jobs',
    PlanFile: 'plan-file',
    JsRunner: 'js-runner',
    JsTagPrefix: 'js-tag-prefix',
    JsGroupTags: 'js-group-tags',
    Timings: 'timings',
    Jobs: 'jobs',
    TargetMinutes: 'target-minutes',
    JobOverheadSeconds: 'job-overhead-seconds',
};
/** Default `job-overhead-seconds`: checkout, setup and install before the first test. */
const DEFAULT_JOB_OVERHEAD_SECONDS = 60;
const Outputs = {
    Groups: 'groups',
    Count: 'count',
    PlanFile: 'plan-file',
};
/** GitHub's matrix limit: "Strategy expansion exceeded 256 results". */
const MATRIX_LIMIT = 256;
/**
 * GitHub allows 1 MB of outputs per job, estimated as UTF-16 (about 500K characters);
 * leave room for the other outputs and for the workflow's own.
 */
const GROUPS_OUTPUT_BUDGET = 400_000;
/** GitHub shows at most 10 annotations of each type per step and drops the rest silently. */
const constants_ANNOTATIONS_PER_TYPE = 10;
/** The step summary upload is aborted over 1 MiB; keep a margin for the truncation note. */
const SUMMARY_BUDGET = 1_000_000;

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/inputs.ts



/** A bad input: the message names the input, the value and what is allowed. */
class InputError extends Error {
    name = 'InputError';
}
const SCOPES = ['file', 'global'];
const UNGROUPED = ['job', 'error', 'skip', 'balance'];
const IF_NO_TESTS = ['success', 'error'];
const JS_RUNNER = ['auto', 'jest', 'vitest', 'playwright'];
/** Reads every input through `get` (which returns '' for an unset input) and validates it. */
function readSettings(get, env) {
    const wdInput = get(Inputs.WorkingDirectory).trim();
    const workingDirectory = external_node_path_default().resolve(env.workspace, wdInput || '.');
    const planInput = get(Inputs.PlanFile).trim();
    return {
        workingDirectory,
        paths: splitList(get(Inputs.Paths)),
        marker: parseMarker(get(Inputs.Marker).trim() || 'group'),
        scope: oneOf(Inputs.Scope, get(Inputs.Scope).trim() || 'file', SCOPES),
        ungrouped: oneOf(Inputs.Ungrouped, get(Inputs.Ungrouped).trim() || 'job', UNGROUPED),
        runners: parseRunners(get(Inputs.Runners)),
        ifNoTests: oneOf(Inputs.IfNoTests, get(Inputs.IfNoTests).trim() || 'success', IF_NO_TESTS),
        maxJobs: parseMaxJobs(get(Inputs.MaxJobs).trim()),
        planFile: planInput
            ? external_node_path_default().resolve(workingDirectory, planInput)
            : external_node_path_default().join(env.tempDir, 'group-matrix-plan.json'),
        jsRunner: oneOf(Inputs.JsRunner, get(Inputs.JsRunner).trim() || 'auto', JS_RUNNER),
        jsTagPrefix: parseTagPrefix(get(Inputs.JsTagPrefix).trim() || '@group:'),
        jsGroupTags: splitList(get(Inputs.JsGroupTags)),
        timings: splitList(get(Inputs.Timings)),
        jobs: parseJobs(get(Inputs.Jobs).trim()),
        targetMinutes: parseTargetMinutes(get(Inputs.TargetMinutes).trim()),
        jobOverheadSeconds: parseOverhead(get(Inputs.JobOverheadSeconds).trim()),
    };
}
function parseJobs(value) {
    if (value === '')
        return null;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MATRIX_LIMIT) {
        throw new InputError(`Invalid jobs '${value}'. Expected a whole number from 1 to ${MATRIX_LIMIT} (GitHub runs at most ${MATRIX_LIMIT} jobs per matrix), or nothing.`);
    }
    return n;
}
const DECIMAL = /^\d+(\.\d+)?$/;
function parseTargetMinutes(value) {
    if (value === '')
        return null;
    const n = DECIMAL.test(value) ? Number(value) : NaN;
    if (!(n > 0)) {
        throw new InputError(`Invalid target-minutes '${value}'. Expected minutes above 0 (for example 15), or nothing.`);
    }
    return n;
}
function parseOverhead(value) {
    if (value === '')
        return DEFAULT_JOB_OVERHEAD_SECONDS;
    if (!DECIMAL.test(value)) {
        throw new InputError(`Invalid job-overhead-seconds '${value}'. Expected seconds, 0 or more (for example 60).`);
    }
    return Number(value);
}
function parseTagPrefix(value) {
    if (/\s/.test(value) || value === '@') {
        throw new InputError(`Invalid js-tag-prefix '${value}'. Expected a tag prefix without spaces such as '@group:' (a tag '@group:2' then names group 2).`);
    }
    return value;
}
/** Newline- or space-separated; `#` starts a comment line, as in YAML block lists people paste. */
function splitList(value) {
    return value
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('#'))
        .flatMap((line) => line.split(/\s+/));
}
function oneOf(input, value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new InputError(`Invalid ${input} '${value}'. Expected one of: ${allowed.map((a) => `'${a}'`).join(', ')}.`);
}
const MARKER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function parseMarker(raw) {
    const star = raw.indexOf('*');
    if (star === -1) {
        if (!MARKER_NAME.test(raw))
            throw badMarker(raw);
        return { raw, prefix: raw, suffix: '', isPattern: false };
    }
    const prefix = raw.slice(0, star);
    const suffix = raw.slice(star + 1);
    const valid = !suffix.includes('*') &&
        (prefix === '' || MARKER_NAME.test(prefix)) &&
        (suffix === '' || /^[A-Za-z0-9_]+$/.test(suffix)) &&
        prefix + suffix !== '';
    if (!valid)
        throw badMarker(raw);
    return { raw, prefix, suffix, isPattern: true };
}
function badMarker(raw) {
    return new InputError(`Invalid marker '${raw}'. Expected a Python identifier such as 'group', or a pattern with one '*' such as 'group_*' (the '*' part of the mark's name is the group).`);
}
function parseMaxJobs(value) {
    if (value === '')
        return MATRIX_LIMIT;
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MATRIX_LIMIT) {
        throw new InputError(`Invalid max-jobs '${value}'. Expected a whole number from 1 to ${MATRIX_LIMIT} (GitHub runs at most ${MATRIX_LIMIT} jobs per matrix).`);
    }
    return n;
}
function parseRunners(value) {
    if (!value.trim())
        return null;
    let doc;
    try {
        doc = (0,dist/* parse */.qg)(value);
    }
    catch (err) {
        throw new InputError(`Invalid runners: not valid YAML (${firstLine(err)}). Expected a mapping such as 'db: ubuntu-latest-8-cores'.`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
        throw new InputError(`Invalid runners '${value.trim()}'. Expected a YAML mapping of group ids (or glob patterns of ids) to runs-on labels, for example:\n  db: ubuntu-latest-8-cores\n  "gpu-*": [self-hosted, gpu]\n  default: ubuntu-latest`);
    }
    const rules = [];
    let fallback;
    for (const [key, raw] of Object.entries(doc)) {
        const runsOn = asRunsOn(key, raw);
        if (key === 'default')
            fallback = runsOn;
        else
            rules.push({ pattern: key, runsOn });
    }
    return { rules, fallback };
}
function asRunsOn(key, raw) {
    if (typeof raw === 'string' && raw.trim())
        return raw.trim();
    if (Array.isArray(raw) && raw.length > 0 && raw.every((l) => typeof l === 'string' && l.trim())) {
        return raw.map((l) => l.trim());
    }
    throw new InputError(`Invalid runners entry '${key}': ${JSON.stringify(raw)}. Expected a runner label or a list of labels.`);
}
function firstLine(err) {
    return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(4006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
var external_fs_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_fs_, 2);
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: external "url"
var external_url_ = __nccwpck_require__(7016);
;// CONCATENATED MODULE: external "module"
const external_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");
;// CONCATENATED MODULE: ./node_modules/fdir/dist/index.mjs




//#region rolldown:runtime
var __require = /* @__PURE__ */ (0,external_module_namespaceObject.createRequire)(import.meta.url);

//#endregion
//#region src/utils.ts
function cleanPath(path) {
	let normalized = (0,external_path_.normalize)(path);
	if (normalized.length > 1 && normalized[normalized.length - 1] === external_path_.sep) normalized = normalized.substring(0, normalized.length - 1);
	return normalized;
}
const SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
	return path.replace(SLASHES_REGEX, separator);
}
const WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
	return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
	const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
	const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
	if (resolvePaths) path = (0,external_path_.resolve)(path);
	if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
	if (path === ".") return "";
	const needsSeperator = path[path.length - 1] !== pathSeparator;
	return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}

//#endregion
//#region src/api/functions/join-path.ts
function joinPathWithBasePath(filename, directoryPath) {
	return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
	return function(filename, directoryPath) {
		const sameRoot = directoryPath.startsWith(root);
		if (sameRoot) return directoryPath.slice(root.length) + filename;
		else return convertSlashes((0,external_path_.relative)(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
	};
}
function joinPath(filename) {
	return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
	return directoryPath + filename + separator;
}
function build$7(root, options) {
	const { relativePaths, includeBasePath } = options;
	return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}

//#endregion
//#region src/api/functions/push-directory.ts
function pushDirectoryWithRelativePath(root) {
	return function(directoryPath, paths) {
		paths.push(directoryPath.substring(root.length) || ".");
	};
}
function pushDirectoryFilterWithRelativePath(root) {
	return function(directoryPath, paths, filters) {
		const relativePath = directoryPath.substring(root.length) || ".";
		if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
	};
}
const pushDirectory = (directoryPath, paths) => {
	paths.push(directoryPath || ".");
};
const pushDirectoryFilter = (directoryPath, paths, filters) => {
	const path = directoryPath || ".";
	if (filters.every((filter) => filter(path, true))) paths.push(path);
};
const empty$2 = () => {};
function build$6(root, options) {
	const { includeDirs, filters, relativePaths } = options;
	if (!includeDirs) return empty$2;
	if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
	return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}

//#endregion
//#region src/api/functions/push-file.ts
const pushFileFilterAndCount = (filename, _paths, counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) counts.files++;
};
const pushFileFilter = (filename, paths, _counts, filters) => {
	if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
const pushFileCount = (_filename, _paths, counts, _filters) => {
	counts.files++;
};
const pushFile = (filename, paths) => {
	paths.push(filename);
};
const empty$1 = () => {};
function build$5(options) {
	const { excludeFiles, filters, onlyCounts } = options;
	if (excludeFiles) return empty$1;
	if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
	else if (onlyCounts) return pushFileCount;
	else return pushFile;
}

//#endregion
//#region src/api/functions/get-array.ts
const getArray = (paths) => {
	return paths;
};
const getArrayGroup = () => {
	return [""].slice(0, 0);
};
function build$4(options) {
	return options.group ? getArrayGroup : getArray;
}

//#endregion
//#region src/api/functions/group-files.ts
const groupFiles = (groups, directory, files) => {
	groups.push({
		directory,
		files,
		dir: directory
	});
};
const empty = () => {};
function build$3(options) {
	return options.group ? groupFiles : empty;
}

//#endregion
//#region src/api/functions/resolve-symlink.ts
const resolveSymlinksAsync = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	fs.realpath(path, (error, resolvedPath) => {
		if (error) return queue.dequeue(suppressErrors ? null : error, state);
		fs.stat(resolvedPath, (error$1, stat) => {
			if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
			if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
			callback$1(stat, resolvedPath);
			queue.dequeue(null, state);
		});
	});
};
const resolveSymlinks = function(path, state, callback$1) {
	const { queue, fs, options: { suppressErrors } } = state;
	queue.enqueue();
	try {
		const resolvedPath = fs.realpathSync(path);
		const stat = fs.statSync(resolvedPath);
		if (stat.isDirectory() && isRecursive(path, resolvedPath, state)) return;
		callback$1(stat, resolvedPath);
	} catch (e) {
		if (!suppressErrors) throw e;
	}
};
function build$2(options, isSynchronous) {
	if (!options.resolveSymlinks || options.excludeSymlinks) return null;
	return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
	if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
	let parent = (0,external_path_.dirname)(path);
	let depth = 1;
	while (parent !== state.root && depth < 2) {
		const resolvedPath = state.symlinks.get(parent);
		const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
		if (isSameRoot) depth++;
		else parent = (0,external_path_.dirname)(parent);
	}
	state.symlinks.set(path, resolved);
	return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
	return state.visited.includes(resolved + state.options.pathSeparator);
}

//#endregion
//#region src/api/functions/invoke-callback.ts
const onlyCountsSync = (state) => {
	return state.counts;
};
const groupsSync = (state) => {
	return state.groups;
};
const defaultSync = (state) => {
	return state.paths;
};
const limitFilesSync = (state) => {
	return state.paths.slice(0, state.options.maxFiles);
};
const onlyCountsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.counts, state.options.suppressErrors);
	return null;
};
const defaultAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths, state.options.suppressErrors);
	return null;
};
const limitFilesAsync = (state, error, callback$1) => {
	report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
	return null;
};
const groupsAsync = (state, error, callback$1) => {
	report(error, callback$1, state.groups, state.options.suppressErrors);
	return null;
};
function report(error, callback$1, output, suppressErrors) {
	if (error && !suppressErrors) callback$1(error, output);
	else callback$1(null, output);
}
function build$1(options, isSynchronous) {
	const { onlyCounts, group, maxFiles } = options;
	if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
	else if (group) return isSynchronous ? groupsSync : groupsAsync;
	else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
	else return isSynchronous ? defaultSync : defaultAsync;
}

//#endregion
//#region src/api/functions/walk-directory.ts
const readdirOpts = { withFileTypes: true };
const walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	state.queue.enqueue();
	if (currentDepth < 0) return state.queue.dequeue(null, state);
	const { fs } = state;
	state.visited.push(crawlPath);
	state.counts.directories++;
	fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
		callback$1(entries, directoryPath, currentDepth);
		state.queue.dequeue(state.options.suppressErrors ? null : error, state);
	});
};
const walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
	const { fs } = state;
	if (currentDepth < 0) return;
	state.visited.push(crawlPath);
	state.counts.directories++;
	let entries = [];
	try {
		entries = fs.readdirSync(crawlPath || ".", readdirOpts);
	} catch (e) {
		if (!state.options.suppressErrors) throw e;
	}
	callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
	return isSynchronous ? walkSync : walkAsync;
}

//#endregion
//#region src/api/queue.ts
/**
* This is a custom stateless queue to track concurrent async fs calls.
* It increments a counter whenever a call is queued and decrements it
* as soon as it completes. When the counter hits 0, it calls onQueueEmpty.
*/
var Queue = class {
	count = 0;
	constructor(onQueueEmpty) {
		this.onQueueEmpty = onQueueEmpty;
	}
	enqueue() {
		this.count++;
		return this.count;
	}
	dequeue(error, output) {
		if (this.onQueueEmpty && (--this.count <= 0 || error)) {
			this.onQueueEmpty(error, output);
			if (error) {
				output.controller.abort();
				this.onQueueEmpty = void 0;
			}
		}
	}
};

//#endregion
//#region src/api/counter.ts
var Counter = class {
	_files = 0;
	_directories = 0;
	set files(num) {
		this._files = num;
	}
	get files() {
		return this._files;
	}
	set directories(num) {
		this._directories = num;
	}
	get directories() {
		return this._directories;
	}
	/**
	* @deprecated use `directories` instead
	*/
	/* c8 ignore next 3 */
	get dirs() {
		return this._directories;
	}
};

//#endregion
//#region src/api/aborter.ts
/**
* AbortController is not supported on Node 14 so we use this until we can drop
* support for Node 14.
*/
var Aborter = class {
	aborted = false;
	abort() {
		this.aborted = true;
	}
};

//#endregion
//#region src/api/walker.ts
var Walker = class {
	root;
	isSynchronous;
	state;
	joinPath;
	pushDirectory;
	pushFile;
	getArray;
	groupFiles;
	resolveSymlink;
	walkDirectory;
	callbackInvoker;
	constructor(root, options, callback$1) {
		this.isSynchronous = !callback$1;
		this.callbackInvoker = build$1(options, this.isSynchronous);
		this.root = normalizePath(root, options);
		this.state = {
			root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
			paths: [""].slice(0, 0),
			groups: [],
			counts: new Counter(),
			options,
			queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
			symlinks: /* @__PURE__ */ new Map(),
			visited: [""].slice(0, 0),
			controller: new Aborter(),
			fs: options.fs || external_fs_namespaceObject
		};
		this.joinPath = build$7(this.root, options);
		this.pushDirectory = build$6(this.root, options);
		this.pushFile = build$5(options);
		this.getArray = build$4(options);
		this.groupFiles = build$3(options);
		this.resolveSymlink = build$2(options, this.isSynchronous);
		this.walkDirectory = build(this.isSynchronous);
	}
	start() {
		this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
		this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
		return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
	}
	walk = (entries, directoryPath, depth) => {
		const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
		if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
		const files = this.getArray(this.state.paths);
		for (let i = 0; i < entries.length; ++i) {
			const entry = entries[i];
			if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
				const filename = this.joinPath(entry.name, directoryPath);
				this.pushFile(filename, files, this.state.counts, filters);
			} else if (entry.isDirectory()) {
				let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
				if (exclude && exclude(entry.name, path)) continue;
				this.pushDirectory(path, paths, filters);
				this.walkDirectory(this.state, path, path, depth - 1, this.walk);
			} else if (this.resolveSymlink && entry.isSymbolicLink()) {
				let path = joinPathWithBasePath(entry.name, directoryPath);
				this.resolveSymlink(path, this.state, (stat, resolvedPath) => {
					if (stat.isDirectory()) {
						resolvedPath = normalizePath(resolvedPath, this.state.options);
						if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
						this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
					} else {
						resolvedPath = useRealPaths ? resolvedPath : path;
						const filename = (0,external_path_.basename)(resolvedPath);
						const directoryPath$1 = normalizePath((0,external_path_.dirname)(resolvedPath), this.state.options);
						resolvedPath = this.joinPath(filename, directoryPath$1);
						this.pushFile(resolvedPath, files, this.state.counts, filters);
					}
				});
			}
		}
		this.groupFiles(this.state.groups, directoryPath, files);
	};
};

//#endregion
//#region src/api/async.ts
function promise(root, options) {
	return new Promise((resolve$1, reject) => {
		callback(root, options, (err, output) => {
			if (err) return reject(err);
			resolve$1(output);
		});
	});
}
function callback(root, options, callback$1) {
	let walker = new Walker(root, options, callback$1);
	walker.start();
}

//#endregion
//#region src/api/sync.ts
function sync(root, options) {
	const walker = new Walker(root, options);
	return walker.start();
}

//#endregion
//#region src/builder/api-builder.ts
var APIBuilder = class {
	constructor(root, options) {
		this.root = root;
		this.options = options;
	}
	withPromise() {
		return promise(this.root, this.options);
	}
	withCallback(cb) {
		callback(this.root, this.options, cb);
	}
	sync() {
		return sync(this.root, this.options);
	}
};

//#endregion
//#region src/builder/index.ts
let pm = null;
/* c8 ignore next 6 */
try {
	__require.resolve("picomatch");
	pm = __require("picomatch");
} catch {}
var Builder = class {
	globCache = {};
	options = {
		maxDepth: Infinity,
		suppressErrors: true,
		pathSeparator: external_path_.sep,
		filters: []
	};
	globFunction;
	constructor(options) {
		this.options = {
			...this.options,
			...options
		};
		this.globFunction = this.options.globFunction;
	}
	group() {
		this.options.group = true;
		return this;
	}
	withPathSeparator(separator) {
		this.options.pathSeparator = separator;
		return this;
	}
	withBasePath() {
		this.options.includeBasePath = true;
		return this;
	}
	withRelativePaths() {
		this.options.relativePaths = true;
		return this;
	}
	withDirs() {
		this.options.includeDirs = true;
		return this;
	}
	withMaxDepth(depth) {
		this.options.maxDepth = depth;
		return this;
	}
	withMaxFiles(limit) {
		this.options.maxFiles = limit;
		return this;
	}
	withFullPaths() {
		this.options.resolvePaths = true;
		this.options.includeBasePath = true;
		return this;
	}
	withErrors() {
		this.options.suppressErrors = false;
		return this;
	}
	withSymlinks({ resolvePaths = true } = {}) {
		this.options.resolveSymlinks = true;
		this.options.useRealPaths = resolvePaths;
		return this.withFullPaths();
	}
	withAbortSignal(signal) {
		this.options.signal = signal;
		return this;
	}
	normalize() {
		this.options.normalizePath = true;
		return this;
	}
	filter(predicate) {
		this.options.filters.push(predicate);
		return this;
	}
	onlyDirs() {
		this.options.excludeFiles = true;
		this.options.includeDirs = true;
		return this;
	}
	exclude(predicate) {
		this.options.exclude = predicate;
		return this;
	}
	onlyCounts() {
		this.options.onlyCounts = true;
		return this;
	}
	crawl(root) {
		return new APIBuilder(root || ".", this.options);
	}
	withGlobFunction(fn) {
		this.globFunction = fn;
		return this;
	}
	/**
	* @deprecated Pass options using the constructor instead:
	* ```ts
	* new fdir(options).crawl("/path/to/root");
	* ```
	* This method will be removed in v7.0
	*/
	/* c8 ignore next 4 */
	crawlWithOptions(root, options) {
		this.options = {
			...this.options,
			...options
		};
		return new APIBuilder(root || ".", this.options);
	}
	glob(...patterns) {
		if (this.globFunction) return this.globWithOptions(patterns);
		return this.globWithOptions(patterns, ...[{ dot: true }]);
	}
	globWithOptions(patterns, ...options) {
		const globFn = this.globFunction || pm;
		/* c8 ignore next 5 */
		if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
		var isMatch = this.globCache[patterns.join("\0")];
		if (!isMatch) {
			isMatch = globFn(patterns, ...options);
			this.globCache[patterns.join("\0")] = isMatch;
		}
		this.options.filters.push((path) => isMatch(path));
		return this;
	}
};

//#endregion

;// CONCATENATED MODULE: ./node_modules/tinyglobby/dist/index.mjs





//#region src/utils.ts
const isReadonlyArray = Array.isArray;
const BACKSLASHES = /\\/g;
const DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
const isWin = process.platform === "win32";
const ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
	const patternsCount = patterns.length;
	const patternsParts = Array(patternsCount);
	const matchers = Array(patternsCount);
	let i, j;
	for (i = 0; i < patternsCount; i++) {
		const parts = splitPattern(patterns[i]);
		patternsParts[i] = parts;
		const partsCount = parts.length;
		const partMatchers = Array(partsCount);
		for (j = 0; j < partsCount; j++) partMatchers[j] = picomatch(parts[j], options);
		matchers[i] = partMatchers;
	}
	return (input) => {
		const inputParts = input.split("/");
		if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
		for (i = 0; i < patternsCount; i++) {
			const patternParts = patternsParts[i];
			const matcher = matchers[i];
			const inputPatternCount = inputParts.length;
			const minParts = Math.min(inputPatternCount, patternParts.length);
			j = 0;
			while (j < minParts) {
				const part = patternParts[j];
				if (part.includes("/")) return true;
				if (!matcher[j](inputParts[j])) break;
				if (!options.noglobstar && part === "**") return true;
				j++;
			}
			if (j === inputPatternCount) return true;
		}
		return false;
	};
}
/* node:coverage ignore next 2 */
const WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
const isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
	if (cwd === root || root.startsWith(`${cwd}/`)) {
		if (absolute) {
			const start = cwd.length + +!isRoot(cwd);
			return (p, isDir) => p.slice(start, isDir ? -1 : void 0) || ".";
		}
		const prefix = root.slice(cwd.length + 1);
		if (prefix) return (p, isDir) => {
			if (p === ".") return prefix;
			const result = `${prefix}/${p}`;
			return isDir ? result.slice(0, -1) : result;
		};
		return (p, isDir) => isDir && p !== "." ? p.slice(0, -1) : p;
	}
	if (absolute) return (p) => external_path_.posix.relative(cwd, p) || ".";
	return (p) => external_path_.posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
	if (root.startsWith(`${cwd}/`)) {
		const prefix = root.slice(cwd.length + 1);
		return (p) => `${prefix}/${p}`;
	}
	return (p) => {
		const result = external_path_.posix.relative(cwd, `${root}/${p}`);
		return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
	};
}
function ensureNonDriveRelativePath(path) {
	return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
const splitPatternOptions = { parts: true };
function splitPattern(path) {
	var _result$parts;
	const result = picomatch.scan(path, splitPatternOptions);
	return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
const ESCAPED_WIN32_BACKSLASHES = /\\(?![()[\]{}!+@])/g;
function convertPosixPathToPattern(path) {
	return escapePosixPath(path);
}
function convertWin32PathToPattern(path) {
	return escapeWin32Path(path).replace(ESCAPED_WIN32_BACKSLASHES, "/");
}
/**
* Converts a path to a pattern depending on the platform.
* Identical to {@link escapePath} on POSIX systems.
* @see {@link https://superchupu.dev/tinyglobby/documentation#convertPathToPattern}
*/
/* node:coverage ignore next 3 */
const convertPathToPattern = (/* unused pure expression or super */ null && (isWin ? convertWin32PathToPattern : convertPosixPathToPattern));
const POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
const WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
const escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
const escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
/**
* Escapes a path's special characters depending on the platform.
* @see {@link https://superchupu.dev/tinyglobby/documentation#escapePath}
*/
/* node:coverage ignore next */
const escapePath = isWin ? escapeWin32Path : escapePosixPath;
/**
* Checks if a pattern has dynamic parts.
*
* Has a few minor differences with [`fast-glob`](https://github.com/mrmlnc/fast-glob) for better accuracy:
*
* - Doesn't necessarily return `false` on patterns that include `\`.
* - Returns `true` if the pattern includes parentheses, regardless of them representing one single pattern or not.
* - Returns `true` for unfinished glob extensions i.e. `(h`, `+(h`.
* - Returns `true` for unfinished brace expansions as long as they include `,` or `..`.
*
* @see {@link https://superchupu.dev/tinyglobby/documentation#isDynamicPattern}
*/
function isDynamicPattern(pattern, options) {
	if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
	const scan = picomatch.scan(pattern);
	return scan.isGlob || scan.negated;
}
function log(...tasks) {
	console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
	return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
//#endregion
//#region src/patterns.ts
const PARENT_DIRECTORY = /^(\/?\.\.)+/;
const ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
	var _PARENT_DIRECTORY$exe;
	const cwd = opts.cwd;
	let result = pattern;
	if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
	if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
	const escapedCwd = escapePath(cwd);
	result = (0,external_path_.isAbsolute)(result.replace(ESCAPING_BACKSLASHES, "")) ? external_path_.posix.relative(escapedCwd, result) : external_path_.posix.normalize(result);
	const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
	const parts = splitPattern(result);
	if (parentDir) {
		const n = (parentDir.length + 1) / 3;
		let i = 0;
		const cwdParts = escapedCwd.split("/");
		while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
			result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
			i++;
		}
		const potentialRoot = external_path_.posix.join(cwd, parentDir.slice(i * 3));
		if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
			props.root = ensureNonDriveRelativePath(potentialRoot);
			props.depthOffset = -n + i;
		}
	}
	if (!isIgnore && props.depthOffset >= 0) {
		var _props$commonPath;
		(_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
		const newCommonPath = [];
		const length = Math.min(props.commonPath.length, parts.length);
		for (let i = 0; i < length; i++) {
			const part = parts[i];
			if (part === "**" && !parts[i + 1]) {
				newCommonPath.pop();
				break;
			}
			if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
			newCommonPath.push(part);
		}
		props.depthOffset = newCommonPath.length;
		props.commonPath = newCommonPath;
		props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? external_path_.posix.join(cwd, ...newCommonPath) : cwd);
	}
	return result;
}
function processPatterns(options, patterns, props) {
	const matchPatterns = [];
	const ignorePatterns = [];
	for (const pattern of options.ignore) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
	}
	for (const pattern of patterns) {
		if (!pattern) continue;
		if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
		else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
	}
	return {
		match: matchPatterns,
		ignore: ignorePatterns
	};
}
//#endregion
//#region src/crawler.ts
function buildCrawler(options, patterns) {
	const cwd = options.cwd;
	const props = {
		root: cwd,
		depthOffset: 0
	};
	const processed = processPatterns(options, patterns, props);
	if (options.debug) log("internal processing patterns:", processed);
	const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
	const root = props.root.replace(BACKSLASHES, "");
	const matchOptions = {
		dot,
		nobrace: options.braceExpansion === false,
		nocase: !caseSensitiveMatch,
		noextglob: options.extglob === false,
		noglobstar: options.globstar === false,
		posix: true
	};
	const matcher = picomatch(processed.match, matchOptions);
	const ignore = picomatch(processed.ignore, matchOptions);
	const partialMatcher = getPartialMatcher(processed.match, matchOptions);
	const format = buildFormat(cwd, root, absolute);
	const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
	const excludePredicate = (_, p) => {
		const relativePath = excludeFormatter(p, true);
		return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
	};
	let maxDepth;
	if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
	const crawler = new Builder({
		filters: [debug ? (p, isDirectory) => {
			const path = format(p, isDirectory);
			const matches = matcher(path) && !ignore(path);
			if (matches) log(`matched ${path}`);
			return matches;
		} : (p, isDirectory) => {
			const path = format(p, isDirectory);
			return matcher(path) && !ignore(path);
		}],
		exclude: debug ? (_, p) => {
			const skipped = excludePredicate(_, p);
			log(`${skipped ? "skipped" : "crawling"} ${p}`);
			return skipped;
		} : excludePredicate,
		fs: options.fs,
		pathSeparator: "/",
		relativePaths: !absolute,
		resolvePaths: absolute,
		includeBasePath: absolute,
		resolveSymlinks: followSymbolicLinks,
		excludeSymlinks: !followSymbolicLinks,
		excludeFiles: onlyDirectories,
		includeDirs: onlyDirectories || !options.onlyFiles,
		maxDepth,
		signal: options.signal
	}).crawl(root);
	if (options.debug) log("internal properties:", {
		...props,
		root
	});
	return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
//#endregion
//#region src/index.ts
function formatPaths(paths, mapper) {
	if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
	return paths;
}
const defaultOptions = {
	caseSensitiveMatch: true,
	debug: !!process.env.TINYGLOBBY_DEBUG,
	expandDirectories: true,
	followSymbolicLinks: true,
	onlyFiles: true
};
function getOptions(options) {
	const opts = Object.assign({}, options);
	for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
	opts.cwd = (opts.cwd instanceof URL ? (0,external_url_.fileURLToPath)(opts.cwd) : (0,external_path_.resolve)(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
	opts.ignore = ensureStringArray(opts.ignore);
	opts.fs && (opts.fs = {
		readdir: opts.fs.readdir || external_fs_.readdir,
		readdirSync: opts.fs.readdirSync || external_fs_.readdirSync,
		realpath: opts.fs.realpath || external_fs_.realpath,
		realpathSync: opts.fs.realpathSync || external_fs_.realpathSync,
		stat: opts.fs.stat || external_fs_.stat,
		statSync: opts.fs.statSync || external_fs_.statSync
	});
	if (opts.debug) log("globbing with options:", opts);
	return opts;
}
function getCrawler(globInput, inputOptions = {}) {
	var _ref;
	if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
	const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
	const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
	const options = getOptions(isModern ? inputOptions : globInput);
	return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(await crawler.withPromise(), relative) : [];
}
function globSync(globInput, options) {
	const [crawler, relative] = getCrawler(globInput, options);
	return crawler ? formatPaths(crawler.sync(), relative) : [];
}
//#endregion


// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/discover/js/config-static.ts


let parser = null;
/** typescript-estree is loaded only when a repository holds a JS config file to read. */
function loadParser() {
    parser ??= __nccwpck_require__.e(/* import() */ 332).then(__nccwpck_require__.t.bind(__nccwpck_require__, 332, 23)).then((estree) => (text) => estree.parse(text, { loc: true, range: false, jsx: false, comment: false }));
    return parser;
}
/**
 * The object a config module exports: `module.exports = {…}`, `export default {…}`,
 * `export default defineConfig({…})`, or a top-level `const config = {…}` exported by name.
 * Never imported nor required: reading a config must not run the repository's code. `file` is the
 * config's own path (absolute POSIX): it gives `__dirname`, `__filename`, `import.meta.dirname`
 * and `import.meta.url` their values, so `path.join(__dirname, 'e2e')` and ESM's
 * `dirname(fileURLToPath(import.meta.url))` read as paths; without it they cannot be read.
 */
async function readConfigModule(text, file = null) {
    let program;
    try {
        program = (await loadParser())(text);
    }
    catch (err) {
        const e = err;
        return {
            kind: 'unknown',
            what: `not parseable (${(e.message ?? 'syntax error').split('\n')[0]})`,
            line: e.lineNumber ?? 1,
        };
    }
    const scope = new Scope(program, file);
    for (const statement of program.body) {
        if (statement.type === 'ExportDefaultDeclaration')
            return scope.configOf(statement.declaration);
        if (statement.type === 'TSExportAssignment')
            return scope.configOf(statement.expression);
        if (statement.type === 'ExpressionStatement' &&
            statement.expression.type === 'AssignmentExpression' &&
            isModuleExports(statement.expression.left))
            return scope.configOf(statement.expression.right);
    }
    return { kind: 'unknown', what: 'no `export default` or `module.exports =` found', line: 1 };
}
/** The value of `key` in a config object; a key a spread may set cannot be known. */
function member(object, key) {
    const own = object.props.get(key);
    if (own)
        return own;
    if (object.spreadLine !== null)
        return { kind: 'unknown', what: 'a spread (`...`) that may set it', line: object.spreadLine };
    return undefined;
}
/** A JSON config (package.json "jest", jest.config.json) as static values, every one at `line`. */
function fromJson(value, line) {
    if (typeof value === 'string')
        return { kind: 'string', value, line };
    if (Array.isArray(value))
        return { kind: 'array', items: value.map((v) => fromJson(v, line)), line };
    if (typeof value === 'object' && value !== null) {
        const props = new Map();
        for (const [k, v] of Object.entries(value))
            props.set(k, fromJson(v, line));
        return { kind: 'object', props, spreadLine: null, line };
    }
    return { kind: 'other', line };
}
class Scope {
    file;
    /** Top-level `const`/`let`/`var` initialisers by name (also under `export`). */
    bindings = new Map();
    resolving = new Set();
    /** Names of node's `path` module: `import path from 'node:path'`, `const path = require('path')`. */
    pathModules = new Set();
    /** Its functions imported by name: `import { join } from 'node:path'`. */
    pathFunctions = new Map();
    /** The same for node's `url` module, for `fileURLToPath(import.meta.url)`. */
    urlModules = new Set();
    urlFunctions = new Map();
    dir;
    constructor(program, file) {
        this.file = file;
        this.dir = file === null ? null : external_node_path_default().posix.dirname(file);
        const tables = (module) => module === 'path' ? [this.pathModules, this.pathFunctions] : [this.urlModules, this.urlFunctions];
        for (const statement of program.body) {
            if (statement.type === 'ImportDeclaration') {
                const module = nodeModule(statement.source);
                if (module === null)
                    continue;
                const [modules, functions] = tables(module);
                for (const s of statement.specifiers)
                    if (s.type !== 'ImportSpecifier')
                        modules.add(s.local.name);
                    else if (s.imported.type === 'Identifier')
                        functions.set(s.local.name, s.imported.name);
                continue;
            }
            const decl = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
            if (decl?.type !== 'VariableDeclaration')
                continue;
            for (const d of decl.declarations) {
                if (!d.init)
                    continue;
                const required = requiredModule(d.init);
                if (d.id.type === 'Identifier') {
                    this.bindings.set(d.id.name, d.init);
                    if (required !== null)
                        tables(required)[0].add(d.id.name);
                }
                else if (d.id.type === 'ObjectPattern' && required !== null) {
                    // `const { join, resolve: r } = require('path')`
                    for (const prop of d.id.properties)
                        if (prop.type === 'Property' &&
                            !prop.computed &&
                            prop.key.type === 'Identifier' &&
                            prop.value.type === 'Identifier')
                            tables(required)[1].set(prop.value.name, prop.key.name);
                }
            }
        }
    }
    /** The exported config: an object, through `defineConfig(…)`, a name and type assertions. */
    configOf(node) {
        const inner = unwrap(node);
        if (inner.type === 'CallExpression' && calleeName(inner.callee) === 'defineConfig') {
            const arg = inner.arguments[0];
            if (inner.arguments.length === 1 && arg && arg.type !== 'SpreadElement')
                return this.configOf(arg);
        }
        if (inner.type === 'Identifier')
            return this.named(inner, (n) => this.configOf(n));
        return this.value(inner);
    }
    value(node) {
        const n = unwrap(node);
        const line = n.loc.start.line;
        switch (n.type) {
            case 'Literal':
                if ('regex' in n && n.regex)
                    return { kind: 'regex', source: n.regex.pattern, flags: n.regex.flags, line };
                return typeof n.value === 'string'
                    ? { kind: 'string', value: n.value, line }
                    : { kind: 'other', line };
            case 'TemplateLiteral':
                if (n.expressions.length === 0 && n.quasis[0]?.value.cooked != null)
                    return { kind: 'string', value: n.quasis[0].value.cooked, line };
                return { kind: 'unknown', what: 'a template string with `${…}`', line };
            case 'ArrayExpression':
                return {
                    kind: 'array',
                    items: n.elements.map((e) => e === null
                        ? { kind: 'other', line }
                        : e.type === 'SpreadElement'
                            ? { kind: 'unknown', what: 'a spread (`...`)', line: e.loc.start.line }
                            : this.value(e)),
                    line,
                };
            case 'ObjectExpression':
                return this.object(n);
            case 'Identifier':
                if (n.name === 'undefined')
                    return { kind: 'other', line };
                if (n.name === '__dirname' && !this.bindings.has(n.name))
                    return this.known(this.dir, line);
                if (n.name === '__filename' && !this.bindings.has(n.name))
                    return this.known(this.file, line);
                return this.named(n, (init) => this.value(init));
            case 'MemberExpression':
                if (isImportMeta(n, 'dirname'))
                    return this.known(this.dir, line);
                if (isImportMeta(n, 'url'))
                    return this.known(this.file && (0,external_node_url_.pathToFileURL)(this.file).href, line);
                return { kind: 'unknown', what: 'a computed expression', line };
            case 'CallExpression':
                return (this.pathCall(n) ??
                    this.fileUrlToPath(n) ?? {
                    kind: 'unknown',
                    what: `a call to ${calleeName(n.callee) ?? 'a function'}()`,
                    line,
                });
            case 'ArrowFunctionExpression':
            case 'FunctionExpression':
                return { kind: 'unknown', what: 'a function', line };
            default:
                return { kind: 'unknown', what: 'a computed expression', line };
        }
    }
    /** A value that only the config's own path gives: unreadable without it. */
    known(value, line) {
        return value === null
            ? { kind: 'unknown', what: "the config's own path", line }
            : { kind: 'string', value, line };
    }
    /** The call's arguments when every one is a string, else null. */
    strings(n) {
        const parts = [];
        for (const arg of n.arguments) {
            const v = arg.type === 'SpreadElement' ? null : this.value(arg);
            if (v?.kind !== 'string')
                return null;
            parts.push(v.value);
        }
        return parts;
    }
    /**
     * `path.join(…)` / `path.resolve(…)` / `path.dirname(…)` of strings and the config's directory;
     * null for any other call. `resolve` depends on the working directory unless one of its parts
     * is absolute.
     */
    pathCall(n) {
        const fn = this.imported(n.callee, this.pathModules, this.pathFunctions);
        if (fn !== 'join' && fn !== 'resolve' && fn !== 'dirname')
            return null;
        const parts = this.strings(n);
        if (parts === null)
            return null;
        let value;
        if (fn === 'dirname') {
            if (parts.length !== 1)
                return null;
            value = external_node_path_default().posix.dirname(parts[0]);
        }
        else if (fn === 'resolve') {
            if (!parts.some((p) => external_node_path_default().posix.isAbsolute(p)))
                return null;
            value = external_node_path_default().posix.resolve(...parts);
        }
        else {
            value = external_node_path_default().posix.join(...parts);
        }
        return { kind: 'string', value, line: n.loc.start.line };
    }
    /** `url.fileURLToPath(…)` of a `file:` URL string (ESM's `fileURLToPath(import.meta.url)`). */
    fileUrlToPath(n) {
        if (this.imported(n.callee, this.urlModules, this.urlFunctions) !== 'fileURLToPath')
            return null;
        const parts = this.strings(n);
        if (parts?.length !== 1 || !parts[0].startsWith('file:'))
            return null;
        let value;
        try {
            value = (0,external_node_url_.fileURLToPath)(parts[0]).split((external_node_path_default()).sep).join('/');
        }
        catch {
            return null;
        }
        return { kind: 'string', value, line: n.loc.start.line };
    }
    /** The name, in a node module, of the function a callee calls (`path.join`, or `join` imported). */
    imported(callee, modules, functions) {
        if (callee.type === 'Identifier' && !this.bindings.has(callee.name))
            return functions.get(callee.name) ?? null;
        if (callee.type === 'MemberExpression' &&
            !callee.computed &&
            callee.object.type === 'Identifier' &&
            modules.has(callee.object.name) &&
            callee.property.type === 'Identifier')
            return callee.property.name;
        return null;
    }
    object(n) {
        const props = new Map();
        let spreadLine = null;
        for (const p of n.properties) {
            if (p.type === 'SpreadElement') {
                spreadLine ??= p.loc.start.line;
                continue;
            }
            const key = p.computed ? null : p.key.type === 'Identifier' ? p.key.name : literalKey(p.key);
            if (key === null) {
                spreadLine ??= p.loc.start.line; // a computed key may name anything
                continue;
            }
            props.set(key, p.kind === 'init' && !p.method
                ? this.value(p.value)
                : { kind: 'unknown', what: 'a getter or method', line: p.loc.start.line });
        }
        return { kind: 'object', props, spreadLine, line: n.loc.start.line };
    }
    named(id, read) {
        const init = this.bindings.get(id.name);
        const line = id.loc.start.line;
        if (!init || this.resolving.has(id.name))
            return { kind: 'unknown', what: `\`${id.name}\`, which is not a constant of this file`, line };
        this.resolving.add(id.name);
        try {
            return read(init);
        }
        finally {
            this.resolving.delete(id.name);
        }
    }
}
/** Type-only wrappers (`as Config`, `satisfies Config`, `!`) do not change the value. */
function unwrap(node) {
    let n = node;
    while (n.type === 'TSAsExpression' ||
        n.type === 'TSSatisfiesExpression' ||
        n.type === 'TSNonNullExpression')
        n = n.expression;
    return n;
}
function calleeName(callee) {
    if (callee.type === 'Identifier')
        return callee.name;
    if (callee.type === 'MemberExpression' && !callee.computed && callee.property.type === 'Identifier')
        return callee.property.name;
    return null;
}
function literalKey(key) {
    return key.type === 'Literal' && (typeof key.value === 'string' || typeof key.value === 'number')
        ? String(key.value)
        : null;
}
/** Which of the node modules a config's paths are built with an import names, if any. */
function nodeModule(source) {
    if (source.type !== 'Literal')
        return null;
    if (source.value === 'path' || source.value === 'node:path')
        return 'path';
    if (source.value === 'url' || source.value === 'node:url')
        return 'url';
    return null;
}
/** `require('path')` / `require('node:url')`: which of those modules, or null. */
function requiredModule(init) {
    return init.type === 'CallExpression' &&
        init.callee.type === 'Identifier' &&
        init.callee.name === 'require' &&
        init.arguments.length === 1
        ? nodeModule(init.arguments[0])
        : null;
}
function isImportMeta(n, property) {
    return (!n.computed &&
        n.object.type === 'MetaProperty' &&
        n.object.meta.name === 'import' &&
        n.property.type === 'Identifier' &&
        n.property.name === property);
}
function isModuleExports(node) {
    return (node.type === 'MemberExpression' &&
        node.object.type === 'Identifier' &&
        node.object.name === 'module' &&
        node.property.type === 'Identifier' &&
        node.property.name === 'exports');
}

;// CONCATENATED MODULE: ./src/paths.ts

/** A platform path with `/` separators: the form every path in plans, outputs and messages takes. */
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/discover/js/config-select.ts





const JS_FILES = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';
/**
 * Never test files to plan, whatever a config says: dependencies, VCS data, build output and
 * type declarations.
 */
const NEVER = [
    '**/node_modules/**',
    '**/.git/**',
    '**/dist/**',
    '**/*.d.ts',
    '**/*.d.mts',
    '**/*.d.cts',
];
/** Every JS/TS file under `dir` (absolute POSIX), as the runners' own crawlers see them (`dot`). */
async function jsFilesUnder(dir) {
    return (await glob([JS_FILES], { cwd: dir, ignore: NEVER, dot: true, absolute: true })).map(toPosix);
}
/** A setting the runner would take from its config but that only running the config could tell. */
class Unreadable extends Error {
    key;
    what;
    line;
    why;
    constructor(key, what, line, 
    /** The reason as a clause for messages. */
    why = `${key} is ${what}, which cannot be read without running the config`) {
        super(`${key} is ${what}`);
        this.key = key;
        this.what = what;
        this.line = line;
        this.why = why;
    }
}
/** The first of `names` present in `dir`, as the runner would pick it. */
function firstPresent(dir, names) {
    for (const name of names)
        if (external_node_fs_default().existsSync(external_node_path_default().join(dir, name)))
            return name;
    return null;
}
/** Parsed config texts (values are only read, never changed). */
const parsed = new Map();
/** A config file's text, or why it cannot be read (a permission, a directory of that name). */
function readConfigText(file) {
    try {
        return external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch (err) {
        const code = err.code ?? String(err);
        return new Unreadable('the config file', `unreadable (${code})`, 1, `the file could not be read (${code})`);
    }
}
/** The config object a config module exports, or the reason it cannot be read. */
async function configObject(file) {
    const text = readConfigText(file);
    if (text instanceof Unreadable)
        return text;
    const absolute = toPosix(external_node_path_default().resolve(file));
    // Discovery, runner detection and the plan's Playwright rootDirs read the same configs: parse
    // each text once (keyed by its text too, so a changed file is read again).
    const key = `${absolute}\0${text}`;
    let parsing = parsed.get(key);
    if (!parsing)
        parsed.set(key, (parsing = readConfigModule(text, absolute)));
    const value = await parsing;
    if (value.kind === 'object')
        return value;
    return new Unreadable('the exported config', what(value), value.line);
}
/** An optional string setting. */
function stringAt(object, key) {
    const v = member(object, key);
    if (v === undefined || v.kind === 'string')
        return v?.value;
    throw new Unreadable(key, what(v), v.line);
}
/** An optional list of strings (a single string counts as a list of one). */
function stringsAt(object, key) {
    return patternsAt(object, key, false);
}
/** An optional list of globs or regex literals (a single one counts as a list of one). */
function patternsAt(object, key, regexes = true) {
    const v = member(object, key);
    if (v === undefined)
        return undefined;
    const items = v.kind === 'array' ? v.items : [v];
    return items.map((item) => {
        if (item.kind === 'string')
            return item.value;
        if (regexes && item.kind === 'regex')
            return { source: item.source, flags: item.flags };
        throw new Unreadable(key, what(item), item.line);
    });
}
/** The notice for a config the runner's defaults replace. */
function fallbackNotice(runner, configFile, reason, defaults) {
    return {
        severity: 'notice',
        file: configFile,
        line: reason.line,
        title: 'Test discovery config not read',
        message: `${configFile}:${reason.line}: ${reason.why}, so ${runner}'s default discovery is used (${defaults}). Set \`paths\` if that finds the wrong files.`,
    };
}
function what(v) {
    switch (v.kind) {
        case 'unknown':
            return v.what;
        case 'regex':
            return 'a regular expression literal';
        case 'array':
            return 'a list where one value is expected';
        case 'object':
            return 'an object';
        default:
            return 'not a string';
    }
}

;// CONCATENATED MODULE: ./src/discover/js/config-jest.ts






/** Jest 30's defaults (jest-config's Defaults). */
const DEFAULT_TEST_MATCH = ['**/__tests__/**/*.?([mc])[jt]s?(x)', '**/?(*.)+(spec|test).?([mc])[jt]s?(x)'];
const DEFAULT_IGNORE = ['/node_modules/'];
/** jest-config's JEST_CONFIG_EXT_ORDER: the first present wins. */
const CONFIG_NAMES = ['js', 'ts', 'mjs', 'mts', 'cjs', 'cts', 'json'].map((e) => `jest.config.${e}`);
const DEFAULTS_WORDS = '`**/__tests__/**`, `*.test.*`, `*.spec.*`';
/**
 * What Jest collects from the working directory: its `jest.config.*` or package.json `"jest"`,
 * matched as Jest does, against absolute paths (testMatch with picomatch, `dot`; testRegex and
 * testPathIgnorePatterns as regexes; only under `roots`).
 */
async function jestSelection(root, problems) {
    const name = firstPresent(root, CONFIG_NAMES);
    let source = null;
    let config = null;
    if (name?.endsWith('.json')) {
        source = name;
        const text = readConfigText(external_node_path_default().join(root, name));
        config = text instanceof Unreadable ? text : jsonConfig(text, 1);
    }
    else if (name) {
        source = name;
        config = await configObject(external_node_path_default().join(root, name));
    }
    else {
        const text = external_node_fs_default().readFileSync(external_node_path_default().join(root, 'package.json'), 'utf8');
        const json = JSON.parse(text);
        if ('jest' in json) {
            source = 'package.json';
            const line = text.slice(0, text.indexOf('"jest"')).split('\n').length;
            const value = fromJson(json['jest'], line);
            config = value.kind === 'object' ? value : new Unreadable('"jest"', 'not an object', line);
        }
    }
    try {
        return fromConfig(root, config instanceof Unreadable ? throwIt(config) : config);
    }
    catch (err) {
        if (!(err instanceof Unreadable))
            throw err;
        problems.push(fallbackNotice('jest', source, err, DEFAULTS_WORDS));
        return fromConfig(root, null);
    }
}
function fromConfig(root, config) {
    const configDir = toPosix(external_node_path_default().resolve(root));
    const setting = (key) => (config ? stringsAt(config, key) : undefined);
    if (config?.props.has('projects'))
        throw new Unreadable('projects', 'a list of projects, each with its own settings', config.props.get('projects').line);
    const rootDirSetting = config ? stringAt(config, 'rootDir') : undefined;
    const rootDir = rootDirSetting === undefined ? configDir : external_node_path_default().posix.resolve(configDir, rootDirSetting);
    const testRegex = setting('testRegex') ?? [];
    const testMatchSetting = setting('testMatch');
    if (config && testRegex.length === 0 && testMatchSetting === undefined && config.props.has('preset'))
        throw new Unreadable('preset', 'a preset, which may set testMatch or testRegex', config.props.get('preset').line);
    // Jest takes testMatch or testRegex; with testRegex set, the default testMatch is dropped.
    const testMatch = testMatchSetting ?? (testRegex.length > 0 ? [] : DEFAULT_TEST_MATCH);
    const ignore = (setting('testPathIgnorePatterns') ?? DEFAULT_IGNORE).map((p) => p.replaceAll('<rootDir>', rootDir));
    const roots = (setting('roots') ?? ['<rootDir>']).map((r) => external_node_path_default().posix.resolve(rootDir, replaceRootDir(r, rootDir)));
    const globs = testMatch.map((g) => replaceRootDir(g, escapeGlob(rootDir)));
    const matchers = globs.map((g) => picomatch_default()(g, { dot: true }, true));
    const regexes = testRegex.map((r) => new RegExp(r));
    const ignored = ignore.length > 0 ? new RegExp(ignore.join('|')) : null;
    const keep = (file) => (testMatch.length === 0 || globsMatch(matchers, file)) &&
        (ignored === null || !ignored.test(file)) &&
        (regexes.length === 0 || regexes.some((re) => re.test(file)));
    return {
        runner: 'jest',
        files: async () => (await Promise.all(roots.map((r) => jsFilesUnder(r)))).flat().filter(keep),
    };
}
/** jest-util's globsToMatcher: negated globs only exclude, unless every glob is negated. */
function globsMatch(matchers, file) {
    let kept;
    let negatives = 0;
    for (const m of matchers) {
        const negated = m.state.negated || m.state.negatedExtglob === true;
        if (negated)
            negatives++;
        const matched = m(file);
        if (!matched && negated)
            kept = false;
        else if (matched && !negated)
            kept = true;
    }
    return negatives === matchers.length ? kept !== false : kept === true;
}
/** jest-config's replaceRootDirInPath: only a leading `<rootDir>` is replaced. */
function replaceRootDir(value, rootDir) {
    return value.startsWith('<rootDir>')
        ? external_node_path_default().posix.join(rootDir, `./${value.slice('<rootDir>'.length)}`)
        : value;
}
function escapeGlob(p) {
    return p.replace(/([()*{}[\]!?\\])/g, '\\$1');
}
function jsonConfig(text, line) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (err) {
        return new Unreadable('the config', `not valid JSON (${err.message})`, line);
    }
    const v = fromJson(value, line);
    return v.kind === 'object' ? v : new Unreadable('the config', 'not an object', line);
}
function throwIt(reason) {
    throw reason;
}

;// CONCATENATED MODULE: ./src/discover/js/playwright-config-names.ts
/**
 * The names Playwright looks for in a directory, in its order: the first present wins
 * (`resolveConfigFile`). A module of its own, without the config reader, so the Playwright filter
 * bundle can use it without typescript-estree.
 */
const PLAYWRIGHT_CONFIG_NAMES = ['ts', 'js', 'mts', 'mjs', 'cts', 'cjs'].map((e) => `playwright.config.${e}`);

;// CONCATENATED MODULE: ./src/discover/js/config-playwright.ts







const config_playwright_DEFAULT_TEST_MATCH = '**/*.@(spec|test).?(c|m)[jt]s?(x)';
const config_playwright_DEFAULTS_WORDS = '`*.spec.*` and `*.test.*` under the config directory';
/**
 * What Playwright collects from the working directory: for each project (or the config as one),
 * the files under `testDir` that match `testMatch` and not `testIgnore`, each matched as
 * Playwright does against the absolute path (globs case-insensitively, `**\/` prepended).
 */
async function playwrightSelection(root, problems) {
    const configDir = toPosix(external_node_path_default().resolve(root));
    const defaults = { testDir: configDir, testMatch: [config_playwright_DEFAULT_TEST_MATCH], testIgnore: [] };
    const name = firstPresent(root, PLAYWRIGHT_CONFIG_NAMES);
    let projects = [defaults];
    if (name) {
        try {
            const config = await configObject(external_node_path_default().join(root, name));
            if (config instanceof Unreadable)
                throw config;
            projects = perProject(config, (object, inherited) => settings(object, inherited, configDir), defaults);
        }
        catch (err) {
            if (!(err instanceof Unreadable))
                throw err;
            problems.push(fallbackNotice('playwright', name, err, config_playwright_DEFAULTS_WORDS));
        }
    }
    return {
        runner: 'playwright',
        files: async () => {
            const found = new Set();
            for (const p of projects) {
                const isTest = matcher(p.testMatch);
                const ignored = matcher(p.testIgnore);
                for (const f of await jsFilesUnder(p.testDir))
                    if (isTest(f) && !ignored(f))
                        found.add(f);
            }
            return [...found];
        },
    };
}
/**
 * The directories Playwright takes tests from, for the config at `file`: each project's testDir
 * (the config's when it has no projects), absolute POSIX, null where none is stated (Playwright
 * then takes the config's directory). Unreadable when only running the config could tell.
 */
async function playwrightTestDirs(file) {
    const configDir = toPosix(external_node_path_default().dirname(external_node_path_default().resolve(file)));
    try {
        const config = await configObject(file);
        if (config instanceof Unreadable)
            return config;
        return perProject(config, (object, inherited) => statedTestDir(object, configDir) ?? inherited, null);
    }
    catch (err) {
        if (err instanceof Unreadable)
            return err;
        throw err;
    }
}
/**
 * Playwright's `config.rootDir` for the config at `file`, absolute POSIX: the config's own
 * top-level `testDir` resolved against its directory, else that directory (`FullConfigInternal`:
 * `pathResolve(configDir, userConfig.testDir) || configDir`; the projects' testDirs do not change
 * it). A `--test-list` names files relative to it. Null when only running the config could tell.
 */
async function playwrightRootDir(file) {
    const configDir = toPosix(external_node_path_default().dirname(external_node_path_default().resolve(file)));
    try {
        const config = await configObject(file);
        if (config instanceof Unreadable)
            return null;
        return statedTestDir(config, configDir) ?? configDir;
    }
    catch (err) {
        if (err instanceof Unreadable)
            return null;
        throw err;
    }
}
/**
 * The Playwright configs that may run `files` (repo-relative POSIX, under `root`), each with its
 * rootDir, sorted by path: in every directory from each file's own up to `root`, the config
 * Playwright would pick there. A test list is written for the config of the directory Playwright
 * runs in, which is one of them: the nearest when run next to the tests, an outer one (with
 * projects) when run from higher up.
 */
async function playwrightConfigRoots(root, files) {
    const base = toPosix(external_node_path_default().resolve(root));
    const seen = new Set();
    const configs = new Set();
    for (const file of files) {
        for (let dir = external_node_path_default().posix.dirname(file);; dir = external_node_path_default().posix.dirname(dir)) {
            if (seen.has(dir))
                break; // its ancestors too have been looked at
            seen.add(dir);
            const name = firstPresent(external_node_path_default().join(root, dir), PLAYWRIGHT_CONFIG_NAMES);
            if (name)
                configs.add(external_node_path_default().posix.join(dir, name));
            if (dir === '.' || dir === '/' || dir === '')
                break;
        }
    }
    const sorted = [...configs].sort();
    const roots = await Promise.all(sorted.map((config) => playwrightRootDir(external_node_path_default().join(root, config))));
    return sorted.map((config, i) => {
        const rootDir = roots[i];
        return { config, rootDir: rootDir === null ? null : external_node_path_default().posix.relative(base, rootDir) || '.' };
    });
}
/**
 * Playwright's `takeFirst(project's, config's, default)`: `read` of each entry of `projects`,
 * inheriting what `read` took from the config itself (the config alone when it has no projects).
 */
function perProject(config, read, defaults) {
    const top = read(config, defaults);
    const list = member(config, 'projects');
    if (list === undefined)
        return [top];
    if (list.kind !== 'array')
        throw new Unreadable('projects', list.kind === 'unknown' ? list.what : 'not a list', list.line);
    if (list.items.length === 0)
        return [top];
    return list.items.map((item) => {
        if (item.kind !== 'object')
            throw new Unreadable('a project', item.kind === 'unknown' ? item.what : 'not an object', item.line);
        return read(item, top);
    });
}
function settings(object, inherited, configDir) {
    return {
        testDir: statedTestDir(object, configDir) ?? inherited.testDir,
        testMatch: patternsAt(object, 'testMatch') ?? inherited.testMatch,
        testIgnore: patternsAt(object, 'testIgnore') ?? inherited.testIgnore,
    };
}
/** An object's own `testDir`, resolved against the config's directory. */
function statedTestDir(object, configDir) {
    const testDir = stringAt(object, 'testDir');
    return testDir === undefined ? undefined : external_node_path_default().posix.resolve(configDir, testDir);
}
/** playwright's createFileMatcher. */
function matcher(patterns) {
    const regexes = patterns.filter((p) => typeof p !== 'string').map((p) => new RegExp(p.source, p.flags));
    const globs = patterns
        .filter((p) => typeof p === 'string')
        .map((p) => (p.startsWith('**/') ? p : `**/${p}`));
    const glob = globs.length > 0 ? picomatch_default()(globs, { nocase: true, dot: true }) : () => false;
    return (file) => regexes.some((re) => {
        re.lastIndex = 0;
        return re.test(file);
    }) || glob(file);
}

;// CONCATENATED MODULE: ./src/discover/js/config-vitest.ts





/** Vitest 4's defaults (`configDefaults`). */
const DEFAULT_INCLUDE = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
const DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
/** Vitest's CONFIG_NAMES × CONFIG_EXTENSIONS: the first present wins. */
const config_vitest_CONFIG_NAMES = ['vitest.config', 'vite.config'].flatMap((n) => ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'].map((e) => `${n}.${e}`));
/** Files we can read; an include could name others (`.json`, `.vue`). */
const JS_EXTENSION = /\.[cm]?[jt]sx?$/;
const config_vitest_DEFAULTS_WORDS = '`**/*.{test,spec}.?(c|m)[jt]s?(x)`';
/**
 * What Vitest collects from the working directory: `test.include` minus `test.exclude` of its
 * `vitest.config.*` / `vite.config.*`, globbed (with `dot`) relative to `test.dir` or the root.
 */
async function vitestSelection(root, problems) {
    const name = firstPresent(root, config_vitest_CONFIG_NAMES);
    const base = toPosix(external_node_path_default().resolve(root));
    if (!name)
        return config_vitest_select(base, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
    try {
        const config = await configObject(external_node_path_default().join(root, name));
        if (config instanceof Unreadable)
            throw config;
        if (config.props.has('root'))
            throw new Unreadable('root', 'a root other than the config directory', config.props.get('root').line);
        const test = member(config, 'test');
        if (test === undefined)
            return config_vitest_select(base, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
        if (test.kind !== 'object')
            throw new Unreadable('test', test.kind === 'unknown' ? test.what : 'not an object', test.line);
        for (const key of ['projects', 'workspace'])
            if (test.props.has(key))
                throw new Unreadable(`test.${key}`, 'a list of projects, each with its own settings', test.props.get(key).line);
        const dir = stringAt(test, 'dir');
        return config_vitest_select(dir === undefined ? base : external_node_path_default().posix.resolve(base, dir), stringsAt(test, 'include') ?? DEFAULT_INCLUDE, stringsAt(test, 'exclude') ?? DEFAULT_EXCLUDE);
    }
    catch (err) {
        if (!(err instanceof Unreadable))
            throw err;
        problems.push(fallbackNotice('vitest', name, err, config_vitest_DEFAULTS_WORDS));
        return config_vitest_select(base, DEFAULT_INCLUDE, DEFAULT_EXCLUDE);
    }
}
/** Vitest globs `include` with tinyglobby from `dir` (with `dot`), `exclude` as its ignore list. */
function config_vitest_select(dir, include, exclude) {
    return {
        runner: 'vitest',
        files: async () => (await glob(include, {
            cwd: dir,
            ignore: [...exclude, ...NEVER],
            dot: true,
            absolute: true,
            expandDirectories: false,
        }))
            .map(toPosix)
            .filter((f) => JS_EXTENSION.test(f)),
    };
}

;// CONCATENATED MODULE: ./src/discover/js/runner-detect.ts





const JS_RUNNERS = ['jest', 'vitest', 'playwright'];
/**
 * Which runner collects each JS/TS file. `js-runner: auto`: from the nearest package.json up to
 * the working directory (its dependencies, then its config files); a file under the `testDir` of
 * any project of that package's Playwright config (read statically, as discovery reads it) is
 * Playwright's. Otherwise the input's runner for every file.
 *
 * The Playwright configs of the packages of `files` are read here (typescript-estree is loaded
 * only for them), so the answer for each of `files` is then synchronous; asking about another
 * file whose package has a Playwright config is a programming error. A config that cannot be read
 * statically is a notice in `problems` when it leaves Playwright's files to another runner.
 */
async function jsRunnerResolver(root, input, files, problems = []) {
    if (input !== 'auto')
        return () => input;
    const cache = new Map();
    const packageOf = (file) => nearestPackage(root, external_node_path_default().posix.dirname(file), cache);
    const toRead = new Set();
    for (const file of files) {
        const pkg = packageOf(file);
        if (pkg?.playwrightConfig)
            toRead.add(pkg);
    }
    const notices = await Promise.all([...toRead].map((pkg) => readPlaywrightTestDirs(root, pkg)));
    for (const notice of notices)
        if (notice)
            problems.push(notice);
    return (file) => {
        const pkg = packageOf(file);
        if (!pkg)
            return 'jest';
        if (pkg.playwrightConfig !== null) {
            if (pkg.playwrightTestDirs === null)
                throw new Error(`The runner of ${file} was asked, but its Playwright config was not read.`);
            if (pkg.playwrightTestDirs.some((dir) => isUnder(file, dir)))
                return 'playwright';
        }
        return pkg.runner ?? 'jest';
    };
}
/**
 * Every runner the working directory's package can run, for default discovery: a config file,
 * a dependency or (Jest) a package.json `"jest"` key.
 */
function rootRunners(root) {
    const found = packageRunners(root);
    return found ? JS_RUNNERS.filter((r) => found.runners.has(r)) : [];
}
/**
 * What a package (a directory with a package.json) says about its runners. A `vite.config.*`
 * alone means Vitest (it reads its tests from there), but next to Jest or Playwright it is the
 * application's build (a Vite app tested with Jest), not a suite.
 */
function packageRunners(abs) {
    let json;
    try {
        json = JSON.parse(external_node_fs_default().readFileSync(external_node_path_default().join(abs, 'package.json'), 'utf8'));
    }
    catch {
        return null;
    }
    const deps = { ...asRecord(json['dependencies']), ...asRecord(json['devDependencies']) };
    let entries = [];
    try {
        entries = external_node_fs_default().readdirSync(abs);
    }
    catch {
        // an unreadable directory holds no config we could read
    }
    const has = (re) => entries.some((e) => re.test(e));
    const playwrightConfig = PLAYWRIGHT_CONFIG_NAMES.find((name) => entries.includes(name)) ?? null;
    const jest = has(/^jest\.config\.[cm]?[jt]s(on)?$/) || 'jest' in deps || 'jest' in json;
    const playwright = playwrightConfig !== null || '@playwright/test' in deps;
    const vitest = has(/^vitest\.config\.[cm]?[jt]s$/) ||
        'vitest' in deps ||
        (has(/^vite\.config\.[cm]?[jt]s$/) && !jest && !playwright);
    const runners = new Set();
    if (jest)
        runners.add('jest');
    if (vitest)
        runners.add('vitest');
    if (playwright)
        runners.add('playwright');
    return { runners, playwrightConfig };
}
function nearestPackage(root, dir, cache) {
    const key = dir === '' ? '.' : dir;
    if (cache.has(key))
        return cache.get(key);
    let found = readPackage(root, key);
    if (!found && key !== '.')
        found = nearestPackage(root, external_node_path_default().posix.dirname(key), cache);
    cache.set(key, found);
    return found;
}
function readPackage(root, dir) {
    const found = packageRunners(external_node_path_default().join(root, dir));
    if (!found)
        return null;
    // One runner for the package's files: Vitest, then Jest, then Playwright (whose own files are
    // told apart by its testDirs).
    const runner = ['vitest', 'jest', 'playwright'].find((r) => found.runners.has(r)) ?? null;
    const playwrightConfig = found.playwrightConfig && external_node_path_default().posix.join(dir, found.playwrightConfig);
    return { dir, runner, playwrightConfig, playwrightTestDirs: null };
}
/**
 * Sets the package's Playwright test directories (repo-relative) from its config, read as
 * discovery reads it. Without a stated testDir, Playwright takes the config's directory: it
 * counts only when no other runner shares the package, and so does the whole config directory
 * when the config cannot be read (then a notice, if another runner takes those files).
 */
async function readPlaywrightTestDirs(root, pkg) {
    const alone = pkg.runner === 'playwright';
    const base = toPosix(external_node_path_default().resolve(root));
    const dirs = await playwrightTestDirs(external_node_path_default().join(root, pkg.playwrightConfig));
    if (dirs instanceof Unreadable) {
        pkg.playwrightTestDirs = alone ? [pkg.dir] : [];
        return alone ? null : unreadableNotice(pkg.playwrightConfig, dirs, pkg.runner);
    }
    const own = dirs.flatMap((d) => d !== null ? [external_node_path_default().posix.relative(base, d) || '.'] : alone ? [pkg.dir] : []);
    pkg.playwrightTestDirs = [...new Set(own)];
    return null;
}
function unreadableNotice(configFile, reason, runner) {
    return {
        severity: 'notice',
        file: configFile,
        line: reason.line,
        title: 'Playwright testDir not read',
        message: `${configFile}:${reason.line}: ${reason.why}, so no file of this package is planned as a Playwright test: they are all planned for ${runner}. State testDir (and each project's) as a string or \`path.join(__dirname, '…')\`, or plan the Playwright tests in a step of their own with \`js-runner: playwright\`.`,
    };
}
function isUnder(file, dir) {
    return dir === '.' || file.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}
function asRecord(value) {
    return typeof value === 'object' && value !== null ? value : {};
}

;// CONCATENATED MODULE: ./src/discover/js/discover-js.ts





/**
 * The JS/TS test files found by default (no `paths`): only when the working directory's
 * package.json names Jest, Vitest or Playwright, so a Python-only repository is untouched. Each
 * runner's own discovery, from the settings its config states statically (Jest `testMatch`,
 * `testRegex`, `testPathIgnorePatterns`, `roots`; Vitest `test.include`/`exclude`; Playwright
 * `testDir`, `testMatch`, `testIgnore`), else its defaults with a notice. Configs are parsed,
 * never run. Repo-relative POSIX paths, inside the working directory only.
 */
async function discoverJsDefaults(root, problems = []) {
    const runners = rootRunners(root);
    if (runners.length === 0)
        return [];
    const selections = [];
    for (const runner of runners) {
        if (runner === 'jest')
            selections.push(await jestSelection(root, problems));
        else if (runner === 'vitest')
            selections.push(await vitestSelection(root, problems));
        else
            selections.push(await playwrightSelection(root, problems));
    }
    const base = external_node_path_default().resolve(root);
    const found = new Set();
    for (const s of selections)
        for (const file of await s.files()) {
            const rel = external_node_path_default().relative(base, file).split((external_node_path_default()).sep).join('/');
            if (rel !== '' && !rel.startsWith('../') && !external_node_path_default().isAbsolute(rel))
                found.add(rel);
        }
    return [...found];
}

;// CONCATENATED MODULE: ./src/discover/discover.ts







/** Directories never worth a look: VCS data, dependencies, caches. */
const ALWAYS_SKIPPED = ['.git', 'node_modules', '__pycache__', '.tox', '.nox', '.venv', '.mypy_cache'];
/**
 * `paths` given: those globs (a plain directory is walked like pytest walks it; a plain file is
 * taken as it is, as pytest takes a file named on its command line). Otherwise pytest's own
 * discovery: `python_files` under `testpaths`, or under the working directory.
 */
async function discover(root, patterns, config) {
    const problems = [];
    const walker = new discover_Walker(root, config, problems);
    const found = [];
    if (patterns.length === 0) {
        const starts = config.testpaths.length > 0 ? await expandTestpaths(root, config, problems) : ['.'];
        for (const start of starts)
            found.push(...walker.walk(start));
        // JS/TS defaults apply only when the root package.json names a JS test runner; each runner's
        // statically readable config narrows them (notices when a config cannot be read).
        found.push(...(await discoverJsDefaults(root, problems)));
    }
    else {
        found.push(...(await expandPatterns(root, patterns, walker, problems)));
    }
    // Two paths can name one file only through a symlink (or overlapping starting points); a
    // realpath per file is costly on large suites, so it is paid only when that can happen.
    const mayRepeat = walker.sawSymlink || patterns.length > 0 || config.testpaths.length > 1;
    const files = mayRepeat ? dedupeByRealPath(root, found, problems) : [...new Set(found)].sort(byCodePoint);
    return { files, problems };
}
async function expandTestpaths(root, config, problems) {
    const starts = [];
    for (const entry of config.testpaths) {
        const absolute = external_node_path_default().resolve(config.rootDir, entry);
        const rel = toPosix(external_node_path_default().relative(root, absolute));
        if (rel.startsWith('../') || rel === '..' || external_node_path_default().isAbsolute(rel)) {
            problems.push({
                severity: 'warning',
                title: 'testpaths outside the working directory',
                message: `testpaths entry '${entry}' in ${config.source} lies outside the working directory ${root} and was not searched. Set \`working-directory\` to the directory of that config, or set \`paths\`.`,
            });
            continue;
        }
        if (/[*?[]/.test(rel)) {
            starts.push(...(await glob([rel], { cwd: root, onlyDirectories: true, expandDirectories: false })));
        }
        else if (external_node_fs_default().existsSync(absolute)) {
            starts.push(rel || '.');
        }
        else {
            problems.push({
                severity: 'warning',
                title: 'Missing testpaths entry',
                message: `testpaths entry '${entry}' in ${config.source} does not exist under ${config.rootDir}.`,
            });
        }
    }
    return starts;
}
async function expandPatterns(root, patterns, walker, problems) {
    const positive = [];
    const negative = [];
    for (const raw of patterns) {
        const negated = raw.startsWith('!');
        const pattern = insideRoot(root, negated ? raw.slice(1) : raw);
        (negated ? negative : positive).push(pattern);
    }
    const found = [];
    const ignore = [...negative, ...ALWAYS_SKIPPED.map((d) => `**/${d}/**`)];
    const excluded = picomatch_default()(negative, { dot: true });
    for (const pattern of positive) {
        let matched;
        const absolute = external_node_path_default().join(root, pattern);
        if (!/[*?[\]{}()!]/.test(pattern) && isDirectory(absolute)) {
            matched = walker.walk(pattern);
        }
        else if (!/[*?[\]{}()!]/.test(pattern) && external_node_fs_default().existsSync(absolute)) {
            matched = [toPosix(pattern)];
        }
        else {
            matched = await glob([pattern], { cwd: root, ignore, dot: false, followSymbolicLinks: true });
            matched = matched.filter((f) => !walker.inVirtualenv(f));
        }
        matched = matched.filter((f) => !excluded(f));
        if (matched.length === 0) {
            problems.push({
                severity: 'warning',
                title: 'Pattern matched no file',
                message: `paths pattern '${pattern}' matched no test file under ${root}. Check the pattern and \`working-directory\`.`,
            });
        }
        found.push(...matched);
    }
    return found;
}
/** A pattern must stay inside the working directory: outputs are paths relative to it. */
function insideRoot(root, pattern) {
    let rel = pattern;
    if (external_node_path_default().isAbsolute(pattern))
        rel = external_node_path_default().relative(root, pattern);
    rel = external_node_path_default().posix.normalize(toPosix(rel));
    if (rel === '..' || rel.startsWith('../') || external_node_path_default().isAbsolute(rel)) {
        throw new InputError(`Invalid paths '${pattern}': it reaches outside working-directory '${root}'. Use a pattern inside it, or set working-directory to a directory that contains the tests.`);
    }
    return rel.replace(/^\.\//, '');
}
/** pytest's directory walk: python_files by basename, norecursedirs and virtualenvs skipped. */
class discover_Walker {
    root;
    problems;
    /** Whether a file is a test file, by its basename and its directory's repo-relative path prefix. */
    isTestFile;
    isSkippedDir;
    venvCache = new Map();
    /** Whether a walk met a symlink (to a file or a directory). */
    sawSymlink = false;
    constructor(root, config, problems) {
        this.root = root;
        this.problems = problems;
        // pytest's fnmatch_ex: a pattern without a slash matches the basename only.
        const byName = picomatch_default()(config.pythonFiles.filter((p) => !p.includes('/')), { dot: true });
        const pathPatterns = config.pythonFiles.filter((p) => p.includes('/')).map((p) => `**/${p}`);
        const byPath = picomatch_default()(pathPatterns, { dot: true });
        // The path is built only when a pattern needs it: most configs match basenames alone.
        this.isTestFile =
            pathPatterns.length > 0
                ? (name, prefix) => byName(name) || byPath(prefix + name)
                : (name) => byName(name);
        const skip = picomatch_default()(config.norecursedirs, { dot: true });
        this.isSkippedDir = (name) => ALWAYS_SKIPPED.includes(name) || skip(name);
    }
    /**
     * Test files under `start`, in walk order. Each directory's real path is recorded, to search a
     * symlink loop once; it is derived from its parent's (a plain subdirectory's real path is its
     * parent's plus its name), so `realpath` is paid only at the start and at symlinked directories.
     */
    walk(start) {
        const out = [];
        const seen = new Set();
        const visit = (rel, absolute, real, isStart) => {
            if (seen.has(real)) {
                this.problems.push({
                    severity: 'warning',
                    file: toPosix(rel),
                    title: 'Symlink loop',
                    message: `${toPosix(rel)} leads back to ${toPosix(external_node_path_default().relative(this.root, real)) || '.'} (a symlink loop); it was searched once. Remove the link or exclude it with norecursedirs.`,
                });
                return;
            }
            let entries;
            try {
                entries = external_node_fs_default().readdirSync(absolute, { withFileTypes: true });
            }
            catch (err) {
                // The listing cannot tell a virtualenv here; an unreadable one is still skipped quietly.
                if (!isStart && this.isVirtualenv(absolute))
                    return;
                seen.add(real);
                this.problems.push({
                    severity: 'warning',
                    file: toPosix(rel),
                    title: 'Unreadable directory',
                    message: `${toPosix(rel)} could not be read (${err.code ?? String(err)}); its tests are not planned.`,
                });
                return;
            }
            // A virtualenv is skipped, unless it is where the walk starts; either way it is not
            // recorded as searched, so a link back into it is skipped quietly, not called a loop.
            if (holdsVirtualenvMarker(absolute, entries)) {
                if (!isStart)
                    return;
            }
            else {
                seen.add(real);
            }
            const prefix = rel === '.' ? '' : `${rel}/`;
            for (const entry of entries) {
                const name = entry.name;
                if (entry.isDirectory()) {
                    if (!this.isSkippedDir(name))
                        visit(prefix + name, joinName(absolute, name), joinName(real, name), false);
                    continue;
                }
                if (entry.isSymbolicLink()) {
                    this.sawSymlink = true;
                    const target = joinName(absolute, name);
                    if (isDirectory(target)) {
                        if (this.isSkippedDir(name))
                            continue;
                        let targetReal;
                        try {
                            targetReal = external_node_fs_default().realpathSync(target);
                        }
                        catch {
                            continue; // gone since the stat: nothing to collect
                        }
                        visit(prefix + name, target, targetReal, false);
                        continue;
                    }
                }
                if (this.isTestFile(name, prefix))
                    out.push(prefix + name);
            }
        };
        const rel = toPosix(start).replace(/\/$/, '') || '.';
        const absolute = external_node_path_default().join(this.root, rel);
        let real;
        try {
            real = external_node_fs_default().realpathSync(absolute);
        }
        catch {
            return out; // a dangling symlink: nothing to collect
        }
        visit(rel, absolute, real, true);
        return out;
    }
    /** Whether a repo-relative file lies inside a virtualenv (a directory holding pyvenv.cfg). */
    inVirtualenv(file) {
        const parts = file.split('/');
        for (let i = 1; i < parts.length; i++) {
            if (this.isVirtualenv(external_node_path_default().join(this.root, ...parts.slice(0, i))))
                return true;
        }
        return false;
    }
    isVirtualenv(dir) {
        let known = this.venvCache.get(dir);
        if (known === undefined) {
            known = external_node_fs_default().existsSync(external_node_path_default().join(dir, 'pyvenv.cfg'));
            this.venvCache.set(dir, known);
        }
        return known;
    }
}
/** The same file reached by two paths (symlinks) would run twice: keep the first path. */
function dedupeByRealPath(root, files, problems) {
    // Shortest path first, so a loop's longer spelling is the one dropped.
    const depth = (f) => f.split('/').length;
    const sorted = [...new Set(files)].sort((a, b) => depth(a) - depth(b) || byCodePoint(a, b));
    const byReal = new Map();
    const out = [];
    for (const file of sorted) {
        let real;
        try {
            real = external_node_fs_default().realpathSync(external_node_path_default().join(root, file));
        }
        catch {
            continue;
        }
        const first = byReal.get(real);
        if (first !== undefined) {
            problems.push({
                severity: 'warning',
                file,
                title: 'Same file twice',
                message: `${file} is the same file as ${first} (through a symlink); it is planned once, as ${first}.`,
            });
            continue;
        }
        byReal.set(real, file);
        out.push(file);
    }
    return out.sort(byCodePoint);
}
/** Whether a directory's entries mark it as a virtualenv: a `pyvenv.cfg` that exists. */
function holdsVirtualenvMarker(dir, entries) {
    for (const entry of entries) {
        // Confirmed on disk, as a link named pyvenv.cfg may dangle.
        if (entry.name === 'pyvenv.cfg')
            return external_node_fs_default().existsSync(external_node_path_default().join(dir, entry.name));
    }
    return false;
}
/** `path.join(dir, name)` for a normalized directory and a plain entry name, without re-normalizing. */
function joinName(dir, name) {
    return dir.endsWith((external_node_path_default()).sep) ? dir + name : dir + (external_node_path_default()).sep + name;
}
function isDirectory(p) {
    try {
        return external_node_fs_default().statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
function byCodePoint(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

// EXTERNAL MODULE: ./node_modules/ini/lib/ini.js
var ini = __nccwpck_require__(5756);
;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const smol_toml_dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/discover/pytest-config.ts




const PYTEST_DEFAULTS = {
    pythonFiles: ['test_*.py', '*_test.py'],
    pythonClasses: ['Test'],
    pythonFunctions: ['test'],
    norecursedirs: ['*.egg', '.*', '_darcs', 'build', 'CVS', 'dist', 'node_modules', 'venv', '{arch}'],
};
/**
 * Finds the config pytest would use, searching from `dir` upwards in pytest's order:
 * pytest.ini / .pytest.ini (always), pyproject.toml ([tool.pytest.ini_options] or [tool.pytest]),
 * tox.ini ([pytest]), setup.cfg ([tool:pytest]).
 */
function readPytestConfig(dir, problems) {
    for (let current = dir;; current = external_node_path_default().dirname(current)) {
        const found = configIn(current, problems);
        if (found)
            return toConfig(found.file, current, found.section);
        if (external_node_path_default().dirname(current) === current)
            break;
    }
    return toConfig(null, dir, {});
}
function configIn(dir, problems) {
    const candidates = [
        ['pytest.ini', (t) => iniSection(t, 'pytest') ?? {}],
        ['.pytest.ini', (t) => iniSection(t, 'pytest') ?? {}],
        ['pyproject.toml', tomlSection],
        ['tox.ini', (t) => iniSection(t, 'pytest')],
        ['setup.cfg', (t) => iniSection(t, 'tool:pytest')],
    ];
    for (const [name, read] of candidates) {
        const file = external_node_path_default().join(dir, name);
        let text;
        try {
            text = external_node_fs_default().readFileSync(file, 'utf8');
        }
        catch {
            continue;
        }
        try {
            const section = read(text);
            if (section)
                return { file, section };
        }
        catch (err) {
            problems.push({
                severity: 'warning',
                file: name,
                title: 'Unreadable pytest config',
                message: `${file} could not be parsed (${String(err instanceof Error ? err.message : err).split('\n')[0]}); pytest's default naming is used instead. Fix the file or set \`paths\`.`,
            });
        }
    }
    return null;
}
function tomlSection(text) {
    const doc = parse(text);
    const tool = doc['tool'];
    const pytest = tool?.['pytest'];
    if (!pytest)
        return null;
    // pytest 9 reads native [tool.pytest]; older versions [tool.pytest.ini_options].
    const legacy = pytest['ini_options'];
    return legacy ?? pytest;
}
/**
 * configparser continues a value on indented lines; the `ini` package does not, so fold those
 * lines onto the key before parsing.
 */
function iniSection(text, name) {
    const folded = [];
    for (const line of text.split(/\r?\n/)) {
        if (/^[ \t]+\S/.test(line) && folded.length > 0 && !/^\s*[#;]/.test(line)) {
            folded[folded.length - 1] += ' ' + line.trim();
        }
        else {
            folded.push(line);
        }
    }
    const doc = (0,ini.parse)(folded.join('\n'));
    const section = doc[name];
    return section && typeof section === 'object' ? section : null;
}
function toConfig(source, rootDir, section) {
    const list = (key) => {
        const v = section[key];
        if (Array.isArray(v))
            return v.map(String);
        if (typeof v === 'string')
            return v.split(/\s+/).filter(Boolean);
        return undefined;
    };
    return {
        source,
        rootDir,
        testpaths: list('testpaths') ?? [],
        pythonFiles: list('python_files') ?? [...PYTEST_DEFAULTS.pythonFiles],
        pythonClasses: list('python_classes') ?? [...PYTEST_DEFAULTS.pythonClasses],
        pythonFunctions: list('python_functions') ?? [...PYTEST_DEFAULTS.pythonFunctions],
        norecursedirs: list('norecursedirs') ?? [...PYTEST_DEFAULTS.norecursedirs],
    };
}

;// CONCATENATED MODULE: ./src/timings/table.ts
function emptyTable() {
    return { tests: new Map(), files: new Map(), sources: [] };
}
/** Used when neither the file nor the suite has a single timed test. */
const DEFAULT_TEST_SECONDS = 1;
/**
 * Fills in the tests with no timing: the median per test of the same file, else of the whole
 * suite, else DEFAULT_TEST_SECONDS. A median, not a mean, so one slow outlier does not inflate
 * every new test of its file.
 */
function estimate(tests, table) {
    const seconds = new Map();
    const estimated = new Set();
    const untimed = [];
    for (const t of tests) {
        const own = table.tests.get(t.id);
        if (own !== undefined)
            seconds.set(t.id, own);
        else
            untimed.push(t);
    }
    // The medians only when a test needs one: with every test timed, sorting them is wasted.
    if (untimed.length === 0)
        return { seconds, estimated };
    const perFile = new Map();
    const all = [];
    for (const t of tests) {
        const s = table.tests.get(t.id);
        if (s === undefined)
            continue;
        all.push(s);
        const list = perFile.get(t.file);
        if (list)
            list.push(s);
        else
            perFile.set(t.file, [s]);
    }
    const suiteMedian = all.length > 0 ? median(all) : DEFAULT_TEST_SECONDS;
    const fileMedian = new Map();
    for (const t of untimed) {
        let m = fileMedian.get(t.file);
        if (m === undefined) {
            const list = perFile.get(t.file);
            m = list ? median(list) : suiteMedian;
            fileMedian.set(t.file, m);
        }
        seconds.set(t.id, m);
        estimated.add(t.id);
    }
    return { seconds, estimated };
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

;// CONCATENATED MODULE: ./src/plan/pack-jobs.ts
/**
 * The jobs being packed (src/plan/pack.ts), kept so that every question the packer asks costs
 * little: each job's units sorted by seconds (to find the unit nearest a wanted size by binary
 * search), which jobs hold each setup file, and a tournament tree for the least loaded job.
 */
class Jobs {
    count;
    model;
    loads;
    /** Per job: its units without setup files, sorted by seconds, then key. */
    plain;
    /** Per job: its units with setup files, sorted by seconds, then key. */
    withSetup;
    jobOf;
    /** Per setup file: job → how many of the job's units need it. */
    holders;
    /** Tournament tree over the jobs: each node holds the least loaded job below it (ties: lower index). */
    tree;
    leaves;
    sorted = false;
    constructor(count, model) {
        this.count = count;
        this.model = model;
        this.loads = new Float64Array(count);
        this.plain = Array.from({ length: count }, () => []);
        this.withSetup = Array.from({ length: count }, () => []);
        this.jobOf = new Int32Array(model.seconds.length).fill(-1);
        this.holders = Array.from(model.setup, () => new Map());
        let leaves = 1;
        while (leaves < count)
            leaves *= 2;
        this.leaves = leaves;
        this.tree = new Int32Array(2 * leaves).fill(-1);
        for (let j = 0; j < count; j++)
            this.tree[leaves + j] = j;
        for (let node = leaves - 1; node >= 1; node--)
            this.tree[node] = this.lighter(2 * node, 2 * node + 1);
    }
    lighter(a, b) {
        const x = this.tree[a];
        const y = this.tree[b];
        if (x < 0)
            return y;
        if (y < 0)
            return x;
        const lx = this.loads[x];
        const ly = this.loads[y];
        return lx < ly || (lx === ly && x < y) ? x : y;
    }
    loadChanged(job) {
        for (let node = (this.leaves + job) >> 1; node >= 1; node >>= 1)
            this.tree[node] = this.lighter(2 * node, 2 * node + 1);
    }
    /** The least loaded job (ties: the lower index), other than `except`. */
    lightest(except = -1) {
        const root = this.tree[1];
        if (root !== except)
            return root;
        let best = -1;
        for (let j = 0; j < this.count; j++) {
            if (j !== except && (best < 0 || this.loads[j] < this.loads[best]))
                best = j;
        }
        return best;
    }
    /** The most loaded job (ties: the lower index). */
    heaviest() {
        let best = 0;
        for (let j = 1; j < this.count; j++)
            if (this.loads[j] > this.loads[best])
                best = j;
        return best;
    }
    /** Every job but `except`, least loaded first (ties: the lower index). */
    byLoad(except) {
        const out = [];
        for (let j = 0; j < this.count; j++)
            if (j !== except)
                out.push(j);
        return out.sort((a, b) => this.loads[a] - this.loads[b] || a - b);
    }
    /** Jobs that hold a unit needing setup file `file`. */
    holdersOf(file) {
        return this.holders[file].keys();
    }
    /** Setup of `files` that `job` has not paid yet. */
    missingSetup(job, files) {
        let cost = 0;
        for (const f of files)
            if (!this.holders[f].has(job))
                cost += this.model.setup[f];
        return cost;
    }
    /** Seconds the unit adds to the job: its tests, plus the setup of files the job lacks. */
    addCost(job, unit) {
        return this.model.seconds[unit] + this.missingSetup(job, this.model.files[unit]);
    }
    /** Seconds the job sheds when the unit leaves it: setups no other unit there needs go too. */
    removeCost(job, unit) {
        let cost = this.model.seconds[unit];
        for (const f of this.model.files[unit])
            if (this.holders[f].get(job) === 1)
                cost += this.model.setup[f];
        return cost;
    }
    /** The larger of the two loads after swapping u (in a) with w (in b), setup included. */
    swapPeak(a, b, u, w) {
        return Math.max(this.afterSwap(a, u, w), this.afterSwap(b, w, u));
    }
    /** The job's load once `leaving` has left and `coming` has joined. */
    afterSwap(job, leaving, coming) {
        const { seconds, files, setup } = this.model;
        const out = files[leaving];
        const into = files[coming];
        let load = this.loads[job] - seconds[leaving] + seconds[coming];
        // A file both need stays paid; one only the leaving unit had there goes; one the job lacks comes.
        for (const f of out)
            if (this.holders[f].get(job) === 1 && !into.includes(f))
                load -= setup[f];
        for (const f of into)
            if (!this.holders[f].has(job) && !out.includes(f))
                load += setup[f];
        return load;
    }
    /** Index of the first unit in `list` (sorted by seconds) with at least `seconds`. */
    firstAtLeast(list, seconds) {
        const s = this.model.seconds;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (s[list[mid]] < seconds)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** Where the unit sits (or would sit) in a list sorted by seconds, then key. */
    position(list, unit) {
        const { seconds, rank } = this.model;
        const s = seconds[unit];
        const r = rank[unit];
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            const other = list[mid];
            if (seconds[other] < s || (seconds[other] === s && rank[other] < r))
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    listOf(job, unit) {
        return this.model.files[unit].length === 0 ? this.plain[job] : this.withSetup[job];
    }
    /**
     * Sorts each job's units by seconds for the search. Until then placing skips the lists: kept
     * sorted unit by unit, they would cost a shift of half a job per unit placed.
     */
    sortUnits() {
        const { seconds, rank } = this.model;
        for (const i of this.model.byKey)
            if (this.jobOf[i] >= 0)
                this.listOf(this.jobOf[i], i).push(i);
        for (const list of [...this.plain, ...this.withSetup])
            list.sort((a, b) => seconds[a] - seconds[b] || rank[a] - rank[b]);
        this.sorted = true;
    }
    place(job, unit) {
        this.loads[job] += this.addCost(job, unit);
        if (this.sorted) {
            const list = this.listOf(job, unit);
            list.splice(this.position(list, unit), 0, unit);
        }
        for (const f of this.model.files[unit]) {
            const held = this.holders[f];
            held.set(job, (held.get(job) ?? 0) + 1);
        }
        this.jobOf[unit] = job;
        this.loadChanged(job);
    }
    take(unit) {
        const job = this.jobOf[unit];
        this.loads[job] -= this.removeCost(job, unit);
        if (this.sorted) {
            const list = this.listOf(job, unit);
            list.splice(this.position(list, unit), 1);
        }
        for (const f of this.model.files[unit]) {
            const held = this.holders[f];
            const n = held.get(job) - 1;
            if (n === 0)
                held.delete(job);
            else
                held.set(job, n);
        }
        this.jobOf[unit] = -1;
        this.loadChanged(job);
    }
    /** Unit indexes per job, in key order. */
    unitsByJob() {
        const out = Array.from({ length: this.count }, () => []);
        for (const i of this.model.byKey)
            out[this.jobOf[i]].push(i);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/plan/pack.ts
/**
 * Packing units (groups kept whole, files, single tests) into a fixed number of jobs so that the
 * heaviest job is as light as possible. Pure and deterministic: every choice is made in a fixed
 * order (unit key, job index), so the same input always gives the same jobs (a re-run job runs
 * the same tests).
 */

/** Below this, two loads are the same: float sums in another order may differ in the last bits. */
const EPS = 1e-9;
/** Moves and swaps per packing; each lowers the heaviest job. */
const MAX_STEPS = 2000;
/**
 * The search stops this close to the lower bound (relative): a hundred-thousandth of a job's
 * time (3 ms in 5 minutes) is far below how much a test's time varies from run to run, and LPT
 * on many small tests gets there.
 */
const CLOSE_ENOUGH = 1e-5;
/**
 * LPT (largest unit first, to the job it leaves least loaded; ties to the lower job index), then
 * a local search that moves or swaps units out of the heaviest job while that strictly lowers it
 * without raising the other job to its old load.
 *
 * Without file setup the LPT pass is pytest-split's least_duration exactly (largest first, ties
 * by key; least loaded job, ties by index), and the search only ever lowers the heaviest job, so
 * the result is never worse than it.
 *
 * Unit by unit, LPT spreads the tests of a file with a costly setup over several jobs (an empty
 * job looks lighter than one that already paid the setup), and single moves cannot gather them
 * again. So with setup the same is also done starting from each file's units placed together,
 * and the lighter result wins (ties: the unit-by-unit one).
 */
function pack(units, jobCount, setup = new Map()) {
    const model = modelOf(units, setup);
    const count = Math.max(1, jobCount);
    const bound = lowerBoundOf(model, count);
    const singles = model.byKey.map((i) => [i]);
    const clusters = setupClusters(model);
    if (clusters.length === units.length)
        return packingOf(improve(lpt(singles, model, count), model, bound));
    const together = improve(lpt(clusters, model, count), model, bound);
    // The unit-by-unit start is searched only when it is already lighter than what the clusters
    // gave: from a heavier one, the search would gather a split file back one unit a step.
    const plain = lpt(singles, model, count);
    if (peak(plain.loads) >= peak(together.loads) - EPS)
        return packingOf(together);
    improve(plain, model, bound);
    return packingOf(peak(together.loads) < peak(plain.loads) - EPS ? together : plain);
}
function packingOf(jobs) {
    return { jobs: jobs.unitsByJob(), loads: Array.from(jobs.loads) };
}
function peak(loads) {
    let max = 0;
    for (let j = 0; j < loads.length; j++)
        if (loads[j] > max)
            max = loads[j];
    return max;
}
const compareKeys = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
/** The units with setup files interned (only files with a setup cost matter) and keys ranked. */
function modelOf(units, setupOf) {
    const n = units.length;
    // File ids in name order, so that nothing depends on the order the units come in.
    const names = new Set();
    for (const u of units)
        for (const f of u.files)
            if ((setupOf.get(f) ?? 0) > 0)
                names.add(f);
    const ids = new Map([...names].sort().map((f, id) => [f, id]));
    const setup = Float64Array.from([...ids.keys()], (f) => setupOf.get(f));
    const seconds = new Float64Array(n);
    const own = new Float64Array(n);
    const files = [];
    let maxOwn = 0;
    units.forEach((u, i) => {
        seconds[i] = u.seconds;
        const mine = [...new Set(u.files.flatMap((f) => ids.get(f) ?? []))].sort((a, b) => a - b);
        for (const id of mine)
            own[i] += setup[id];
        files.push(mine);
        maxOwn = Math.max(maxOwn, own[i]);
    });
    const rank = new Int32Array(n);
    const byKey = keyOrder(units);
    byKey.forEach((i, r) => (rank[i] = r));
    return { seconds, files, setup, own, rank, byKey, maxOwn };
}
/**
 * Unit indexes in key order (`<` on strings; equal keys, which callers never give, by index). The
 * keys are sorted by the engine's own string order, much faster than a comparator on 50,000 keys.
 */
function keyOrder(units) {
    const position = new Map();
    units.forEach((u, i) => {
        if (!position.has(u.key))
            position.set(u.key, i);
    });
    if (position.size < units.length)
        return units.map((_, i) => i).sort((a, b) => compareKeys(units[a].key, units[b].key) || a - b);
    return [...position.keys()].sort().map((key) => position.get(key));
}
/** Units needing the same files with a setup cost, in one cluster each; other units alone. */
function setupClusters(model) {
    const bySet = new Map();
    const clusters = [];
    for (const i of model.byKey) {
        const files = model.files[i];
        if (files.length === 0) {
            clusters.push([i]);
            continue;
        }
        const key = files.join(',');
        const cluster = bySet.get(key);
        if (cluster)
            cluster.push(i);
        else {
            const fresh = [i];
            bySet.set(key, fresh);
            clusters.push(fresh);
        }
    }
    return clusters;
}
/** LPT over clusters placed whole, largest first (ties: the first key). */
function lpt(clusters, model, count) {
    const jobs = new Jobs(count, model);
    const costs = clusters.map((c) => c.length === 1
        ? model.seconds[c[0]] + model.own[c[0]]
        : clusterSeconds(c, model) + clusterSetup(c, model));
    const order = clusters
        .map((_, k) => k)
        .sort((a, b) => costs[b] - costs[a] || model.rank[clusters[a][0]] - model.rank[clusters[b][0]]);
    for (const k of order) {
        const members = clusters[k];
        const target = leastLoadedFor(jobs, members, model);
        for (const i of members)
            jobs.place(target, i);
    }
    return jobs;
}
function clusterSeconds(members, model) {
    let s = 0;
    for (const i of members)
        s += model.seconds[i];
    return s;
}
function clusterFiles(members, model) {
    if (members.length === 1)
        return model.files[members[0]];
    return [...new Set(members.flatMap((i) => model.files[i]))];
}
function clusterSetup(members, model) {
    let s = 0;
    for (const f of clusterFiles(members, model))
        s += model.setup[f];
    return s;
}
/**
 * The job the cluster leaves least loaded (ties: the lower index). Only the least loaded job and
 * the jobs that already hold one of its setup files can be it: any other job pays every setup
 * on top of a load no lighter.
 */
function leastLoadedFor(jobs, members, model) {
    const seconds = members.length === 1 ? model.seconds[members[0]] : clusterSeconds(members, model);
    const files = clusterFiles(members, model);
    let best = jobs.lightest();
    let bestLoad = jobs.loads[best] + seconds + jobs.missingSetup(best, files);
    for (const f of files) {
        for (const j of jobs.holdersOf(f)) {
            const load = jobs.loads[j] + seconds + jobs.missingSetup(j, files);
            if (load < bestLoad || (load === bestLoad && j < best)) {
                best = j;
                bestLoad = load;
            }
        }
    }
    return best;
}
/** max(total / jobs, largest unit): no packing can beat it. */
function lowerBoundOf(model, count) {
    let total = 0;
    let largest = 0;
    for (const i of model.byKey) {
        total += model.seconds[i];
        largest = Math.max(largest, model.seconds[i] + model.own[i]);
    }
    for (const s of model.setup)
        total += s;
    return Math.max(total / count, largest, 0);
}
/**
 * Moves or swaps out of the heaviest job while that strictly lowers it without raising the other
 * job to its old load; stops at the lower bound. Each step looks only where the best change can
 * be: the lightest job for a unit without setup, the jobs holding a setup unit's files, and for
 * swaps the units of the other job whose seconds are nearest to the one that evens the pair.
 */
function improve(jobs, model, bound) {
    if (jobs.count < 2)
        return jobs;
    const enough = bound + Math.max(EPS, bound * CLOSE_ENOUGH);
    if (peak(jobs.loads) <= enough)
        return jobs;
    jobs.sortUnits();
    for (let step = 0; step < MAX_STEPS; step++) {
        const h = jobs.heaviest();
        if (jobs.loads[h] <= enough)
            break;
        const change = bestMove(jobs, model, h) ?? bestSwap(jobs, model, h);
        if (!change)
            break;
        jobs.take(change.unit);
        if (change.back >= 0) {
            jobs.take(change.back);
            jobs.place(h, change.back);
        }
        jobs.place(change.to, change.unit);
    }
    return jobs;
}
function bestMove(jobs, model, h) {
    const heavy = jobs.loads[h];
    const light = jobs.lightest(h);
    const lightLoad = jobs.loads[light];
    let best = null;
    let bestPeak = heavy - EPS;
    const consider = (unit, to, p) => {
        if (p < bestPeak - EPS) {
            bestPeak = p;
            best = { peak: p, unit, to, back: -1 };
        }
    };
    // Without setup, max(heavy - s, light + s) is least for s nearest (heavy - light) / 2.
    const plain = jobs.plain[h];
    const at = jobs.firstAtLeast(plain, (heavy - lightLoad) / 2);
    for (const k of [at - 1, at]) {
        const u = plain[k];
        if (u === undefined)
            continue;
        const s = model.seconds[u];
        consider(u, light, Math.max(heavy - s, lightLoad + s));
    }
    for (const u of jobs.withSetup[h]) {
        const left = heavy - jobs.removeCost(h, u);
        if (left >= bestPeak - EPS)
            continue;
        consider(u, light, Math.max(left, lightLoad + jobs.addCost(light, u)));
        for (const f of model.files[u]) {
            for (const j of jobs.holdersOf(f)) {
                if (j !== h)
                    consider(u, j, Math.max(left, jobs.loads[j] + jobs.addCost(j, u)));
            }
        }
    }
    return best;
}
/**
 * The best swap of a unit of the heaviest job with a unit of another job. Jobs are tried from
 * the lightest up, and the search stops at the first one whose load even a perfect swap could
 * not bring low enough (half the pair's loads, less what setup a swap can shed).
 */
function bestSwap(jobs, model, h) {
    const heavy = jobs.loads[h];
    const { seconds, files } = model;
    let best = null;
    let bestPeak = heavy - EPS;
    const inHeavy = [...jobs.plain[h], ...jobs.withSetup[h]];
    for (const o of jobs.byLoad(h)) {
        const other = jobs.loads[o];
        if ((heavy + other) / 2 - model.maxOwn >= bestPeak - EPS)
            break;
        const plain = jobs.plain[o];
        const withSetup = jobs.withSetup[o];
        for (const u of inHeavy) {
            const su = seconds[u];
            const pure = files[u].length === 0;
            const out = pure ? su : jobs.removeCost(h, u);
            if (heavy - out >= bestPeak - EPS)
                continue;
            const into = pure ? su : jobs.addCost(o, u);
            // The seconds of a unit from `o` that would leave both jobs equal, setup aside.
            const even = (other + into - heavy + out) / 2;
            // Between units without setup the result is least at the nearest unit on either side.
            const at = jobs.firstAtLeast(plain, even);
            for (let k = at - 1; k <= at; k++) {
                const w = plain[k];
                if (w === undefined)
                    continue;
                const p = Math.max(heavy - out + seconds[w], other - seconds[w] + into);
                if (p < bestPeak - EPS) {
                    bestPeak = p;
                    best = { peak: p, unit: u, to: o, back: w };
                }
            }
            // A unit with setup may shed or add some: its nearest neighbours are tried exactly.
            const near = jobs.firstAtLeast(withSetup, even);
            for (let k = near - 2; k <= near + 1; k++) {
                const w = withSetup[k];
                if (w === undefined)
                    continue;
                const p = jobs.swapPeak(h, o, u, w);
                if (p < bestPeak - EPS) {
                    bestPeak = p;
                    best = { peak: p, unit: u, to: o, back: w };
                }
            }
        }
    }
    return best;
}
/** The standalone cost of a unit: its tests and all its files' setup. */
function unitCost(unit, setup) {
    let cost = unit.seconds;
    for (const f of unit.files)
        cost += setup.get(f) ?? 0;
    return cost;
}
/** max(total / jobs, largest unit): no packing can beat it. */
function lowerBound(units, jobCount, setup = new Map()) {
    return lowerBoundOf(modelOf(units, setup), Math.max(1, jobCount));
}

;// CONCATENATED MODULE: ./src/plan/group-order.ts
/** Integer groups first in numeric order, then string groups in code-point order. */
function compareGroups(a, b) {
    const an = typeof a === 'number';
    const bn = typeof b === 'number';
    if (an && bn)
        return a - b;
    if (an !== bn)
        return an ? -1 : 1;
    const as = String(a);
    const bs = String(b);
    return as < bs ? -1 : as > bs ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/plan/balance.ts



/**
 * A packed job's id (`shard_2_of_4`, see plan.ts). Unpacked ids end in `_group_<g>` or
 * `ungrouped`, or are `group_<g>`, so they never take this form.
 */
function isShardId(id) {
    return /^shard_\d+_of_\d+$/.test(id);
}
/** Packing mode: a job may hold several units. Without it, planning is one job per bucket. */
function isPacking(s) {
    return s.jobs !== null || s.targetMinutes !== null || s.ungrouped === 'balance';
}
/**
 * Annotated groups are units never split; ungrouped tests are single-test units with
 * `ungrouped: balance` (pytest selects single tests), else one unit per bucket (a file's
 * ungrouped tests in file scope, all of them in global scope).
 */
function unitsOf(buckets, s, seconds) {
    const units = [];
    let order = 0;
    const sum = (tests) => tests.reduce((n, t) => n + (seconds.get(t.id) ?? 0), 0);
    for (const b of buckets) {
        if (b.groupValue === null && s.ungrouped === 'balance') {
            for (const t of b.tests) {
                units.push({
                    key: t.id,
                    label: t.id,
                    seconds: seconds.get(t.id) ?? 0,
                    files: [t.file],
                    groupValue: null,
                    runner: b.runner,
                    tests: [t],
                    order: order++,
                });
            }
            continue;
        }
        const group = b.groupValue === null ? 'ungrouped' : `group ${String(b.groupValue)}`;
        const label = b.file === null ? group : `${b.file} | ${group}`;
        const files = [...new Set(b.tests.map((t) => t.file))].sort();
        units.push({
            key: label,
            label,
            seconds: sum(b.tests),
            files,
            groupValue: b.groupValue,
            runner: b.runner,
            tests: b.tests,
            order,
        });
        order += b.tests.length;
    }
    return units;
}
/** Predicted seconds of every test (timings or estimates) and the summary numbers' inputs. */
function predictTests(tests, timings) {
    const table = timings ?? {
        tests: new Map(),
        files: new Map(),
        sources: [],
    };
    return { ...estimate(tests, table), setup: table.files, timed: timings !== null && table.tests.size > 0 };
}
/** Seconds one job takes: its tests and, once, each of its files' setup. */
function jobSeconds(tests, seconds, setup) {
    const files = new Set(tests.map((t) => t.file));
    let total = tests.reduce((n, t) => n + (seconds.get(t.id) ?? 0), 0);
    for (const f of files)
        total += setup.get(f) ?? 0;
    return total;
}
/** Units → jobs, per runner (a job runs one runner), the count chosen as the settings ask. */
function packBuckets(buckets, s) {
    const allTests = buckets.flatMap((b) => b.tests);
    const prediction = predictTests(allTests, s.timings);
    const { seconds, setup } = prediction;
    const units = unitsOf(buckets, s, seconds);
    const runners = [...new Set(units.map((u) => u.runner))].sort();
    const byRunner = runners.map((r) => units.filter((u) => u.runner === r));
    const loads = byRunner.map((us) => us.reduce((n, u) => n + unitCost(u, setup), 0));
    const notes = [];
    const jobs = [];
    let bounding = null;
    let lowerBound = 0;
    let counts = split(s.jobs ?? 0, loads, byRunner.map((u) => u.length));
    if (s.jobs === null)
        counts = byRunner.map(() => 0);
    byRunner.forEach((us, r) => {
        const chosen = chooseCount(us, setup, s, counts[r], Math.max(1, Math.floor((s.maxJobs * loads[r]) / (sum(loads) || 1))), notes);
        const total = loads[r];
        const largest = largestUnit(us, setup);
        const lb = Math.max(total / chosen.count, unitCost(largest, setup));
        lowerBound = Math.max(lowerBound, lb);
        if (chosen.count > 1 &&
            unitCost(largest, setup) > total / chosen.count + 1e-9 &&
            Math.max(...chosen.packing.loads) <= unitCost(largest, setup) + 1e-9) {
            bounding = largest.label;
        }
        // Each job's units in plan order: `us` is in plan order, so one pass sorts them all.
        const jobOf = new Int32Array(us.length);
        chosen.packing.jobs.forEach((members, j) => members.forEach((i) => (jobOf[i] = j)));
        const byJob = chosen.packing.jobs.map(() => []);
        us.forEach((u, i) => byJob[jobOf[i]].push(u));
        byJob.forEach((inJob) => {
            if (inJob.length === 0)
                return;
            const tests = inJob.flatMap((u) => u.tests);
            const groups = [...new Set(inJob.map((u) => u.groupValue))].sort((a, b) => a === null ? 1 : b === null ? -1 : compareGroups(a, b));
            jobs.push({ tests, groups, runner: us[0].runner, seconds: jobSeconds(tests, seconds, setup) });
        });
    });
    const info = summarise(jobs.map((j) => j.seconds), allTests, prediction, s, lowerBound, bounding);
    return { jobs, info, notes };
}
/** The unit that costs most alone (ties: the first). */
function largestUnit(units, setup) {
    let best = units[0];
    let bestCost = unitCost(best, setup);
    for (const u of units) {
        const cost = unitCost(u, setup);
        if (cost > bestCost) {
            best = u;
            bestCost = cost;
        }
    }
    return best;
}
function sum(xs) {
    return xs.reduce((a, b) => a + b, 0);
}
/** An exact job count split across runners in proportion to their load, at least one each. */
function split(total, loads, unitCounts) {
    if (loads.length === 1)
        return [total];
    const all = sum(loads) || 1;
    return loads.map((l, i) => Math.min(unitCounts[i], Math.max(1, Math.round((total * l) / all))));
}
function chooseCount(units, setup, s, exact, cap, notes) {
    const most = Math.max(1, Math.min(cap, units.length));
    if (s.jobs !== null) {
        const count = Math.max(1, Math.min(exact, most));
        if (count < s.jobs && units.length < s.jobs) {
            notes.push(`jobs is ${s.jobs}, but there are only ${units.length} units (groups are never split): the plan has ${count} jobs.`);
        }
        return { count, packing: pack(units, count, setup) };
    }
    if (s.targetMinutes !== null) {
        const target = s.targetMinutes * 60;
        const total = units.reduce((n, u) => n + unitCost(u, setup), 0);
        const largest = unitCost(largestUnit(units, setup), setup);
        const room = target - s.jobOverheadSeconds;
        const start = room > 0 ? Math.min(most, Math.max(1, Math.ceil(total / room))) : most;
        let best = null;
        for (let n = start; n <= most; n++) {
            const packing = pack(units, n, setup);
            const peak = Math.max(...packing.loads);
            if (peak + s.jobOverheadSeconds <= target + 1e-9)
                return { count: n, packing };
            if (!best || peak < best.peak - 1e-9)
                best = { count: n, packing, peak };
            // No count can go below the largest unit: more jobs would only cost machine time.
            if (peak <= largest + 1e-9)
                break;
        }
        const chosen = best ?? { count: most, packing: pack(units, most, setup), peak: 0 };
        notes.push(`No job count up to ${most} meets target-minutes ${s.targetMinutes} (with ${s.jobOverheadSeconds} s overhead per job); ${chosen.count} jobs give the least wall time.`);
        return chosen;
    }
    // `ungrouped: balance` alone: as many jobs as there are groups (the ungrouped tests join them).
    const groups = units.filter((u) => u.groupValue !== null).length;
    const count = Math.max(1, Math.min(most, groups));
    return { count, packing: pack(units, count, setup) };
}
function summarise(loads, tests, prediction, s, lowerBound, bounding) {
    const serial = jobSeconds(tests, prediction.seconds, prediction.setup);
    const known = {};
    for (const t of tests)
        if (!prediction.estimated.has(t.id))
            known[t.id] = prediction.seconds.get(t.id);
    return {
        timed: prediction.timed,
        testSeconds: known,
        estimated: prediction.estimated.size,
        overheadSeconds: s.jobOverheadSeconds,
        wallSeconds: Math.max(0, ...loads) + (loads.length > 0 ? s.jobOverheadSeconds : 0),
        machineSeconds: sum(loads) + s.jobOverheadSeconds * loads.length,
        serialSeconds: serial + s.jobOverheadSeconds,
        lowerBoundSeconds: lowerBound,
        boundingUnit: bounding,
        targetMinutes: s.targetMinutes,
    };
}
/** Timings given but no packing: every job keeps its bucket; only the seconds are predicted. */
function predictJobs(jobs, s) {
    const tests = jobs.flatMap((j) => j.tests);
    const prediction = predictTests(tests, s.timings);
    const loads = jobs.map((j) => jobSeconds(j.tests, prediction.seconds, prediction.setup));
    jobs.forEach((j, i) => (j.seconds = loads[i]));
    const lb = Math.max(0, ...loads);
    return summarise(loads, tests, prediction, s, lb, null);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/plan/ids.ts

/** Longest id; Postgres allows 63 bytes for a name, and ids get prefixes and worker suffixes. */
const MAX_ID = 48;
const HASH_CHARS = 8;
/** Lowercase, every run of characters outside [a-z0-9] turned into one `_`, trimmed of `_`. */
function slug(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
}
/**
 * A stable id safe in artifact names, database names and file names: [a-z0-9_], starting with a
 * letter, at most 48 characters (a long one keeps its head and a hash of the whole).
 * The pytest plugin's `--collect-groups` builds ids with the same rule.
 */
function safeId(raw) {
    let id = /^[0-9]/.test(raw) ? `t_${raw}` : raw;
    if (id.length > MAX_ID) {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(id).digest('hex').slice(0, HASH_CHARS);
        id = `${id.slice(0, MAX_ID - HASH_CHARS - 1)}_${hash}`;
    }
    return id;
}
/** Makes ids unique in job order: the second `x` becomes `x_2`, the third `x_3`. */
function uniqueIds(ids) {
    const taken = new Set();
    return ids.map((id) => {
        let candidate = id;
        for (let n = 2; taken.has(candidate); n++)
            candidate = `${id}_${n}`;
        taken.add(candidate);
        return candidate;
    });
}

;// CONCATENATED MODULE: ./src/plan/runs-on.ts

/** The first rule whose pattern matches the group id wins; then `default`; else none. */
function runsOnFor(map, groupId) {
    if (!map)
        return undefined;
    for (const rule of map.rules) {
        if (rule.pattern === groupId || picomatch_default().isMatch(groupId, rule.pattern, { dot: true }))
            return rule.runsOn;
    }
    return map.fallback;
}

;// CONCATENATED MODULE: ./src/plan/plan.ts





const UNGROUPED_ID = 'ungrouped';
/**
 * Tests → jobs. File scope: one job per file × group; global scope: one job per group.
 * Ungrouped tests follow the policy and are never dropped without being listed.
 */
function planJobs(results, settings) {
    const problems = [];
    const buckets = new Map();
    const skipped = [];
    let totalTests = 0;
    for (const result of results) {
        for (const test of result.tests) {
            totalTests++;
            if (test.group === null) {
                if (settings.ungrouped === 'skip') {
                    skipped.push(test);
                    continue;
                }
                if (settings.ungrouped === 'error')
                    problems.push(ungroupedError(test, settings.marker));
            }
            const file = settings.scope === 'file' ? result.file : null;
            const groupKey = test.group === null ? '\u0000' : String(test.group);
            const key = `${file ?? ''}\u0000${groupKey}\u0000${result.runner}`;
            let bucket = buckets.get(key);
            if (!bucket) {
                bucket = { file, groupValue: test.group, runner: result.runner, tests: [] };
                buckets.set(key, bucket);
            }
            else if (typeof test.group === 'number' && typeof bucket.groupValue === 'string') {
                // group(1) and group("1") are the same group, as `--group 1` selects both; the
                // integer spelling wins so group_number stays a number.
                bucket.groupValue = test.group;
            }
            bucket.tests.push(test);
        }
    }
    const ordered = [...buckets.values()].sort(compareBuckets);
    const balance = balanceSettings(settings);
    if (isPacking(balance)) {
        const packed = packedPlan(ordered, settings, balance);
        problems.push(...packed.problems);
        return {
            plan: {
                scope: settings.scope,
                marker: settings.marker,
                ungrouped: settings.ungrouped,
                jobs: packed.jobs,
                skipped,
                totalTests,
                balance: packed.info,
            },
            problems,
        };
    }
    const ids = uniqueIds(ordered.map((b) => safeId(rawId(b))));
    const jobs = ordered.map((bucket, index) => {
        const groupId = bucket.groupValue === null ? UNGROUPED_ID : String(bucket.groupValue);
        const files = [...new Set(bucket.tests.map((t) => t.file))].sort();
        const job = {
            id: ids[index],
            name: jobName(bucket),
            index,
            groupId,
            groupValue: bucket.groupValue,
            files,
            tests: bucket.tests,
            runner: bucket.runner,
        };
        const runsOn = runsOnFor(settings.runners, groupId);
        if (runsOn !== undefined)
            job.runsOn = runsOn;
        return job;
    });
    if (jobs.length > settings.maxJobs)
        problems.push(tooManyJobs(jobs.length, settings));
    const plan = {
        scope: settings.scope,
        marker: settings.marker,
        ungrouped: settings.ungrouped,
        jobs,
        skipped,
        totalTests,
    };
    if (balance.timings)
        plan.balance = predictJobs(jobs, balance);
    return { plan, problems };
}
function balanceSettings(s) {
    return {
        ungrouped: s.ungrouped,
        maxJobs: s.maxJobs,
        jobs: s.jobs ?? null,
        targetMinutes: s.targetMinutes ?? null,
        jobOverheadSeconds: s.jobOverheadSeconds ?? 0,
        timings: s.timings ?? null,
    };
}
/**
 * Packed jobs get ids from their position and the count, `shard_2_of_4`: stable names for
 * required checks and re-runs, while the tests inside may move between shards as timings change.
 */
function packedPlan(ordered, settings, balance) {
    const { jobs: packed, info, notes } = packBuckets(ordered, balance);
    const problems = notes.map((message) => ({
        severity: 'notice',
        title: 'Job count',
        message,
    }));
    const n = packed.length;
    const jobs = packed.map((p, index) => {
        const named = p.groups.filter((g) => g !== null);
        const single = p.groups.length === 1 ? p.groups[0] : undefined;
        const groupId = single === undefined ? 'mixed' : single === null ? UNGROUPED_ID : String(single);
        const job = {
            id: `shard_${index + 1}_of_${n}`,
            name: `shard ${index + 1} of ${n}`,
            index,
            groupId,
            groupValue: single ?? (named.length === 1 && p.groups.length === 1 ? named[0] : null),
            files: [...new Set(p.tests.map((t) => t.file))].sort(),
            tests: p.tests,
            runner: p.runner,
            seconds: p.seconds,
        };
        if (p.groups.length > 1)
            job.groups = p.groups;
        const runsOn = runsOnFor(settings.runners, groupId);
        if (runsOn !== undefined)
            job.runsOn = runsOn;
        return job;
    });
    return { jobs, info, problems };
}
function compareBuckets(a, b) {
    const af = a.file ?? '';
    const bf = b.file ?? '';
    if (af !== bf)
        return af < bf ? -1 : 1;
    if (a.groupValue === null || b.groupValue === null) {
        if (a.groupValue !== b.groupValue)
            return a.groupValue === null ? 1 : -1;
    }
    else {
        const byGroup = compareGroups(a.groupValue, b.groupValue);
        if (byGroup !== 0)
            return byGroup;
    }
    return a.runner < b.runner ? -1 : a.runner > b.runner ? 1 : 0;
}
function rawId(b) {
    const group = b.groupValue === null ? UNGROUPED_ID : `group_${slug(String(b.groupValue))}`;
    return b.file === null ? group : `${slug(b.file)}_${group}`;
}
/** `<file> | group 1`: the original practice's job_name; `name` uses the basename to stay short. */
function jobLabel(file, groupValue) {
    const group = groupValue === null ? UNGROUPED_ID : `group ${String(groupValue)}`;
    return file === null ? group : `${file} | ${group}`;
}
function jobName(b) {
    return jobLabel(b.file === null ? null : external_node_path_default().posix.basename(b.file), b.groupValue);
}
function ungroupedError(test, marker) {
    const example = marker.includes('*')
        ? `@pytest.mark.${marker.replace('*', 'db')}`
        : `@pytest.mark.${marker}(1)`;
    return {
        severity: 'error',
        file: test.file,
        line: test.line,
        title: 'Test without a group',
        message: `${test.id} has no '${marker}' marker, and ungrouped is 'error'. Add one (for example ${example}) to the test, its class or the module's pytestmark, or set ungrouped to 'job' to run such tests in a job of their own.`,
    };
}
function tooManyJobs(needed, settings) {
    const hint = settings.scope === 'file'
        ? 'Use scope: global so that a group spans files, use fewer group values per file, or split the suite across several collect steps (each its own matrix).'
        : 'Use fewer groups, or split the suite across several collect steps (each its own matrix).';
    return {
        severity: 'error',
        title: 'Too many jobs',
        message: `The plan needs ${needed} jobs, but max-jobs is ${settings.maxJobs}${settings.maxJobs === 256 ? " (GitHub's matrix limit)" : ''}. ${hint}`,
    };
}

;// CONCATENATED MODULE: ./src/emit/groups-output.ts



function entry(job, scope, withFiles) {
    const out = {
        id: job.id,
        name: job.name,
        index: job.index,
        group_id: job.groupId,
    };
    if (withFiles)
        out['files'] = job.files;
    out['tests'] = job.tests.length;
    // Only with timings or packing, so the plain output stays what `--collect-groups` prints.
    if (job.seconds !== undefined)
        out['seconds'] = Math.round(job.seconds);
    // Which runner-side filter the job uses (a monorepo mixes pytest and JS runners).
    out['runner'] = job.runner;
    // A packed shard holds several files and groups: one file and group would mislead, and
    // `pytest FILE --group N` would not select the shard. It is selected through the plan.
    if (scope === 'file' && !isShardId(job.id)) {
        // The original `--collect-groups` fields, so workflows written for it work unchanged.
        const file = job.files[0] ?? '';
        out['path_to_test_file'] = file;
        out['group_number'] = job.groupValue;
        out['job_name'] = jobLabel(file, job.groupValue);
    }
    if (job.runsOn !== undefined)
        out['runs-on'] = job.runsOn;
    return out;
}
/**
 * The `groups` output: small enough for GitHub's 1 MB of outputs per job (counted as UTF-16,
 * so about 500K characters). When the file lists would not fit they are left out (the plan file
 * has them) with a warning; when even that does not fit, an error.
 */
function groupsOutput(plan, budget = GROUPS_OUTPUT_BUDGET) {
    const full = JSON.stringify(plan.jobs.map((j) => entry(j, plan.scope, true)));
    if (full.length <= budget)
        return { json: full, problems: [] };
    const slim = JSON.stringify(plan.jobs.map((j) => entry(j, plan.scope, false)));
    if (slim.length <= budget) {
        return {
            json: slim,
            problems: [
                {
                    severity: 'warning',
                    title: 'File lists left out of the groups output',
                    message: `With every job's file list the groups output would be ${full.length} characters, over the ${budget} this action allows itself (GitHub keeps at most 1 MB of outputs per job). The lists were left out; read each job's files from the plan file (output plan-file), where the runner-side filters (pytest's --group-plan, the Jest, Vitest and Playwright filters) find them.`,
                },
            ],
        };
    }
    return {
        json: slim,
        problems: [
            {
                severity: 'error',
                title: 'groups output too large',
                message: `The groups output is ${slim.length} characters even without file lists, over the ${budget} allowed (GitHub keeps at most 1 MB of outputs per job). Reduce the number of jobs with max-jobs or scope: global.`,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./src/emit/annotations.ts

/**
 * GitHub shows 10 annotations of each type per step and silently drops the rest, so choose which
 * 10 to show (errors in file order) and let the summary list everything.
 */
function pickAnnotations(problems) {
    const shown = [];
    let hidden = 0;
    for (const severity of ['error', 'warning', 'notice']) {
        const ofType = problems.filter((p) => p.severity === severity);
        shown.push(...ofType.slice(0, ANNOTATIONS_PER_TYPE));
        hidden += Math.max(0, ofType.length - ANNOTATIONS_PER_TYPE);
    }
    return { shown, hidden };
}
/** Stable problem order: by file, line, then title; problems without a file first. */
function sortProblems(problems) {
    const key = (p) => `${p.file ?? ''}\u0000${String(p.line ?? 0).padStart(9, '0')}\u0000${p.title}\u0000${p.message}`;
    return [...problems].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

;// CONCATENATED MODULE: ./src/emit/markdown.ts
/** Markdown for GitHub step summaries, shared by the plan summary and the report summary. */
/** A table cell's text: no pipes or newlines to break the table. */
function cell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/**
 * Joins the head and the sections, stopping before GitHub's 1 MiB step summary limit (over it the
 * upload is refused and the step is not even failed), and saying how many lines were left out and
 * where the whole story is (`elsewhere`).
 */
function fitToBudget(head, sections, budget, elsewhere) {
    const lines = [...head];
    let size = Buffer.byteLength(lines.join('\n'), 'utf8');
    let dropped = 0;
    for (const section of sections) {
        for (const line of section) {
            const cost = Buffer.byteLength(line, 'utf8') + 1;
            if (dropped > 0 || size + cost > budget - 500) {
                dropped++;
                continue;
            }
            lines.push(line);
            size += cost;
        }
    }
    if (dropped > 0) {
        lines.push('', `_Summary truncated: ${dropped} more lines left out to stay under GitHub's 1 MiB step summary limit. ${elsewhere}_`);
    }
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/emit/summary.ts


/** Markdown cell text: no pipes or newlines to break the table. */
function where(p) {
    if (!p.file)
        return '';
    return p.line ? `${p.file}:${p.line}` : p.file;
}
/**
 * The job summary: a table of jobs, then every problem. GitHub refuses a step summary over 1 MiB
 * (and does not fail the step), so rows past the budget are replaced by a note saying how many.
 */
function summaryMarkdown(plan, problems, budget = SUMMARY_BUDGET) {
    const head = ['## group-matrix plan', ''];
    if (plan.jobs.length === 0) {
        head.push(plan.totalTests === 0
            ? "**No tests found**: `groups` is `[]` and `count` is `0`. Guard the matrix job with `if: needs.<collect>.outputs.count != '0'`."
            : `**No jobs**: all ${plan.totalTests} tests were skipped.`, '');
    }
    else {
        const files = new Set(plan.jobs.flatMap((j) => j.files)).size;
        const planned = plan.jobs.reduce((n, j) => n + j.tests.length, 0);
        head.push(`${plan.jobs.length} jobs, ${planned} tests in ${files} files (scope \`${plan.scope}\`, marker \`${plan.marker}\`).`, '', ...balanceLines(plan));
    }
    const sections = [];
    if (plan.jobs.length > 0) {
        sections.push([
            `| # | job | id | group | tests | files |${plan.balance ? ' seconds |' : ''}`,
            `|--:|---|---|---|--:|--:|${plan.balance ? '--:|' : ''}`,
            ...plan.jobs.map((j) => `| ${j.index} | ${cell(j.name)} | \`${j.id}\` | ${cell(j.groupId)} | ${j.tests.length} | ${j.files.length} |${plan.balance ? ` ${Math.round(j.seconds ?? 0)} |` : ''}`),
        ]);
    }
    if (plan.skipped.length > 0) {
        sections.push([
            '',
            `### ${plan.skipped.length} ungrouped tests skipped (ungrouped: skip)`,
            '',
            ...plan.skipped.map((t) => `- \`${cell(t.id)}\` (${t.file}:${t.line})`),
        ]);
    }
    if (problems.length > 0) {
        sections.push([
            '',
            `### Problems (${problems.length})`,
            '',
            '| severity | where | problem |',
            '|---|---|---|',
            ...problems.map((p) => `| ${p.severity} | ${cell(where(p))} | **${cell(p.title)}**: ${cell(p.message)} |`),
        ]);
    }
    return fitToBudget(head, sections, budget, 'The plan file (output plan-file) has every job and test.');
}
/** Predicted times, from timings of earlier runs (or test counts when there were none). */
function balanceLines(plan) {
    const b = plan.balance;
    if (!b)
        return [];
    const lines = [
        `Predicted wall time **${duration(b.wallSeconds)}** (heaviest job plus ${b.overheadSeconds} s overhead); total machine time ${duration(b.machineSeconds)}; serial time ${duration(b.serialSeconds)}.`,
        b.timed
            ? `${b.estimated} of ${plan.totalTests - plan.skipped.length} tests had no timing and were estimated (median of their file, else of the suite).`
            : 'No usable timings: every test counts as 1 second (the plan balances test counts).',
    ];
    if (b.boundingUnit) {
        lines.push(`The wall time is bound by one unit, \`${cell(b.boundingUnit)}\`, larger than a balanced share: more jobs will not make the run shorter; split that group to go faster.`);
    }
    return [...lines.flatMap((l) => [l, '']), ''].slice(0, -1);
}
function duration(seconds) {
    const s = Math.round(seconds);
    return s >= 60 ? `${Math.floor(s / 60)} min ${s % 60} s` : `${s} s`;
}

// EXTERNAL MODULE: ./src/extract/parallel.ts + 2 modules
var parallel = __nccwpck_require__(1554);
// EXTERNAL MODULE: ./src/extract/registry.ts + 14 modules
var registry = __nccwpck_require__(6143);
// EXTERNAL MODULE: ./node_modules/saxes/saxes.js
var saxes = __nccwpck_require__(9800);
;// CONCATENATED MODULE: ./src/junit/parse.ts

/**
 * Every <testcase> of one JUnit XML document (any dialect: pytest, jest-junit, Vitest, Playwright).
 * Never throws: a corrupt document gives a warning Problem and no cases.
 */
function parseJunit(xml, source) {
    const { cases, problems } = parseJunitSuites(xml, source);
    return { cases, problems };
}
/**
 * As `parseJunit`, plus each suite's wall time, from which per-file setup time is derived. One
 * pass of a strict streaming parser (saxes): a document that is not well-formed XML is rejected
 * with its line and column, and no tree of the whole report is ever built.
 */
function parseJunitSuites(xml, source) {
    const roots = [];
    const stack = [];
    let rootName = null;
    const parser = new saxes/* SaxesParser */.wT();
    parser.on('opentag', (tag) => {
        const parent = stack[stack.length - 1];
        const open = { name: tag.name, suite: null, testCase: null, inside: null };
        const attrs = tag.attributes;
        if (!parent)
            rootName = tag.name;
        if (tag.name === 'testsuite') {
            // A root <testsuite>, one directly in the root <testsuites>, or one nested in either.
            const topLevel = !parent || (stack.length === 1 && parent.name === 'testsuites');
            if (topLevel || parent?.suite) {
                open.suite = { name: attr(attrs, 'name'), seconds: seconds(attrs), cases: [], nested: [] };
                if (parent?.suite)
                    parent.suite.nested.push(open.suite);
                else
                    roots.push(open.suite);
            }
        }
        else if (tag.name === 'testcase' && parent?.suite) {
            open.testCase = toCase(attrs, parent.suite.name, source);
            open.inside = new Set();
            parent.suite.cases.push(open.testCase);
        }
        else if (parent?.inside) {
            parent.inside.add(tag.name);
        }
        stack.push(open);
    });
    parser.on('closetag', () => {
        const open = stack.pop();
        if (open?.testCase && open.inside)
            open.testCase.outcome = outcomeOf(open.inside);
    });
    try {
        parser.write(xml).close();
    }
    catch (err) {
        return { cases: [], suites: [], problems: [corrupt(source, positioned(err))] };
    }
    if (rootName !== 'testsuites' && rootName !== 'testsuite') {
        return {
            cases: [],
            suites: [],
            problems: [corrupt(source, 'no <testsuites> or <testsuite> element; this is not a JUnit XML report')],
        };
    }
    // A suite's own cases first, then its nested suites', depth first.
    const cases = [];
    const suites = [];
    const visit = (suite) => {
        const own = suite.cases.map((c) => cases.push(c) - 1);
        suites.push({ name: suite.name, seconds: suite.seconds, caseIndexes: own });
        suite.nested.forEach(visit);
    };
    roots.forEach(visit);
    return { cases, suites, problems: [] };
}
/** An attribute's value, trimmed: jest-junit writes a test outside any describe as `classname=" top level"`. */
function attr(attrs, name) {
    return attrs[name]?.trim() ?? '';
}
function toCase(attrs, suite, source) {
    const file = attr(attrs, 'file');
    return {
        suite,
        classname: attr(attrs, 'classname'),
        name: attr(attrs, 'name'),
        file: file ? normalisePath(file) : null,
        seconds: seconds(attrs) ?? 0,
        outcome: 'passed',
        source,
    };
}
function outcomeOf(inside) {
    // A case that failed and was then marked skipped does not happen; errors outrank failures
    // because an error in setup means the test itself never ran.
    if (inside.has('error'))
        return 'error';
    if (inside.has('failure'))
        return 'failed';
    if (inside.has('skipped'))
        return 'skipped';
    return 'passed';
}
function seconds(attrs) {
    const raw = attr(attrs, 'time').replace(/,/g, '');
    if (raw === '')
        return null;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : null;
}
/** Backslashes to slashes and no leading `./`, so a path written on Windows matches the plan. */
function normalisePath(p) {
    return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}
function corrupt(source, detail) {
    return {
        severity: 'warning',
        file: source,
        title: 'Unreadable timings',
        message: `${source} is not a readable JUnit XML report (${detail}); its timings are not used. The plan falls back to counting tests where no other timings cover them.`,
    };
}
/** saxes says `1:50: unclosed tag: testsuite`: line and column, then what is wrong. */
function positioned(err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
    const m = /^:?(\d+):(\d+): (.*)$/.exec(message);
    return m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : message;
}

;// CONCATENATED MODULE: ./src/junit/match.ts

/**
 * How each dialect names a test, and so what is compared:
 * - pytest: `classname="tests.test_db.TestW"` (dotted path from pytest's rootdir, then classes),
 *   `name="test_p[2]"` (the node id's last part); xunit1 adds `file`.
 * - jest-junit: `classname` and `name` both `"<describe> <title>"` joined by spaces; `file` only
 *   with `addFileAttribute`.
 * - Vitest: `classname="<file>"`, `name="<describe> > <title>"`.
 * - Playwright: `classname` and the suite are the file relative to `testDir`,
 *   `name="<describe> › <title>"`.
 * Paths may be relative to another root than the plan's, so files and dotted paths match by
 * their longest common tail (whole segments); the longest tail that points at one test wins, a
 * tie is ambiguous (null, and the caller warns). pytest joins path and classes with the same dot
 * a file name may hold (`tests/test_a.b.py::TestK` is written `tests.test_a.b.TestK`), so a
 * dotted class name is compared dot by dot with each planned file's own path and classes: every
 * split into a planned file and a class chain is tried, and only one that ends at a whole path
 * segment counts.
 */
function matchCases(cases, planned) {
    const matcher = new Matcher(new Index(planned));
    return cases.map((c) => matcher.match(c));
}
/**
 * Candidates are looked up by the last part of the path they must end with as well as by name: a
 * name many files share (`test_init`) would otherwise make every case compare against every file.
 * A dotted tail or path tail that matches at all has the same last part, so nothing is missed.
 */
class Index {
    /** pytest: by the dotted path's last part (module or class), then the id's last `::` part (`test_p[2]`). */
    byLast = new Map();
    /** pytest: the same by the function's last part, for entries whose id has no static `[param-id]`. */
    byFunction = new Map();
    /** Whole-file units (id = the file) by the file's name: a JS file whose tests could not be read one by one. */
    wholeFiles = new Map();
    entries = [];
    titleMaps;
    constructor(planned) {
        const files = new Map();
        for (const test of planned) {
            let file = files.get(test.file);
            if (!file) {
                file = fileKey(test.file);
                files.set(test.file, file);
            }
            // The id is `<file>::<class>...::<name>`; most tests sit in no class.
            const first = test.id.indexOf('::');
            if (first < 0) {
                push(this.wholeFiles, last(file.segs), { test, file, classes: 0, dotted: file.dotted });
                continue;
            }
            const end = test.id.lastIndexOf('::');
            const classes = end > first ? test.id.slice(first + 2, end).split('::') : [];
            const dotted = classes.length === 0 ? file.dotted : [...file.dotted, ...classes];
            const entry = { test, file, classes: classes.length, dotted };
            const name = test.id.slice(end + 2);
            this.entries.push(entry);
            pushIn(this.byLast, last(dotted), name, entry);
            if (test.id === test.function)
                pushIn(this.byFunction, last(dotted), name, entry);
        }
    }
    /** The title-path lookups, built on first use: pytest's own reports never need them. */
    get titles() {
        if (this.titleMaps)
            return this.titleMaps;
        const maps = { byTitle: new Map(), byFileTitle: new Map(), byFileLast: new Map() };
        for (const entry of this.entries) {
            const id = entry.test.id;
            const titled = title(id.slice(id.indexOf('::') + 2));
            const base = last(entry.file.segs);
            push(maps.byTitle, titled, entry);
            pushIn(maps.byFileTitle, base, titled, entry);
            if (entry.classes === 0)
                pushIn(maps.byFileLast, base, id.slice(id.lastIndexOf('::') + 2), entry);
        }
        return (this.titleMaps = maps);
    }
}
const TITLE_SEP = /::| > | › /;
const SOURCE_EXT = /\.(py|[cm]?[jt]sx?)$/;
const last = (parts) => parts[parts.length - 1] ?? '';
function fileKey(path) {
    const file = normalisePath(path);
    const moduleSegs = file.replace(SOURCE_EXT, '').split('/');
    const cuts = new Set();
    let tail = 0;
    for (let i = moduleSegs.length - 1; i >= 0; i--) {
        tail += moduleSegs[i].split('.').length;
        cuts.add(tail);
    }
    return { segs: file.split('/'), dotted: moduleSegs.flatMap((seg) => seg.split('.')), cuts };
}
function push(map, key, entry) {
    const list = map.get(key);
    if (list)
        list.push(entry);
    else
        map.set(key, [entry]);
}
function pushIn(lookup, outer, inner, entry) {
    let map = lookup.get(outer);
    if (!map) {
        map = new Map();
        lookup.set(outer, map);
    }
    push(map, inner, entry);
}
function find(lookup, outer, inner) {
    return lookup.get(outer)?.get(inner) ?? [];
}
/** `a > b › c` or `a::b` → `a b c`: the form jest-junit writes, to which every dialect reduces. */
function title(text) {
    return text
        .split(TITLE_SEP)
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .join(' ');
}
/** Number of trailing segments two paths share, when one is a tail of the other; else 0. */
function tailMatch(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 1; i <= n; i++)
        if (a[a.length - i] !== b[b.length - i])
            return 0;
    return n;
}
const NO_PATHS = [];
const isPath = (p) => !!p && SOURCE_EXT.test(p) && !p.includes(' ');
/** Matches cases one by one, with scratch space shared by all of them (reports run to 50,000 cases). */
class Matcher {
    index;
    /** Best score per planned id for the case being matched; emptied for each case. */
    scores = new Map();
    /** Classnames split at dots: the cases of one module share theirs. */
    split = new Map();
    constructor(index) {
        this.index = index;
    }
    offer(entry, score) {
        const prev = this.scores.get(entry.test.id);
        if (prev === undefined || score > prev)
            this.scores.set(entry.test.id, score);
    }
    /**
     * How far the case's dotted classname and the entry's agree from the end, or -1. The tail must
     * take in the classes and whole path segments: `b.TestK` is not a tail of
     * `test_a.b.py::TestK` (pytest would have written the whole file name).
     */
    static dottedTail(entry, dotted) {
        const n = tailMatch(entry.dotted, dotted);
        return entry.file.cuts.has(n - entry.classes) ? n : -1;
    }
    match(c) {
        const { index, scores } = this;
        scores.clear();
        const offer = (entry, score) => this.offer(entry, score);
        // pytest: dotted classname + the node id's last part. Parametrized ids first exactly, then
        // an entry that stands for every parametrization of its function.
        let dotted = this.split.get(c.classname);
        if (!dotted) {
            dotted = c.classname.split('.');
            this.split.set(c.classname, dotted);
        }
        const module = last(dotted);
        for (const entry of find(index.byLast, module, c.name)) {
            const n = Matcher.dottedTail(entry, dotted);
            if (n >= 0)
                offer(entry, 2 * n + 1);
        }
        const fnName = c.name.endsWith(']') ? c.name.replace(/\[.*\]$/s, '') : c.name;
        if (fnName !== c.name) {
            for (const entry of find(index.byFunction, module, fnName)) {
                const n = Matcher.dottedTail(entry, dotted);
                if (n >= 0)
                    offer(entry, 2 * n);
            }
        }
        // A path in `file`, in the classname (Vitest, Playwright) or in the suite name (Playwright),
        // with the title path in `name`.
        const paths = isPath(c.file) || isPath(c.classname) || isPath(c.suite)
            ? [c.file, c.classname, c.suite].filter(isPath)
            : NO_PATHS;
        let titled;
        const nameTitle = () => (titled ??= title(c.name));
        for (const p of paths) {
            const segs = normalisePath(p).split('/');
            // A pytest case's `name` is only the function: alone it names a module-level test.
            const inFile = find(index.titles.byFileTitle, last(segs), nameTitle());
            const moduleLevel = find(index.titles.byFileLast, last(segs), c.name);
            for (const entry of [...inFile, ...moduleLevel]) {
                const n = tailMatch(entry.file.segs, segs);
                if (n > 0)
                    offer(entry, 2 * n + 1);
            }
        }
        // A file planned whole stands for every test reported in it; a title match wins over it.
        if (scores.size === 0) {
            for (const p of paths) {
                const segs = normalisePath(p).split('/');
                for (const entry of index.wholeFiles.get(last(segs)) ?? []) {
                    const n = tailMatch(entry.file.segs, segs);
                    if (n > 0)
                        offer(entry, 2 * n);
                }
            }
        }
        // jest-junit without `file`: only the title path is known.
        if (scores.size === 0) {
            for (const entry of index.titles.byTitle.get(nameTitle()) ?? [])
                offer(entry, 0);
            if (c.classname && c.classname !== c.name) {
                for (const entry of index.titles.byTitle.get(title(`${c.classname} ${c.name}`)) ?? [])
                    offer(entry, 0);
            }
        }
        let best = null;
        let bestScore = -1;
        let tie = false;
        for (const [id, score] of scores) {
            if (score > bestScore) {
                best = id;
                bestScore = score;
                tie = false;
            }
            else if (score === bestScore)
                tie = true;
        }
        return tie ? null : best;
    }
}

;// CONCATENATED MODULE: ./src/timings/load.ts






/**
 * Reads the `timings` input: JUnit XML reports (any dialect) and timings files
 * (docs/timings-format.md), mapped to the plan's test ids. Never fails the run: a file that
 * cannot be read or parsed is a warning and contributes nothing, so the plan falls back to
 * estimates (and to counting tests when nothing is left).
 */
async function loadTimings(root, patterns, planned) {
    const problems = [];
    const table = emptyTable();
    const files = new Set();
    for (const pattern of patterns) {
        const matched = await glob([pattern], { cwd: root, dot: true, expandDirectories: false });
        if (matched.length === 0) {
            problems.push({
                severity: 'warning',
                title: 'No timings found',
                message: `timings '${pattern}' matched no file under ${root}; tests it would have timed are estimated. On a first run, or after the cache expired, this is expected.`,
            });
        }
        for (const m of matched)
            files.add(m);
    }
    // Several reports for one test (re-runs, several earlier runs): the mean of what they say.
    const sums = new Means();
    const fileSums = new Means();
    let unmatched = 0;
    let unmatchedExample = '';
    const fileOf = new Map(planned.map((t) => [t.id, t.file]));
    for (const file of [...files].sort()) {
        let text;
        try {
            text = external_node_fs_default().readFileSync(external_node_path_default().resolve(root, file), 'utf8');
        }
        catch (err) {
            problems.push(unreadable(file, err.code ?? String(err)));
            continue;
        }
        if (/^\s*\{/.test(text)) {
            const doc = readTimingsFile(text, file, problems);
            if (!doc)
                continue;
            for (const id in doc.tests)
                sums.add(id, doc.tests[id]);
            for (const f in doc.files)
                fileSums.add(f, doc.files[f]);
            table.sources.push(file);
            continue;
        }
        const { cases, suites, problems: parseProblems } = parseJunitSuites(text, file);
        problems.push(...parseProblems);
        if (parseProblems.length > 0)
            continue;
        table.sources.push(file);
        const ids = matchCases(cases, planned);
        cases.forEach((c, i) => {
            const id = ids[i];
            // A skipped test's time says nothing about how long it runs.
            if (c.outcome === 'skipped')
                return;
            if (id)
                sums.add(id, c.seconds);
            else if (unmatched++ === 0)
                unmatchedExample = `${c.classname} ${c.name}`.trim();
        });
        // Per-file setup: a suite whose cases all belong to one file (Vitest, Playwright, jest-junit
        // write one suite per file) spent its wall time minus its tests' sum outside the tests.
        for (const suite of suites) {
            if (suite.seconds === null || suite.caseIndexes.length === 0)
                continue;
            const owners = new Set(suite.caseIndexes.map((i) => (ids[i] ? fileOf.get(ids[i]) : undefined)));
            const owner = [...owners][0];
            if (owners.size !== 1 || owner === undefined)
                continue;
            const inTests = suite.caseIndexes.reduce((n, i) => n + cases[i].seconds, 0);
            fileSums.add(owner, Math.max(0, suite.seconds - inTests));
        }
    }
    if (unmatched > 0) {
        problems.push({
            severity: 'notice',
            title: 'Timings for unknown tests',
            message: `${unmatched} test cases in the timing reports match no planned test (for example '${unmatchedExample}'): tests removed or renamed since, or ambiguous names. They are ignored.`,
        });
    }
    return { table: { ...table, tests: sums.means(), files: fileSums.means() }, problems };
}
/** Sums per key, and how many values each got where more than one: most keys get one. */
class Means {
    sums = new Map();
    counts = new Map();
    add(key, value) {
        const prev = this.sums.get(key);
        if (prev === undefined)
            this.sums.set(key, value);
        else {
            this.sums.set(key, prev + value);
            this.counts.set(key, (this.counts.get(key) ?? 1) + 1);
        }
    }
    means() {
        for (const [key, n] of this.counts)
            this.sums.set(key, this.sums.get(key) / n);
        return this.sums;
    }
}
/** docs/timings-format.md, version 1; anything else is a warning naming the file. */
function readTimingsFile(text, file, problems) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        problems.push(unreadable(file, `not valid JSON: ${err.message}`));
        return null;
    }
    const o = doc;
    if (o === null || typeof o !== 'object' || o['tool'] !== 'group-matrix-timings' || o['version'] !== 1) {
        problems.push(unreadable(file, `expected a group-matrix timings file ("tool": "group-matrix-timings", "version": 1)`));
        return null;
    }
    const tests = numbers(o['tests']);
    const files = o['files'] === undefined ? {} : numbers(o['files']);
    if (!tests || !files) {
        problems.push(unreadable(file, '"tests" and "files" must map names to non-negative seconds'));
        return null;
    }
    return { tests, files };
}
/** The object itself when every value is a non-negative number (checked, not copied: it can be big). */
function numbers(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return null;
    const o = value;
    for (const k in o) {
        const v = o[k];
        if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
            return null;
    }
    return o;
}
function unreadable(file, detail) {
    return {
        severity: 'warning',
        file,
        title: 'Unreadable timings',
        message: `${file} could not be used as timings (${detail}); its timings are ignored and the plan falls back to estimates or test counts. The run continues.`,
    };
}

;// CONCATENATED MODULE: ./src/pipeline.ts











/** inputs → discover → extract → plan → render. Reads files; writes nothing. */
async function runPipeline(settings) {
    const problems = [];
    const config = readPytestConfig(settings.workingDirectory, problems);
    const found = await discover(settings.workingDirectory, settings.paths, config);
    problems.push(...found.problems);
    // JS/TS runners are resolved here, where the package.json and config reads are cached (and
    // Playwright configs read, only when there are JS/TS files).
    const jsFiles = found.files.filter((file) => (0,registry/* extractorFor */.S)(file)?.language === 'js');
    const runnerOf = await jsRunnerResolver(settings.workingDirectory, settings.jsRunner, jsFiles, problems);
    const extractSettings = {
        marker: settings.marker,
        pytest: { classes: config.pythonClasses, functions: config.pythonFunctions },
        js: { tagPrefix: settings.jsTagPrefix, groupTags: settings.jsGroupTags, runnerOf },
    };
    const toExtract = [];
    for (const file of found.files) {
        const extractor = (0,registry/* extractorFor */.S)(file);
        if (extractor) {
            toExtract.push(extractor.language === 'python' ? { path: file } : { path: file, runner: runnerOf(file) });
        }
        else {
            problems.push({
                severity: 'notice',
                file,
                title: 'No extractor for this file',
                message: `${file} matched paths but is neither a Python nor a JS/TS file; it is not planned. Narrow paths to the test files.`,
            });
        }
    }
    // Read on every core when there is enough work (extract/parallel.ts); results in file order.
    const { extracted, threads } = await (0,parallel/* extractFiles */.lm)(settings.workingDirectory, toExtract, extractSettings);
    const results = [];
    for (const outcome of extracted) {
        if ('problem' in outcome) {
            problems.push(outcome.problem);
            continue;
        }
        problems.push(...outcome.result.problems);
        results.push(outcome.result);
    }
    const timings = settings.timings.length > 0
        ? await loadTimings(settings.workingDirectory, settings.timings, results.flatMap((r) => r.tests.map((t) => ({ id: t.id, function: t.function, file: t.file, runner: r.runner }))))
        : null;
    if (timings)
        problems.push(...timings.problems);
    const planned = planJobs(results, {
        ...settings,
        marker: settings.marker.raw,
        timings: timings?.table ?? null,
    });
    problems.push(...planned.problems);
    // Playwright test lists name files relative to the config's rootDir, which the filter, with no
    // parser of its own, takes from the plan.
    const playwrightFiles = results.filter((r) => r.runner === 'playwright' && r.tests.length > 0);
    const plan = playwrightFiles.length > 0
        ? {
            ...planned.plan,
            playwrightConfigs: await playwrightConfigRoots(settings.workingDirectory, playwrightFiles.map((r) => r.file)),
        }
        : planned.plan;
    const groups = groupsOutput(plan);
    problems.push(...groups.problems);
    const sorted = sortProblems(problems);
    return {
        plan,
        problems: sorted,
        groupsJson: groups.json,
        summary: summaryMarkdown(plan, sorted),
        failure: failureOf(plan, sorted, settings),
        read: { files: found.files.length, threads },
    };
}
function failureOf(plan, problems, settings) {
    const errors = problems.filter((p) => p.severity === 'error');
    if (errors.length > 0) {
        const first = errors[0];
        const where = first.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
        const more = errors.length > 1 ? ` (and ${errors.length - 1} more; see the annotations and the job summary)` : '';
        return `${errors.length} error${errors.length > 1 ? 's' : ''} in the test plan. ${where}${first.title}: ${first.message}${more}`;
    }
    if (plan.totalTests === 0 && settings.ifNoTests === 'error') {
        const where = settings.paths.length > 0 ? `paths '${settings.paths.join(' ')}'` : "pytest's default discovery";
        return `No tests found under ${settings.workingDirectory} with ${where}, and if-no-tests is 'error'. Check paths and working-directory, or set if-no-tests to 'success'.`;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/model.ts
/**
 * The data that flows through the pipeline: inputs → discover → extract → plan → emit.
 * Every stage takes and returns these plain values; none of them knows about @actions/*.
 */
/**
 * `argnames` and one index per argname as pytest's `callspec.indices` mapping (the plan file's
 * `params`): argname → index, a later `parametrize` of the same name winning as in a dict.
 */
function paramsRecord(argnames, indices) {
    const out = {};
    for (let i = 0; i < argnames.length; i++)
        out[argnames[i]] = indices[i];
    return out;
}

;// CONCATENATED MODULE: ./src/plan-file/format.ts
const PLAN_FILE_VERSION = 1;

;// CONCATENATED MODULE: ./src/plan-file/write.ts


/** The plan file's text: the full selection of every job. Keys keep one order (byte-stable output). */
function planFileJson(plan) {
    const test = (t) => {
        const out = {
            id: t.id,
            function: t.function,
            file: t.file,
            line: t.line,
            group: t.group,
        };
        if (t.params && t.argnames)
            out.params = paramsRecord(t.argnames, t.params);
        if (t.paramsPerCall && t.argnames)
            out.params_per_call = paramsRecord(t.argnames, t.paramsPerCall);
        const seconds = plan.balance?.testSeconds[t.id];
        if (seconds !== undefined)
            out.seconds = Math.round(seconds * 1000) / 1000;
        return out;
    };
    const doc = {
        version: PLAN_FILE_VERSION,
        tool: 'group-matrix',
        marker: plan.marker,
        scope: plan.scope,
        ungrouped: plan.ungrouped,
        total_tests: plan.totalTests,
        jobs: plan.jobs.map((j) => {
            // `tests` last: a reader skimming the file sees each job's header first.
            const job = {
                id: j.id,
                name: j.name,
                index: j.index,
                group_id: j.groupId,
                group_value: j.groupValue,
                runner: j.runner,
                files: j.files,
            };
            if (j.runsOn !== undefined)
                job['runs-on'] = j.runsOn;
            if (j.groups !== undefined)
                job.groups = j.groups;
            if (j.seconds !== undefined)
                job.seconds = Math.round(j.seconds * 1000) / 1000;
            job.tests = j.tests.map(test);
            return job;
        }),
        skipped: plan.skipped.map(test),
        ...(plan.playwrightConfigs !== undefined
            ? { playwright_configs: plan.playwrightConfigs.map((c) => ({ config: c.config, root_dir: c.rootDir })) }
            : {}),
    };
    return JSON.stringify(doc, null, 1) + '\n';
}

;// CONCATENATED MODULE: ./src/cli/plan-options.ts

/** Every input's flag; a `Record` over the input names, so a new input without a flag does not compile. */
const PLAN_FLAGS = {
    [Inputs.Paths]: {
        value: 'GLOB',
        help: "test file globs, also as arguments; none: pytest's own discovery",
        multiple: true,
    },
    [Inputs.WorkingDirectory]: {
        value: 'DIR',
        short: 'C',
        help: 'root that paths and every path in the outputs are relative to; none: the current directory',
    },
    [Inputs.Marker]: { value: 'NAME', help: 'marker name, or a pattern such as group_* (default: group)' },
    [Inputs.Scope]: {
        value: 'file|global',
        help: 'groups numbered inside each file, or across files (default: file)',
    },
    [Inputs.Ungrouped]: {
        value: 'job|error|skip|balance',
        help: 'what tests with no group become (default: job)',
    },
    [Inputs.Runners]: { value: 'YAML', help: 'group id patterns to runs-on labels, e.g. "db: big-runner"' },
    [Inputs.IfNoTests]: { value: 'success|error', help: 'when no test is found (default: success)' },
    [Inputs.MaxJobs]: { value: 'N', help: 'most jobs, 1 to 256 (default: 256)' },
    [Inputs.Timings]: {
        value: 'GLOB',
        help: 'JUnit XML reports or timings files of earlier runs, to balance by',
        multiple: true,
    },
    [Inputs.Jobs]: { value: 'N', help: 'pack into exactly this many jobs, 1 to 256' },
    [Inputs.TargetMinutes]: {
        value: 'MIN',
        help: 'the fewest jobs whose predicted wall time is at most this many minutes',
    },
    [Inputs.JobOverheadSeconds]: {
        value: 'S',
        help: "each job's seconds before its first test (default: 60)",
    },
    [Inputs.PlanFile]: {
        value: 'PATH',
        help: 'also write the plan file there, relative to the working directory',
    },
    [Inputs.JsRunner]: {
        value: 'auto|jest|vitest|playwright',
        help: 'runner of JS/TS test files (default: auto)',
    },
    [Inputs.JsTagPrefix]: {
        value: 'PREFIX',
        help: 'a JS/TS tag starting with this names a group (default: @group:)',
    },
    [Inputs.JsGroupTags]: {
        value: 'TAG',
        help: 'JS/TS tags that are groups as a whole, e.g. @slow',
        multiple: true,
    },
};
/** Options of `plan` that are not inputs. */
const OWN_FLAGS = {
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
};
/** The `parseArgs` options of `plan`. */
function planParseOptions() {
    const options = { ...OWN_FLAGS };
    for (const [name, flag] of Object.entries(PLAN_FLAGS))
        options[name] = {
            type: 'string',
            ...(flag.short ? { short: flag.short } : {}),
            ...(flag.multiple ? { multiple: true } : {}),
        };
    return options;
}
/** The inputs as the action would get them: every flag's value, '' when not given. */
function inputsFromFlags(values, positionals) {
    const given = new Map();
    for (const name of Object.keys(PLAN_FLAGS)) {
        const value = values[name];
        const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
        given.set(name, list.map(String).join('\n'));
    }
    if (positionals.length > 0)
        given.set(Inputs.Paths, [given.get(Inputs.Paths), ...positionals].filter(Boolean).join('\n'));
    return (name) => given.get(name) ?? '';
}
/** The options section of `plan --help`, one line per flag, aligned. */
function planOptionsHelp() {
    const rows = Object.entries(PLAN_FLAGS).map(([name, flag]) => [
        `${flag.short ? `-${flag.short}, ` : '    '}--${name} ${flag.value}`,
        flag.help + (flag.multiple ? '; may be given more than once' : ''),
    ]);
    rows.push(['    --json', "print the groups JSON (the action's `groups` output) instead of the table"]);
    rows.push(['-h, --help', '']);
    const width = Math.max(...rows.map(([left]) => left.length));
    return rows.map(([left, right]) => wrap(`  ${left.padEnd(width)}  `, right)).join('\n') + '\n';
}
/** `lead` then `text`, wrapped at 100 columns, continuation lines indented under the text. */
function wrap(lead, text) {
    const lines = [];
    let line = lead;
    for (const word of text.split(' ').filter(Boolean)) {
        if (line.length + word.length > 100 && line.trim() !== '' && line.length > lead.length) {
            lines.push(line.trimEnd());
            line = ' '.repeat(lead.length);
        }
        line += `${word} `;
    }
    lines.push(line.trimEnd());
    return lines.join('\n');
}

;// CONCATENATED MODULE: ./src/cli/plan.ts
// `group-matrix plan`: what the action plans, as a table (or the `groups` JSON), from the same
// inputs read by the same code, so a balanced plan can be previewed before a workflow runs it.









const PLAN_USAGE = `Usage: group-matrix plan [paths...] [options]

Previews what the action plans: the jobs as a table, or with --json the same \`groups\` output.
Every input of the action is an option of the same name, value and check (action.yml, README).

Options:
${planOptionsHelp()}`;
/** Runs `plan` with the arguments after the command; returns the exit code. */
async function planCommand(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: planParseOptions() });
    }
    catch (err) {
        process.stderr.write(`group-matrix plan: ${err.message}\n\n${PLAN_USAGE}`);
        return 2;
    }
    const { values, positionals } = parsed;
    if (values['help']) {
        process.stdout.write(PLAN_USAGE);
        return 0;
    }
    const get = inputsFromFlags(values, positionals);
    let outcome;
    let planFile;
    try {
        const settings = readSettings(get, { workspace: process.cwd(), tempDir: external_node_os_default().tmpdir() });
        planFile = settings.planFile;
        outcome = await runPipeline(settings);
    }
    catch (err) {
        if (err instanceof InputError) {
            process.stderr.write(`group-matrix: ${err.message}\n`);
            return 2;
        }
        throw err;
    }
    // Only when asked: the action always writes one, to the runner's temp directory.
    if (get(Inputs.PlanFile).trim()) {
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(planFile), { recursive: true });
        external_node_fs_default().writeFileSync(planFile, planFileJson(outcome.plan));
    }
    for (const p of outcome.problems) {
        const where = p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : '';
        process.stderr.write(`${where}${p.severity}: ${p.title}: ${p.message}\n`);
    }
    process.stdout.write(values['json'] ? `${outcome.groupsJson}\n` : table(outcome));
    if (outcome.failure) {
        process.stderr.write(`group-matrix: ${outcome.failure}\n`);
        return 1;
    }
    return 0;
}
function table(outcome) {
    const { plan } = outcome;
    if (plan.jobs.length === 0)
        return `No jobs (${plan.totalTests} tests found): groups=[] count=0\n`;
    const timed = plan.jobs.some((j) => j.seconds !== undefined);
    const rows = [['#', 'job', 'id', 'group', 'tests', 'files', ...(timed ? ['seconds'] : [])]];
    for (const j of plan.jobs) {
        rows.push([
            String(j.index),
            j.name,
            j.id,
            j.groupId,
            String(j.tests.length),
            String(j.files.length),
            ...(timed ? [String(Math.round(j.seconds ?? 0))] : []),
        ]);
    }
    const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
    const numeric = new Set([0, 4, 5, 6]);
    const line = (r) => r
        .map((v, c) => (numeric.has(c) ? v.padStart(widths[c]) : v.padEnd(widths[c])))
        .join('  ')
        .trimEnd();
    const out = rows.map(line);
    out.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
    const skipped = plan.skipped.length ? `, ${plan.skipped.length} skipped` : '';
    out.push('', `${plan.jobs.length} jobs, ${plan.totalTests} tests${skipped}`);
    const b = plan.balance;
    if (b)
        out.push(`predicted wall time ${minutes(b.wallSeconds)}, machine time ${minutes(b.machineSeconds)}, serial ${minutes(b.serialSeconds)} (${b.overheadSeconds} s overhead per job${b.estimated ? `; ${b.estimated} tests estimated` : ''})`);
    return out.join('\n') + '\n';
}
function minutes(seconds) {
    return `${(seconds / 60).toFixed(1)} min`;
}

// EXTERNAL MODULE: ./src/extract/js/names.ts
var names = __nccwpck_require__(5841);
;// CONCATENATED MODULE: ./src/plan-file/read.ts
/**
 * Reads a plan file and checks every field its readers rely on, so that a reader never meets a
 * missing or mistyped field: the message names the file, the field, the value and what to do.
 */

/** The plan file is unusable: the message names the file and what is wrong. */
class PlanFileError extends Error {
    name = 'PlanFileError';
}
const REGENERATE = 'Regenerate the plan with the collect step.';
const RUNNERS = ['pytest', 'jest', 'vitest', 'playwright'];
const read_SCOPES = ['file', 'global'];
const read_UNGROUPED = ['job', 'error', 'skip', 'balance'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isGroup = (v) => v === null || typeof v === 'string' || Number.isInteger(v);
const isString = (v) => typeof v === 'string';
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isIndex = (v) => Number.isInteger(v) && v >= 0;
const isStrings = (v) => Array.isArray(v) && v.every(isString);
const isIndices = (v) => isObject(v) && Object.values(v).every(isIndex);
const read_oneOf = (values) => (v) => typeof v === 'string' && values.includes(v);
/** Parses and checks a plan file's text; `source` names the file, `reader` who reads it, in messages. */
function readPlanFile(text, source, reader = 'report') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new PlanFileError(`Plan file ${source} is not valid JSON (${err instanceof Error ? err.message : String(err)}). Pass the file the collect step wrote (output plan-file).`);
    }
    if (!isObject(doc) || doc['tool'] !== 'group-matrix' || !Array.isArray(doc['jobs'])) {
        throw new PlanFileError(`Plan file ${source} is not a group-matrix plan (expected "tool": "group-matrix" and a "jobs" list). Pass the file the collect step wrote (output plan-file).`);
    }
    if (doc['version'] !== PLAN_FILE_VERSION) {
        throw new PlanFileError(`Plan file ${source} has version ${JSON.stringify(doc['version'])}; this ${reader} reads version ${PLAN_FILE_VERSION}. Use the same group-matrix release for collect and report.`);
    }
    const jobs = doc['jobs'];
    // A job's id and tests, and each test's id and file, first: without them nothing can be read.
    jobs.forEach((job, i) => {
        if (!isObject(job) || typeof job['id'] !== 'string' || !Array.isArray(job['tests'])) {
            throw new PlanFileError(`${source}: jobs[${i}] lacks an "id" or a "tests" list. ${REGENERATE}`);
        }
        job['tests'].forEach((t, k) => {
            if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['file'] !== 'string') {
                throw new PlanFileError(`${source}: jobs[${i}].tests[${k}] lacks an "id" or a "file". ${REGENERATE}`);
            }
        });
    });
    const check = new Checker(source);
    check.field(doc, 'plan', 'marker', isString, 'a string');
    check.field(doc, 'plan', 'scope', read_oneOf(read_SCOPES), `one of ${read_SCOPES.join(', ')}`);
    check.field(doc, 'plan', 'ungrouped', read_oneOf(read_UNGROUPED), `one of ${read_UNGROUPED.join(', ')}`);
    check.field(doc, 'plan', 'total_tests', isIndex, 'a count');
    check.field(doc, 'plan', 'skipped', Array.isArray, 'a list');
    jobs.forEach((job, i) => {
        const at = `jobs[${i}]`;
        check.field(job, at, 'name', isString, 'a string');
        check.field(job, at, 'index', isIndex, 'a job index');
        check.field(job, at, 'group_id', isString, 'a string');
        check.field(job, at, 'group_value', isGroup, 'an integer, a string or null');
        check.field(job, at, 'runner', read_oneOf(RUNNERS), `one of ${RUNNERS.join(', ')}`);
        check.field(job, at, 'files', isStrings, 'a list of paths');
        check.optional(job, at, 'runs-on', (v) => isString(v) || isStrings(v), 'a label or a list of labels');
        check.optional(job, at, 'groups', (v) => Array.isArray(v) && v.every(isGroup), 'a list of groups');
        check.optional(job, at, 'seconds', isNumber, 'a number');
        job['tests'].forEach((t, k) => check.test(t, `${at}.tests[${k}]`));
    });
    doc['skipped'].forEach((t, k) => {
        if (!isObject(t))
            throw check.error(`skipped[${k}]`, t, 'a test');
        check.field(t, `skipped[${k}]`, 'id', isString, 'a string');
        check.field(t, `skipped[${k}]`, 'file', isString, 'a string');
        check.test(t, `skipped[${k}]`);
    });
    check.optional(doc, 'plan', 'playwright_configs', (v) => Array.isArray(v) &&
        v.every((c) => isObject(c) && isString(c['config']) && (c['root_dir'] === null || isString(c['root_dir']))), 'a list of {config, root_dir}');
    return doc;
}
class Checker {
    source;
    constructor(source) {
        this.source = source;
    }
    test(t, at) {
        this.field(t, at, 'function', isString, 'a string');
        this.field(t, at, 'line', isIndex, 'a line number');
        this.field(t, at, 'group', isGroup, 'an integer, a string or null');
        this.optional(t, at, 'params', isIndices, 'a map of argnames to indices');
        this.optional(t, at, 'params_per_call', isIndices, 'a map of argnames to indices');
        this.optional(t, at, 'seconds', isNumber, 'a number');
    }
    field(o, at, key, ok, expected) {
        if (!(key in o))
            throw new PlanFileError(`${this.source}: ${at} has no "${key}". ${REGENERATE}`);
        if (!ok(o[key]))
            throw this.error(`${at === 'plan' ? '' : `${at}.`}${key}`, o[key], expected);
    }
    optional(o, at, key, ok, expected) {
        if (key in o)
            this.field(o, at, key, ok, expected);
    }
    error(field, value, expected) {
        const shown = JSON.stringify(value)?.slice(0, 80) ?? String(value);
        return new PlanFileError(`${this.source}: ${field} is ${shown}, expected ${expected}. ${REGENERATE}`);
    }
}

;// CONCATENATED MODULE: ./src/filters/selection.ts




/** A filter's refusal: printed as one line, exit code 2, never a stack trace. */
class selection_FilterError extends Error {
    name = 'FilterError';
}
/**
 * Reads env GROUP_MATRIX_PLAN (the plan file) and GROUP_MATRIX_ID (the job's id) and works out
 * what the job runs. Paths in the plan are relative to the action's working directory: env
 * GROUP_MATRIX_ROOT, else the current directory.
 */
function selection_readSelection(runner, env = process.env, cwd = process.cwd()) {
    const planPath = env['GROUP_MATRIX_PLAN'];
    const id = env['GROUP_MATRIX_ID'];
    if (!planPath || !id)
        throw new selection_FilterError(`group-matrix ${runner} filter: set GROUP_MATRIX_PLAN (the plan file from the collect job) and GROUP_MATRIX_ID (the job's id, matrix.group.id) in the step's env.`);
    let text;
    try {
        text = external_node_fs_default().readFileSync(planPath, 'utf8');
    }
    catch (err) {
        throw new selection_FilterError(`group-matrix ${runner} filter: cannot read the plan file '${planPath}' (${err.message}).`);
    }
    let plan;
    try {
        plan = readPlanFile(text, `'${planPath}'`, `${runner} filter`);
    }
    catch (err) {
        if (err instanceof PlanFileError)
            throw new selection_FilterError(`group-matrix ${runner} filter: ${err.message}`);
        throw err;
    }
    const job = plan.jobs.find((j) => j.id === id);
    if (!job)
        throw new selection_FilterError(`group-matrix ${runner} filter: the plan '${planPath}' has no job '${id}' (it has ${plan.jobs.map((j) => `'${j.id}'`).join(', ') || 'none'}). Pass matrix.group.id from the same run's plan.`);
    if (job.runner !== runner)
        throw new selection_FilterError(`group-matrix ${runner} filter: job '${id}' is planned for ${job.runner}, not ${runner}. Use the ${job.runner} filter for it.`);
    const root = external_node_path_default().resolve(cwd, env['GROUP_MATRIX_ROOT'] || '.');
    const abs = (f) => external_node_path_default().resolve(root, f);
    const missing = job.files.filter((f) => !external_node_fs_default().existsSync(abs(f)));
    if (missing.length > 0)
        throw new selection_FilterError(`group-matrix ${runner} filter: job '${id}' plans ${missing.map((f) => `'${f}'`).join(', ')}, which do not exist under ${root}. The plan no longer matches the checkout (or GROUP_MATRIX_ROOT is not the action's working-directory): re-run the collect job.`);
    const runnerFiles = new Set();
    const runnerTests = [];
    const elsewhere = new Set();
    for (const other of plan.jobs) {
        if (other.runner !== runner)
            continue;
        for (const f of other.files)
            runnerFiles.add(abs(f));
        runnerTests.push(...other.tests);
        if (other !== job)
            for (const t of other.tests)
                elsewhere.add(t.file);
    }
    for (const t of plan.skipped) {
        runnerFiles.add(abs(t.file));
        runnerTests.push(t);
        elsewhere.add(t.file);
    }
    // Names must select when one of the job's files also has tests in another job.
    const split = job.files.filter((f) => elsewhere.has(f));
    let byName = null;
    if (split.length > 0) {
        const whole = job.tests.filter((t) => t.id === t.file);
        if (whole.length > 0)
            throw new selection_FilterError(`group-matrix ${runner} filter: job '${id}' holds the whole of ${whole.map((t) => `'${t.file}'`).join(', ')} (tests not readable one by one) and part of ${split.map((f) => `'${f}'`).join(', ')}; one ${runner} run cannot select both exactly. Use scope: file, or give the whole file a docblock group of its own.`);
        const titles = job.tests.map((t) => (0,names/* titlesOfId */.wW)(t.file, t.id));
        byName = { pattern: (0,names/* namePatternSource */.tW)(titles), titles };
    }
    const playwrightConfigs = plan.playwright_configs ?? null;
    return { job, files: job.files.map(abs), runnerFiles, runnerTests, byName, root, playwrightConfigs };
}
/**
 * Prints arguments one per line (or NUL-separated with `--nul`), for `mapfile -t args < <(...)`:
 * file names may hold spaces, so the output is never meant for word splitting.
 */
function printArgs(args, nul) {
    for (const a of args) {
        if (!nul && a.includes('\n'))
            throw new selection_FilterError(`group-matrix filter: the argument '${a}' holds a newline; use --nul with mapfile -d ''.`);
    }
    process.stdout.write(args.map((a) => a + (nul ? '\0' : '\n')).join(''));
}
/** Runs a filter's CLI: `args [--nul]`, errors as one line on stderr and exit code 2. */
function cli(main) {
    try {
        main(process.argv.slice(2));
    }
    catch (err) {
        process.stderr.write(`${err instanceof selection_FilterError ? err.message : `group-matrix filter failed unexpectedly: ${String(err)}`}\n`);
        process.exitCode = 2;
    }
}
/** Whether this module is the process's entry (CLI use) rather than imported (Jest's --filter). */
function isMain(metaUrl) {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return fs.realpathSync(entry) === fs.realpathSync(new URL(metaUrl));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/filters/check.ts
// `check`: compares the runner's own view of the job's name-selected files with the plan. A job that
// selects tests by name (a split file) runs only the tests the plan names: a test the runner finds
// but the plan does not hold (a call form the static reader does not know, a test added after
// planning) matches no job's selection and would run nowhere, silently. The check makes that loud.




const RUNNER_NAMES = {
    pytest: 'pytest',
    jest: 'Jest',
    vitest: 'Vitest',
    playwright: 'Playwright',
};
/** Most differences worth printing: past that, the cause is a stale plan or a whole-file pattern. */
const MAX_LINES = 50;
/**
 * The job's files whose tests are chosen by name. The name pattern (Jest, Vitest) or the test
 * list (Playwright) applies to every file of such a job, not only to the files shared with
 * another job: an unplanned test in any of them is left out.
 */
function nameSelectedFiles(selection) {
    return selection.byName ? selection.files : [];
}
/** Whether a planned test (its titles) selects a test the runner found, as the job's selection does. */
function selector(runner, planned) {
    if (planned.length === 0)
        return () => false;
    // A Playwright test list line selects every test whose title path starts with it, compared
    // exactly (Playwright's loadTestList); anonymous describes have no title on either side.
    if (runner === 'playwright')
        return (titles) => planned.some((p) => p.length <= titles.length && p.every((t, i) => t === titles[i]));
    // Jest and Vitest: the same -t pattern the jobs run with, against the full name.
    const re = (0,names/* nameRegex */.VU)(runner, (0,names/* namePatternSource */.tW)(planned));
    return (titles) => re.test(titles.join(' '));
}
/** A path as the file system names it, so a symlinked checkout compares equal to the runner's. */
function canonical(file) {
    try {
        return external_node_fs_default().realpathSync(file);
    }
    catch {
        return external_node_path_default().resolve(file);
    }
}
function compareWithPlan(runner, selection, listed) {
    const name = RUNNER_NAMES[runner];
    const files = nameSelectedFiles(selection);
    const outcome = { files: [], tests: 0, differences: [] };
    const byFile = new Map();
    for (const t of listed) {
        const file = canonical(t.file);
        if (!byFile.has(file))
            byFile.set(file, new Map());
        // Once per title path: Playwright reports a test once per project.
        byFile.get(file).set(t.titles.join('\0'), t);
    }
    for (const file of files) {
        const rel = external_node_path_default().relative(selection.root, file).split((external_node_path_default()).sep).join('/');
        outcome.files.push(rel);
        const planned = selection.runnerTests.filter((t) => external_node_path_default().resolve(selection.root, t.file) === file);
        const found = [...(byFile.get(canonical(file))?.values() ?? [])];
        outcome.tests += found.length;
        if (found.length === 0) {
            outcome.differences.push({
                file,
                text: `${rel}: ${name} found no test in it (it failed to load, or the listing did not include it); its ${planned.length} planned test(s) are unchecked.`,
            });
            continue;
        }
        // A file planned whole somewhere runs whole there: every test in it runs.
        if (planned.some((t) => t.id === t.file))
            continue;
        const plannedTitles = planned.map((t) => (0,names/* titlesOfId */.wW)(t.file, t.id));
        const inPlan = selector(runner, plannedTitles);
        for (const t of found)
            if (!inPlan(t.titles))
                outcome.differences.push({
                    file,
                    ...(t.line !== undefined ? { line: t.line } : {}),
                    text: `${[rel, ...t.titles].join(' › ')}: found by ${name} but planned in no job, so no job runs it.`,
                });
        plannedTitles.forEach((titles, i) => {
            const selects = selector(runner, [titles]);
            if (!found.some((t) => selects(t.titles)))
                outcome.differences.push({
                    file,
                    ...(planned[i].line !== undefined ? { line: planned[i].line } : {}),
                    text: `${[rel, ...titles].join(' › ')}: planned but ${name} did not find it.`,
                });
        });
    }
    return outcome;
}
/** Reads a runner's JSON output; a missing or unreadable file is an error of use. */
function readRunnerJson(runner, file, produce) {
    let text;
    try {
        text = external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new selection_FilterError(`group-matrix ${runner} check: cannot read '${file}' (${err.message}); ${produce} first.`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new selection_FilterError(`group-matrix ${runner} check: '${file}' is not JSON (${err.message}).`);
    }
}
/** A JSON value's field when the value is an object. */
function field(value, key) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value[key]
        : undefined;
}
/**
 * The check of one job: agreement when the runner's view matches the plan (or the job selects no
 * file by name), else one line per difference and what to do. `read` turns the runner's JSON file
 * into tests; it is called only when there is something to check.
 */
function checkJob(runner, selection, read) {
    const prefix = `group-matrix ${runner} check: job '${selection.job.id}'`;
    if (nameSelectedFiles(selection).length === 0)
        return {
            status: 0,
            stdout: `${prefix} runs its files whole (no test selected by name): nothing to check.\n`,
            stderr: '',
        };
    const outcome = compareWithPlan(runner, selection, read());
    const name = RUNNER_NAMES[runner];
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (outcome.differences.length === 0)
        return {
            status: 0,
            stdout: `${prefix}: the ${plural(outcome.tests, 'test')} ${name} finds in ${plural(outcome.files.length, 'name-selected file')} agree with the plan.\n`,
            stderr: '',
        };
    const shown = outcome.differences.slice(0, MAX_LINES);
    const more = outcome.differences.length - shown.length;
    return {
        status: 1,
        // In a workflow, each difference is also an annotation at the test's file and line (GitHub
        // shows 10 errors per step; the full list is in the log).
        stdout: process.env['GITHUB_ACTIONS'] === 'true'
            ? annotations(outcome.differences.slice(0, 10), name).join('')
            : '',
        stderr: [
            `${prefix}: ${plural(outcome.differences.length, 'difference')} between the plan and what ${name} finds in ${outcome.files.map((f) => `'${f}'`).join(', ')} (tests selected by name):`,
            ...shown.map((d) => `  ${d.text}`),
            ...(more > 0 ? [`  … and ${more} more.`] : []),
            `A test the plan does not hold runs in no job. Write it in a form group-matrix reads (plain string titles in test/it/describe calls: docs/js-runners.md, "What is read"), or keep its file in one group (a docblock /** @group name */). If the files changed after the collect job planned them, re-run it.`,
        ].join('\n') + '\n',
    };
}
/** `check <file>`: the check of the job named by the environment, printed, with its exit code. */
function runCheck(runner, argv, read) {
    const file = argv[1];
    if (!file || file.startsWith('-'))
        throw new selection_FilterError(`usage: node dist/filters/${runner}/index.js check <${runner} JSON file>`);
    const report = checkJob(runner, selection_readSelection(runner), () => read(file));
    process.stdout.write(report.stdout);
    process.stderr.write(report.stderr);
    if (report.status !== 0)
        process.exitCode = report.status;
}
/** `::error file=…,line=…,title=…::message` lines; paths relative to the workspace, as GitHub wants. */
function annotations(differences, runnerName) {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    return differences.map((d) => {
        const file = external_node_path_default().relative(workspace, d.file).split((external_node_path_default()).sep).join('/');
        const props = [
            `file=${file}`,
            ...(d.line !== undefined ? [`line=${d.line}`] : []),
            `title=Plan and ${runnerName} disagree`,
        ];
        return `::error ${props.map(escapeProperty).join(',')}::${escapeData(d.text)}\n`;
    });
}
// GitHub's workflow command escaping (what @actions/core does, without bundling it here).
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(prop) {
    const eq = prop.indexOf('=');
    const value = prop.slice(eq + 1);
    return `${prop.slice(0, eq)}=${escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')}`;
}

;// CONCATENATED MODULE: ./src/filters/jest-format.ts
// Jest's JSON results (`jest --json`), which Vitest's json reporter also writes: every test of every
// file run, with its describe titles, including the tests a -t pattern filtered out (Jest reports
// them as "pending", Vitest as "skipped"), so the check sees each file's tests in full.



function testsOfJestJson(runner, file, doc) {
    const bad = (what) => new selection_FilterError(`group-matrix ${runner} check: '${file}' is not the JSON results expected (${what}; expected testResults[] of { name, assertionResults[] of { ancestorTitles[], title } }).`);
    const results = field(doc, 'testResults');
    if (!Array.isArray(results))
        throw bad('no testResults list');
    const tests = [];
    for (const result of results) {
        const name = field(result, 'name');
        const assertions = field(result, 'assertionResults');
        if (typeof name !== 'string' || !Array.isArray(assertions))
            throw bad('a test file without name or assertionResults');
        for (const a of assertions) {
            const title = field(a, 'title');
            const ancestors = field(a, 'ancestorTitles');
            if (typeof title !== 'string' ||
                !Array.isArray(ancestors) ||
                !ancestors.every((t) => typeof t === 'string'))
                throw bad(`a test of '${name}' without title or ancestorTitles`);
            // `location` is there with Jest's --testLocationInResults and Vitest's --includeTaskLocation.
            const line = field(field(a, 'location'), 'line');
            tests.push({
                file: external_node_path_default().resolve(name),
                titles: [...ancestors, title],
                ...(typeof line === 'number' ? { line } : {}),
            });
        }
    }
    return tests;
}

;// CONCATENATED MODULE: ./src/filters/jest/select.ts
// How a Jest job selects its tests. Jest 30 rejects custom CLI flags, so the job comes through env
// (GROUP_MATRIX_PLAN, GROUP_MATRIX_ID): `jestArgs` gives `--filter=<filter.cjs>` and, when the job
// holds part of a file, `--testNamePattern=<exact names>`; Jest require()s that CommonJS shim, which
// calls `filter` (exported by the bundle next to it) with every test path Jest found.


/** Jest's `--filter` contract (Jest 30): `{ filtered: string[] }` of the paths to run, exactly the job's files. */
async function filter(testPaths) {
    const selection = readSelection('jest');
    const found = new Set(testPaths.map((p) => path.resolve(p)));
    const missing = selection.files.filter((f) => !found.has(f));
    if (missing.length > 0)
        throw new FilterError(`group-matrix jest filter: job '${selection.job.id}' plans ${missing.map((f) => `'${path.relative(selection.root, f)}'`).join(', ')}, but Jest does not find ${missing.length > 1 ? 'them' : 'it'} as a test file (testMatch, roots or rootDir differ from the plan). Align the action's paths with Jest's config.`);
    const unplanned = [...found].filter((p) => !selection.runnerFiles.has(p));
    if (unplanned.length > 0)
        throw new FilterError(`group-matrix jest filter: Jest finds ${unplanned.length} test file(s) the plan does not hold, which no job would run: ${unplanned
            .slice(0, 5)
            .map((f) => `'${path.relative(selection.root, f)}'`)
            .join(', ')}. Re-run the collect job, or widen the action's paths.`);
    const keep = new Set(selection.files);
    return { filtered: testPaths.filter((p) => keep.has(path.resolve(p))) };
}
/** The arguments to append to `jest` for the selected job; `bundle` is dist/filters/jest/index.js. */
function jestArgs(bundle) {
    const selection = selection_readSelection('jest');
    const args = [`--filter=${external_node_path_default().join(external_node_path_default().dirname(bundle), 'filter.cjs')}`];
    if (selection.byName)
        args.push(`--testNamePattern=${selection.byName.pattern}`);
    return args;
}

;// CONCATENATED MODULE: ./src/filters/jest/command.ts
// The Jest filter's subcommands: `args [--nul]` prints `--filter=<filter.cjs>` and, for a split
// file, `--testNamePattern=<exact names>`; `check <results.json>`, after `jest ... --json
// --outputFile=<it>` (Jest lists no test names without running), compares the tests Jest found in
// the name-selected files with the plan: -t leaves the others in the results as pending.




/** The tests of Jest's JSON results, for the check. */
function readJestResults(file) {
    return testsOfJestJson('jest', file, readRunnerJson('jest', file, 
    // After a run: no file most often means Jest stopped before it reported (a config error).
    `when the jest run above stopped before reporting, its own error says why and nothing could be checked; otherwise run jest with the job's arguments and --json --outputFile=${file}`));
}
/**
 * Runs one subcommand. `bundle` is dist/filters/jest/index.js (filter.cjs is next to it); `usage`
 * names how it was called (the bundle, or the `group-matrix` CLI).
 */
function jestCommand(argv, bundle, usage = 'node dist/filters/jest/index.js') {
    if (argv[0] === 'check')
        return runCheck('jest', argv, readJestResults);
    if (argv[0] !== 'args')
        throw new selection_FilterError(`usage: ${usage} args [--nul] | check <results.json>`);
    printArgs(jestArgs(bundle), argv.includes('--nul'));
}

;// CONCATENATED MODULE: ./src/filters/playwright/listing.ts
// Playwright's json reporter output of `playwright test --list`: a suite per file (its `file`
// relative to config.rootDir: the config's top-level testDir, else its directory), describe
// suites nested in it, and specs (tests) at every level, each once for all projects.



function testsOfPlaywrightJson(file, doc) {
    const bad = (what) => new selection_FilterError(`group-matrix playwright check: '${file}' is not the json reporter's output expected (${what}; expected config.rootDir and suites[] of { title, file, specs[] of { title, file }, suites[] }).`);
    const rootDir = field(field(doc, 'config'), 'rootDir');
    const suites = field(doc, 'suites');
    if (typeof rootDir !== 'string')
        throw bad('no config.rootDir');
    if (!Array.isArray(suites))
        throw bad('no suites list');
    const tests = [];
    const walk = (suite, titles) => {
        const specs = field(suite, 'specs') ?? [];
        const children = field(suite, 'suites') ?? [];
        if (!Array.isArray(specs) || !Array.isArray(children))
            throw bad('specs or suites that are not lists');
        for (const spec of specs) {
            const title = field(spec, 'title');
            const specFile = field(spec, 'file');
            if (typeof title !== 'string' || typeof specFile !== 'string')
                throw bad('a spec without title or file');
            const line = field(spec, 'line');
            tests.push({
                file: external_node_path_default().resolve(rootDir, specFile),
                titles: [...titles, title],
                ...(typeof line === 'number' ? { line } : {}),
            });
        }
        for (const child of children) {
            const title = field(child, 'title');
            if (typeof title !== 'string')
                throw bad('a describe suite without title');
            // An anonymous test.describe(() => …) adds no title, in Playwright's title paths and in the plan.
            walk(child, title ? [...titles, title] : titles);
        }
    };
    // The top suites stand for files: their title is the file's path, not a describe.
    for (const suite of suites)
        walk(suite, []);
    return tests;
}

;// CONCATENATED MODULE: ./src/filters/playwright/test-list.ts
// The Playwright filter's work, apart from its CLI (index.ts) so tests can call it: the test list
// of a job, with its lines relative to the config's rootDir, which comes from the plan (the
// collect job read the config statically): this code reads no config, so the filter bundle
// carries no parser.






function playwrightArgs(options) {
    const cwd = options.cwd ?? process.cwd();
    const selection = selection_readSelection('playwright', options.env, cwd);
    const rootDir = rootDirOf(selection, options, cwd);
    const lines = [];
    for (const test of selection.job.tests) {
        const rel = listPath(rootDir, external_node_path_default().resolve(selection.root, test.file), test.file);
        // A file with no one-by-one tests, or a job holding all of a file, is named by the file alone.
        const titles = selection.byName && test.id !== test.file ? (0,names/* titlesOfId */.wW)(test.file, test.id) : [];
        lines.push([rel, ...titles].join(' › '));
    }
    return [`--test-list=${writeList(options.listDir, `group-matrix-${selection.job.id}.testlist`, lines)}`];
}
/**
 * `--list` of the job's name-selected files, whole (a test list naming each file alone), with the
 * json reporter: Playwright writes it to env PLAYWRIGHT_JSON_OUTPUT_FILE. `--list` runs no test,
 * global setup or web server. Nothing when the job selects no test by name.
 */
function playwrightListArgs(options) {
    const cwd = options.cwd ?? process.cwd();
    const selection = selection_readSelection('playwright', options.env, cwd);
    const files = nameSelectedFiles(selection);
    if (files.length === 0)
        return [];
    const rootDir = rootDirOf(selection, options, cwd);
    const lines = files.map((f) => listPath(rootDir, f, external_node_path_default().relative(selection.root, f)));
    const list = writeList(options.listDir, `group-matrix-${selection.job.id}.check.testlist`, lines);
    return ['--list', '--reporter=json', `--test-list=${list}`];
}
/**
 * A file as a test list names it: relative to rootDir, POSIX (`../` when a project's testDir is
 * outside it: Playwright compares `path.relative(rootDir, file)` with the line's file).
 */
function listPath(rootDir, file, planPath) {
    const rel = external_node_path_default().relative(rootDir, file).split((external_node_path_default()).sep).join('/');
    // Playwright trims each line and skips those starting with `#`.
    if (external_node_path_default().isAbsolute(rel) || rel !== rel.trim() || rel.startsWith('#'))
        throw new selection_FilterError(`group-matrix playwright filter: '${planPath}' cannot be named in a test list relative to the rootDir '${rootDir}' (Playwright trims each line and skips lines starting with '#'). Rename the file.`);
    return rel;
}
function writeList(dir, name, lines) {
    const list = external_node_path_default().join(dir, name);
    external_node_fs_default().writeFileSync(list, [...new Set(lines)].join('\n') + '\n');
    return list;
}
const TEST_DIR_HINT = "pass --test-dir with the config's top-level testDir (its directory when it states none): the directory Playwright names test list files from, its config.rootDir";
/**
 * The directory the test list's files are relative to, Playwright's `config.rootDir`: `--test-dir`
 * when given; else the plan's rootDir of the config Playwright runs with (`--config`, else the
 * first `playwright.config.*` of the directory it runs in, as Playwright picks it); else, with no
 * config at all, the directory itself (Playwright's own default). Never guessed: a config the
 * plan could not read or does not list is an error naming it.
 */
function rootDirOf(selection, options, cwd) {
    if (options.testDir)
        return external_node_path_default().resolve(cwd, options.testDir);
    const prefix = 'group-matrix playwright filter:';
    const planned = selection.playwrightConfigs;
    const config = configFile(cwd, options.config);
    if (config === null) {
        if (!planned || planned.length === 0)
            return cwd;
        throw new selection_FilterError(`${prefix} there is no playwright.config.* in ${cwd}, and the plan lists the Playwright configs ${planned.map((c) => `'${c.config}'`).join(', ')}. Run the filter in the directory Playwright runs in, or pass --config with the config you give Playwright with -c, or ${TEST_DIR_HINT}.`);
    }
    // Directories as the file system names them (a symlinked checkout); the config's own name kept,
    // as Playwright keeps it (a config that is a symlink still has its directory).
    const at = external_node_path_default().join(real(external_node_path_default().dirname(config)), external_node_path_default().basename(config));
    const rel = external_node_path_default().relative(real(selection.root), at).split((external_node_path_default()).sep).join('/');
    if (!planned)
        throw new selection_FilterError(`${prefix} the plan lists no Playwright config rootDirs (it was written by an older group-matrix), so the directory the test list of '${rel}' is relative to is unknown. Re-run the collect job with this version, or ${TEST_DIR_HINT}.`);
    const entry = planned.find((c) => c.config === rel);
    if (!entry)
        throw new selection_FilterError(`${prefix} the plan has no rootDir for the Playwright config '${rel}' (it lists ${planned.map((c) => `'${c.config}'`).join(', ') || 'none'}: the configs of the directories above its Playwright tests), so the directory its test list is relative to is unknown. Run the filter in the directory Playwright runs in, or ${TEST_DIR_HINT}.`);
    if (entry.root_dir === null)
        throw new selection_FilterError(`${prefix} the collect job could not read the Playwright config '${rel}' statically (its testDir, or the config itself, is computed), so the directory its test list is relative to is unknown: ${TEST_DIR_HINT}.`);
    return external_node_path_default().resolve(selection.root, entry.root_dir);
}
/** The config Playwright runs with: `-c FILE|DIR` as given, else the first of the directory. */
function configFile(cwd, given) {
    const at = given === undefined ? cwd : external_node_path_default().resolve(cwd, given);
    let stat;
    try {
        stat = external_node_fs_default().statSync(at);
    }
    catch {
        throw new selection_FilterError(`group-matrix playwright filter: --config '${given}': ${at} does not exist.`);
    }
    if (!stat.isDirectory())
        return at;
    const name = PLAYWRIGHT_CONFIG_NAMES.find((n) => external_node_fs_default().existsSync(external_node_path_default().join(at, n)));
    if (name)
        return external_node_path_default().join(at, name);
    if (given !== undefined)
        throw new selection_FilterError(`group-matrix playwright filter: --config '${given}': no playwright.config.* in ${at}.`);
    return null;
}
/** A directory as the file system names it. */
function real(p) {
    try {
        return external_node_fs_default().realpathSync(p);
    }
    catch {
        return external_node_path_default().resolve(p);
    }
}

;// CONCATENATED MODULE: ./src/filters/playwright/command.ts
// The Playwright filter's subcommands: `args [--test-dir DIR | --config FILE]` writes a Playwright
// test list (`file › describe › title` lines, relative to the config's rootDir, from the plan) for
// the job named by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN, and prints
// `--test-list=<that file>`. A test list selects by exact title path, so tags need no --grep and
// ungrouped tests stay selectable. `list-args [--test-dir DIR | --config FILE]` prints the
// arguments of a `playwright test --list` of the job's name-selected files with the json
// reporter, and `check <list.json>` compares it with the plan.





const USAGE = 'args [--test-dir DIR | --config FILE] [--nul] | list-args [--test-dir DIR | --config FILE] [--nul] | check <list.json>';
/** The value of `--name VALUE` or `--name=VALUE`; an error when the value is missing. */
function command_option(argv, name, usage) {
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a.startsWith(`${name}=`))
            return a.slice(name.length + 1);
        if (a !== name)
            continue;
        const value = argv[i + 1];
        if (value === undefined || value === '' || value.startsWith('--'))
            throw new selection_FilterError(`group-matrix playwright filter: ${name} needs a value. usage: ${usage} ${USAGE}`);
        return value;
    }
    return undefined;
}
/** The tests of the json reporter's output of `playwright test --list`, for the check. */
function readPlaywrightListing(file) {
    return testsOfPlaywrightJson(file, readRunnerJson('playwright', file, `run PLAYWRIGHT_JSON_OUTPUT_FILE=${file} playwright test with the arguments of list-args`));
}
/** Runs one subcommand; `usage` names how it was called (the bundle, or the `group-matrix` CLI). */
function playwrightCommand(argv, usage = 'node dist/filters/playwright/index.js') {
    const nul = argv.includes('--nul');
    const options = () => ({
        listDir: process.env['RUNNER_TEMP'] || external_node_os_default().tmpdir(),
        testDir: command_option(argv, '--test-dir', usage),
        config: command_option(argv, '--config', usage),
    });
    if (argv[0] === 'args')
        return printArgs(playwrightArgs(options()), nul);
    if (argv[0] === 'list-args')
        return printArgs(playwrightListArgs(options()), nul);
    if (argv[0] === 'check')
        return runCheck('playwright', argv, readPlaywrightListing);
    throw new selection_FilterError(`usage: ${usage} ${USAGE}`);
}

;// CONCATENATED MODULE: ./src/filters/vitest/args.ts
// What a Vitest job runs: the job's files, an --exclude for every other planned file a file filter
// would also match (Vitest matches file filters as substrings), and, when the job holds part of a
// file, --testNamePattern with the exact names. And the arguments of the listing run that `check`
// compares with the plan.



function vitestArgs() {
    const selection = selection_readSelection('vitest');
    const args = fileArgs(selection);
    if (selection.byName)
        args.push(`--testNamePattern=${selection.byName.pattern}`);
    return args;
}
/**
 * The arguments of a `vitest run` that collects the job's name-selected files and runs none of
 * their tests: a name pattern that matches nothing makes Vitest report every test as skipped,
 * hooks and bodies unrun, and the json reporter writes them all (to `output`, never to a file
 * the config names). Not `vitest list`: it leaves out tests skipped at collection (`.skip`,
 * `.todo`, `skipIf`), which the check would take for removed ones. Nothing when the job selects
 * no test by name.
 */
function vitestListArgs(output) {
    const selection = selection_readSelection('vitest');
    if (nameSelectedFiles(selection).length === 0)
        return [];
    return [
        ...fileArgs(selection),
        '--testNamePattern=(?!)',
        '--reporter=json',
        `--outputFile=${external_node_path_default().resolve(output)}`,
        // Each test's line, for the check's annotations.
        '--includeTaskLocation',
        // Coverage of a run that runs nothing would only fail its thresholds.
        '--coverage.enabled=false',
    ];
}
/** The job's files, each with an --exclude for the other planned files it would also match. */
function fileArgs(selection) {
    const cwd = process.cwd();
    const args = [];
    const mine = new Set(selection.files);
    for (const file of selection.files) {
        const rel = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/');
        args.push(rel);
        for (const other of selection.runnerFiles) {
            if (mine.has(other))
                continue;
            const otherRel = external_node_path_default().relative(cwd, other).split((external_node_path_default()).sep).join('/');
            if (other.startsWith(file) || otherRel.toLowerCase().includes(rel.toLowerCase()))
                args.push(`--exclude=${globEscape(otherRel)}`);
        }
    }
    return args;
}
/** A path as a glob that matches only itself. */
function globEscape(p) {
    return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/filters/vitest/command.ts
// The Vitest filter's subcommands: `args [--nul]` prints what to append to `vitest run` for the
// job named by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN; `list-args <results.json>`
// prints the arguments of a `vitest run` that only lists the job's name-selected files into that
// JSON file, and `check <results.json>` compares it with the plan.




const command_USAGE = 'args [--nul] | list-args <results.json> [--nul] | check <results.json>';
/** Runs one subcommand; `usage` names how it was called (the bundle, or the `group-matrix` CLI). */
function vitestCommand(argv, usage = 'node dist/filters/vitest/index.js') {
    const nul = argv.includes('--nul');
    const file = argv[1];
    if (argv[0] === 'args')
        return printArgs(vitestArgs(), nul);
    if (argv[0] === 'list-args') {
        if (!file || file.startsWith('-'))
            throw new selection_FilterError(`usage: ${usage} ${command_USAGE}`);
        return printArgs(vitestListArgs(file), nul);
    }
    if (argv[0] === 'check')
        return runCheck('vitest', argv, (f) => testsOfJestJson('vitest', f, readRunnerJson('vitest', f, `run vitest with the arguments of 'list-args ${f}'`)));
    throw new selection_FilterError(`usage: ${usage} ${command_USAGE}`);
}

;// CONCATENATED MODULE: ./src/run/runner-args.ts

/** Options that select tests or shards: the job's selection is the plan's, and these would change it. */
const SELECTING = {
    jest: ['-t', '--testNamePattern', '--filter', '--shard', '--listTests'],
    vitest: ['-t', '--testNamePattern', '--shard'],
    playwright: ['-g', '--grep', '--grep-invert', '--test-list', '--test-list-invert', '--shard', '--list'],
};
/** Options (each taking a value) that decide which config and projects a run loads. */
const CONFIGURING = {
    vitest: ['-c', '--config', '-r', '--root', '--dir', '--project', '--mode'],
    playwright: ['-c', '--config', '--project'],
};
/** The option's name of `--name=value` or `--name`. */
function nameOf(arg) {
    const eq = arg.indexOf('=');
    return arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
}
/** Refuses an argument that would change which tests the job runs, naming it. */
function refuseSelecting(runner, args) {
    const bad = args.find((a) => SELECTING[runner].includes(nameOf(a)));
    if (bad !== undefined)
        throw new selection_FilterError(`group-matrix run ${runner}: '${bad}' changes which tests run, and the job's tests come from the plan (GROUP_MATRIX_ID). Leave it out; to run other tests, plan them in another job.`);
}
/**
 * The arguments that choose the config and projects, to pass to the listing run too, and the
 * config file given (`-c`/`--config`), which the Playwright filter needs to find the test list's
 * directory in the plan.
 */
function configArgs(runner, args) {
    const out = [];
    let config;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const name = nameOf(arg);
        if (!CONFIGURING[runner].includes(name))
            continue;
        let value;
        if (name !== arg) {
            value = arg.slice(name.length + 1);
            out.push(arg);
        }
        else {
            value = args[i + 1];
            if (value === undefined)
                throw new selection_FilterError(`group-matrix run ${runner}: '${arg}' needs a value.`);
            out.push(arg, value);
            i++;
        }
        if (name === '-c' || name === '--config')
            config = value;
    }
    return { args: out, config };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/run/processes.ts
// Running the test runner the project installed: its node_modules/.bin entry, found from the
// current directory up as npx finds a local one (never downloaded), with the exit status as the
// runner gave it.





const PACKAGES = {
    jest: 'jest',
    vitest: 'vitest',
    playwright: '@playwright/test',
};
/** The runner's executable in the nearest node_modules/.bin from `cwd` up. */
function findRunner(runner, cwd) {
    for (let dir = external_node_path_default().resolve(cwd);; dir = external_node_path_default().dirname(dir)) {
        const bin = external_node_path_default().join(dir, 'node_modules', '.bin', runner);
        if (external_node_fs_default().existsSync(bin))
            return bin;
        if (external_node_path_default().dirname(dir) === dir)
            break;
    }
    throw new selection_FilterError(`group-matrix run ${runner}: no node_modules/.bin/${runner} in ${cwd} or a directory above it. Install the project's dependencies first (npm ci), with ${PACKAGES[runner]} among them, and run this where the runner runs.`);
}
/**
 * Runs a command to its end. The real run prints as it goes; a listing run is captured (it only
 * reports skipped tests) and shown when it fails.
 */
function runToEnd(command, args, options = {}) {
    const r = (0,external_node_child_process_namespaceObject.spawnSync)(command, args, {
        env: { ...process.env, ...options.env },
        stdio: options.capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
    });
    if (r.error)
        throw new selection_FilterError(`group-matrix run: cannot start ${command} (${r.error.message}).`);
    const status = r.status ?? 128 + (r.signal ? ((external_node_os_default()).constants.signals[r.signal] ?? 0) : 0);
    return { status, output: options.capture ? `${r.stdout ?? ''}${r.stderr ?? ''}` : '' };
}
/** A scratch file for the runner's JSON output, removed first so a stale one cannot pass. */
function scratchFile(name) {
    const dir = process.env['RUNNER_TEMP'] || external_node_os_default().tmpdir();
    const file = external_node_path_default().join(dir, name);
    external_node_fs_default().rmSync(file, { force: true });
    return file;
}

;// CONCATENATED MODULE: ./src/run/run-job.ts
// `group-matrix run jest|vitest|playwright [-- runner args]`: one matrix job's tests in one step.
// The job comes from env GROUP_MATRIX_PLAN and GROUP_MATRIX_ID, as for the filters. Where the
// runner can list tests without running them (Vitest, Playwright), its own view of the job's
// name-selected files is checked against the plan first, and a difference stops the job before
// any test runs; Jest cannot, so its results are checked after the run. The exit status is the
// runner's, or 1 when the check finds a test that would run in no job (2: an error of use).












function runJob(options) {
    refuseSelecting(options.runner, options.runnerArgs);
    const selection = selection_readSelection(options.runner);
    const bin = findRunner(options.runner, process.cwd());
    const say = (text) => {
        process.stderr.write(`group-matrix run ${options.runner}: job '${selection.job.id}': ${text}\n`);
    };
    switch (options.runner) {
        case 'jest':
            return runJest(options, selection, bin, say);
        case 'vitest':
            return runVitest(options, selection, bin, say);
        case 'playwright':
            return runPlaywright(options, selection, bin, say);
    }
}
function runJest(options, selection, bin, say) {
    const checked = nameSelectedFiles(selection).length > 0;
    const results = checked ? scratchFile(`group-matrix-${selection.job.id}-jest.json`) : null;
    // Jest has no listing of test names without running them: its results of this run are checked.
    const args = [
        ...options.runnerArgs,
        ...jestArgs(options.jestBundle),
        ...(results ? ['--json', `--outputFile=${results}`, '--testLocationInResults'] : []),
    ];
    say(`${describe(selection)}: ${commandLine('jest', args)}`);
    const run = runToEnd(bin, args);
    if (!results) {
        // Whole files: no test can be lost by name, and the check says so.
        printed(checkJob('jest', selection, () => []));
        return run.status;
    }
    if (!external_node_fs_default().existsSync(results)) {
        say(`Jest wrote no results (exit ${run.status}): it stopped before reporting, and its own output above says why. The plan could not be checked.`);
        return run.status || 1;
    }
    const report = printed(checkJob('jest', selection, () => readJestResults(results)));
    return run.status !== 0 ? run.status : report.status;
}
function runVitest(options, selection, bin, say) {
    const config = configArgs('vitest', options.runnerArgs);
    if (nameSelectedFiles(selection).length > 0) {
        const list = scratchFile(`group-matrix-${selection.job.id}-vitest-list.json`);
        const listed = listBeforeRun(say, 'Vitest', bin, ['run', ...config.args, ...vitestListArgs(list)], {}, list);
        if (listed !== 0)
            return listed;
        const read = () => testsOfJestJson('vitest', list, readRunnerJson('vitest', list, 'run the listing again'));
        const report = printed(checkJob('vitest', selection, read));
        if (report.status !== 0)
            return stopped(say, report.status);
    }
    else
        printed(checkJob('vitest', selection, () => []));
    const args = ['run', ...options.runnerArgs, ...vitestArgs()];
    say(`${describe(selection)}: ${commandLine('vitest', args)}`);
    return runToEnd(bin, args).status;
}
function runPlaywright(options, selection, bin, say) {
    const config = configArgs('playwright', options.runnerArgs);
    const filterOptions = {
        listDir: process.env['RUNNER_TEMP'] || external_node_os_default().tmpdir(),
        testDir: options.testDir,
        config: config.config,
    };
    const listArgs = playwrightListArgs(filterOptions);
    if (listArgs.length > 0) {
        const list = scratchFile(`group-matrix-${selection.job.id}-playwright-list.json`);
        // The json reporter writes to PLAYWRIGHT_JSON_OUTPUT_FILE: stdout may hold the files' own logs.
        const env = { PLAYWRIGHT_JSON_OUTPUT_FILE: list };
        const listed = listBeforeRun(say, 'Playwright', bin, ['test', ...config.args, ...listArgs], env, list);
        if (listed !== 0)
            return listed;
        const report = printed(checkJob('playwright', selection, () => readPlaywrightListing(list)));
        if (report.status !== 0)
            return stopped(say, report.status);
    }
    else
        printed(checkJob('playwright', selection, () => []));
    const args = ['test', ...options.runnerArgs, ...playwrightArgs(filterOptions)];
    say(`${describe(selection)}: ${commandLine('playwright', args)}`);
    return runToEnd(bin, args).status;
}
/**
 * The runner's listing of the job's name-selected files (it runs no test), into `output`. Its own
 * output is shown only when it fails: otherwise it reports every test as skipped, which would read
 * as if the job had skipped them.
 */
function listBeforeRun(say, name, bin, args, env, output) {
    say(`listing the files it selects by name, to check them against the plan (runs no test)`);
    const run = runToEnd(bin, args, { env, capture: true });
    if (run.status === 0 && external_node_fs_default().existsSync(output))
        return 0;
    process.stderr.write(run.output);
    say(`${name}'s listing failed (exit ${run.status}${external_node_fs_default().existsSync(output) ? '' : ', no listing written'}): its output above says why. No test ran.`);
    return run.status || 1;
}
function stopped(say, status) {
    say('stopped before running any test.');
    return status;
}
function printed(report) {
    process.stdout.write(report.stdout);
    process.stderr.write(report.stderr);
    return report;
}
function describe(selection) {
    const tests = selection.job.tests.length;
    const files = selection.files.length;
    return `${tests} test${tests === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}`;
}
/** A command as one would type it: each argument quoted for a POSIX shell when it needs to be. */
function commandLine(command, args) {
    const quote = (a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);
    return [command, ...args].map(quote).join(' ');
}

;// CONCATENATED MODULE: ./src/cli/run.ts
// `group-matrix run jest|vitest|playwright [--test-dir DIR] [-- runner args]` and
// `group-matrix filter <runner> <subcommand>`: the JS filters through the one command on PATH.








const run_RUNNERS = ['jest', 'vitest', 'playwright'];
const RUN_USAGE = `Usage: group-matrix run jest|vitest|playwright [--test-dir DIR] [-- runner args...]

Runs one matrix job's tests with the project's own runner (node_modules/.bin), the job read from
env GROUP_MATRIX_PLAN (the plan file) and GROUP_MATRIX_ID (matrix.group.id), and GROUP_MATRIX_ROOT
(the action's working-directory; default: the current directory). Where the job selects tests by
name, the runner's own view of those files is checked against the plan: before the run for Vitest
and Playwright (their listing runs no test), after it for Jest (it lists nothing without running).
A test the plan does not hold would run in no job, so it fails the step, by name.

Exit status: the runner's; 1 when the check finds a difference (and the runner passed); 2 on an
error of use (no plan, a job of another runner, an argument that would change the selection).

  runner args   after --, for the real run: reporters, --config/-c, --project, workers, ...
                (not test names, files or shards: the plan selects); what follows \`vitest run\`,
                \`playwright test\`, \`jest\`
  --test-dir    Playwright's rootDir (the config's top-level testDir), when the collect job could
                not read the config statically
`;
const FILTER_USAGE = `Usage: group-matrix filter jest args [--nul] | check <results.json>
       group-matrix filter vitest args [--nul] | list-args <results.json> [--nul] | check <results.json>
       group-matrix filter playwright args|list-args [--test-dir DIR | --config FILE] [--nul] | check <list.json>

The steps \`run\` takes, one at a time (docs/js-runners.md): the same as node dist/filters/<runner>/index.js.
`;
/** dist/filters/jest/index.js, next to this bundle's directory (dist/cli/). */
function jestBundle() {
    const here = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    return [here, '..', 'filters', 'jest', 'index.js'].reduce((a, b) => external_node_path_default().join(a, b));
}
function runner(value, usage) {
    if (value && run_RUNNERS.includes(value))
        return value;
    throw new selection_FilterError(`${value ? `Unknown runner '${value}'` : 'No runner given'}: expected one of ${run_RUNNERS.join(', ')}.\n\n${usage}`);
}
/** `run`: returns the exit status. */
function runCommand(argv) {
    const dash = argv.indexOf('--');
    const own = dash === -1 ? argv : argv.slice(0, dash);
    const runnerArgs = dash === -1 ? [] : argv.slice(dash + 1);
    return guarded(() => {
        let parsed;
        try {
            parsed = (0,external_node_util_.parseArgs)({
                args: own,
                allowPositionals: true,
                options: { 'test-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
            });
        }
        catch (err) {
            throw new selection_FilterError(`group-matrix run: ${err.message} (the runner's own arguments go after --).\n\n${RUN_USAGE}`);
        }
        if (parsed.values.help) {
            process.stdout.write(RUN_USAGE);
            return 0;
        }
        const [name, ...extra] = parsed.positionals;
        if (extra.length > 0)
            throw new selection_FilterError(`group-matrix run: unexpected '${extra[0]}' (the runner's own arguments go after --).\n\n${RUN_USAGE}`);
        return runJob({
            runner: runner(name, RUN_USAGE),
            runnerArgs,
            testDir: parsed.values['test-dir'],
            jestBundle: jestBundle(),
        });
    });
}
/** `filter <runner> <subcommand>`: the filter bundles' subcommands; returns the exit status. */
function filterCommand(argv) {
    if (argv[0] === '--help' || argv[0] === '-h') {
        process.stdout.write(FILTER_USAGE);
        return 0;
    }
    return guarded(() => {
        const name = runner(argv[0], FILTER_USAGE);
        const rest = argv.slice(1);
        const usage = `group-matrix filter ${name}`;
        process.exitCode = 0;
        if (name === 'jest')
            jestCommand(rest, jestBundle(), usage);
        else if (name === 'vitest')
            vitestCommand(rest, usage);
        else
            playwrightCommand(rest, usage);
        // The subcommands set process.exitCode as the bundles do (check: 1 on a difference).
        return Number(process.exitCode ?? 0);
    });
}
/** An error of use is one message and exit 2, never a stack trace. */
function guarded(body) {
    try {
        return body();
    }
    catch (err) {
        if (!(err instanceof selection_FilterError))
            throw err;
        process.stderr.write(`${err.message}\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
// The `group-matrix` command: `plan` previews the action's plan, `run` runs one matrix job's JS
// tests, `filter` gives the JS filters' single steps, `--version` the one version of the project.



const main_USAGE = `group-matrix ${VERSION}: plan a test suite's parallel jobs, and run one job's tests.

  group-matrix plan [paths...] [options]       what the action plans (every input is an option)
  group-matrix run jest|vitest|playwright [-- runner args]
                                               one job's tests, checked against the plan
  group-matrix filter <runner> <subcommand>    the steps of run, one at a time
  group-matrix --version

${PLAN_USAGE}
${RUN_USAGE}
${FILTER_USAGE}`;
async function main(argv) {
    const [command, ...rest] = argv;
    if (command === '--version' || command === '-V') {
        process.stdout.write(`${VERSION}\n`);
        return 0;
    }
    if (command === undefined || command === '--help' || command === '-h') {
        (command === undefined ? process.stderr : process.stdout).write(command === undefined ? `No command given.\n\n${main_USAGE}` : main_USAGE);
        return command === undefined ? 2 : 0;
    }
    if (command === 'plan')
        return planCommand(rest);
    if (command === 'run')
        return runCommand(rest);
    if (command === 'filter')
        return filterCommand(rest);
    process.stderr.write(`Unknown command '${command}'.\n\n${main_USAGE}`);
    return 2;
}


/***/ }),

/***/ 3856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E4: () => (/* binding */ decodeSource),
  xw: () => (/* binding */ decodeSourceBytes),
  ht: () => (/* binding */ detached),
  qL: () => (/* binding */ fromByteString)
});

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/extract/decode.ts

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
/**
 * Bytes → text the way Python reads source: UTF-8 with an optional BOM, CRLF and CR turned
 * into LF (line numbers stay right). Binary or non-UTF-8 files become a problem, not a guess.
 */
function decodeSource(path, bytes) {
    const binary = binaryProblem(path, bytes);
    if (binary)
        return binary;
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return notUtf8(path, bytes);
    }
    return { text: text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text };
}
/**
 * Like `decodeSource`, but the text is a byte string: one char per UTF-8 byte (the Latin-1 view
 * of the bytes). It costs a quarter of a UTF-8 decode, and a reader that only looks for ASCII
 * characters can use it as is: UTF-8 never puts an ASCII byte inside a longer character. Texts
 * that hold other characters are turned into real text with `fromByteString`.
 */
function decodeSourceBytes(path, bytes) {
    const binary = binaryProblem(path, bytes);
    if (binary)
        return binary;
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes))
        return notUtf8(path, bytes);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1', bom);
    // The codes are the bytes themselves (borrowed like them), unless line ends were rewritten.
    if (!text.includes('\r'))
        return { text, codes: bytes.subarray(bom) };
    const lf = text.replace(/\r\n?/g, '\n');
    return { text: lf, codes: Buffer.from(lf, 'latin1') };
}
/**
 * A copy of `s` that does not keep a file's source alive, for text that lives as long as the
 * plan: V8 makes a slice of 13 or more characters a view into the string it was cut from.
 */
function detached(s) {
    // Shorter slices are copies already.
    return s.length < 13 ? s : JSON.parse(JSON.stringify(s));
}
/** Real text from a slice of a byte string (see `decodeSourceBytes`). */
function fromByteString(s) {
    for (let i = 0; i < s.length; i++) {
        if (s.charCodeAt(i) >= 0x80)
            return Buffer.from(s, 'latin1').toString('utf8');
    }
    return s;
}
/** A NUL byte never appears in source Python accepts ("source code cannot contain null bytes"). */
function binaryProblem(path, bytes) {
    const nul = bytes.indexOf(0);
    if (nul === -1)
        return null;
    return {
        problem: {
            severity: 'error',
            file: path,
            line: lineAt(bytes, nul),
            title: 'Binary file',
            message: `${path} holds a NUL byte at offset ${nul}: it is not a source file. Remove it from the test paths, or narrow \`paths\`.`,
        },
    };
}
function notUtf8(path, bytes) {
    const at = firstInvalidUtf8(bytes);
    return {
        problem: {
            severity: 'error',
            file: path,
            line: lineAt(bytes, at),
            title: 'Not UTF-8',
            message: `${path} is not valid UTF-8 (first bad byte at offset ${at}, line ${lineAt(bytes, at)}). Save it as UTF-8; other source encodings are not read.`,
        },
    };
}
function lineAt(bytes, offset) {
    let line = 1;
    for (let i = 0; i < offset && i < bytes.length; i++)
        if (bytes[i] === 0x0a)
            line++;
    return line;
}
function firstInvalidUtf8(bytes) {
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
        if (len === 0)
            return i;
        try {
            utf8.decode(bytes.subarray(i, i + len));
        }
        catch {
            return i;
        }
        i += len;
    }
    return bytes.length;
}


/***/ }),

/***/ 2193:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  AT: () => (/* binding */ DEFAULT_JS),
  HB: () => (/* binding */ JS_EXTENSIONS),
  mX: () => (/* binding */ jsExtractor)
});

// UNUSED EXPORTS: extractJs

// EXTERNAL MODULE: ./src/extract/decode.ts + 1 modules
var decode = __nccwpck_require__(3856);
;// CONCATENATED MODULE: ./src/extract/js/docblock.ts
/**
 * The `@group` tags of a file's docblock, read without a parser (jest-runner-groups' convention):
 * a `/** ... *\/` comment before the first statement, or after the leading imports. Several tags
 * are allowed; names may be hierarchical (`integration/db`).
 */
function docblockGroups(text) {
    const out = [];
    let i = 0;
    if (text.startsWith('#!'))
        i = lineEnd(text, 0);
    for (;;) {
        i = skipSpace(text, i);
        if (text.startsWith('//', i)) {
            i = lineEnd(text, i);
        }
        else if (text.startsWith('/*', i)) {
            const end = text.indexOf('*/', i + 2);
            if (end === -1)
                return out;
            if (text.startsWith('/**', i))
                out.push(...tagsIn(text, i, end));
            i = end + 2;
        }
        else if (/^(['"])use (strict|client|server)\1;?/.test(text.slice(i, i + 16))) {
            i = lineEnd(text, i);
        }
        else if (/^import[\s{*'"]/.test(text.slice(i, i + 8)) ||
            /^export\s+(\*|\{[^}]*\}\s*from)/.test(text.slice(i, i + 200))) {
            i = importEnd(text, i);
            if (i === -1)
                return out;
        }
        else {
            return out;
        }
    }
}
function tagsIn(text, start, end) {
    const out = [];
    const body = text.slice(start, end);
    const re = /(^|[\s*])@group[ \t]+([^\s*]+)/g;
    for (let m = re.exec(body); m; m = re.exec(body)) {
        const at = start + m.index + m[1].length;
        out.push({ value: m[2], line: lineOf(text, at) });
    }
    return out;
}
/** The end of an import (or re-export) statement: past its closing quote and optional `;`. */
function importEnd(text, i) {
    // `import x from 'y'`, `import 'y'`, `import { a,\n b } from "y"`: the statement ends at the
    // first string literal that follows `from` or `import` directly.
    const re = /(?:from|import)\s*(['"])(?:[^'"\\\n]|\\.)*\1\s*;?/g;
    re.lastIndex = i;
    const m = re.exec(text);
    return m ? m.index + m[0].length : -1;
}
function skipSpace(text, i) {
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i;
}
function lineEnd(text, i) {
    const nl = text.indexOf('\n', i);
    return nl === -1 ? text.length : nl + 1;
}
function lineOf(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}

// EXTERNAL MODULE: ./src/extract/js/names.ts
var names = __nccwpck_require__(5841);
;// CONCATENATED MODULE: ./src/extract/js/tags.ts
/**
 * The groups named by a list of tags, in order. `@group:2` (the prefix, Playwright style) and
 * `group:2` (Vitest tags carry no `@`) both name group `2`; a tag listed in `js-group-tags`
 * (`@slow`) is a group as a whole (`slow`). Other tags (`@smoke`) are not groups.
 */
function groupOfTags(tags, js) {
    const prefix = js.tagPrefix;
    const bare = prefix.replace(/^@/, '');
    const wholes = new Set(js.groupTags.map((t) => t.replace(/^@/, '')));
    const out = [];
    for (const tag of tags) {
        if (tag.startsWith(prefix) && tag.length > prefix.length)
            out.push(tag.slice(prefix.length));
        else if (bare !== prefix && tag.startsWith(bare) && tag.length > bare.length)
            out.push(tag.slice(bare.length));
        else if (wholes.has(tag.replace(/^@/, '')))
            out.push(tag.replace(/^@/, ''));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/extract/js/index.ts




const JS_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];
const DEFAULT_JS = { tagPrefix: '@group:', groupTags: [], runnerOf: () => 'jest' };
let parser = null;
/** typescript-estree (and the TypeScript compiler in it) is loaded on the first file that needs an AST. */
function loadParser() {
    parser ??= Promise.all([__nccwpck_require__.e(/* import() */ 332).then(__nccwpck_require__.t.bind(__nccwpck_require__, 332, 23)), __nccwpck_require__.e(/* import() */ 650).then(__nccwpck_require__.bind(__nccwpck_require__, 7650))]).then(([estree, walk]) => (text, jsx) => walk.walkProgram(estree.parse(text, { loc: true, range: false, jsx, comment: false })));
    return parser;
}
const jsExtractor = {
    language: 'js',
    extract: extractJs,
};
async function extractJs(file, settings) {
    const js = settings.js ?? DEFAULT_JS;
    const runner = js.runnerOf(file.path);
    const decoded = (0,decode/* decodeSource */.E4)(file.path, file.bytes);
    if ('problem' in decoded)
        return { file: file.path, runner, tests: [], problems: [decoded.problem] };
    const text = decoded.text;
    const problems = [];
    const doc = docblockGroups(text);
    const fileGroup = docblockGroup(file.path, doc, problems);
    const whole = (line = 1) => ({
        file: file.path,
        runner,
        tests: [{ id: file.path, function: file.path, file: file.path, line, group: fileGroup }],
        problems,
    });
    // Without text that can hold a test-level tag, every test takes the file's group: the file is
    // one unit and needs no parser.
    if (!mayHoldTags(text, js))
        return whole();
    let walked;
    try {
        walked = (await loadParser())(text, !/\.[cm]?ts$/.test(file.path));
    }
    catch (err) {
        const e = err;
        problems.push({
            severity: 'error',
            file: file.path,
            line: e.lineNumber ?? 1,
            title: 'Syntax error',
            message: `${file.path}:${e.lineNumber ?? 1}: ${firstLine(e.message)}. Its tests cannot be read one by one; the file is planned whole, in ${groupWords(fileGroup)}.`,
        });
        return whole(e.lineNumber ?? 1);
    }
    if (walked.dynamic.length > 0) {
        for (const d of walked.dynamic)
            problems.push({
                severity: 'warning',
                file: file.path,
                line: d.line,
                title: 'Test not readable statically',
                message: `${file.path}:${d.line}: ${d.what}, so this file's tests are not read one by one: the whole file runs in ${groupWords(fileGroup)}. Use plain string titles and tags, or a docblock \`/** @group name */\` for the file.`,
            });
        return whole(walked.dynamic[0].line);
    }
    const tests = walked.tests.map((t) => {
        const id = (0,names/* jsTestId */.jY)(file.path, t.titles);
        return {
            id,
            function: id,
            file: file.path,
            line: t.line,
            group: groupOf(t, fileGroup, js, file.path, problems),
        };
    });
    keepSplitSelectable(runner, file.path, walked.tests, tests, problems);
    return { file: file.path, runner, tests, problems };
}
/** Whether the text holds anything a test-level group could come from. */
function mayHoldTags(text, js) {
    if (/\btags?\s*:/.test(text))
        return true;
    const bare = js.tagPrefix.replace(/^@/, '');
    if (text.includes(bare))
        return true;
    return js.groupTags.some((t) => text.includes(t.replace(/^@/, '')));
}
function docblockGroup(file, doc, problems) {
    const first = doc[0];
    if (!first)
        return null;
    if (doc.length > 1) {
        problems.push({
            severity: 'notice',
            file,
            line: doc[1].line,
            title: 'Several file groups',
            message: `${file} names the groups ${doc.map((d) => `'${d.value}'`).join(', ')}; a test runs in one job, so the file is planned in the first, '${first.value}'.`,
        });
    }
    return asGroup(first.value);
}
function groupOf(test, fileGroup, js, file, problems) {
    // Closest wins: the test's own tags, then its describes from the innermost out, then the file.
    for (let i = test.tagLevels.length - 1; i >= 0; i--) {
        const found = groupOfTags(test.tagLevels[i], js);
        if (found.length === 0)
            continue;
        if (new Set(found).size > 1) {
            problems.push({
                severity: 'warning',
                file,
                line: test.line,
                title: 'Several groups on one test',
                message: `${(0,names/* jsTestId */.jY)(file, test.titles)} carries the groups ${found.map((g) => `'${g}'`).join(', ')}; it runs once, in the first, '${found[0]}'.`,
            });
        }
        return asGroup(found[0]);
    }
    return fileGroup;
}
/** `2` is the number 2 (as `group(2)` in pytest), anything else a string. */
function asGroup(value) {
    return /^(0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
}
/**
 * A file whose tests fall into several groups runs in several jobs, each selecting its tests by
 * name. When the runner cannot tell them apart by name, the file is planned whole instead.
 */
function keepSplitSelectable(runner, file, found, tests, problems) {
    const groups = new Set(tests.map((t) => (t.group === null ? null : String(t.group))));
    if (groups.size < 2)
        return;
    const reason = splitUnsafe(runner, found, tests);
    if (reason === null)
        return;
    const keep = tests[0].group;
    for (const t of tests)
        t.group = keep;
    problems.push({
        severity: 'warning',
        file,
        line: tests[0].line,
        title: 'Split file kept whole',
        message: `${file}'s tests fall into several groups, but ${runner} cannot select them by name exactly (${reason}): the whole file runs in ${groupWords(keep)}.`,
    });
}
function splitUnsafe(runner, found, tests) {
    for (const t of found) {
        const why = (0,names/* unselectableTitle */.cv)(runner, t.titles);
        if (why)
            return why;
    }
    const key = (g) => (g === null ? '\u0000' : String(g));
    if (runner === 'playwright') {
        // A test-list line selects every test whose title path starts with it.
        for (let a = 0; a < found.length; a++)
            for (let b = 0; b < found.length; b++) {
                if (a === b || key(tests[a].group) === key(tests[b].group))
                    continue;
                const pa = found[a].titles;
                const pb = found[b].titles;
                if (pa.length <= pb.length && pa.every((t, i) => t === pb[i]))
                    return `'${pa.join(' › ')}' also names '${pb.join(' › ')}'`;
            }
        return null;
    }
    const patterns = found.map((t) => (0,names/* nameRegex */.VU)(runner, (0,names/* namePatternSource */.tW)([t.titles])));
    for (let a = 0; a < found.length; a++)
        for (let b = 0; b < found.length; b++) {
            if (a === b || key(tests[a].group) === key(tests[b].group))
                continue;
            const name = found[b].titles.join(' ');
            if (patterns[a].test(name))
                return `the name '${found[a].titles.join(' ')}' also matches '${name}'`;
        }
    return null;
}
function groupWords(group) {
    return group === null ? 'the ungrouped job' : `group ${String(group)}`;
}
function firstLine(message) {
    return (message ?? 'parse error').split('\n')[0];
}


/***/ }),

/***/ 5841:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VU: () => (/* binding */ nameRegex),
/* harmony export */   cv: () => (/* binding */ unselectableTitle),
/* harmony export */   jY: () => (/* binding */ jsTestId),
/* harmony export */   tW: () => (/* binding */ namePatternSource),
/* harmony export */   wW: () => (/* binding */ titlesOfId)
/* harmony export */ });
/* unused harmony exports ID_SEPARATOR, escapeRegex, titleRegexSource */
/** Plan ids of JS tests: `<file>::<describe>::<test>`; titles as written. */
const ID_SEPARATOR = '::';
function jsTestId(file, titles) {
    return [file, ...titles].join(ID_SEPARATOR);
}
/** The titles of a plan id (`file::d::t` → `['d', 't']`), or [] for a whole-file unit (`file`). */
function titlesOfId(file, id) {
    if (id === file)
        return [];
    return id.slice(file.length + ID_SEPARATOR.length).split(ID_SEPARATOR);
}
// `.each` / `.for` titles are formatted at run time: printf tokens (%s %d %i %f %j %o %p %#) and
// `$name` / `$a.b` interpolations stand for any text.
const TEMPLATE_TOKEN = /%[sdifjopO#]|\$[A-Za-z_#][\w.]*/g;
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** A title as a regex source: literal text, with template tokens matching anything. */
function titleRegexSource(title) {
    let out = '';
    let last = 0;
    for (const m of title.matchAll(TEMPLATE_TOKEN)) {
        out += escapeRegex(title.slice(last, m.index)) + '.*';
        last = m.index + m[0].length;
    }
    return out + escapeRegex(title.slice(last)).replace(/%%/g, '%');
}
/**
 * The `-t` (testNamePattern) regex that matches exactly these tests' full names: Jest and Vitest
 * match it against the describe titles and the test title joined by spaces.
 */
function namePatternSource(tests) {
    const unique = [...new Set(tests.map((titles) => titles.map(titleRegexSource).join(' ')))].sort();
    return `^(?:${unique.join('|')})$`;
}
/** Jest compiles -t case-insensitively; Vitest as written. */
function nameRegex(runner, source) {
    return new RegExp(source, runner === 'jest' ? 'i' : '');
}
/** Why these titles cannot be selected one by one by the runner, or null when they can. */
function unselectableTitle(runner, titles) {
    for (const title of titles) {
        if (title.includes(ID_SEPARATOR))
            return `the title '${title}' holds '${ID_SEPARATOR}'`;
        if (runner === 'playwright') {
            if (/[>›]/.test(title))
                return `the title '${title}' holds '>' or '›' (Playwright's test-list separators)`;
            if (title !== title.trim())
                return `the title '${title}' starts or ends with spaces`;
        }
    }
    return null;
}


/***/ }),

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  lm: () => (/* binding */ extractFiles),
  EQ: () => (/* binding */ isExtractionWorker),
  L7: () => (/* binding */ serveExtraction)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/extract/js/index.ts + 2 modules
var extract_js = __nccwpck_require__(2193);
// EXTERNAL MODULE: ./src/extract/registry.ts + 14 modules
var registry = __nccwpck_require__(6143);
;// CONCATENATED MODULE: ./src/extract/transfer.ts
/** The results of a batch as one JSON text. Only `TestCase` fields travel. */
function packResults(results) {
    return JSON.stringify(results.map(packOne));
}
function unpackResults(json) {
    return JSON.parse(json).map(unpackOne);
}
function packOne(extracted) {
    if ('problem' in extracted)
        return extracted;
    const { tests, ...result } = extracted.result;
    const n = tests.length;
    const cols = {
        id: new Array(n),
        fn: new Array(n),
        line: new Array(n),
        group: new Array(n),
        argnames: [],
        names: new Array(n),
        params: new Array(n),
        paramsPerCall: new Array(n),
    };
    const listIndex = new Map();
    for (let i = 0; i < n; i++) {
        const t = tests[i];
        cols.id[i] = t.id;
        cols.fn[i] = t.id.startsWith(t.function) ? t.function.length : t.function;
        cols.line[i] = t.line;
        cols.group[i] = t.group;
        let names = 0;
        if (t.argnames) {
            names = listIndex.get(t.argnames) ?? 0;
            if (names === 0)
                listIndex.set(t.argnames, (names = cols.argnames.push(t.argnames)));
        }
        cols.names[i] = names;
        cols.params[i] = t.params ?? 0;
        cols.paramsPerCall[i] = t.paramsPerCall ?? 0;
        if (t.file !== result.file)
            cols.file ??= tests.map((x) => x.file);
    }
    return { result, tests: cols };
}
function unpackOne(packed) {
    if ('problem' in packed)
        return packed;
    const cols = packed.tests;
    const n = cols.id.length;
    const tests = new Array(n);
    for (let i = 0; i < n; i++) {
        const id = cols.id[i];
        const fn = cols.fn[i];
        const names = cols.names[i];
        const params = cols.params[i];
        const perCall = cols.paramsPerCall[i];
        const test = {
            id,
            function: typeof fn === 'number' ? (fn === id.length ? id : id.slice(0, fn)) : fn,
            file: cols.file ? cols.file[i] : packed.result.file,
            line: cols.line[i],
            group: cols.group[i],
            // All fields always set, in the extractor's order: one shape for every test (see foundTest).
            argnames: names !== 0 ? cols.argnames[names - 1] : undefined,
            params: params !== 0 ? params : undefined,
            paramsPerCall: perCall !== 0 ? perCall : undefined,
        };
        tests[i] = test;
    }
    return { result: { ...packed.result, tests } };
}

;// CONCATENATED MODULE: ./src/extract/parallel.ts
/**
 * Reads and extracts many files on every core: the main thread and worker threads take batches
 * of files from one shared counter (no thread waits for another to hand out work), and the
 * results come back in the files' order, so the plan is the same as with one thread.
 *
 * A worker runs the same bundle as the main thread (the entry asks `isExtractionWorker()` first),
 * so there is no second file to ship in dist/. Workers get plain data only: each JS/TS file's
 * runner is resolved here first; a worker loads typescript-estree itself, when a file needs it.
 */







/**
 * Below this much work a worker's start (loading the bundle, warming up its own JIT: 0.15–0.25 s)
 * and the two threads' sharing of one machine cost more than they save. Work is counted in
 * Python files; a JS/TS file counts as 20 (most need typescript-estree). Measured on 2 vCPUs
 * (bench suites): one thread was as fast or faster up to about 7,000 Python files (1,000 files:
 * 0.62 s against 0.76 s; 10,000: 2.8 s against 2.3 s). With more cores the threads share less;
 * the lower bound there is an estimate, not measured on this machine.
 */
const MIN_WORK_FOR_THREADS = { twoCores: 8000, moreCores: 2000 };
const JS_FILE_WORK = 20;
/** Files per claim from the shared counter: small enough to balance, large enough to be cheap. */
const BATCH = 32;
const WORKER_KIND = 'group-matrix-extract';
/** Whether this thread was started to extract files (the entry then calls `serveExtraction`). */
function isExtractionWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.kind === WORKER_KIND;
}
/** A worker's whole life: claim batches until none are left, post each batch's results. */
async function serveExtraction() {
    const job = external_node_worker_threads_namespaceObject.workerData;
    try {
        await claimBatches(job, (batch, out) => external_node_worker_threads_namespaceObject.parentPort.postMessage({ batch, json: packResults(out) }));
    }
    catch (err) {
        external_node_worker_threads_namespaceObject.parentPort.postMessage({
            error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
    }
}
/**
 * Extracts `files` (relative to `root`, each with an extractor), in parallel when there is
 * enough work and more than one core. `threads` overrides the count (env GROUP_MATRIX_THREADS).
 */
async function extractFiles(root, files, settings, threads = threadCount(files)) {
    const js = settings.js ?? extract_js/* DEFAULT_JS */.AT;
    const plain = {
        marker: settings.marker,
        pytest: settings.pytest,
        js: { tagPrefix: js.tagPrefix, groupTags: js.groupTags },
    };
    const job = { kind: WORKER_KIND, root, files, settings: plain, counter: new SharedArrayBuffer(4) };
    const out = new Array(files.length);
    const store = (batch, results) => {
        for (let i = 0; i < results.length; i++)
            out[batch * BATCH + i] = results[i];
    };
    if (threads <= 1 || !canStartWorkers()) {
        await claimBatches(job, store);
        return { extracted: out, threads: 1 };
    }
    const workers = Array.from({ length: threads - 1 }, () => startWorker(job, store));
    await claimBatches(job, store);
    await Promise.all(workers);
    return { extracted: out, threads };
}
function startWorker(job, store) {
    return new Promise((resolve, reject) => {
        const worker = new external_node_worker_threads_namespaceObject.Worker(new URL(import.meta.url), { workerData: job });
        let failed = null;
        worker.on('message', (m) => {
            if ('error' in m)
                failed = m.error;
            else
                store(m.batch, unpackResults(m.json));
        });
        worker.on('error', (err) => reject(err));
        worker.on('exit', (code) => {
            if (failed !== null || code !== 0)
                reject(new Error(`an extraction thread failed: ${failed ?? `exit code ${code}`}`));
            else
                resolve();
        });
    });
}
async function claimBatches(job, emit) {
    const counter = new Int32Array(job.counter);
    const batches = Math.ceil(job.files.length / BATCH);
    for (;;) {
        const batch = Atomics.add(counter, 0, 1);
        if (batch >= batches)
            return;
        const out = [];
        const end = Math.min(job.files.length, (batch + 1) * BATCH);
        for (let i = batch * BATCH; i < end; i++)
            out.push(await extractOne(job.root, job.files[i], job.settings));
        emit(batch, out);
        // On the main thread, let the workers' finished batches be unpacked now, while they work,
        // rather than all at the end.
        if (external_node_worker_threads_namespaceObject.isMainThread)
            await new Promise((resolve) => setImmediate(resolve));
    }
}
async function extractOne(root, file, settings) {
    const bytes = readSource(root, file.path);
    if ('problem' in bytes)
        return bytes;
    const extractor = (0,registry/* extractorFor */.S)(file.path);
    const runner = file.runner ?? 'jest';
    const result = await extractor.extract({ path: file.path, bytes: bytes.bytes }, { ...settings, js: { ...settings.js, runnerOf: () => runner } });
    return { result };
}
/**
 * One read buffer per thread, reused for every file: a fresh buffer per file costs an allocation
 * and, counted as external memory, extra garbage collections. Extractors only borrow the bytes
 * (each turns them into text before it returns), and a thread reads its files one at a time.
 */
let scratch = Buffer.allocUnsafe(1 << 16);
/** Reads a file the plan needs; a file that cannot be read is a problem, not a crash. */
function readSource(root, file) {
    let fd = null;
    try {
        fd = external_node_fs_default().openSync(external_node_path_default().join(root, file), 'r');
        let size = 0;
        for (;;) {
            if (size === scratch.length) {
                const bigger = Buffer.allocUnsafe(scratch.length * 2);
                scratch.copy(bigger, 0, 0, size);
                scratch = bigger;
            }
            const n = external_node_fs_default().readSync(fd, scratch, size, scratch.length - size, null);
            if (n === 0)
                break;
            size += n;
        }
        return { bytes: scratch.subarray(0, size) };
    }
    catch (err) {
        return {
            problem: {
                severity: 'error',
                file,
                title: 'Unreadable file',
                message: `${file} could not be read (${err.code ?? String(err)}); its tests cannot be planned.`,
            },
        };
    }
    finally {
        if (fd !== null)
            external_node_fs_default().closeSync(fd);
    }
}
function threadCount(files) {
    const forced = Number(process.env['GROUP_MATRIX_THREADS']);
    if (Number.isInteger(forced) && forced >= 1)
        return forced;
    const cores = external_node_os_default().availableParallelism();
    const work = files.reduce((sum, f) => sum + (f.runner ? JS_FILE_WORK : 1), 0);
    if (work < (cores <= 2 ? MIN_WORK_FOR_THREADS.twoCores : MIN_WORK_FOR_THREADS.moreCores))
        return 1;
    return Math.max(1, Math.min(cores, 8, Math.ceil(files.length / BATCH)));
}
/**
 * Workers load this module's file, so it must be a bundle Node can run: the dist/ entries are;
 * the TypeScript sources run by the tests are not (those extract on one thread).
 */
function canStartWorkers() {
    return import.meta.url.endsWith('.js');
}


/***/ }),

/***/ 6143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ extractorFor)
});

// EXTERNAL MODULE: ./src/extract/js/index.ts + 2 modules
var js = __nccwpck_require__(2193);
// EXTERNAL MODULE: ./src/extract/decode.ts + 1 modules
var decode = __nccwpck_require__(3856);
;// CONCATENATED MODULE: ./src/extract/python/chars.ts
/**
 * The characters the Python reader acts on, by name, and the byte tables its loops classify
 * them with. Every such character is ASCII; any byte of 0x80 or more (UTF-8) counts as a letter.
 */
const C_TAB = 0x09;
const C_LF = 0x0a;
const C_FF = 0x0c;
const C_SPACE = 0x20;
const C_BANG = 0x21;
const C_DQ = 0x22;
const C_HASH = 0x23;
const C_SQ = 0x27;
const C_LPAREN = 0x28;
const C_RPAREN = 0x29;
const C_DOT = 0x2e;
const C_0 = 0x30;
const C_9 = 0x39;
const C_COLON = 0x3a;
const C_EQUALS = 0x3d;
const C_UPPER_N = 0x4e;
const C_LBRACKET = 0x5b;
const C_BSLASH = 0x5c;
const C_RBRACKET = 0x5d;
const C_LOWER_B = 0x62;
const C_LOWER_F = 0x66;
const C_LOWER_R = 0x72;
const C_LOWER_T = 0x74;
const C_LOWER_U = 0x75;
const C_LBRACE = 0x7b;
const C_RBRACE = 0x7d;
/** `c | CASE_BIT` is the lower-case form of an ASCII letter `c`. */
const CASE_BIT = 0x20;
/**
 * Identifier characters: 1 for a start, 2 for a digit; every byte of 0x80 or more (a UTF-8
 * byte, or a char beyond Latin-1 folded by `charCodes`) is a letter (Python's XID rules, roughly).
 */
const IDENT = new Uint8Array(256).fill(1, 0x80);
for (let c = C_0; c <= C_9; c++)
    IDENT[c] = 2;
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_')
    IDENT[ch.charCodeAt(0)] = 1;
// Past the end, `codes[p]` is undefined, which no table entry and no comparison matches.
const isIdentStart = (c) => IDENT[c] === 1;
const isIdentChar = (c) => IDENT[c] > 0;
const isDigit = (c) => IDENT[c] === 2;
const isOpenBracket = (c) => c === C_LPAREN || c === C_LBRACKET || c === C_LBRACE;
const isCloseBracket = (c) => c === C_RPAREN || c === C_RBRACKET || c === C_RBRACE;
/** Operator characters, and the characters that can extend one into a longer operator. */
const SINGLE_OP = new Uint8Array(256);
for (const ch of '+-*/%@&|^~<>=.,:;')
    SINGLE_OP[ch.charCodeAt(0)] = 1;
const COMBINES = new Uint8Array(256);
for (const ch of '=*/<>.-')
    COMBINES[ch.charCodeAt(0)] = 1;
/** Characters that matter while skipping a function body; everything else is passed over. */
const SKIP_STOP = new Uint8Array(256);
for (const ch of '\n"#\'()[]{}\\')
    SKIP_STOP[ch.charCodeAt(0)] = 1;
/** Letters that can prefix a string literal. */
const PREFIX_CHAR = new Uint8Array(256);
for (const ch of 'rRbBuUfFtT')
    PREFIX_CHAR[ch.charCodeAt(0)] = 1;
const STRING_PREFIXES = new Set(['r', 'u', 'b', 'br', 'rb', 'f', 'fr', 'rf', 't', 'tr', 'rt']);

;// CONCATENATED MODULE: ./src/extract/python/literals.ts
/** Python literal values as pytest sees them: decoding source literals and printing ids. */

/** Decodes one string token (prefix and quotes included). Returns null for `\N{...}`, which needs Unicode names. */
function decodeStringToken(tok) {
    let i = 0;
    let raw = false;
    let bytes = false;
    for (;; i++) {
        const c = tok.charCodeAt(i) | CASE_BIT;
        if (c === C_LOWER_R)
            raw = true;
        else if (c === C_LOWER_B)
            bytes = true;
        else if (c !== C_LOWER_U)
            break;
    }
    const q = tok[i];
    const triple = tok.startsWith(q + q + q, i);
    const body = tok.slice(i + (triple ? 3 : 1), tok.length - (triple ? 3 : 1));
    if (raw || !body.includes('\\'))
        return { bytes, text: body };
    const text = literals_unescape(body, bytes);
    return text === null ? null : { bytes, text };
}
const SIMPLE = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
function literals_unescape(body, bytes) {
    const out = [];
    let last = 0;
    let i = body.indexOf('\\');
    while (i !== -1) {
        out.push(body.slice(last, i));
        const c = body[i + 1] ?? '';
        let next = i + 2;
        const simple = SIMPLE[c];
        if (simple !== undefined) {
            out.push(simple);
        }
        else if (c >= '0' && c <= '7') {
            let j = i + 1;
            while (j < i + 4 && body[j] >= '0' && body[j] <= '7')
                j++;
            out.push(String.fromCharCode(parseInt(body.slice(i + 1, j), 8) & (bytes ? 0xff : 0x1ff)));
            next = j;
        }
        else if (c === 'x' || (!bytes && (c === 'u' || c === 'U'))) {
            const n = c === 'x' ? 2 : c === 'u' ? 4 : 8;
            const hex = body.slice(i + 2, i + 2 + n);
            if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n)
                return null;
            out.push(String.fromCodePoint(parseInt(hex, 16)));
            next = i + 2 + n;
        }
        else if (c === 'N' && !bytes) {
            return null;
        }
        else {
            // Unknown escapes keep their backslash (a DeprecationWarning in Python, not an error).
            out.push('\\' + c);
        }
        last = next;
        i = body.indexOf('\\', next);
    }
    out.push(body.slice(last));
    return out.join('');
}
/** Parses a number token: int (as bigint) or float; complex numbers give null. */
function parseNumber(tok) {
    // Most numbers in test files are small plain integers: no regex, no string parse to BigInt.
    if (tok.length < 16 && /^\d+$/.test(tok))
        return { t: 'int', v: BigInt(Number(tok)) };
    const s = tok.replace(/_/g, '');
    const last = s[s.length - 1];
    if (last === 'j' || last === 'J')
        return null;
    if (/^0[xXoObB]/.test(s))
        return { t: 'int', v: BigInt(s.toLowerCase()) };
    if (/^\d+$/.test(s))
        return { t: 'int', v: BigInt(s) };
    return { t: 'float', v: Number(s) };
}
/** `str(float)` in Python: shortest round-trip digits, exponent outside [1e-4, 1e16). */
function pyFloatStr(x) {
    if (Number.isNaN(x))
        return 'nan';
    if (!Number.isFinite(x))
        return x > 0 ? 'inf' : '-inf';
    if (x === 0)
        return Object.is(x, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(x);
    if (abs >= 1e-4 && abs < 1e16) {
        // Here JS and Python both print the shortest round-trip digits without an exponent;
        // Python adds `.0` to a whole number.
        const js = String(x);
        return js.includes('.') ? js : `${js}.0`;
    }
    const [mant, expStr] = x.toExponential().split('e');
    const exp = Number(expStr);
    if (exp < -4 || exp >= 16) {
        const m = mant.includes('.') ? mant : mant;
        return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    const neg = mant.startsWith('-');
    const digits = mant.replace('-', '').replace('.', '');
    let out;
    if (exp >= 0) {
        out =
            digits.length <= exp + 1
                ? digits + '0'.repeat(exp + 1 - digits.length) + '.0'
                : `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
    }
    else {
        out = `0.${'0'.repeat(-exp - 1)}${digits}`;
    }
    return neg ? '-' + out : out;
}
/** pytest's `ascii_escaped` of a str: `str.encode("unicode_escape")`. */
function asciiEscapedStr(s) {
    if (/^[\x20-\x5b\x5d-\x7e]*$/.test(s))
        return s;
    const out = [];
    for (const ch of s) {
        const cp = ch.codePointAt(0);
        if (cp === 0x5c)
            out.push('\\\\');
        else if (cp === 9)
            out.push('\\t');
        else if (cp === 10)
            out.push('\\n');
        else if (cp === 13)
            out.push('\\r');
        else if (cp >= 0x20 && cp < 0x7f)
            out.push(ch);
        else if (cp < 0x100)
            out.push('\\x' + hex(cp, 2));
        else if (cp < 0x10000)
            out.push('\\u' + hex(cp, 4));
        else
            out.push('\\U' + hex(cp, 8));
    }
    return out.join('');
}
/** pytest's `ascii_escaped` of bytes: backslashreplace, then non-printables as `\xNN`. */
function asciiEscapedBytes(b) {
    return b.map((c) => (c >= 0x20 && c < 0x7f ? String.fromCharCode(c) : '\\x' + hex(c, 2))).join('');
}
function hex(n, width) {
    return n.toString(16).padStart(width, '0');
}
/** Python's `str()` of a literal, when pytest would use it for an id; null when it would not. */
function idFromValue(v) {
    switch (v.t) {
        case 'str':
            return asciiEscapedStr(v.v);
        case 'bytes':
            return asciiEscapedBytes(v.v);
        case 'int':
            return v.v.toString();
        case 'float':
            return pyFloatStr(v.v);
        case 'bool':
            return v.v ? 'True' : 'False';
        case 'none':
            return 'None';
        case 'seq':
            return null;
    }
}
/** Length as Python counts it (code points for str, bytes for bytes). */
function pyLength(v) {
    if (v.t === 'str') {
        let n = 0;
        for (const _ of v.v)
            n++;
        return n;
    }
    return v.t === 'bytes' ? v.v.length : 0;
}

;// CONCATENATED MODULE: ./src/extract/python/scan.ts
/**
 * What the tokenizer and the function-body skipper share: strings (f-strings with nested fields
 * included) and indentation, read over the source's bytes while counting lines.
 */

class PySyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
/** Passes a line's leading whitespace; leaves its column (tabs to multiples of 8) in `column`. */
function skipIndentation(s, p) {
    const codes = s.codes;
    let col = 0;
    for (;;) {
        const c = codes[p];
        if (c === C_SPACE)
            col++;
        else if (c === C_TAB)
            col = (Math.floor(col / 8) + 1) * 8;
        else if (c === C_FF)
            col = 0;
        else
            break;
        p++;
    }
    s.column = col;
    return p;
}
/** Scans a string starting at its opening quote; returns the offset after the closing quote. */
function scanString(s, q, raw, isF) {
    const src = s.src;
    const codes = s.codes;
    const quote = codes[q];
    const triple = codes[q + 1] === quote && codes[q + 2] === quote;
    const startLine = s.line;
    let p = q + (triple ? 3 : 1);
    const len = src.length;
    if (triple && !isF) {
        // A docstring or SQL block: with no backslash before the closing quotes, indexOf finds
        // the end (no escape can hide it). Only the newlines in between need counting.
        const close = src.indexOf(quote === C_DQ ? '"""' : "'''", p);
        if (s.nextBackslash < p)
            s.nextBackslash = indexOrEnd(src, '\\', p);
        if (close !== -1 && s.nextBackslash > close) {
            for (let nl = src.indexOf('\n', p); nl !== -1 && nl < close; nl = src.indexOf('\n', nl + 1))
                s.line++;
            return close + 3;
        }
    }
    while (p < len) {
        const c = codes[p];
        if (c === quote) {
            if (!triple)
                return p + 1;
            if (codes[p + 1] === quote && codes[p + 2] === quote)
                return p + 3;
            p++;
        }
        else if (c === C_BSLASH) {
            // Even in raw strings a backslash keeps the next quote (or newline) inside the string.
            const n = codes[p + 1];
            if (n === C_LF)
                s.line++;
            if (isF && n === C_LBRACE) {
                p++; // `\{` in an f-string still opens a field
            }
            else if (isF && !raw && n === C_UPPER_N && codes[p + 2] === C_LBRACE) {
                const close = src.indexOf('}', p + 3);
                p = close === -1 ? len : close + 1; // `\N{NAME}` is an escape, not a field
            }
            else {
                p += 2;
            }
        }
        else if (c === C_LF) {
            if (!triple)
                break;
            s.line++;
            p++;
        }
        else if (isF && c === C_LBRACE) {
            if (codes[p + 1] === C_LBRACE)
                p += 2;
            else
                p = scanField(s, p + 1, startLine);
        }
        else {
            p++;
        }
    }
    throw new PySyntaxError(triple ? 'unterminated triple-quoted string literal' : 'unterminated string literal', startLine);
}
/**
 * Scans an f-string replacement field from just after its `{` to just after its `}`: an
 * expression (which may hold any string, brackets, even the enclosing quote), then an optional
 * `!conv` and `:spec`, the spec being literal text with nested fields.
 */
function scanField(s, p, strLine) {
    const src = s.src;
    const codes = s.codes;
    const len = src.length;
    let depth = 0;
    while (p < len) {
        const c = codes[p];
        if (c === C_DQ || c === C_SQ) {
            p = scanString(s, p, false, false);
        }
        else if (isIdentStart(c)) {
            let e = p + 1;
            while (e < len && isIdentChar(codes[e]))
                e++;
            const q = codes[e];
            const prefix = src.slice(p, e).toLowerCase();
            if ((q === C_DQ || q === C_SQ) && e - p <= 2 && STRING_PREFIXES.has(prefix)) {
                p = scanString(s, e, prefix.includes('r'), prefix.includes('f') || prefix.includes('t'));
            }
            else {
                p = e;
            }
        }
        else if (isOpenBracket(c)) {
            depth++;
            p++;
        }
        else if (c === C_RBRACE) {
            if (depth === 0)
                return p + 1;
            depth--;
            p++;
        }
        else if (isCloseBracket(c)) {
            depth--;
            p++;
        }
        else if (c === C_COLON && depth === 0) {
            return scanSpec(s, p + 1, strLine);
        }
        else if (c === C_LF) {
            s.line++;
            p++;
        }
        else if (c === C_BANG && depth === 0 && codes[p + 1] !== C_EQUALS) {
            // `!r`: the conversion; what follows is `:spec` or `}`.
            p += 2;
        }
        else {
            p++;
        }
    }
    throw new PySyntaxError("f-string: expecting '}'", strLine);
}
function scanSpec(s, p, strLine) {
    const src = s.src;
    const codes = s.codes;
    while (p < src.length) {
        const c = codes[p];
        if (c === C_RBRACE)
            return p + 1;
        if (c === C_LBRACE)
            p = scanField(s, p + 1, strLine);
        else {
            if (c === C_LF)
                s.line++;
            p++;
        }
    }
    throw new PySyntaxError("f-string: expecting '}'", strLine);
}
function indexOrEnd(src, needle, from) {
    const i = src.indexOf(needle, from);
    return i === -1 ? src.length : i;
}

;// CONCATENATED MODULE: ./src/extract/python/skip-body.ts
/**
 * Skips a function's indented body without tokenizing it: pytest collects nothing defined inside
 * a function, and bodies are most of a test file's bytes. Strings (f-strings included), comments,
 * brackets and continuations are still followed, so the block ends exactly where Python's would.
 */


/**
 * From the start of the line after a `def ...:` header, indented deeper than `top`: returns the
 * start of the first line after the body, or -1 when no indented line follows (not a body: the
 * tokenizer then reports what is wrong). Lines are counted on `s` either way.
 */
function skipFunctionBody(s, from, top) {
    const src = s.src;
    const codes = s.codes;
    const len = src.length;
    let p = from;
    let skipped = false;
    while (p < len) {
        const lineStart = p;
        p = skipIndentation(s, p);
        const col = s.column;
        const c = codes[p];
        if (c === C_LF) {
            p++;
            s.line++;
            continue;
        }
        if (c === C_HASH) {
            const nl = src.indexOf('\n', p);
            if (nl === -1)
                p = len;
            else {
                p = nl + 1;
                s.line++;
            }
            continue;
        }
        if (p >= len)
            break;
        if (col <= top) {
            p = lineStart;
            break;
        }
        skipped = true;
        p = skipLogicalLine(s, p);
    }
    return skipped ? p : -1;
}
/** From inside a logical line to just after its final newline (or the end of the file). */
function skipLogicalLine(s, p) {
    const src = s.src;
    const codes = s.codes;
    const len = src.length;
    let depth = 0;
    let openLine = 0;
    while (p < len) {
        const c = codes[p];
        if (SKIP_STOP[c] === 0) {
            p++;
            continue;
        }
        if (c === C_LF) {
            p++;
            s.line++;
            if (depth === 0)
                return p;
        }
        else if (c === C_HASH) {
            const nl = src.indexOf('\n', p);
            p = nl === -1 ? len : nl;
        }
        else if (c === C_BSLASH) {
            if (codes[p + 1] === C_LF) {
                s.line++;
                p += 2;
            }
            else
                p++;
        }
        else if (c === C_DQ || c === C_SQ) {
            p = skipStringAt(s, p);
        }
        else if (isOpenBracket(c)) {
            if (depth === 0)
                openLine = s.line;
            depth++;
            p++;
        }
        else {
            // A closing bracket: the only other stop character.
            if (depth > 0)
                depth--;
            p++;
        }
    }
    if (depth > 0)
        throw new PySyntaxError('a bracket was never closed', openLine);
    return p;
}
/** A string met while skipping: its prefix (r, b, f, rb, ...) is read back from the quote. */
function skipStringAt(s, q) {
    const codes = s.codes;
    let start = q;
    while (start > q - 2 && start > 0 && PREFIX_CHAR[codes[start - 1]] === 1)
        start--;
    if (start > 0 && isIdentChar(codes[start - 1]))
        start = q; // part of a longer name: no prefix
    let raw = false;
    let isF = false;
    for (let i = start; i < q; i++) {
        const c = codes[i] | CASE_BIT;
        if (c === C_LOWER_R)
            raw = true;
        else if (c === C_LOWER_F || c === C_LOWER_T)
            isF = true;
    }
    return scanString(s, q, raw, isF);
}

;// CONCATENATED MODULE: ./src/extract/python/tokenize.ts
/**
 * A Python tokenizer that knows just enough of the grammar to never be fooled: strings of every
 * prefix (f-strings with nested fields and reused quotes, as Python 3.12 reads them), comments,
 * bracket nesting, continuations and INDENT/DEDENT. Tokens live in parallel typed arrays so a
 * multi-megabyte file costs no per-token objects.
 *
 * The source is read as a byte string (extract/decode.ts): every character this tokenizer acts
 * on is ASCII, and any other character (a UTF-8 byte of 0x80 or more) counts as a letter, as a
 * non-ASCII character did before; token texts are turned back into real text where they are read.
 */




var Tok;
(function (Tok) {
    Tok[Tok["Name"] = 1] = "Name";
    Tok[Tok["Number"] = 2] = "Number";
    /** Any non-f string literal, prefix and quotes included. */
    Tok[Tok["String"] = 3] = "String";
    /** An f-string (or t-string): never a literal value. */
    Tok[Tok["FString"] = 4] = "FString";
    Tok[Tok["Op"] = 5] = "Op";
    Tok[Tok["Newline"] = 6] = "Newline";
    Tok[Tok["Indent"] = 7] = "Indent";
    Tok[Tok["Dedent"] = 8] = "Dedent";
    Tok[Tok["End"] = 9] = "End";
})(Tok || (Tok = {}));
const NUMBER_RE = /(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?)[jJ]?/y;
const OP_RE = /\*\*=|\/\/=|>>=|<<=|\.\.\.|->|:=|==|!=|<=|>=|<<|>>|\*\*|\/\/|[+\-*/%&|^@]=|[-+*/%@&|^~<>=.,:;!]/y;
/**
 * With `reuse`, the tokens live in a buffer this thread keeps for the next `tokenize(…, true)`,
 * which overwrites them: for a caller that is done with one file's tokens before it reads the
 * next (allocating and zeroing a fresh buffer per file is a measurable share of the time).
 */
function tokenize(src, reuse = false, codes = charCodes(src)) {
    return new Tokenizer(src, codes, reuse).run();
}
/**
 * `src`'s char codes as bytes, for a caller without them (the hot loops read a byte array,
 * about twice as fast as `charCodeAt`); a char beyond Latin-1 becomes 0xff, a letter like it.
 */
function charCodes(src) {
    const codes = Buffer.from(src, 'latin1');
    for (let i = 0; i < src.length; i++)
        if (src.charCodeAt(i) > 0xff)
            codes[i] = 0xff;
    return codes;
}
const BYTES_PER_TOKEN = 14;
let kept = null;
class Tokenizer {
    src;
    codes;
    reuse;
    n = 0;
    kind;
    start;
    end;
    lineOf;
    op;
    pos = 0;
    line = 1;
    /** Open brackets: char code and line, for "was never closed" at the right place. */
    brackets = [];
    bracketLines = [];
    indents = [0];
    /** Index of the first token of the current logical line. */
    lineFirst = 0;
    /** The logical line just ended was `def ...:` with its body on the lines below. */
    bodyPending = false;
    column = 0;
    nextBackslash = -1;
    /**
     * @param codes `src`'s char codes (`codes[i] === src.charCodeAt(i)` for every Latin-1 char):
     *   what every loop reads; `src` serves native searches (indexOf) and slices.
     */
    constructor(src, codes, reuse) {
        this.src = src;
        this.codes = codes;
        this.reuse = reuse;
        // Function bodies are skipped, so tokens are sparse: start small and let grow() double.
        const cap = Math.max(64, src.length >> 5);
        this.allocate(reuse && kept !== null ? Math.max(cap, kept.byteLength / BYTES_PER_TOKEN) : cap);
    }
    run() {
        const src = this.src;
        const codes = this.codes;
        const len = src.length;
        let atLineStart = true;
        let lineHasTokens = false;
        while (this.pos < len) {
            if (atLineStart && this.brackets.length === 0) {
                atLineStart = false;
                if (this.bodyPending) {
                    this.bodyPending = false;
                    const end = skipFunctionBody(this, this.pos, this.indents[this.indents.length - 1]);
                    if (end !== -1) {
                        // The body stands as an empty INDENT/DEDENT pair.
                        this.pos = end;
                        this.push(Tok.Indent, end, end);
                        this.push(Tok.Dedent, end, end);
                    }
                }
                if (this.indentation() || this.pos >= len)
                    continue;
            }
            const c = codes[this.pos];
            if (c === C_SPACE || c === C_TAB || c === C_FF) {
                this.pos++;
            }
            else if (c === C_LF) {
                if (this.brackets.length === 0 && lineHasTokens) {
                    this.bodyPending = this.endsDefHeader();
                    this.push(Tok.Newline, this.pos, this.pos + 1);
                    lineHasTokens = false;
                }
                this.pos++;
                this.line++;
                atLineStart = this.brackets.length === 0;
            }
            else if (c === C_HASH) {
                const nl = src.indexOf('\n', this.pos);
                this.pos = nl === -1 ? len : nl;
            }
            else if (c === C_BSLASH) {
                if (codes[this.pos + 1] !== C_LF) {
                    throw new PySyntaxError('unexpected character after line continuation character', this.line);
                }
                this.pos += 2;
                this.line++;
            }
            else {
                if (!lineHasTokens)
                    this.lineFirst = this.n;
                lineHasTokens = true;
                this.token(c);
            }
        }
        if (this.brackets.length > 0) {
            const open = String.fromCharCode(this.brackets[this.brackets.length - 1]);
            throw new PySyntaxError(`'${open}' was never closed`, this.bracketLines[this.bracketLines.length - 1]);
        }
        if (lineHasTokens)
            this.push(Tok.Newline, len, len);
        while (this.indents.length > 1) {
            this.indents.pop();
            this.push(Tok.Dedent, len, len);
        }
        this.push(Tok.End, len, len);
        // A reused buffer holds an earlier file's tokens past the end: clear what a lookahead may read.
        for (let i = this.n; i < Math.min(this.n + 2, this.kind.length); i++)
            this.kind[i] = this.op[i] = 0;
        return {
            src,
            count: this.n,
            kind: this.kind,
            start: this.start,
            end: this.end,
            line: this.lineOf,
            op: this.op,
        };
    }
    /** Whether the logical line that just ended is `def ...:` / `async def ...:` with no inline body. */
    endsDefHeader() {
        const last = this.n - 1;
        if (last < this.lineFirst || this.kind[last] !== Tok.Op || this.codes[this.start[last]] !== C_COLON)
            return false;
        let first = this.lineFirst;
        if (this.kind[first] === Tok.Name &&
            this.src.startsWith('async', this.start[first]) &&
            this.end[first] - this.start[first] === 5)
            first++;
        return (this.kind[first] === Tok.Name &&
            this.end[first] - this.start[first] === 3 &&
            this.src.startsWith('def', this.start[first]));
    }
    /** Measures a logical line's indentation; returns true when the line is blank or a comment. */
    indentation() {
        const src = this.src;
        const codes = this.codes;
        const p = skipIndentation(this, this.pos);
        const col = this.column;
        const c = codes[p];
        if (c === C_LF || c === C_HASH || p >= src.length) {
            this.pos = p;
            return c === C_LF || c === C_HASH;
        }
        // A continuation line right after indentation does not start a logical line's content.
        if (c === C_BSLASH) {
            this.pos = p;
            return false;
        }
        const top = this.indents[this.indents.length - 1];
        if (col > top) {
            this.indents.push(col);
            this.push(Tok.Indent, p, p);
        }
        else if (col < top) {
            while (col < this.indents[this.indents.length - 1]) {
                this.indents.pop();
                this.push(Tok.Dedent, p, p);
            }
            if (col !== this.indents[this.indents.length - 1]) {
                throw new PySyntaxError('unindent does not match any outer indentation level', this.line);
            }
        }
        this.pos = p;
        return false;
    }
    token(c) {
        const src = this.src;
        const codes = this.codes;
        const at = this.pos;
        if (isIdentStart(c)) {
            let p = at + 1;
            while (p < src.length && isIdentChar(codes[p]))
                p++;
            const q = codes[p];
            if ((q === C_DQ || q === C_SQ) && p - at <= 2) {
                const prefix = src.slice(at, p).toLowerCase();
                if (STRING_PREFIXES.has(prefix)) {
                    const line = this.line;
                    const isF = prefix.includes('f') || prefix.includes('t');
                    const endPos = scanString(this, p, prefix.includes('r'), isF);
                    this.pos = endPos;
                    this.pushAt(isF ? Tok.FString : Tok.String, at, endPos, line);
                    return;
                }
            }
            this.pos = p;
            this.push(Tok.Name, at, p);
            return;
        }
        if (c === C_DQ || c === C_SQ) {
            const line = this.line;
            const endPos = scanString(this, at, false, false);
            this.pos = endPos;
            this.pushAt(Tok.String, at, endPos, line);
            return;
        }
        if (isDigit(c) || (c === C_DOT && isDigit(codes[at + 1]))) {
            NUMBER_RE.lastIndex = at;
            NUMBER_RE.test(src);
            this.pos = NUMBER_RE.lastIndex;
            this.push(Tok.Number, at, this.pos);
            return;
        }
        if (isOpenBracket(c)) {
            this.brackets.push(c);
            this.bracketLines.push(this.line);
            this.pos++;
            this.pushOp(c, at);
            return;
        }
        if (isCloseBracket(c)) {
            const open = this.brackets.pop();
            this.bracketLines.pop();
            const want = c === C_RPAREN ? C_LPAREN : c - 2; // `]` and `}` sit two after their openers
            if (open !== want) {
                const close = String.fromCharCode(c);
                throw new PySyntaxError(open === undefined
                    ? `unmatched '${close}'`
                    : `closing parenthesis '${close}' does not match opening parenthesis '${String.fromCharCode(open)}'`, this.line);
            }
            this.pos++;
            this.pushOp(c, at);
            return;
        }
        if (SINGLE_OP[c] === 1 && COMBINES[codes[at + 1]] !== 1) {
            this.pos = at + 1;
            this.pushOp(c, at);
            return;
        }
        OP_RE.lastIndex = at;
        if (OP_RE.test(src)) {
            this.pos = OP_RE.lastIndex;
            if (this.pos === at + 1)
                this.pushOp(c, at);
            else
                this.push(Tok.Op, at, this.pos);
            return;
        }
        throw new PySyntaxError(`invalid character '${String.fromCodePoint(src.codePointAt(at) ?? c)}'`, this.line);
    }
    push(k, s, e) {
        this.pushAt(k, s, e, this.line);
    }
    pushAt(k, s, e, line) {
        if (this.n === this.kind.length)
            this.grow();
        const i = this.n++;
        this.kind[i] = k;
        this.start[i] = s;
        this.end[i] = e;
        this.lineOf[i] = line;
        this.op[i] = 0;
    }
    pushOp(c, at) {
        this.pushAt(Tok.Op, at, at + 1, this.line);
        this.op[this.n - 1] = c;
    }
    grow() {
        const { kind, start, end, lineOf, op } = this;
        this.allocate(kind.length * 2);
        this.kind.set(kind);
        this.start.set(start);
        this.end.set(end);
        this.lineOf.set(lineOf);
        this.op.set(op);
    }
    /** The token arrays share one buffer: one allocation per file instead of five. */
    allocate(cap) {
        const buffer = this.reuse && kept !== null && kept.byteLength === cap * BYTES_PER_TOKEN
            ? kept
            : new ArrayBuffer(cap * BYTES_PER_TOKEN);
        if (this.reuse)
            kept = buffer;
        this.start = new Int32Array(buffer, 0, cap);
        this.end = new Int32Array(buffer, cap * 4, cap);
        this.lineOf = new Int32Array(buffer, cap * 8, cap);
        this.kind = new Uint8Array(buffer, cap * 12, cap);
        this.op = new Uint8Array(buffer, cap * 13, cap);
    }
}

;// CONCATENATED MODULE: ./src/extract/python/expr.ts
/**
 * The part of Python's expression grammar that marks are written in: dotted names, calls,
 * literals, tuples and lists. Anything else is kept as an opaque "other" with its line and
 * text, so the caller can say what it found.
 */



/**
 * An expression kept as source text for a message. Most are never shown (data tables, options
 * dicts), so the text is made the first time it is read.
 */
class OpaqueExpr {
    line;
    src;
    from;
    to;
    k = 'other';
    shown;
    constructor(line, src, from, to) {
        this.line = line;
        this.src = src;
        this.from = from;
        this.to = to;
    }
    get text() {
        return (this.shown ??= snippet(this.src, this.from, this.to));
    }
}
/**
 * Source text for a message: whitespace runs as one space, at most 80 characters. Only what
 * can be shown is read: a class's dict of options is opaque too, and may be long.
 */
function snippet(src, from, to) {
    let end = Math.min(to, from + 160);
    for (;;) {
        // A cut through a UTF-8 character spoils only the last character, which is then cut off.
        const raw = (0,decode/* fromByteString */.qL)(src.slice(from, end)).replace(/\s+/g, ' ');
        if (raw.length > 80)
            return raw.slice(0, 77) + '...';
        if (end === to)
            return raw;
        end = Math.min(to, from + (end - from) * 4);
    }
}
/** An expression as a message shows it. */
function describeExpr(e) {
    if (e.k === 'name')
        return e.parts.join('.');
    if (e.k === 'other' || e.k === 'fstr')
        return e.text;
    return e.k === 'call' ? `${describeExpr(e.fn)}(...)` : 'a value';
}
class Cursor {
    t;
    i = 0;
    /** Set when skipping over a `for` at bracket depth 0: the enclosing display is a comprehension. */
    sawFor = false;
    constructor(t) {
        this.t = t;
    }
    kind(at = this.i) {
        return this.t.kind[at];
    }
    line(at = this.i) {
        return this.t.line[at];
    }
    text(at = this.i) {
        return (0,decode/* fromByteString */.qL)(this.t.src.slice(this.t.start[at], this.t.end[at]));
    }
    /** True when token `at` is the operator or name `s` (compared without slicing). */
    is(s, at = this.i) {
        const t = this.t;
        if (s.length === 1)
            return t.op[at] === s.charCodeAt(0); // every one-character `s` is an operator
        const st = t.start[at];
        if (t.end[at] - st !== s.length)
            return false;
        const k = t.kind[at];
        if (k !== Tok.Op && k !== Tok.Name)
            return false;
        return t.src.startsWith(s, st);
    }
    /** Parses one expression; stops before `,`, a closing bracket, `=`, `;` or the end of the line. */
    expr() {
        const first = this.i;
        const e = this.unary();
        if (this.atExprEnd())
            return e;
        this.skipRest();
        return this.other(first);
    }
    /**
     * Passes an expression that cannot hold a mark without reading it: a literal, a dict, or a
     * list or tuple whose first item is not a name (a table of test data, often long). Returns
     * null, leaving the position alone, when the expression may hold one.
     */
    skipIfNoMark() {
        const first = this.i;
        const k = this.kind();
        const opaque = k === Tok.Number ||
            k === Tok.String ||
            k === Tok.FString ||
            this.is('{') ||
            ((this.is('[') || this.is('(')) && this.kind(first + 1) !== Tok.Name);
        if (!opaque)
            return null;
        this.skipRest();
        return this.other(first);
    }
    atExprEnd() {
        const k = this.kind();
        if (k !== Tok.Op)
            return k === Tok.Newline || k === Tok.End || k === Tok.Dedent || k === Tok.Indent;
        return this.is(',') || this.is(')') || this.is(']') || this.is('}') || this.is('=') || this.is(';');
    }
    /** Skips to the end of the current expression, keeping brackets balanced. */
    skipRest() {
        let depth = 0;
        for (;;) {
            const k = this.kind();
            if (k === Tok.Newline || k === Tok.End)
                return;
            if (k === Tok.Op) {
                if (this.is('(') || this.is('[') || this.is('{'))
                    depth++;
                else if (this.is(')') || this.is(']') || this.is('}')) {
                    if (depth === 0)
                        return;
                    depth--;
                }
                else if (depth === 0 && (this.is(',') || this.is('=') || this.is(';')))
                    return;
            }
            else if (depth === 0 && k === Tok.Name && this.is('for')) {
                this.sawFor = true;
            }
            this.i++;
        }
    }
    other(first) {
        const last = Math.max(first, this.i - 1);
        return new OpaqueExpr(this.line(first), this.t.src, this.t.start[first], this.t.end[last]);
    }
    unary() {
        const first = this.i;
        if (this.is('-') || this.is('+')) {
            const neg = this.is('-');
            this.i++;
            const e = this.unary();
            if (e.k === 'lit' && (e.v.t === 'int' || e.v.t === 'float')) {
                if (!neg)
                    return e;
                return e.v.t === 'int'
                    ? { ...e, line: this.line(first), v: { t: 'int', v: -e.v.v } }
                    : { ...e, line: this.line(first), v: { t: 'float', v: -e.v.v } };
            }
            return this.other(first);
        }
        if (this.is('*') || this.is('**')) {
            this.i++;
            this.unary();
            return this.other(first);
        }
        return this.primary();
    }
    primary() {
        const first = this.i;
        const line = this.line();
        const k = this.kind();
        let e;
        if (k === Tok.Name) {
            const name = this.text();
            this.i++;
            if (name === 'True' || name === 'False')
                e = { k: 'lit', v: { t: 'bool', v: name === 'True' }, line };
            else if (name === 'None')
                e = { k: 'lit', v: { t: 'none' }, line };
            else
                e = { k: 'name', parts: [name], line };
        }
        else if (k === Tok.Number) {
            const v = parseNumber(this.text());
            this.i++;
            e = v ? { k: 'lit', v, line } : this.other(first);
        }
        else if (k === Tok.String || k === Tok.FString) {
            e = this.strings();
        }
        else if (this.is('(') || this.is('[')) {
            e = this.display();
        }
        else {
            if (this.is('{'))
                this.skipBracket();
            else if (k === Tok.Op)
                this.i++;
            e = this.other(first);
        }
        return this.trailers(e, first);
    }
    trailers(e, first) {
        let plain = true;
        for (;;) {
            if (this.is('.') && this.kind(this.i + 1) === Tok.Name) {
                if (e.k === 'name' && plain)
                    e.parts.push(this.text(this.i + 1));
                else
                    plain = false;
                this.i += 2;
            }
            else if (this.is('(')) {
                const line = this.line();
                const call = this.callArgs();
                if (plain && e.k === 'name' && call)
                    e = { k: 'call', fn: e, args: call.args, kwargs: call.kwargs, line };
                else
                    plain = false;
            }
            else if (this.is('[')) {
                this.skipBracket();
                plain = false;
            }
            else {
                break;
            }
        }
        return plain ? e : this.other(first);
    }
    /** Skips a bracketed group starting at its opener. */
    skipBracket() {
        let depth = 0;
        do {
            if (this.kind() === Tok.End)
                return;
            if (this.is('(') || this.is('[') || this.is('{'))
                depth++;
            else if (this.is(')') || this.is(']') || this.is('}'))
                depth--;
            this.i++;
        } while (depth > 0);
    }
    /** Call arguments from `(` to after `)`; null when the call is a generator argument. */
    callArgs() {
        this.i++;
        const args = [];
        const kwargs = [];
        const saw = this.sawFor;
        this.sawFor = false;
        while (!this.is(')') && !this.atLineEnd()) {
            if (this.kind() === Tok.Name && this.is('=', this.i + 1)) {
                const name = this.text();
                this.i += 2;
                kwargs.push([name, this.expr()]);
            }
            else if (this.is('**')) {
                const first = this.i;
                this.i++;
                this.expr();
                kwargs.push(['**', this.other(first)]);
            }
            else {
                args.push(this.expr());
            }
            if (this.is(','))
                this.i++;
            else if (!this.is(')'))
                this.skipRest();
        }
        this.i++;
        const comp = this.sawFor;
        this.sawFor = saw;
        return comp ? null : { args, kwargs };
    }
    atLineEnd() {
        const k = this.kind();
        return k === Tok.Newline || k === Tok.End;
    }
    /** `( ... )` or `[ ... ]`: a tuple, list or parenthesised expression; comprehensions are "other". */
    display() {
        const first = this.i;
        const list = this.is('[');
        const close = list ? ']' : ')';
        const line = this.line();
        this.i++;
        const items = [];
        let comma = false;
        const saw = this.sawFor;
        this.sawFor = false;
        while (!this.is(close) && !this.atLineEnd()) {
            items.push(this.expr());
            if (this.is(',')) {
                comma = true;
                this.i++;
            }
            else if (!this.is(close)) {
                this.skipRest();
                if (!this.is(close) && !this.atLineEnd())
                    this.i++;
            }
        }
        this.i++;
        const comp = this.sawFor;
        this.sawFor = saw;
        if (comp)
            return this.other(first);
        if (!list && !comma && items.length === 1)
            return items[0];
        return { k: 'seq', list, items, line };
    }
    /** Adjacent string tokens concatenate; one f-string among them makes the whole non-literal. */
    strings() {
        const first = this.i;
        const line = this.line();
        let fstr = false;
        let bytes = false;
        let ok = true;
        const parts = [];
        while (this.kind() === Tok.String || this.kind() === Tok.FString) {
            if (this.kind() === Tok.FString)
                fstr = true;
            else {
                const d = decodeStringToken(this.text());
                if (d === null)
                    ok = false;
                else {
                    bytes = d.bytes;
                    parts.push(d.text);
                }
            }
            this.i++;
        }
        if (fstr) {
            const o = this.other(first);
            return { k: 'fstr', line, text: o.k === 'other' ? o.text : '' };
        }
        if (!ok)
            return this.other(first);
        const s = parts.join('');
        if (bytes)
            return { k: 'lit', v: { t: 'bytes', v: Array.from(s, (c) => c.charCodeAt(0) & 0xff) }, line };
        return { k: 'lit', v: { t: 'str', v: s }, line };
    }
}

;// CONCATENATED MODULE: ./src/extract/python/marks.ts
/** What names mean in a test module (pytest, its `mark`, aliases) and which expressions are marks. */


/**
 * Every mark is made here, with all its fields in one order: the collector reads marks at hot
 * sites, which stay fast only while every mark has the same shape (hidden class).
 */
function newMark(name, args, kwargs, line) {
    return { name, args, kwargs, line, parametrize: undefined, groupRead: undefined };
}
function lookup(scope, name) {
    for (let s = scope; s; s = s.parent) {
        const v = s.names.get(name);
        if (v)
            return v;
    }
    return undefined;
}
/** What a dotted name refers to, as far as marks are concerned. */
function resolveName(scope, parts) {
    const head = lookup(scope, parts[0]);
    if (!head)
        return undefined;
    if (parts.length === 1)
        return head;
    if (head.v === 'pytest') {
        if (parts[1] === 'mark')
            return parts.length === 2 ? { v: 'mark' } : parts.length === 3 ? markValue(parts[2]) : undefined;
        if (parts.length === 2 && parts[1] === 'param')
            return { v: 'param' };
        if (parts.length === 2 && parts[1] === 'fixture')
            return { v: 'fixture' };
        return undefined;
    }
    if (head.v === 'mark' && parts.length === 2)
        return markValue(parts[1]);
    if (head.v === 'unittest' && parts.length === 2 && /^(TestCase|IsolatedAsyncioTestCase)$/.test(parts[1]))
        return { v: 'testcase' };
    return undefined;
}
function markValue(name) {
    return { v: 'marks', marks: [newMark(name, [], [], 0)], single: true };
}
/** The single mark an expression evaluates to, or null. */
function markOf(scope, e) {
    if (e.k === 'name') {
        const v = resolveName(scope, e.parts);
        if (v?.v !== 'marks' || !v.single)
            return null;
        const m = v.marks[0];
        return newMark(m.name, m.args, m.kwargs, m.line || e.line);
    }
    if (e.k === 'call' && e.fn.k === 'name') {
        const base = markOf(scope, e.fn);
        if (!base)
            return null;
        return newMark(base.name, [...base.args, ...e.args], [...base.kwargs, ...e.kwargs], e.line);
    }
    return null;
}
/**
 * The marks a `pytestmark`-like value holds. `unknown` lists what could not be read (a name
 * bound elsewhere, a call), so the caller can say so.
 */
function markList(scope, e) {
    const single = markOf(scope, e);
    if (single)
        return { marks: [single], unknown: [], tuple: false };
    if (e.k === 'name') {
        const v = resolveName(scope, e.parts);
        if (v?.v === 'marks')
            return {
                marks: v.marks.map((m) => newMark(m.name, m.args, m.kwargs, m.line || e.line)),
                unknown: [],
                tuple: false,
            };
    }
    if (e.k === 'seq') {
        const marks = [];
        const unknown = [];
        for (const item of e.items) {
            const r = markList(scope, item);
            marks.push(...r.marks);
            unknown.push(...r.unknown);
        }
        return { marks, unknown, tuple: !e.list };
    }
    return { marks: [], unknown: [e], tuple: false };
}
const MAX = BigInt(Number.MAX_SAFE_INTEGER);
/**
 * `get_closest_marker` over one node's marks: the first group mark's value; null when that
 * mark cannot be read (the error is reported where it is written); undefined when there is none.
 */
function closestGroup(spec, marks) {
    for (const m of marks) {
        if (!isGroupMark(spec, m.name))
            continue;
        const r = readGroup(spec, m);
        return r.ok ? r.value : null;
    }
    return undefined;
}
/** Whether a mark is the group marker. */
function isGroupMark(spec, name) {
    if (!spec.isPattern)
        return name === spec.prefix;
    return (name.length > spec.prefix.length + spec.suffix.length &&
        name.startsWith(spec.prefix) &&
        name.endsWith(spec.suffix));
}
/**
 * The group a matching mark carries, or why it cannot be read. Read once per mark; a string value
 * is copied out of the file's source, since every test of the plan holds it (a slice of 13 or more
 * characters would keep the whole source alive as long as the plan).
 */
function readGroup(spec, m) {
    if (m.groupRead === undefined) {
        const read = readGroupOnce(spec, m);
        m.groupRead =
            read.ok && typeof read.value === 'string' ? { ok: true, value: (0,decode/* detached */.ht)(read.value) } : read;
    }
    return m.groupRead;
}
function readGroupOnce(spec, m) {
    if (spec.isPattern)
        return { ok: true, value: m.name.slice(spec.prefix.length, m.name.length - spec.suffix.length) };
    const first = m.args[0];
    if (first?.k === 'lit') {
        if (first.v.t === 'str')
            return { ok: true, value: first.v.v };
        if (first.v.t === 'int' && first.v.v <= MAX && first.v.v >= -MAX)
            return { ok: true, value: Number(first.v.v) };
    }
    const written = `${spec.prefix}(...)`;
    const arg = m.args[0] ?? m.kwargs.find(([k]) => k === 'group')?.[1];
    const fix = `Write a literal, like \`${spec.prefix}(2)\` or \`${spec.prefix}("db")\`.`;
    if (!arg) {
        const star = m.kwargs.find(([k]) => k === '**');
        if (star)
            return nonLiteral(m.line, star[1], written, fix);
        return {
            ok: false,
            title: 'Group marker without a value',
            line: m.line,
            message: `\`${spec.prefix}\` has no value here, so the test's group is unknown. ${fix}`,
        };
    }
    if (arg.k === 'lit') {
        const v = arg.v;
        if (v.t === 'int') {
            if (v.v > BigInt(Number.MAX_SAFE_INTEGER) || v.v < -BigInt(Number.MAX_SAFE_INTEGER)) {
                return {
                    ok: false,
                    title: 'Invalid group value',
                    line: arg.line,
                    message: `The group number ${v.v} is too large to plan with. ${fix}`,
                };
            }
            return { ok: true, value: Number(v.v) };
        }
        if (v.t === 'str')
            return { ok: true, value: v.v };
        const shown = v.t === 'bool'
            ? v.v
                ? 'True'
                : 'False'
            : v.t === 'none'
                ? 'None'
                : v.t === 'float'
                    ? pyFloatStr(v.v)
                    : v.t === 'bytes'
                        ? 'a bytes literal'
                        : 'a tuple or list';
        return {
            ok: false,
            title: 'Invalid group value',
            line: arg.line,
            message: `\`${spec.prefix}(${shown})\`: a group is an integer or a string, not ${v.t === 'float' ? 'a float' : shown}. ${fix}`,
        };
    }
    return nonLiteral(arg.line, arg, written, fix);
}
function nonLiteral(line, arg, written, fix) {
    const what = arg.k === 'fstr'
        ? `the f-string ${arg.text}`
        : arg.k === 'other'
            ? `\`${arg.text}\``
            : arg.k === 'name'
                ? `the name \`${arg.parts.join('.')}\``
                : 'a computed value';
    return {
        ok: false,
        title: 'Non-literal group marker',
        line,
        message: `The group in \`${written}\` is ${what}, which cannot be read without running the code. ${fix}`,
    };
}

;// CONCATENATED MODULE: ./src/extract/python/definitions.ts


/** A class's bases: classes of this file, unittest's TestCase, or something read elsewhere (opaque). */
function classBases(exprs, scope, memberOf) {
    const bases = [];
    for (const b of exprs) {
        if (b.k === 'name') {
            const member = memberOf(b.parts);
            if (member?.k === 'class') {
                bases.push({ k: 'class', c: member.c });
                continue;
            }
            const v = resolveName(scope, b.parts);
            if (v?.v === 'testcase') {
                bases.push({ k: 'testcase' });
                continue;
            }
            if (b.parts.length === 1 && b.parts[0] === 'object')
                continue;
            bases.push({ k: 'unknown', text: b.parts.join('.') });
        }
        else {
            bases.push({ k: 'unknown', text: describeExpr(b) });
        }
    }
    return bases;
}
/** C3 linearisation (Python's MRO) of `c`, given its bases' own; bases outside the file stay opaque. */
function linearize(c, mroOf) {
    const lin = (b) => (b.k === 'class' ? mroOf(b.c) : [b]);
    const seqs = [...c.bases.map(lin), c.bases.map((b) => (b.k === 'class' ? b.c : b))];
    const out = [c];
    for (;;) {
        const live = seqs.filter((s) => s.length > 0);
        if (live.length === 0)
            return out;
        const head = live.map((s) => s[0]).find((h) => !live.some((s) => s.indexOf(h) > 0));
        if (!head)
            return [...out, ...live.flat().filter((x, i, a) => a.indexOf(x) === i && !out.includes(x))];
        out.push(head);
        for (const s of live)
            if (s[0] === head)
                s.shift();
    }
}
/** A group marker on a function or class that pytest does not collect: it has no effect, and says why. */
function unusedMarkWarnings(funcs, classes, spec, naming, isFunc, isClass) {
    const out = [];
    const groupLine = (marks) => marks.find((m) => isGroupMark(spec, m.name))?.line;
    for (const f of funcs) {
        const line = groupLine(f.marks);
        if (f.used || line === undefined)
            continue;
        const why = f.fixture
            ? 'it is a fixture, not a test'
            : !isFunc(f.name)
                ? `its name does not match python_functions (${naming.functions.join(', ')})`
                : 'pytest does not collect it (defined inside a function or a class that is not collected, or redefined later)';
        out.push({
            line,
            title: 'Group marker has no effect',
            message: `\`${f.name}\` carries a group marker, but ${why}.`,
        });
    }
    for (const c of classes) {
        const line = groupLine(c.marks);
        if (c.used || line === undefined)
            continue;
        const why = c.hasInit
            ? 'it defines `__init__` or `__new__`, so pytest does not collect it'
            : c.testAttr === false
                ? 'it sets `__test__ = False`'
                : !isClass(c.name)
                    ? `its name does not match python_classes (${naming.classes.join(', ')})`
                    : 'pytest does not collect it here';
        out.push({
            line,
            title: 'Group marker has no effect',
            message: `Class \`${c.name}\` carries a group marker, but ${why}.`,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/extract/python/expand.ts
/**
 * Every test is made here, with all its fields in one order (absent ones undefined): the plan
 * reads hundreds of thousands of them at the same sites, which stay fast only while every test
 * has the same shape (hidden class).
 */
function foundTest(id, fn, file, line, group, argnames, params, idExact) {
    return { id, function: fn, file, line, group, argnames, params, paramsPerCall: undefined, idExact };
}
/**
 * One case per parametrization of `fn`: the cross product of every call's parameter sets, first
 * call outermost (pytest's order). A case's group is the function's own (`own`), else its
 * parameter sets' marks, else the outer nodes' (`outer`).
 */
function expandParametrized(fn, file, statics, own, outer, firstGroup) {
    const out = [];
    const argnames = statics.length === 1 ? statics[0].argnames : statics.flatMap((p) => p.argnames);
    const total = statics.reduce((n, p) => n * p.sets.length, 1);
    const pick = new Array(statics.length);
    for (let flat = 0; flat < total; flat++) {
        let rest = flat;
        for (let ci = statics.length - 1; ci >= 0; ci--) {
            const n = statics[ci].sets.length;
            pick[ci] = rest % n;
            rest = (rest - pick[ci]) / n;
        }
        const params = new Array(argnames.length);
        let at = 0;
        let renumbered = false;
        let id = '';
        let idExact = true;
        let paramGroup;
        for (let ci = 0; ci < statics.length; ci++) {
            const p = statics[ci];
            const index = pick[ci];
            const set = p.sets[index];
            id = ci === 0 ? set.id : `${id}-${set.id}`;
            if (!set.idExact)
                idExact = false;
            if (paramGroup === undefined)
                paramGroup = firstGroup(set.marks);
            // pytest 7.4, ≥8.4 and 9 renumber direct argnames with the item's position among all
            // parametrizations; 8.0–8.3 keep each call's own index. The plan carries both.
            for (let a = 0; a < p.argnames.length; a++) {
                const value = p.direct[a] ? flat : index;
                params[at++] = value;
                if (value !== index)
                    renumbered = true;
            }
        }
        const test = foundTest([fn, '[', id, ']'].join(''), fn, file, statics[0].sets[pick[0]].line, (own !== undefined ? own : paramGroup !== undefined ? paramGroup : outer) ?? null, argnames, params, idExact);
        if (renumbered)
            test.paramsPerCall = perCallIndices(statics, pick, argnames.length);
        out.push(test);
    }
    return out;
}
/** Each argname's index within its own `parametrize` call (pytest 8.0–8.3's numbering). */
function perCallIndices(calls, pick, count) {
    const perCall = new Array(count);
    let at = 0;
    for (let ci = 0; ci < calls.length; ci++)
        for (let a = 0; a < calls[ci].argnames.length; a++)
            perCall[at++] = pick[ci];
    return perCall;
}

;// CONCATENATED MODULE: ./src/extract/python/naming.ts
/** pytest's `python_functions` / `python_classes` matching: a prefix, or an fnmatch glob. */
function nameFilter(patterns) {
    const prefixes = [...patterns];
    const globs = patterns.filter((p) => /[*?[]/.test(p)).map(globToRegExp);
    return (name) => prefixes.some((p) => name.startsWith(p)) || globs.some((re) => re.test(name));
}
/** Python's `fnmatch.translate`: `*`, `?`, `[seq]`, `[!seq]`; anything else literal. */
function globToRegExp(glob) {
    let out = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*')
            out += '[\\s\\S]*';
        else if (c === '?')
            out += '[\\s\\S]';
        else if (c === '[') {
            let j = i + 1;
            if (glob[j] === '!')
                j++;
            if (glob[j] === ']')
                j++;
            while (j < glob.length && glob[j] !== ']')
                j++;
            if (j >= glob.length)
                out += '\\[';
            else {
                let body = glob.slice(i + 1, j).replace(/\\/g, '\\\\');
                if (body.startsWith('!'))
                    body = '^' + body.slice(1);
                else if (body.startsWith('^'))
                    body = '\\' + body;
                out += `[${body}]`;
                i = j;
            }
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^(?:${out})$`);
}

;// CONCATENATED MODULE: ./src/extract/python/params.ts
/** `@pytest.mark.parametrize` read statically: its parameter sets, their marks and pytest's ids. */



/** pytest 9 falls back to `argname + index` for auto ids of str/bytes longer than this. */
const LONG_STR = 100;
function readParametrize(scope, m) {
    const arg = (pos, kw) => m.args[pos] ?? m.kwargs.find(([k]) => k === kw)?.[1];
    const namesExpr = arg(0, 'argnames');
    const valuesExpr = arg(1, 'argvalues');
    const line = m.line;
    const argnames = readArgnames(namesExpr);
    if (!argnames)
        return { static: false, line, why: 'its argument names are not literal' };
    if (!valuesExpr || valuesExpr.k !== 'seq')
        return { static: false, line, why: 'its list of values is not written out literally' };
    const idsExpr = arg(3, 'ids');
    const direct = readIndirect(arg(2, 'indirect'), argnames);
    const sets = [];
    const multi = argnames.length > 1;
    for (const [idx, item] of valuesExpr.items.entries()) {
        let values;
        let marks = [];
        let explicit = null;
        const p = paramCall(scope, item);
        if (p) {
            values = p.args;
            const marksExpr = p.kwargs.find(([k]) => k === 'marks')?.[1];
            if (marksExpr) {
                const r = markList(scope, marksExpr);
                if (r.unknown.length > 0)
                    return {
                        static: false,
                        line: item.line,
                        why: '`marks=` of a `pytest.param` is not a mark written out',
                    };
                marks = r.marks;
            }
            const idExpr = p.kwargs.find(([k]) => k === 'id')?.[1];
            if (idExpr && !(idExpr.k === 'lit' && idExpr.v.t === 'none')) {
                explicit =
                    idExpr.k === 'lit' && idExpr.v.t === 'str'
                        ? { id: idFromValue(idExpr.v), exact: true }
                        : { id: null, exact: false };
            }
        }
        else if (!multi) {
            values = [item];
        }
        else {
            values = item.k === 'seq' ? item.items : null;
        }
        if (!explicit && idsExpr) {
            const fromList = idFromList(idsExpr, idx);
            if (fromList.id !== null || !fromList.exact)
                explicit = fromList;
        }
        let id;
        let idExact = explicit?.exact ?? true;
        if (explicit?.id != null)
            id = explicit.id;
        else {
            const parts = argnames.map((name, i) => {
                const v = values?.[i];
                if (v?.k === 'lit') {
                    if ((v.v.t === 'str' || v.v.t === 'bytes') && pyLength(v.v) > LONG_STR)
                        return name + idx;
                    const s = idFromValue(v.v);
                    if (s !== null)
                        return s;
                    return name + idx;
                }
                if (v?.k === 'seq')
                    return name + idx;
                idExact = false;
                return name + idx;
            });
            id = parts.join('-');
        }
        sets.push({ line: item.line, marks, id, idExact });
    }
    if (sets.length === 0)
        sets.push({ line, marks: [], id: 'NOTSET', idExact: true });
    makeUnique(sets);
    return { static: true, line, argnames, direct, sets };
}
function paramCall(scope, e) {
    if (e.k !== 'call' || e.fn.k !== 'name')
        return null;
    return resolveName(scope, e.fn.parts)?.v === 'param' ? e : null;
}
/** The argnames, copied: every parametrized test of the plan holds them (`TestCase.argnames`). */
function readArgnames(e) {
    if (e?.k === 'lit' && e.v.t === 'str')
        return e.v.v.split(',').flatMap((s) => (s.trim() === '' ? [] : [(0,decode/* detached */.ht)(s.trim())]));
    if (e?.k === 'seq') {
        const out = [];
        for (const item of e.items) {
            if (item.k !== 'lit' || item.v.t !== 'str')
                return null;
            out.push((0,decode/* detached */.ht)(item.v.v));
        }
        return out;
    }
    return null;
}
/** Which argnames are direct: pytest renumbers `callspec.indices` only for those. */
function readIndirect(e, argnames) {
    if (e?.k === 'lit' && e.v.t === 'bool') {
        const indirect = e.v.v;
        return argnames.map(() => !indirect);
    }
    if (e?.k === 'seq') {
        const ind = new Set(e.items.flatMap((i) => (i.k === 'lit' && i.v.t === 'str' ? [i.v.v] : [])));
        return argnames.map((n) => !ind.has(n));
    }
    return argnames.map(() => true);
}
function idFromList(ids, idx) {
    if (ids.k !== 'seq')
        return { id: null, exact: false };
    const e = ids.items[idx];
    if (!e)
        return { id: null, exact: true };
    if (e.k !== 'lit')
        return { id: null, exact: false };
    if (e.v.t === 'none')
        return { id: null, exact: true };
    return { id: idFromValue(e.v), exact: true };
}
/** pytest ≥8: duplicates get 0, 1, ... (with `_` after a trailing digit), skipping ids in use. */
function makeUnique(sets) {
    const ids = sets.map((s) => s.id);
    const counts = new Map();
    for (const id of ids)
        counts.set(id, (counts.get(id) ?? 0) + 1);
    if (counts.size === ids.length)
        return;
    const inUse = new Map(counts);
    const suffixes = new Map();
    for (const [i, id] of ids.entries()) {
        if ((counts.get(id) ?? 0) <= 1)
            continue;
        const sep = /[0-9]$/.test(id) ? '_' : '';
        let n = suffixes.get(id) ?? 0;
        let next = `${id}${sep}${n}`;
        while ((inUse.get(next) ?? 0) > 0)
            next = `${id}${sep}${++n}`;
        inUse.set(id, inUse.get(id) - 1);
        inUse.set(next, (inUse.get(next) ?? 0) + 1);
        suffixes.set(id, n + 1);
        sets[i].id = next;
    }
}

;// CONCATENATED MODULE: ./src/extract/python/collection.ts






function collectModule(path, stmts, settings) {
    return new Collector(path, settings).run(stmts);
}
class Collector {
    path;
    settings;
    problems = [];
    seenProblems = new Set();
    funcs = [];
    classes = [];
    tests = [];
    isFunc;
    isClass;
    module = { names: new Map() };
    moduleMembers = new Map();
    moduleMarks = [];
    moduleTest;
    constructor(path, settings) {
        this.path = path;
        this.settings = settings;
        this.isFunc = nameFilter(settings.pytest.functions);
        this.isClass = nameFilter(settings.pytest.classes);
    }
    run(stmts) {
        this.body(stmts, this.module, this.moduleMembers, null);
        if (this.moduleTest !== false) {
            const moduleNode = this.node(this.path, this.moduleMarks);
            for (const [name, m] of this.moduleMembers) {
                if (m.k === 'func' && this.isFunc(name) && !m.f.fixture)
                    this.emit(m.f, name, moduleNode);
                else if (m.k === 'class')
                    this.collectClass(m.c, name, moduleNode);
                else if (m.k === 'other' && m.from !== undefined && (this.isFunc(name) || this.isClass(name))) {
                    this.problem('notice', 0, 'Imported test not read', `\`${name}\` is imported from \`${m.from}\`; pytest collects it in this module too, but it is not read here, so its tests are not planned from this file.`);
                }
            }
        }
        const { marker, pytest } = this.settings;
        for (const w of unusedMarkWarnings(this.funcs, this.classes, marker, pytest, this.isFunc, this.isClass))
            this.problem('warning', w.line, w.title, w.message);
        return { tests: this.tests, problems: this.problems };
    }
    body(stmts, scope, members, cls) {
        for (const s of stmts) {
            switch (s.k) {
                case 'import': {
                    const bound = s.asname ?? s.module.split('.')[0];
                    const v = s.module === 'pytest' || (s.asname === null && s.module.startsWith('pytest.'))
                        ? { v: 'pytest' }
                        : s.module === 'unittest' || (s.asname === null && s.module.startsWith('unittest.'))
                            ? { v: 'unittest' }
                            : { v: 'other' };
                    scope.names.set(bound, v);
                    members.set(bound, { k: 'other' });
                    break;
                }
                case 'from': {
                    const bound = s.asname ?? s.name;
                    let v = { v: 'other' };
                    if (s.module === 'pytest') {
                        if (s.name === 'mark')
                            v = { v: 'mark' };
                        else if (s.name === 'param')
                            v = { v: 'param' };
                        else if (s.name === 'fixture')
                            v = { v: 'fixture' };
                    }
                    else if ((s.module === 'unittest' || s.module === 'unittest.case') &&
                        (s.name === 'TestCase' || s.name === 'IsolatedAsyncioTestCase')) {
                        v = { v: 'testcase' };
                    }
                    scope.names.set(bound, v);
                    members.set(bound, v.v === 'other' ? { k: 'other', from: s.module } : { k: 'other' });
                    break;
                }
                case 'bind':
                    scope.names.set(s.name, { v: 'other' });
                    members.set(s.name, { k: 'other' });
                    break;
                case 'assign':
                    this.assign(s.name, s.value, s.line, scope, members, cls);
                    break;
                case 'def': {
                    const f = this.funcInfo(s.name, s.line, s.decorators, scope);
                    scope.names.set(s.name, { v: 'other' });
                    members.set(s.name, { k: 'func', f });
                    break;
                }
                case 'class': {
                    const c = this.classInfo(s, scope);
                    scope.names.set(s.name, { v: 'other' });
                    members.set(s.name, { k: 'class', c });
                    break;
                }
            }
        }
    }
    assign(name, value, line, scope, members, cls) {
        if (name === 'pytestmark') {
            const r = markList(scope, value);
            if (r.tuple) {
                this.problem('error', line, 'Invalid pytestmark', '`pytestmark` is a tuple here; pytest accepts one mark or a list of marks and fails to collect this file. Write a list: `pytestmark = [...]`.');
            }
            for (const u of r.unknown) {
                this.problem('notice', u.line, 'pytestmark not read', `\`pytestmark\` holds \`${describeExpr(u)}\`, which cannot be read without running the code; a group mark in it would be missed.`);
            }
            this.checkMarks(r.marks, scope);
            if (cls)
                cls.marks = r.marks;
            else
                this.moduleMarks = r.marks;
        }
        else if (name === '__test__') {
            const t = value.k === 'lit' && value.v.t === 'bool' ? value.v.v : undefined;
            if (cls)
                cls.testAttr = t;
            else
                this.moduleTest = t;
        }
        scope.names.set(name, this.valueOf(scope, value));
        members.set(name, { k: 'other' });
    }
    /** What an assigned value means for later lookups: a mark alias, `pytest.mark` itself, ... */
    valueOf(scope, e) {
        const m = markOf(scope, e);
        if (m)
            return { v: 'marks', marks: [m], single: true };
        if (e.k === 'name')
            return resolveName(scope, e.parts) ?? { v: 'other' };
        if (e.k === 'seq' && e.items.length > 0) {
            const r = markList(scope, e);
            if (r.unknown.length === 0)
                return { v: 'marks', marks: r.marks, single: false };
        }
        return { v: 'other' };
    }
    funcInfo(name, line, decorators, scope) {
        const marks = [];
        let fixture = false;
        for (let i = decorators.length - 1; i >= 0; i--) {
            const d = decorators[i];
            const m = markOf(scope, d);
            if (m)
                marks.push(m);
            else {
                const fn = d.k === 'call' ? d.fn : d;
                if (fn.k === 'name' && resolveName(scope, fn.parts)?.v === 'fixture')
                    fixture = true;
            }
        }
        this.checkMarks(marks, scope);
        const f = { name, line, marks, fixture, used: false };
        this.funcs.push(f);
        return f;
    }
    classInfo(s, scope) {
        const bases = classBases(s.bases, scope, (parts) => this.lookupMember(parts));
        const c = {
            name: s.name,
            line: s.line,
            marks: [],
            bases,
            members: new Map(),
            testAttr: undefined,
            hasInit: false,
            used: false,
        };
        // Class bodies look names up in their own namespace, then the module's (never an outer class).
        const own = { names: new Map(), parent: this.module };
        this.body(s.body, own, c.members, c);
        const init = c.members.get('__init__') ?? c.members.get('__new__');
        c.hasInit = init !== undefined;
        const deco = [];
        for (let i = s.decorators.length - 1; i >= 0; i--) {
            const m = markOf(scope, s.decorators[i]);
            if (m)
                deco.push(m);
        }
        this.checkMarks(deco, scope);
        c.marks = [...c.marks, ...deco];
        this.classes.push(c);
        return c;
    }
    lookupMember(parts) {
        if (parts.length !== 1)
            return undefined;
        return this.moduleMembers.get(parts[0]);
    }
    /** C3 linearisation over the classes this file defines; foreign bases stay opaque. */
    mroCache = new Map();
    classMarkCache = new Map();
    mro(c) {
        let m = this.mroCache.get(c);
        if (!m)
            this.mroCache.set(c, (m = linearize(c, (b) => this.mro(b))));
        return [...m];
    }
    collectClass(c, name, parent) {
        const mro = this.mro(c);
        const local = mro.filter((e) => !('k' in e));
        const unittest = mro.some((e) => 'k' in e && e.k === 'testcase');
        if (!unittest && !this.isClass(name))
            return;
        const testAttr = local.find((k) => k.testAttr !== undefined)?.testAttr;
        if (testAttr === false)
            return;
        if (!unittest && local.some((k) => k.hasInit))
            return;
        for (const e of mro) {
            if ('k' in e && e.k === 'unknown') {
                this.problem('notice', c.line, 'Base class not read', `\`${c.name}\` inherits from \`${e.text}\`, which is defined in another module: test methods and marks it holds are not seen here.`);
            }
        }
        for (const k of local)
            k.used = true;
        const node = this.node(`${parent.prefix}::${c.name}`, [...this.classMarks(c), ...parent.outer]);
        const seen = new Set();
        let found = false;
        for (const k of local) {
            for (const [member, m] of k.members) {
                if (seen.has(member))
                    continue;
                seen.add(member);
                if (m.k === 'func') {
                    if (unittest ? member.startsWith('test') : this.isFunc(member) && !m.f.fixture) {
                        this.emit(m.f, member, node, unittest);
                        found = true;
                    }
                }
                else if (m.k === 'class' && !unittest) {
                    this.collectClass(m.c, member, node);
                }
            }
        }
        if (unittest && !found) {
            const run = local.map((k) => k.members.get('runTest')).find((m) => m !== undefined);
            if (run?.k === 'func')
                this.emit(run.f, 'runTest', node, true);
        }
    }
    /** Marks of a class node: its MRO's `pytestmark` lists, base classes first (pytest ≥7.2). */
    classMarks(c) {
        let marks = this.classMarkCache.get(c);
        if (!marks) {
            const local = this.mro(c).filter((e) => !('k' in e));
            marks = local.reverse().flatMap((k) => k.marks);
            this.classMarkCache.set(c, marks);
        }
        return marks;
    }
    /** What every test under a module or class node shares, worked out once per node. */
    node(prefix, outer) {
        return {
            prefix,
            outer,
            outerParametrize: outer.filter((m) => m.name === 'parametrize'),
            outerGroup: this.firstGroup(outer),
        };
    }
    emit(f, name, node, unittest = false) {
        f.used = true;
        // join() copies: a test's strings must not hold on to the file's source (a concatenation or
        // a slice would keep the whole source alive for as long as the plan lives).
        const fn = [node.prefix, '::', name].join('');
        const own = f.marks;
        let parametrize = unittest ? [] : node.outerParametrize;
        if (!unittest && own.some((m) => m.name === 'parametrize'))
            parametrize = [...own.filter((m) => m.name === 'parametrize'), ...parametrize];
        const ownGroup = this.firstGroup(own);
        const group = (ownGroup !== undefined ? ownGroup : node.outerGroup) ?? null;
        const whole = (g, idExact) => foundTest(fn, fn, this.path, f.line, g, undefined, undefined, idExact);
        if (parametrize.length === 0) {
            this.tests.push(whole(group, true));
            return;
        }
        const calls = parametrize.map((m) => m.parametrize ?? readParametrize(this.module, m));
        const dynamic = calls.find((p) => !p.static);
        if (dynamic && !dynamic.static) {
            const paramGroups = calls.some((p) => p.static && p.sets.some((s) => s.marks.some((m) => isGroupMark(this.settings.marker, m.name))));
            if (paramGroups && ownGroup === undefined) {
                this.problem('error', dynamic.line, 'Group of parametrized test unknown', `\`${name}\` takes groups from \`pytest.param(..., marks=...)\`, but one of its \`parametrize\` calls cannot be read (${dynamic.why}), so which parameters get which group is unknown. Write the parameter list out literally, or put the group on the function.`);
                this.tests.push(whole(null, false));
                return;
            }
            this.tests.push(whole(group, false));
            return;
        }
        const statics = calls;
        for (const test of expandParametrized(fn, this.path, statics, ownGroup, node.outerGroup, (marks) => this.firstGroup(marks)))
            this.tests.push(test);
    }
    firstGroup(marks) {
        return closestGroup(this.settings.marker, marks);
    }
    /** Every group mark with an unreadable value is an error where it is written, winning or not. */
    checkMarks(marks, scope) {
        for (const m of marks) {
            if (m.name === 'parametrize') {
                const p = readParametrize(scope, m);
                m.parametrize = p;
                if (p.static)
                    for (const s of p.sets)
                        this.checkMarks(s.marks, scope);
                continue;
            }
            if (!isGroupMark(this.settings.marker, m.name))
                continue;
            const r = readGroup(this.settings.marker, m);
            if (!r.ok)
                this.problem('error', r.line, r.title, r.message);
        }
    }
    problem(severity, line, title, message) {
        const key = `${severity}|${line}|${title}|${message}`;
        if (this.seenProblems.has(key))
            return;
        this.seenProblems.add(key);
        this.problems.push({ severity, file: this.path, ...(line > 0 ? { line } : {}), title, message });
    }
}

;// CONCATENATED MODULE: ./src/extract/python/structure.ts
/**
 * Reads the statements that decide what pytest collects: imports, assignments, decorated
 * `def`s and `class`es. Compound statements (`if`, `try`, `with`, ...) are read through, since
 * what they define lands in the enclosing namespace; function bodies are skipped whole.
 */


const COMPOUND = new Set([
    'if',
    'elif',
    'else',
    'try',
    'except',
    'finally',
    'with',
    'for',
    'while',
    'match',
    'case',
    'async',
]);
function readStructure(tokens) {
    const c = new Cursor(tokens);
    const body = block(c, false);
    return body;
}
function block(c, nested) {
    const out = [];
    for (;;) {
        const k = c.kind();
        if (k === Tok.End) {
            if (nested)
                throw new PySyntaxError('unexpected end of file', c.line());
            return out;
        }
        if (k === Tok.Dedent) {
            c.i++;
            if (nested)
                return out;
            continue;
        }
        if (k === Tok.Indent)
            throw new PySyntaxError('unexpected indent', c.line());
        if (k === Tok.Newline || c.is(';')) {
            c.i++;
            continue;
        }
        statement(c, out);
    }
}
function statement(c, out) {
    if (c.is('@')) {
        const decorators = [];
        while (c.is('@')) {
            c.i++;
            decorators.push(c.expr());
            endOfLine(c);
        }
        if (c.is('async') && c.is('def', c.i + 1))
            c.i++;
        if (c.is('def'))
            return funcDef(c, out, decorators);
        if (c.is('class'))
            return classDef(c, out, decorators);
        throw new PySyntaxError('invalid syntax: a decorator must be followed by def or class', c.line());
    }
    if (c.kind() === Tok.Name) {
        if (c.is('def'))
            return funcDef(c, out, []);
        if (c.is('async') && c.is('def', c.i + 1)) {
            c.i++;
            return funcDef(c, out, []);
        }
        if (c.is('class'))
            return classDef(c, out, []);
        if (c.is('import'))
            return importStmt(c, out);
        if (c.is('from'))
            return fromStmt(c, out);
        const word = c.text();
        if (!COMPOUND.has(word)) {
            if (c.is('=', c.i + 1))
                return assignment(c, out);
            if (c.is(':', c.i + 1))
                return annotated(c, out);
            if (c.kind(c.i + 1) === Tok.Op && /^[-+*/%&|^@<>]+=$|^\/\/=$|^\*\*=$/.test(c.text(c.i + 1))) {
                out.push({ k: 'bind', name: word, line: c.line() });
            }
        }
    }
    simple(c, out);
}
/** Skips a statement; a trailing `:` followed by an indented block is a compound header whose block is read in this scope. */
function simple(c, out) {
    let depth = 0;
    let lastColon = false;
    for (;;) {
        const k = c.kind();
        if (k === Tok.End)
            return;
        if (k === Tok.Newline) {
            c.i++;
            if (lastColon && c.kind() === Tok.Indent) {
                c.i++;
                out.push(...block(c, true));
            }
            else if (lastColon) {
                throw new PySyntaxError('expected an indented block', c.line());
            }
            return;
        }
        if (depth === 0 && c.is(';')) {
            c.i++;
            return;
        }
        if (c.is('(') || c.is('[') || c.is('{'))
            depth++;
        else if (c.is(')') || c.is(']') || c.is('}'))
            depth--;
        lastColon = depth === 0 && c.is(':');
        c.i++;
    }
}
function endOfLine(c) {
    if (c.kind() !== Tok.Newline)
        throw new PySyntaxError('invalid syntax', c.line());
    c.i++;
}
function funcDef(c, out, decorators) {
    c.i++;
    if (c.kind() !== Tok.Name)
        throw new PySyntaxError('invalid syntax: expected a function name', c.line());
    out.push({ k: 'def', name: c.text(), line: c.line(), decorators });
    c.i++;
    skipToColon(c);
    skipBody(c);
}
function classDef(c, out, decorators) {
    c.i++;
    if (c.kind() !== Tok.Name)
        throw new PySyntaxError('invalid syntax: expected a class name', c.line());
    const name = c.text();
    const line = c.line();
    c.i++;
    if (c.is('['))
        c.skipBracket(); // PEP 695 type parameters
    let bases = [];
    if (c.is('('))
        bases = c.callArgs()?.args ?? [];
    if (!c.is(':'))
        throw new PySyntaxError("expected ':'", c.line());
    c.i++;
    let body;
    if (c.kind() === Tok.Newline) {
        c.i++;
        if (c.kind() !== Tok.Indent)
            throw new PySyntaxError('expected an indented block', c.line());
        c.i++;
        body = block(c, true);
    }
    else {
        const inline = [];
        do
            statement(c, inline);
        while (c.kind(c.i - 1) !== Tok.Newline && c.kind() !== Tok.End);
        body = inline;
    }
    out.push({ k: 'class', name, line, decorators, bases, body });
}
function skipToColon(c) {
    let depth = 0;
    for (;;) {
        const k = c.kind();
        if (k === Tok.End || k === Tok.Newline)
            throw new PySyntaxError("expected ':'", c.line());
        if (c.is('(') || c.is('[') || c.is('{'))
            depth++;
        else if (c.is(')') || c.is(']') || c.is('}'))
            depth--;
        else if (depth === 0 && c.is(':')) {
            c.i++;
            return;
        }
        c.i++;
    }
}
/** Skips a suite: an indented block, or the rest of the line. */
function skipBody(c) {
    if (c.kind() !== Tok.Newline) {
        while (c.kind() !== Tok.Newline && c.kind() !== Tok.End)
            c.i++;
        c.i++;
        return;
    }
    c.i++;
    if (c.kind() !== Tok.Indent)
        throw new PySyntaxError('expected an indented block', c.line());
    c.i++;
    // Indent and dedent tokens balance (the tokenizer guarantees it), so a counter finds the end.
    const kind = c.t.kind;
    let depth = 1;
    let i = c.i;
    while (depth > 0) {
        const k = kind[i];
        if (k === Tok.Indent)
            depth++;
        else if (k === Tok.Dedent)
            depth--;
        else if (k === Tok.End)
            break;
        i++;
    }
    c.i = i;
}
function dotted(c) {
    const parts = [];
    while (c.is('.') || c.is('...')) {
        parts.push(c.text());
        c.i++;
    }
    let name = parts.join('');
    if (c.kind() === Tok.Name && !c.is('import')) {
        name += c.text();
        c.i++;
        while (c.is('.') && c.kind(c.i + 1) === Tok.Name) {
            name += '.' + c.text(c.i + 1);
            c.i += 2;
        }
    }
    return name;
}
function importStmt(c, out) {
    const line = c.line();
    c.i++;
    for (;;) {
        const module = dotted(c);
        let asname = null;
        if (c.is('as')) {
            asname = c.text(c.i + 1);
            c.i += 2;
        }
        if (module)
            out.push({ k: 'import', module, asname, line });
        if (!c.is(','))
            break;
        c.i++;
    }
    simple(c, out);
}
function fromStmt(c, out) {
    const line = c.line();
    c.i++;
    const module = dotted(c);
    if (!c.is('import'))
        return simple(c, out);
    c.i++;
    const paren = c.is('(');
    if (paren)
        c.i++;
    while (c.kind() === Tok.Name || c.is('*')) {
        const name = c.text();
        c.i++;
        let asname = null;
        if (c.is('as')) {
            asname = c.text(c.i + 1);
            c.i += 2;
        }
        out.push({ k: 'from', module, name, asname, line });
        if (!c.is(','))
            break;
        c.i++;
    }
    if (paren && c.is(')'))
        c.i++;
    simple(c, out);
}
/** Names whose assigned value pytest reads, whatever it is (an unreadable one is reported). */
const READ_WHOLE = new Set(['pytestmark', '__test__']);
function assignment(c, out) {
    const names = [c.text()];
    const line = c.line();
    c.i += 2;
    // Any other value matters only when it is a mark, a name, or a list of marks.
    let value = (!READ_WHOLE.has(names[0]) && c.skipIfNoMark()) || c.expr();
    while (c.is('=')) {
        c.i++;
        if (value.k === 'name' && value.parts.length === 1)
            names.push(value.parts[0]);
        value = c.expr();
    }
    for (const name of names)
        out.push({ k: 'assign', name, value, line });
    simple(c, out);
}
function annotated(c, out) {
    const name = c.text();
    const line = c.line();
    c.i += 2;
    c.expr();
    if (c.is('=')) {
        c.i++;
        out.push({ k: 'assign', name, value: c.expr(), line });
    }
    simple(c, out);
}

;// CONCATENATED MODULE: ./src/extract/python/index.ts




/** Like `extractPython`, keeping whether each test's `[id]` is exact (for the differential test). */
function extractPythonDetailed(file, settings) {
    const result = (tests, problems) => ({
        file: file.path,
        runner: 'pytest',
        tests,
        problems,
    });
    const decoded = (0,decode/* decodeSourceBytes */.xw)(file.path, file.bytes);
    if ('problem' in decoded)
        return result([], [decoded.problem]);
    try {
        const found = collectModule(file.path, readStructure(tokenize(decoded.text, true, decoded.codes)), settings);
        return result(found.tests, found.problems);
    }
    catch (e) {
        if (e instanceof PySyntaxError) {
            return result([], [
                {
                    severity: 'error',
                    file: file.path,
                    line: e.line,
                    title: 'Syntax error',
                    message: `${file.path}:${e.line}: ${e.message}. pytest cannot import this file; fix it so its tests can be planned.`,
                },
            ]);
        }
        const why = e instanceof Error ? e.message : String(e);
        return result([], [
            {
                severity: 'error',
                file: file.path,
                title: 'File not read',
                message: `${file.path} could not be read (${why}); its tests are not planned. Please report this as a bug.`,
            },
        ]);
    }
}
/** Reads one pytest file statically: its tests as pytest collects them, each with its group. */
function extractPython(file, settings) {
    // A FoundTest is a TestCase with one more field (the plan file names its fields, so it does
    // not leak); copying hundreds of thousands of tests just to drop it costs real time.
    return extractPythonDetailed(file, settings);
}
const pythonExtractor = { language: 'python', extract: extractPython };

;// CONCATENATED MODULE: ./src/extract/registry.ts


/** Which extractor reads a file, by its extension; null when no extractor knows the file type. */
function extractorFor(file) {
    if (file.endsWith('.py'))
        return pythonExtractor;
    // The JS extractor imports typescript-estree itself, lazily, when a file needs an AST.
    if (js/* JS_EXTENSIONS */.HB.some((ext) => file.endsWith(ext)))
        return js/* jsExtractor */.mX;
    return null;
}


/***/ }),

/***/ 2710:
/***/ ((__unused_webpack_module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// ncc's ESM output has no __filename/__dirname, and bundled CommonJS code (typescript.js, pulled
// in by typescript-estree) reads them at load time. This module must be the entry's first import.


const self = globalThis;
self.__filename ??= (0,node_url__WEBPACK_IMPORTED_MODULE_0__.fileURLToPath)(import.meta.url);
self.__dirname ??= (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(self.__filename);


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 264:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("inspector");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2987:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("perf_hooks");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
__webpack_unused_export__ = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
__webpack_unused_export__ = identity.isScalar;
__webpack_unused_export__ = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
exports.qg = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
