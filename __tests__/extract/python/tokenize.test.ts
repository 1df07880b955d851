import { describe, expect, it } from 'vitest';
import { PySyntaxError, Tok, tokenize, type Tokens } from '../../../src/extract/python/tokenize.js';

const NAMES: Record<number, string> = {
  [Tok.Name]: 'NAME',
  [Tok.Number]: 'NUM',
  [Tok.String]: 'STR',
  [Tok.FString]: 'FSTR',
  [Tok.Op]: 'OP',
  [Tok.Newline]: 'NL',
  [Tok.Indent]: 'INDENT',
  [Tok.Dedent]: 'DEDENT',
  [Tok.End]: 'END',
};

function toks(src: string): string[] {
  const t: Tokens = tokenize(src);
  const out: string[] = [];
  for (let i = 0; i < t.count; i++) {
    const k = NAMES[t.kind[i]!]!;
    const text = src.slice(t.start[i], t.end[i]);
    out.push(k === 'NAME' || k === 'NUM' || k === 'STR' || k === 'FSTR' || k === 'OP' ? `${k}:${text}` : k);
  }
  return out;
}

function syntaxLine(src: string): number {
  try {
    tokenize(src);
  } catch (e) {
    if (e instanceof PySyntaxError) return e.line;
    throw e;
  }
  throw new Error('no syntax error');
}

describe('python tokenizer', () => {
  it.each(['r', 'b', 'u', 'R', 'B', 'U', 'rb', 'bR', 'Rb', 'BR', ''])(
    'reads %s-prefixed strings in every quote style',
    (p) => {
      for (const q of ["'a\\'b'", '"a\\"b"', "'''a\n'b'''", '"""a\n"""', "''", '""']) {
        expect(toks(`x = ${p}${q}\n`)).toEqual(['NAME:x', 'OP:=', `STR:${p}${q}`, 'NL', 'END']);
      }
    },
  );

  it('reads text beyond Latin-1 (a caller without char codes): such chars are letters', () => {
    // Without codes, tokenize folds each char beyond Latin-1 to a byte of 0x80 or more; a fold
    // to its low byte would turn 'ĩ' (U+0129) into ')' and '℈' (U+2108) into '\b'.
    expect(toks('def test_ĩ℈(x): return "ĩ)"  # ĩ\nü = 1\n')).toEqual([
      'NAME:def',
      'NAME:test_ĩ℈',
      'OP:(',
      'NAME:x',
      'OP:)',
      'OP::',
      'NAME:return',
      'STR:"ĩ)"',
      'NL',
      'NAME:ü',
      'OP:=',
      'NUM:1',
      'NL',
      'END',
    ]);
  });

  it.each(['f', 'F', 'fr', 'rf', 'Rf', 'fR', 't'])('reads %s-strings as one f-string token', (p) => {
    expect(toks(`x = ${p}"a{b}c"\n`)[2]).toBe(`FSTR:${p}"a{b}c"`);
  });

  it('reads f-strings with nested fields, specs, reused quotes and escaped braces', () => {
    const cases = [
      'f"{x!r:>{width}} {{lit}} {d["k"]}"',
      'f\'{"}"}\'',
      'f"{f"{1}"}"',
      'f"""{\n  x\n}"""',
      'f"{a:{b}.{c}}"',
      'f"{ {1: 2}[1] }"',
      'f"{x = }"',
      'f"\\N{BULLET} {x}"',
    ];
    for (const c of cases) expect(toks(`${c}\n`), c).toEqual([`FSTR:${c}`, 'NL', 'END']);
  });

  it('does not see code inside strings, docstrings and comments', () => {
    const src =
      '"""\n@pytest.mark.group(1)\ndef test_x(): pass\n"""\n# @pytest.mark.group(2)\ns = \'@pytest.mark.group(3)\'\n';
    expect(toks(src)).toEqual([
      'STR:"""\n@pytest.mark.group(1)\ndef test_x(): pass\n"""',
      'NL',
      'NAME:s',
      'OP:=',
      "STR:'@pytest.mark.group(3)'",
      'NL',
      'END',
    ]);
  });

  it('joins lines inside brackets and after a backslash', () => {
    expect(toks('x = (1,\n  2)\ny = 1 + \\\n  2\n')).toEqual([
      'NAME:x',
      'OP:=',
      'OP:(',
      'NUM:1',
      'OP:,',
      'NUM:2',
      'OP:)',
      'NL',
      'NAME:y',
      'OP:=',
      'NUM:1',
      'OP:+',
      'NUM:2',
      'NL',
      'END',
    ]);
  });

  it('tracks indentation, blank and comment lines, and tabs to multiples of 8', () => {
    expect(toks('if a:\n    b\n\n  # c\n    c\nd\n')).toEqual([
      'NAME:if',
      'NAME:a',
      'OP::',
      'NL',
      'INDENT',
      'NAME:b',
      'NL',
      'NAME:c',
      'NL',
      'DEDENT',
      'NAME:d',
      'NL',
      'END',
    ]);
    // A tab reaches column 8, the same as eight spaces.
    expect(toks('if a:\n\tb\n        c\n')).toEqual([
      'NAME:if',
      'NAME:a',
      'OP::',
      'NL',
      'INDENT',
      'NAME:b',
      'NL',
      'NAME:c',
      'NL',
      'DEDENT',
      'END',
    ]);
    expect(toks('class A:\n  def f():\n    x\ny\n').filter((t) => t === 'DEDENT')).toHaveLength(2);
  });

  it('reads numbers and operators', () => {
    expect(toks('a = -1.5e-3 + 0x1F_0 ** .5j\n')).toEqual([
      'NAME:a',
      'OP:=',
      'OP:-',
      'NUM:1.5e-3',
      'OP:+',
      'NUM:0x1F_0',
      'OP:**',
      'NUM:.5j',
      'NL',
      'END',
    ]);
    expect(toks('a == b != c -> d := e\n').filter((t) => t.startsWith('OP'))).toEqual([
      'OP:==',
      'OP:!=',
      'OP:->',
      'OP::=',
    ]);
  });

  it('reports syntax errors at the right line', () => {
    expect(syntaxLine('x = 1\ny = "abc\n')).toBe(2);
    expect(syntaxLine('x = 1\ny = """abc\n\n')).toBe(2);
    expect(syntaxLine('x = (\n1,\n')).toBe(1);
    expect(syntaxLine('x = 1)\n')).toBe(1);
    expect(syntaxLine('x = [1}\n')).toBe(1);
    expect(syntaxLine('if a:\n    b\n  c\n')).toBe(3);
    expect(syntaxLine('a = 1 \\ 2\n')).toBe(1);
    expect(syntaxLine('a = $\n')).toBe(1);
    expect(syntaxLine('x = f"{a"\n')).toBe(1);
  });

  it('gives only END for an empty file', () => {
    expect(toks('')).toEqual(['END']);
    expect(toks('\n\n# only a comment')).toEqual(['END']);
  });
});

describe('function bodies', () => {
  it('skips a def body as an empty block, whatever it holds', () => {
    const src = [
      'class TestA:',
      '    def test_x(',
      '        self,',
      '    ) -> None:',
      '        doc = """',
      '    @pytest.mark.group(9)',
      'def test_fake(): pass',
      '        """',
      "        s = f'{a[\"k\"]}' + rb'\\q'  # (",
      '        x = (',
      ')',
      '',
      '    # comment at the class level',
      '    def test_y(self): pass',
      'z = 1',
      '',
    ].join('\n');
    expect(toks(src)).toEqual([
      'NAME:class',
      'NAME:TestA',
      'OP::',
      'NL',
      'INDENT',
      'NAME:def',
      'NAME:test_x',
      'OP:(',
      'NAME:self',
      'OP:,',
      'OP:)',
      'OP:->',
      'NAME:None',
      'OP::',
      'NL',
      'INDENT',
      'DEDENT',
      'NAME:def',
      'NAME:test_y',
      'OP:(',
      'NAME:self',
      'OP:)',
      'OP::',
      'NAME:pass',
      'NL',
      'DEDENT',
      'NAME:z',
      'OP:=',
      'NUM:1',
      'NL',
      'END',
    ]);
  });

  it('keeps line numbers right after a skipped body', () => {
    const t = tokenize('def test_a():\n    """\n\n    """\n    x = [\n1]\n\ndef test_b(): pass\n');
    const defs = [];
    for (let i = 0; i < t.count; i++) if (t.src.slice(t.start[i], t.end[i]) === 'def') defs.push(t.line[i]);
    expect(defs).toEqual([1, 8]);
  });

  it('reports an unclosed bracket inside a skipped body at its line', () => {
    expect(syntaxLine('def test_a():\n    x = 1\n    y = foo(\n')).toBe(3);
  });
});

describe('brackets that close at the start of a line', () => {
  it('do not measure indentation there (a multi-line signature inside a class)', () => {
    const src = 'class TestA:\n    opts = {\n    }\n    def test_x(\n    ):\n        pass\n';
    expect(toks(src)).toEqual([
      'NAME:class',
      'NAME:TestA',
      'OP::',
      'NL',
      'INDENT',
      'NAME:opts',
      'OP:=',
      'OP:{',
      'OP:}',
      'NL',
      'NAME:def',
      'NAME:test_x',
      'OP:(',
      'OP:)',
      'OP::',
      'NL',
      'INDENT',
      'DEDENT',
      'DEDENT',
      'END',
    ]);
  });
});
