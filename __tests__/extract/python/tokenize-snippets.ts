/**
 * Adversarial Python sources for the tokenizer's differential test (tokenize-differential.test.ts):
 * what a tokenizer that knows only part of the grammar could get wrong. Each is compared with
 * CPython's tokens on every interpreter at least `since` (3.9 when not given); an older one must
 * refuse it.
 */
export interface Snippet {
  name: string;
  source: string;
  since?: readonly [number, number];
}

const QUOTES = ["'a'", '"a"', "''", '""', "'''a\n'b'\n'''", '"""a\n"b"\n"""', "'a\\'b'", '"a\\"b\\\nc"'];
const PREFIXES = ['', 'r', 'u', 'R', 'U', 'b', 'B', 'br', 'Br', 'bR', 'BR', 'rb', 'rB', 'Rb', 'RB'];
const F_PREFIXES = ['f', 'F', 'fr', 'Fr', 'fR', 'FR', 'rf', 'rF', 'Rf', 'RF'];

const PEP701: readonly [number, number] = [3, 12];

export const SNIPPETS: readonly Snippet[] = [
  {
    name: 'strings of every prefix in every quote style',
    source: PREFIXES.flatMap((p) => QUOTES.map((q, i) => `s_${i} = ${p}${q}\n`)).join(''),
  },
  {
    name: 'f-strings of every prefix in every quote style',
    source: F_PREFIXES.flatMap((p) => QUOTES.map((q, i) => `s_${i} = ${p}${q.replace('a', '{a}')}\n`)).join(
      '',
    ),
  },
  {
    name: 'a t-string (template string)',
    source: 'x = t"a{b}c"\ny = 1\n',
    since: [3, 14],
  },
  {
    name: 'a name that is a string prefix, and a prefix glued to a longer name',
    source: 'rb = 1\nf = rb + 2\nfr = (f, rb)\nxf = 3\nbr"x" != rb\n',
  },
  {
    name: 'implicit concatenation over lines, strings holding code and comment marks',
    source: 'x = (\n    "def test_a(): # not"\n    \'@pytest.mark.group(1)\'\n    f"{x}#"  # a comment\n)\n',
  },
  {
    name: 'nested f-strings, specs, conversions, escaped braces, = and !=',
    source: [
      'w = 5',
      "x = f\"{f'{w}'} {w!r:>{w}} {{lit}} {w = } {w!=3} {(w:=2)} {w:{'>'}{10}}\"",
      'y = F\'{"}"}\' + f"{\'{\'}" + rf"\\{w}" + f"\\N{BULLET} {w}"',
      'z = f"""{',
      '    w',
      '}"""',
      '',
    ].join('\n'),
  },
  {
    name: 'f-strings that reuse their quotes and nest deeply (PEP 701)',
    source: [
      'd = {"k": 1}',
      'x = f"{d["k"]} {f"{f"{d["k"]}"}"}"',
      'y = f\'{"\\n".join(["a", "b"])}\'',
      'z = f"{ d["k"] # a comment inside a field',
      '}"',
      "c = f'''{ # a comment's quote, and a brace {",
      '3 # another',
      "* 2}'''",
      'def test_a():',
      "    return f'''{ # it's in a body",
      "1}'''",
      '',
    ].join('\n'),
    since: PEP701,
  },
  {
    name: 'backslash continuations, in headers and between statements',
    source: [
      'x = 1 + \\',
      '    2',
      'def test_a(x, \\',
      '           y):',
      '    return x + \\',
      '        y',
      'if x and \\',
      '   x:',
      '    pass',
      'assert x, \\',
      '    "message"',
      '',
    ].join('\n'),
  },
  {
    name: 'brackets across lines at any indentation, in and out of bodies',
    source: [
      'class A:',
      '    data = [',
      '1, 2,',
      '        ]',
      '    def test_a(self,',
      'x=(1,',
      '   2)):',
      '        y = [',
      '1',
      ']',
      '        return y',
      '    z = {',
      '  "k": 1}',
      '',
    ].join('\n'),
  },
  {
    name: 'tabs in indentation (a tab reaches the next multiple of 8) and between tokens',
    source: 'class A:\n\tdef test_a(self):\n\t\treturn 1\n\tx =\t2\n\tif x:\n\t\ty = 3\nz = 4\n',
  },
  {
    name: 'form feeds in indentation and on their own lines',
    source: '\fimport os\n\f\ndef test_a():\n\f    pass\n\f\nclass B:\n  \f    x = 1\n    \fy = 2\n',
  },
  {
    name: 'comments at every indentation, before, inside and after bodies',
    source: [
      '# top',
      'class A:  # a class',
      '# at column 0 inside the class',
      '    x = 1  # it\'s "quoted"',
      '    def test_a(self):  # header comment',
      '        # first line of the body',
      '# column 0 inside the body',
      '        return 1',
      '            # deeper, after the last line',
      '    # back in the class',
      '',
      '    y = 2',
      '#',
    ].join('\n'),
  },
  {
    name: 'unicode identifiers, strings and comments',
    source: [
      'déjà = 1',
      '名前 = "値"  # コメント',
      'class Ünïcode:',
      '    def test_ñ(self, ß="🎉"):',
      '        return "é" + \'ñ\' + ß',
      '    Ω = f"{déjà}→{名前}"',
      '',
    ].join('\n'),
  },
  {
    name: 'numbers of every form',
    source:
      'n = [0, 1_000, 0x1F_0, 0XFF, 0o17, 0O7, 0b1010, 0B1, 1e-3, 1E+3_0, 1.5j, .5, 5., 1_0.0_1e+1_0J, 00, 0_0]\n',
  },
  {
    name: 'every operator',
    source: [
      'a = b = c = d = 1',
      'a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a >>= 1; a <<= 1; a &= 1; a |= 1; a ^= 1',
      'x = (a + b - c * d / a // b % c ** d << a >> b & c | d ^ ~a) @ b if a == b != c <= d >= a < b > c else ...',
      'def f(x: int = -1, *a, **k) -> dict[str, int]: return {}',
      'y = (z := 3), lambda: 0, [i for i in a]',
      '',
    ].join('\n'),
  },
  {
    name: 'function bodies: nested defs, classes, lambdas, async, decorators, inline bodies',
    source: [
      '@decorator(',
      '    arg=1,',
      ')',
      'async def test_a():',
      '    def inner():',
      '        class C:',
      '            def m(self): pass',
      '        return C',
      '    async with x: pass',
      '    return inner',
      'def test_inline(): return 1',
      'def test_semicolons(): x = 1; y = 2',
      'def test_lambda_default(f=lambda: 1):',
      '    return f()',
      'def test_annotated(x: "A:B") -> "C":',
      '    ...',
      'class D:',
      '    @property',
      '    def p(self):',
      '        return 1',
      '    async def q(self):',
      '        await x',
      'z = 1',
      '',
    ].join('\n'),
  },
  {
    name: 'bodies holding lines at lower indentation: strings, brackets, continuations',
    source: [
      'def test_a():',
      '    s = """',
      'not indented',
      '  def test_no(): pass',
      '"""',
      '    t = [',
      '1, (2,',
      ')',
      ']',
      '    u = "a\\',
      'b"',
      '    v = 1 + \\',
      '2',
      '    return s, t, u, v',
      'x = 1',
      '',
    ].join('\n'),
  },
  {
    name: 'bodies ending several levels deep at once, and at the end of the file',
    source: [
      'class A:',
      '    class B:',
      '        def test_a(self):',
      '            if x:',
      '                pass',
      'y = 1',
      'class C:',
      '    def test_b(self):',
      '        pass',
      '',
      '',
      '# trailing comment',
      '',
    ].join('\n'),
  },
  {
    name: 'a body at the end of a file without a final newline',
    source: 'def test_a():\n    return 1',
  },
  {
    name: 'a file without a final newline, ending in a comment',
    source: 'x = 1\n# end',
  },
  {
    name: 'a file without a final newline inside a block',
    source: 'if x:\n    y = 1',
  },
  {
    name: 'CRLF and CR line ends',
    source: 'x = 1\r\ndef test_a():\r\n    return """a\r\nb"""\r\ny = 2\rz = 3\r\n',
  },
  {
    name: 'a byte-order mark',
    source: '\ufeffimport pytest\n\ndef test_a():\n    pass\n',
  },
  {
    name: 'an empty file',
    source: '',
  },
  {
    name: 'only comments and blank lines',
    source: '\n\n# a\n   # b\n\n',
  },
  {
    name: 'match statements, soft keywords as names',
    source: [
      'match = 1',
      'case = 2',
      'match x:',
      '    case [1, *rest]:',
      '        pass',
      '    case {"k": v} if v:',
      '        def inner(): pass',
      '    case _:',
      '        pass',
      '',
    ].join('\n'),
  },
  {
    name: 'type parameters and type aliases (PEP 695)',
    source: 'type Pair[T] = tuple[T, T]\ndef test_a[T](x: T) -> T:\n    return x\nclass Box[T]:\n    pass\n',
    since: PEP701,
  },
];

/** Sources both CPython and ours must refuse, each at the same line. */
export const INVALID_SNIPPETS: readonly Snippet[] = [
  { name: 'an unterminated string', source: 'x = 1\ny = "abc\n' },
  { name: 'an unterminated triple-quoted string', source: 'x = 1\ny = """abc\n\nz = 2\n' },
  { name: 'a bracket never closed', source: 'x = 1\ny = (1,\n2\n' },
  { name: 'a closing bracket that does not match', source: 'x = [1,\n2)\n' },
  { name: 'an unmatched closing bracket', source: 'x = 1\ny = 1)\n' },
  { name: 'a dedent to no outer level', source: 'if a:\n        b = 1\n    c = 2\n' },
  { name: 'a character after a continuation', source: 'x = 1\na = 1 \\ 2\n' },
  { name: 'an invalid character', source: 'x = 1\na = $\n' },
  { name: 'an unterminated f-string field', source: 'x = 1\ny = f"{a"\n' },
  {
    name: 'a bracket never closed inside a function body',
    source: 'def test_a():\n    x = (1,\n    return x\n',
  },
];
