/** A `@group` pragma as jest-runner-groups reads it, with its 1-based line. */
export interface DocblockGroup {
  /** The value jest-docblock's `parse` gives (`unit/x`, `unit/x *\/`, `a Tests of A.`, ``). */
  raw: string;
  line: number;
}

/**
 * The `@group` pragmas of a file, read as jest-runner-groups reads them: it runs jest-docblock's
 * `parse` over the **whole** source (not `parse(extract(source))`), so a pragma anywhere counts
 * when its line, after an optional ` * ` prefix, starts with `@group`: in the leading docblock, in
 * a doc comment below the imports, in any other comment, even in a template literal. A `// @group`
 * line or `/** @group x *\/` after code on its line does not count. Values are jest-docblock's,
 * quirks included (`__tests__/extract/js/docblock.test.ts` compares every case with jest-docblock
 * itself):
 * - a pragma line takes in the lines that follow it while they hold no `@` and no `//` and start
 *   with two or more characters other than spaces (`@group a` then `Tests of A.` read `a Tests of A.`);
 * - the `/**` that opens the file and the `*\/` that ends it are dropped, nothing else: a one-line
 *   `/** @group a *\/` at the top reads `a *\/`;
 * - `// ...` after white space ends a value.
 *
 * `source` must be the text as `fs.readFileSync(path, 'utf8')` gives it: a BOM kept (it hides a
 * pragma on the first line) and line ends as written (`\r\n` is a line end, a lone `\r` is not).
 */
export function docblockGroups(source: string): DocblockGroup[] {
  if (!source.includes('@group')) return [];
  const lines = splitLines(source);
  stripCommentEnds(source, lines);
  for (const line of lines) line.text = line.text.replace(LEADING_STAR, '');
  joinContinuations(lines);
  trimEnd(lines);
  const out: DocblockGroup[] = [];
  const lineAt = lineCounter(source);
  for (const line of lines) {
    const m = PRAGMA.exec(line.text);
    if (m?.[1] !== 'group') continue;
    out.push({ raw: m[2]!.replace(LINE_COMMENT, ''), line: lineAt(line.start) });
  }
  return out;
}

/** One line of the source, its line end left out, as jest-docblock's patterns see it. */
interface Line {
  text: string;
  /** Offset of the line's start in the source (for its line number). */
  start: number;
}

/** ` *`, `*` or ` * ` at a line's start: a doc comment's margin. */
const LEADING_STAR = /^ *\* ?/;
/** `@name value`: the name runs to the first white space, the value to the line's end (a lone `\r`). */
const PRAGMA = /^ *@(\S+) *([^\r]*)/;
/** A `//` comment at a value's start or after white space ends the value. */
const LINE_COMMENT = /(?:^|\s+)\/\/[^\n\r]*/;

/** Lines end at `\n`, a `\r` just before it belonging to the line end: `\r?\n`, as jest-docblock splits. */
function splitLines(source: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let nl = source.indexOf('\n'); nl !== -1; nl = source.indexOf('\n', start)) {
    const end = nl > start && source.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    lines.push({ text: source.slice(start, end), start });
    start = nl + 1;
  }
  lines.push({ text: source.slice(start), start });
  return lines;
}

/** The `/*` or `/**` that opens the source, then the `*\/` that closes it (only there, not per comment). */
function stripCommentEnds(source: string, lines: Line[]): void {
  const first = lines[0]!;
  if (source.startsWith('/**')) first.text = first.text.slice(3);
  else if (source.startsWith('/*')) first.text = first.text.slice(2);
  const last = lines[lines.length - 1]!;
  if (last.text.endsWith('*/')) last.text = last.text.slice(0, -2);
}

/**
 * jest-docblock's "multi-line directives": a pragma line followed by a line end takes in each next
 * line that is followed by a line end, starts (after spaces) with a character other than white
 * space and `@`, has at least two characters, and holds no `@` and no `//`; joined by one space,
 * trailing spaces dropped.
 */
function joinContinuations(lines: Line[]): void {
  for (let i = 0; i < lines.length - 1; i++) {
    if (!/^ *@[^\r]*$/.test(lines[i]!.text)) continue;
    while (i + 2 < lines.length) {
      const next = continuation(lines[i + 1]!.text);
      if (next === null) break;
      lines[i]!.text = `${lines[i]!.text.replace(/^ +/, '').replace(/ +$/, '')} ${next}`;
      lines.splice(i + 1, 1);
    }
  }
}

/** The text a continuation line adds, or null when the line is not one. */
function continuation(text: string): string | null {
  const body = text.replace(/^ +/, '');
  if (body.length < 2 || /^[\s@]/.test(body) || /[@\r]/.test(body) || body.includes('//')) return null;
  // Trailing spaces go, but the value keeps its first two characters (`a ` stays `a `).
  const trimmed = body.replace(/ +$/, '');
  return trimmed.length >= 2 ? trimmed : body.slice(0, 2);
}

/** `trimEnd()` of the whole text: white-space-only lines at the end go, and the last line's trailing white space. */
function trimEnd(lines: Line[]): void {
  while (lines.length > 0 && lines[lines.length - 1]!.text.trim() === '') lines.pop();
  const last = lines[lines.length - 1];
  if (last) last.text = last.text.trimEnd();
}

/**
 * 1-based lines of increasing offsets, counting `\r\n`, `\r` and `\n` as line ends (as the parser
 * and editors do), each character counted once.
 */
function lineCounter(source: string): (offset: number) => number {
  let line = 1;
  let at = 0;
  return (offset) => {
    for (; at < offset; at++) {
      const c = source.charCodeAt(at);
      if (c === 0x0a || (c === 0x0d && source.charCodeAt(at + 1) !== 0x0a)) line++;
    }
    return line;
  };
}

/**
 * Lines of `text` where `@group <name>` is written but not read as a pragma (`/** @group x *\/`
 * after code or below the first line, `// @group x`, `'@group x'` in a title): jest-runner-groups
 * does not see those either, which a reader of the file would not expect.
 */
export function unreadGroupLines(text: string, read: DocblockGroup[]): number[] {
  if (!text.includes('@group')) return [];
  const seen = new Set(read.map((d) => d.line));
  const out: number[] = [];
  let line = 1;
  let at = 0;
  for (const m of text.matchAll(/@group[ \t]+\S/g)) {
    for (; at < m.index; at++) if (text.charCodeAt(at) === 0x0a) line++;
    if (!seen.has(line) && out[out.length - 1] !== line) out.push(line);
  }
  return out;
}
