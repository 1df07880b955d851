/** Cursor moves the statement reader makes without reading what it passes: headers, bodies, values. */
import type { Cursor, Expr } from './expr.js';
import type { Param } from './structure.js';
import { PySyntaxError, Tok } from './tokenize.js';

/** A `def`'s parameter list, from `(` to after `)`: names, kinds, and whether each has a default. */
export function readParams(c: Cursor): Param[] {
  const out: Param[] = [];
  c.i++;
  let kind: Param['kind'] = 'positional' as Param['kind'];
  while (!c.is(')')) {
    if (c.kind() === Tok.End || c.kind() === Tok.Newline)
      throw new PySyntaxError("'(' was never closed", c.line());
    let own: Param['kind'] = kind;
    if (c.is('/')) {
      c.i++;
    } else if (c.is('*') || c.is('**')) {
      own = c.is('*') ? 'star' : 'starstar';
      c.i++;
      if (own === 'star') kind = 'keyword';
    }
    if (c.kind() === Tok.Name) {
      const name = c.text();
      c.i++;
      let hasDefault = false;
      // Skip an annotation and a default, up to the next `,` at this depth.
      let depth = 0;
      while (!(depth === 0 && (c.is(',') || c.is(')')))) {
        if (c.kind() === Tok.End) throw new PySyntaxError("'(' was never closed", c.line());
        if (depth === 0 && c.is('=')) hasDefault = true;
        if (c.is('(') || c.is('[') || c.is('{')) depth++;
        else if (c.is(')') || c.is(']') || c.is('}')) depth--;
        c.i++;
      }
      out.push({ name, kind: own, hasDefault });
    }
    if (c.is(',')) c.i++;
  }
  c.i++;
  return out;
}

export function skipToColon(c: Cursor): void {
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
export function skipBody(c: Cursor): void {
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

export function dotted(c: Cursor): string {
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

/** Names from here up to `stop` at bracket depth 0 (a `for` target); leaves the position on `stop`. */
export function namesUntil(c: Cursor, stop: string): string[] {
  const names: string[] = [];
  let depth = 0;
  while (!(depth === 0 && c.is(stop)) && c.kind() !== Tok.Newline && c.kind() !== Tok.End) {
    if (c.is('(') || c.is('[')) depth++;
    else if (c.is(')') || c.is(']')) depth--;
    else if (c.kind() === Tok.Name) names.push(c.text());
    c.i++;
  }
  return names;
}

/** To the end of a right-hand side: the statement's end, or a chained `=`, at depth 0. */
export function skipValue(c: Cursor): void {
  let depth = 0;
  for (;;) {
    const k = c.kind();
    if (k === Tok.Newline || k === Tok.End) return;
    if (c.is('(') || c.is('[') || c.is('{')) depth++;
    else if (c.is(')') || c.is(']') || c.is('}')) depth--;
    else if (depth === 0 && (c.is(';') || c.is('='))) return;
    c.i++;
  }
}

/**
 * The value of an assignment: what `Cursor.expr` reads when it reads the whole right-hand side,
 * else the right-hand side's tokens (a tuple without parentheses, a comprehension, ...) for the
 * full parser to read on demand. A table of data is passed without being read.
 */
export function readValue(c: Cursor, readWhole: boolean): Expr {
  const first = c.i;
  const fast = (!readWhole && c.skipIfNoMark()) || c.expr();
  if (atValueEnd(c)) return fast;
  c.i = first;
  skipValue(c);
  return c.other(first);
}

function atValueEnd(c: Cursor): boolean {
  const k = c.kind();
  return k === Tok.Newline || k === Tok.End || c.is(';') || c.is('=');
}

/** Methods that change a list, dict or set in place. */
const MUTATORS = new Set([
  'append',
  'extend',
  'insert',
  'update',
  'add',
  'remove',
  'pop',
  'clear',
  'setdefault',
  'sort',
  'reverse',
  'discard',
  'popitem',
]);

/** `name.append(...)`, `name[k] = v`, `name[k] += v`: `name` is changed in place. */
export function mutation(c: Cursor, name: string): string | null {
  const line = c.line();
  if (
    c.is('.', c.i + 1) &&
    c.kind(c.i + 2) === Tok.Name &&
    MUTATORS.has(c.text(c.i + 2)) &&
    c.is('(', c.i + 3)
  ) {
    return `\`${name}.${c.text(c.i + 2)}()\` at line ${line}`;
  }
  // An assignment to an item or attribute: `name[...] = v`, `name[k] += v`, `name.x = v`.
  let assigns = false;
  let depth = 0;
  for (let i = c.i; c.kind(i) !== Tok.Newline && c.kind(i) !== Tok.End; i++) {
    if (c.is('(', i) || c.is('[', i) || c.is('{', i)) depth++;
    else if (c.is(')', i) || c.is(']', i) || c.is('}', i)) depth--;
    else if (
      depth === 0 &&
      c.kind(i) === Tok.Op &&
      /^(?:=|[-+*/%&|^@<>]=|\/\/=|\*\*=|<<=|>>=)$/.test(c.text(i))
    ) {
      assigns = true;
      break;
    }
  }
  return assigns ? `an assignment into \`${name}\` at line ${line}` : null;
}

/**
 * `pytest.skip(` or `pytest.importorskip(` (or the bare name imported from pytest) at token `i`:
 * run at import time, either skips the whole module at collection.
 */
export function moduleSkipAt(c: Cursor, i: number): string | null {
  if (c.kind(i) !== Tok.Name) return null;
  let prefix = '';
  if (c.is('.', i + 1)) {
    if (c.text(i) !== 'pytest' || c.kind(i + 2) !== Tok.Name) return null;
    prefix = 'pytest.';
    i += 2;
  }
  const word = c.text(i);
  return (word === 'skip' || word === 'importorskip') && c.is('(', i + 1) ? `${prefix}${word}` : null;
}

/**
 * A write into a namespace that pytest collects from, made by code at import time:
 * `globals()[...] = ...`, `vars().update(...)`, `setattr(Target, ...)` (`target`: the first
 * argument's text, null for the module's own namespace).
 */
export function namespaceWrite(c: Cursor, word: string): { how: string; target: string | null } | null {
  const i = c.i;
  if (!c.is('(', i + 1)) return null;
  if (word === 'globals' || word === 'vars' || word === 'locals') {
    if (!c.is(')', i + 2)) return null;
    if (c.is('[', i + 3)) return { how: `${word}()[...] = ...`, target: null };
    if (c.is('.', i + 3) && ['update', 'setdefault'].includes(c.text(i + 4)))
      return { how: `${word}().${c.text(i + 4)}(...)`, target: null };
    return null;
  }
  // `exec(code)` at import may bind any name (cffi runs a whole test module's source this way).
  if (word === 'exec') return { how: 'exec(...)', target: null };
  if (word !== 'setattr') return null;
  let target = '';
  let depth = 0;
  for (let j = i + 2; !(depth === 0 && c.is(',', j)); j++) {
    if (c.kind(j) === Tok.Newline || c.kind(j) === Tok.End) return null;
    if (c.is('(', j) || c.is('[', j)) depth++;
    else if (c.is(')', j) || c.is(']', j)) depth--;
    target += c.text(j);
  }
  return { how: `setattr(${target}, ...)`, target };
}

/** `name.attr = value` at the cursor: the attribute, and the value when it is a bare `True`/`False`. */
export function attributeSet(c: Cursor): { name: string; flag: boolean | undefined } | undefined {
  const i = c.i;
  if (!c.is('.', i + 1) || c.kind(i + 2) !== Tok.Name || !c.is('=', i + 3)) return undefined;
  const v = c.text(i + 4);
  const flag = c.kind(i + 5) === Tok.Newline && (v === 'True' || v === 'False') ? v === 'True' : undefined;
  return { name: c.text(i + 2), flag };
}

/** `__name__ == "__main__"` (either way round) then `:`, from token `i`. */
export function isMainGuard(c: Cursor, i: number): boolean {
  const main = (j: number): boolean => c.kind(j) === Tok.String && /^(['"])__main__\1$/.test(c.text(j));
  const name = (j: number): boolean => c.kind(j) === Tok.Name && c.text(j) === '__name__';
  return c.is('==', i + 1) && c.is(':', i + 3) && ((name(i) && main(i + 2)) || (main(i) && name(i + 2)));
}
