/**
 * Reads the statements that decide what pytest collects: imports, assignments, decorated
 * `def`s and `class`es. Compound statements (`if`, `try`, `with`, ...) are read through, since
 * what they define lands in the enclosing namespace; function bodies are skipped whole.
 */
import { Cursor, type Expr } from './expr.js';
import { PySyntaxError, Tok, type Tokens } from './tokenize.js';

export type Stmt =
  | { k: 'def'; name: string; line: number; decorators: Expr[] }
  | { k: 'class'; name: string; line: number; decorators: Expr[]; bases: Expr[]; body: Stmt[] }
  | { k: 'assign'; name: string; value: Expr; line: number }
  /** `import a.b as c` (asname null: binds `a`). */
  | { k: 'import'; module: string; asname: string | null; line: number }
  | { k: 'from'; module: string; name: string; asname: string | null; line: number }
  /** Some other statement binding `name` (augmented assignment, `for` target, ...), value unknown. */
  | { k: 'bind'; name: string; line: number };

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

export function readStructure(tokens: Tokens): Stmt[] {
  const c = new Cursor(tokens);
  const body = block(c, false);
  return body;
}

function block(c: Cursor, nested: boolean): Stmt[] {
  const out: Stmt[] = [];
  for (;;) {
    const k = c.kind();
    if (k === Tok.End) {
      if (nested) throw new PySyntaxError('unexpected end of file', c.line());
      return out;
    }
    if (k === Tok.Dedent) {
      c.i++;
      if (nested) return out;
      continue;
    }
    if (k === Tok.Indent) throw new PySyntaxError('unexpected indent', c.line());
    if (k === Tok.Newline || c.is(';')) {
      c.i++;
      continue;
    }
    statement(c, out);
  }
}

function statement(c: Cursor, out: Stmt[]): void {
  if (c.is('@')) {
    const decorators: Expr[] = [];
    while (c.is('@')) {
      c.i++;
      decorators.push(c.expr());
      endOfLine(c);
    }
    if (c.is('async') && c.is('def', c.i + 1)) c.i++;
    if (c.is('def')) return funcDef(c, out, decorators);
    if (c.is('class')) return classDef(c, out, decorators);
    throw new PySyntaxError('invalid syntax: a decorator must be followed by def or class', c.line());
  }
  if (c.kind() === Tok.Name) {
    if (c.is('def')) return funcDef(c, out, []);
    if (c.is('async') && c.is('def', c.i + 1)) {
      c.i++;
      return funcDef(c, out, []);
    }
    if (c.is('class')) return classDef(c, out, []);
    if (c.is('import')) return importStmt(c, out);
    if (c.is('from')) return fromStmt(c, out);
    const word = c.text();
    if (!COMPOUND.has(word)) {
      if (c.is('=', c.i + 1)) return assignment(c, out);
      if (c.is(':', c.i + 1)) return annotated(c, out);
      if (c.kind(c.i + 1) === Tok.Op && /^[-+*/%&|^@<>]+=$|^\/\/=$|^\*\*=$/.test(c.text(c.i + 1))) {
        out.push({ k: 'bind', name: word, line: c.line() });
      }
    }
  }
  simple(c, out);
}

/** Skips a statement; a trailing `:` followed by an indented block is a compound header whose block is read in this scope. */
function simple(c: Cursor, out: Stmt[]): void {
  let depth = 0;
  let lastColon = false;
  for (;;) {
    const k = c.kind();
    if (k === Tok.End) return;
    if (k === Tok.Newline) {
      c.i++;
      if (lastColon && c.kind() === Tok.Indent) {
        c.i++;
        out.push(...block(c, true));
      } else if (lastColon) {
        throw new PySyntaxError('expected an indented block', c.line());
      }
      return;
    }
    if (depth === 0 && c.is(';')) {
      c.i++;
      return;
    }
    if (c.is('(') || c.is('[') || c.is('{')) depth++;
    else if (c.is(')') || c.is(']') || c.is('}')) depth--;
    lastColon = depth === 0 && c.is(':');
    c.i++;
  }
}

function endOfLine(c: Cursor): void {
  if (c.kind() !== Tok.Newline) throw new PySyntaxError('invalid syntax', c.line());
  c.i++;
}

function funcDef(c: Cursor, out: Stmt[], decorators: Expr[]): void {
  c.i++;
  if (c.kind() !== Tok.Name) throw new PySyntaxError('invalid syntax: expected a function name', c.line());
  out.push({ k: 'def', name: c.text(), line: c.line(), decorators });
  c.i++;
  skipToColon(c);
  skipBody(c);
}

function classDef(c: Cursor, out: Stmt[], decorators: Expr[]): void {
  c.i++;
  if (c.kind() !== Tok.Name) throw new PySyntaxError('invalid syntax: expected a class name', c.line());
  const name = c.text();
  const line = c.line();
  c.i++;
  if (c.is('[')) c.skipBracket(); // PEP 695 type parameters
  let bases: Expr[] = [];
  if (c.is('(')) bases = c.callArgs()?.args ?? [];
  if (!c.is(':')) throw new PySyntaxError("expected ':'", c.line());
  c.i++;
  let body: Stmt[];
  if (c.kind() === Tok.Newline) {
    c.i++;
    if (c.kind() !== Tok.Indent) throw new PySyntaxError('expected an indented block', c.line());
    c.i++;
    body = block(c, true);
  } else {
    const inline: Stmt[] = [];
    do statement(c, inline);
    while (c.kind(c.i - 1) !== Tok.Newline && c.kind() !== Tok.End);
    body = inline;
  }
  out.push({ k: 'class', name, line, decorators, bases, body });
}

function skipToColon(c: Cursor): void {
  let depth = 0;
  for (;;) {
    const k = c.kind();
    if (k === Tok.End || k === Tok.Newline) throw new PySyntaxError("expected ':'", c.line());
    if (c.is('(') || c.is('[') || c.is('{')) depth++;
    else if (c.is(')') || c.is(']') || c.is('}')) depth--;
    else if (depth === 0 && c.is(':')) {
      c.i++;
      return;
    }
    c.i++;
  }
}

/** Skips a suite: an indented block, or the rest of the line. */
function skipBody(c: Cursor): void {
  if (c.kind() !== Tok.Newline) {
    while (c.kind() !== Tok.Newline && c.kind() !== Tok.End) c.i++;
    c.i++;
    return;
  }
  c.i++;
  if (c.kind() !== Tok.Indent) throw new PySyntaxError('expected an indented block', c.line());
  c.i++;
  // Indent and dedent tokens balance (the tokenizer guarantees it), so a counter finds the end.
  const kind = c.t.kind;
  let depth = 1;
  let i = c.i;
  while (depth > 0) {
    const k = kind[i];
    if (k === Tok.Indent) depth++;
    else if (k === Tok.Dedent) depth--;
    else if (k === Tok.End) break;
    i++;
  }
  c.i = i;
}

function dotted(c: Cursor): string {
  const parts: string[] = [];
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

function importStmt(c: Cursor, out: Stmt[]): void {
  const line = c.line();
  c.i++;
  for (;;) {
    const module = dotted(c);
    let asname: string | null = null;
    if (c.is('as')) {
      asname = c.text(c.i + 1);
      c.i += 2;
    }
    if (module) out.push({ k: 'import', module, asname, line });
    if (!c.is(',')) break;
    c.i++;
  }
  simple(c, out);
}

function fromStmt(c: Cursor, out: Stmt[]): void {
  const line = c.line();
  c.i++;
  const module = dotted(c);
  if (!c.is('import')) return simple(c, out);
  c.i++;
  const paren = c.is('(');
  if (paren) c.i++;
  while (c.kind() === Tok.Name || c.is('*')) {
    const name = c.text();
    c.i++;
    let asname: string | null = null;
    if (c.is('as')) {
      asname = c.text(c.i + 1);
      c.i += 2;
    }
    out.push({ k: 'from', module, name, asname, line });
    if (!c.is(',')) break;
    c.i++;
  }
  if (paren && c.is(')')) c.i++;
  simple(c, out);
}

/** Names whose assigned value pytest reads, whatever it is (an unreadable one is reported). */
const READ_WHOLE = new Set(['pytestmark', '__test__']);

function assignment(c: Cursor, out: Stmt[]): void {
  const names = [c.text()];
  const line = c.line();
  c.i += 2;
  // Any other value matters only when it is a mark, a name, or a list of marks.
  let value = (!READ_WHOLE.has(names[0]!) && c.skipIfNoMark()) || c.expr();
  while (c.is('=')) {
    c.i++;
    if (value.k === 'name' && value.parts.length === 1) names.push(value.parts[0]!);
    value = c.expr();
  }
  for (const name of names) out.push({ k: 'assign', name, value, line });
  simple(c, out);
}

function annotated(c: Cursor, out: Stmt[]): void {
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
