/**
 * pytest's `-m` expressions (`_pytest/mark/expression.py`): `and`, `or`, `not` and parentheses
 * over marker names. Parsed once from `addopts`, then evaluated per test on the marks the
 * reader sees. The keyword-argument form (`-m "group(id=1)"`, pytest 8.3+) is not read.
 */

export type MarkExpr =
  | { k: 'name'; name: string }
  | { k: 'not'; e: MarkExpr }
  | { k: 'and' | 'or'; a: MarkExpr; b: MarkExpr }
  /** The empty expression, which pytest evaluates to False. */
  | { k: 'false' };

type Token = { t: '(' | ')' | 'or' | 'and' | 'not' | 'ident' | 'eof' | 'other'; v: string };

const IDENT = /^(?:[\p{L}\p{N}_]|:|\+|-|\.|\[|\]|\\|\/)+/u;

function lex(input: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  while (pos < input.length) {
    const c = input[pos]!;
    if (c === ' ' || c === '\t') pos++;
    else if (c === '(' || c === ')') {
      out.push({ t: c, v: c });
      pos++;
    } else {
      const m = IDENT.exec(input.slice(pos));
      if (!m) {
        // `=`, `,` and strings belong to the keyword-argument form, or the input is invalid.
        out.push({ t: 'other', v: c });
        return out;
      }
      const v = m[0];
      out.push({ t: v === 'or' || v === 'and' || v === 'not' ? v : 'ident', v });
      pos += v.length;
    }
  }
  out.push({ t: 'eof', v: '' });
  return out;
}

/** The expression, or why it is not read (pytest's keyword form, or an expression pytest refuses). */
export function parseMarkExpr(input: string): MarkExpr | { error: string } {
  const tokens = lex(input);
  let at = 0;
  const peek = (): Token => tokens[at]!;
  const fail = (): never => {
    throw new Error(`unexpected ${peek().t === 'eof' ? 'end of input' : `'${peek().v}'`}`);
  };
  const expr = (): MarkExpr => {
    let a = andExpr();
    while (peek().t === 'or') {
      at++;
      a = { k: 'or', a, b: andExpr() };
    }
    return a;
  };
  const andExpr = (): MarkExpr => {
    let a = notExpr();
    while (peek().t === 'and') {
      at++;
      a = { k: 'and', a, b: notExpr() };
    }
    return a;
  };
  const notExpr = (): MarkExpr => {
    const t = peek();
    if (t.t === 'not') {
      at++;
      return { k: 'not', e: notExpr() };
    }
    if (t.t === '(') {
      at++;
      const e = expr();
      if (peek().t !== ')') fail();
      at++;
      return e;
    }
    if (t.t === 'ident') {
      at++;
      if (peek().t === '(') throw new Error(`\`${t.v}(...)\` (marker keyword arguments) is not read`);
      return { k: 'name', name: t.v };
    }
    return fail();
  };
  try {
    if (peek().t === 'eof') return { k: 'false' };
    const e = expr();
    if (peek().t !== 'eof') fail();
    return e;
  } catch (err) {
    return { error: (err as Error).message };
  }
}

/**
 * The expression over one test's marks: `has(name)` is true or false, or undefined when the
 * reader cannot know (marks it does not see); the result is then undefined unless the known
 * marks decide it (Kleene's three-valued logic).
 */
export function evaluateMarkExpr(
  e: MarkExpr,
  has: (name: string) => boolean | undefined,
): boolean | undefined {
  switch (e.k) {
    case 'false':
      return false;
    case 'name':
      return has(e.name);
    case 'not': {
      const v = evaluateMarkExpr(e.e, has);
      return v === undefined ? undefined : !v;
    }
    case 'and': {
      const a = evaluateMarkExpr(e.a, has);
      if (a === false) return false;
      const b = evaluateMarkExpr(e.b, has);
      if (b === false) return false;
      return a === true && b === true ? true : undefined;
    }
    case 'or': {
      const a = evaluateMarkExpr(e.a, has);
      if (a === true) return true;
      const b = evaluateMarkExpr(e.b, has);
      if (b === true) return true;
      return a === false && b === false ? false : undefined;
    }
  }
}
