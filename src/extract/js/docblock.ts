/** A `@group` tag of a file's docblock, with its 1-based line. */
export interface DocblockGroup {
  value: string;
  line: number;
}

/**
 * The `@group` tags of a file's docblock, read without a parser (jest-runner-groups' convention):
 * a `/** ... *\/` comment before the first statement, or after the leading imports. Several tags
 * are allowed; names may be hierarchical (`integration/db`).
 */
export function docblockGroups(text: string): DocblockGroup[] {
  const out: DocblockGroup[] = [];
  let i = 0;
  if (text.startsWith('#!')) i = lineEnd(text, 0);
  for (;;) {
    i = skipSpace(text, i);
    if (text.startsWith('//', i)) {
      i = lineEnd(text, i);
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end === -1) return out;
      if (text.startsWith('/**', i)) out.push(...tagsIn(text, i, end));
      i = end + 2;
    } else if (/^(['"])use (strict|client|server)\1;?/.test(text.slice(i, i + 16))) {
      i = lineEnd(text, i);
    } else if (
      /^import[\s{*'"]/.test(text.slice(i, i + 8)) ||
      /^export\s+(\*|\{[^}]*\}\s*from)/.test(text.slice(i, i + 200))
    ) {
      i = importEnd(text, i);
      if (i === -1) return out;
    } else {
      return out;
    }
  }
}

function tagsIn(text: string, start: number, end: number): DocblockGroup[] {
  const out: DocblockGroup[] = [];
  const body = text.slice(start, end);
  const re = /(^|[\s*])@group[ \t]+([^\s*]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const at = start + m.index + m[1]!.length;
    out.push({ value: m[2]!, line: lineOf(text, at) });
  }
  return out;
}

/** The end of an import (or re-export) statement: past its closing quote and optional `;`. */
function importEnd(text: string, i: number): number {
  // `import x from 'y'`, `import 'y'`, `import { a,\n b } from "y"`: the statement ends at the
  // first string literal that follows `from` or `import` directly.
  const re = /(?:from|import)\s*(['"])(?:[^'"\\\n]|\\.)*\1\s*;?/g;
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? m.index + m[0].length : -1;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function lineEnd(text: string, i: number): number {
  const nl = text.indexOf('\n', i);
  return nl === -1 ? text.length : nl + 1;
}

export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
