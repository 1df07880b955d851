/**
 * What a `pytest_generate_tests` hook may parametrize, read from its body without running it:
 * the argnames its `metafunc.parametrize(...)` calls spell as literals. pytest lets the hook
 * parametrize any name in a test's fixture closure (a fixture with `indirect=True`, or one it
 * overrides directly), so the names matter, not whether a fixture provides them.
 */
import { fromByteString } from '../decode.js';
import type { FuncInfo } from './definitions.js';
import type { Expr } from './expr.js';
import { parseText } from './parse-expr.js';
import { PySyntaxError, Tok, tokenize, type Tokens } from './tokenize.js';

/** Read once per hook: every test the hook reaches asks. */
const read = new WeakMap<FuncInfo, Set<string> | null>();

/**
 * The argnames the hook's body passes to `.parametrize(...)`; null when they cannot be read: an
 * argnames argument that is not a literal, or the `metafunc` handed to other code, which may
 * parametrize anything. pluggy passes hook arguments by name, so it is always `metafunc`.
 */
function hookArgnames(hook: FuncInfo): Set<string> | null {
  let names = read.get(hook);
  if (names === undefined) read.set(hook, (names = hook.body === null ? null : argnamesIn(hook.body)));
  return names;
}

/** What any of `hooks` may parametrize (pytest calls every one): null when one cannot be read. */
export function hookArgnamesOf(hooks: FuncInfo[]): Set<string> | null {
  if (hooks.length === 1) return hookArgnames(hooks[0]!);
  const all = new Set<string>();
  for (const h of hooks) {
    const names = hookArgnames(h);
    if (names === null) return null;
    for (const n of names) all.add(n);
  }
  return all;
}

export function argnamesIn(body: string): Set<string> | null {
  const param = 'metafunc';
  let t: Tokens;
  try {
    // The body is an indented block: under an `if` it tokenizes as the module's own code.
    t = tokenize(`if 1:\n${body}\n`);
  } catch (e) {
    if (e instanceof PySyntaxError) return null;
    throw e;
  }
  const names = new Set<string>();
  const text = (i: number): string => fromByteString(t.src.slice(t.start[i], t.end[i]));
  const isOp = (i: number, op: string): boolean => t.kind[i] === Tok.Op && text(i) === op;
  for (let i = 0; i < t.count; i++) {
    if (t.kind[i] !== Tok.Name) continue;
    const name = text(i);
    if (name === param && (isOp(i - 1, '(') || isOp(i - 1, ',') || isOp(i - 1, '=')))
      if (isOp(i + 1, ',') || isOp(i + 1, ')')) return null; // handed to a helper
    if (name !== 'parametrize' || !isOp(i - 1, '.') || !isOp(i + 1, '(')) continue;
    const end = firstArgumentEnd(t, i + 2, isOp);
    if (end === -1) return null;
    // Source text as the tokenizer holds it (bytes as Latin-1), as parseText takes it.
    const arg = parseText(t.src.slice(t.start[i + 2], t.start[end]), t.line[i]!);
    const read = arg && literalArgnames(arg);
    if (!read) return null;
    for (const n of read) names.add(n);
  }
  return names;
}

/** The token that ends a call's first argument (its `,` or `)`), or -1 when there is none. */
function firstArgumentEnd(t: Tokens, from: number, isOp: (i: number, op: string) => boolean): number {
  let depth = 0;
  for (let i = from; i < t.count; i++) {
    if (isOp(i, '(') || isOp(i, '[') || isOp(i, '{')) depth++;
    else if (isOp(i, ')') || isOp(i, ']') || isOp(i, '}')) {
      if (depth === 0) return i === from ? -1 : i;
      depth--;
    } else if (depth === 0 && isOp(i, ',')) return i === from ? -1 : i;
    else if (depth === 0 && isOp(i, '=')) return -1; // `argnames=` given by keyword: not read
  }
  return -1;
}

/** `"a, b"`, `["a", "b"]` or `("a",)`, as pytest splits them; null for anything else. */
function literalArgnames(e: Expr): string[] | null {
  if (e.k === 'lit' && e.v.t === 'str') return e.v.v.split(',').map((s) => s.trim());
  if (e.k !== 'seq') return null;
  const out: string[] = [];
  for (const item of e.items) {
    if (item.k !== 'lit' || item.v.t !== 'str') return null;
    out.push(item.v.v);
  }
  return out;
}
