/**
 * Our Python tokenizer against CPython's `tokenize` module, token by token: over every Python
 * file of the fixture suites, the example and the plugin, a few hundred generated benchmark
 * files, and adversarial snippets. cpython_tokens.py puts CPython's tokens in our form (one token
 * per f-string, function bodies as one BODY token at the line where the body ends, no comments
 * or non-logical newlines); kinds, texts and lines must then be equal.
 *
 * Two interpreters: the one the other differential tests use (GROUP_MATRIX_PYTHON), and the
 * newest the plugin is tested on (GM_PYTHON_NEW, python3.13 by default), which must be 3.12 or
 * later: from 3.12 on CPython reads f-strings as PEP 701 says (nested fields, reused quotes),
 * as ours does, and its tokenize splits them into parts.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeSourceBytes, fromByteString } from '../../../src/extract/decode.js';
import { PySyntaxError, Tok, tokenize } from '../../../src/extract/python/tokenize.js';
import { PYTHON } from '../../helpers/pytest.js';
import { REPO } from '../../helpers/run-action.js';
import { INVALID_SNIPPETS, SNIPPETS, type Snippet } from './tokenize-snippets.js';

const HELPER = path.join(import.meta.dirname, 'cpython_tokens.py');
const NEWEST = process.env['GM_PYTHON_NEW'] || 'python3.13';
const BENCH_FILES = 300;

type Token = [kind: string, text: string, line: number];
type Cpython = { valid: true; tokens: Token[] } | { valid: false; error: string; line: number };
type Ours = { tokens: Token[] } | { error: string; line: number };

const KIND: Record<number, string> = {
  [Tok.Name]: 'NAME',
  [Tok.Number]: 'NUMBER',
  [Tok.String]: 'STRING',
  [Tok.FString]: 'FSTRING',
  [Tok.Op]: 'OP',
  [Tok.Newline]: 'NEWLINE',
  [Tok.Indent]: 'INDENT',
  [Tok.Dedent]: 'DEDENT',
  [Tok.End]: 'ENDMARKER',
};

/** Our tokens of a file, read as the extractor reads it (a byte string, CRLF made LF). */
function ourTokens(file: string): Ours {
  const decoded = decodeSourceBytes(file, fs.readFileSync(file));
  if ('problem' in decoded) return { error: decoded.problem.message, line: 0 };
  let t;
  try {
    t = tokenize(decoded.text, false, decoded.codes);
  } catch (e) {
    if (e instanceof PySyntaxError) return { error: e.message, line: e.line };
    throw e;
  }
  const out: Token[] = [];
  for (let i = 0; i < t.count; i++) {
    const kind = t.kind[i]!;
    if (kind === Tok.Indent && t.kind[i + 1] === Tok.Dedent) {
      // A skipped function body: an empty INDENT/DEDENT pair where the body ends.
      out.push(['BODY', '', t.line[i + 1]!]);
      i++;
    } else if (kind === Tok.Indent || kind === Tok.Dedent || kind === Tok.End) {
      out.push([KIND[kind]!, '', t.line[i]!]);
    } else {
      out.push([KIND[kind]!, fromByteString(decoded.text.slice(t.start[i], t.end[i])), t.line[i]!]);
    }
  }
  return { tokens: out };
}

/** CPython's tokens of each file, in our form, from one run of the helper. */
function cpythonTokens(python: string, files: string[]): Cpython[] {
  const run = spawnSync(python, [HELPER], {
    input: files.join('\n'),
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
  });
  if (run.error)
    throw new Error(
      `could not run ${python} (set GROUP_MATRIX_PYTHON / GM_PYTHON_NEW): ${run.error.message}`,
    );
  if (run.status !== 0) throw new Error(`${python} ${HELPER} exited ${run.status}:\n${run.stderr}`);
  const lines = run.stdout.trimEnd().split('\n');
  if (lines.length !== files.length)
    throw new Error(`${files.length} files sent, ${lines.length} answers:\n${run.stderr}`);
  return lines.map((l) => JSON.parse(l) as Cpython);
}

/** Where two token lists first differ, with a few tokens around it; null when equal. */
function firstDifference(ours: Token[], theirs: Token[]): string | null {
  const n = Math.max(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const a = ours[i];
    const b = theirs[i];
    if (a && b && a[0] === b[0] && a[1] === b[1] && a[2] === b[2]) continue;
    const show = (ts: Token[]) =>
      ts
        .slice(Math.max(0, i - 3), i + 3)
        .map((t) => `${t[0]}${t[1] ? ` ${JSON.stringify(t[1])}` : ''}@${t[2]}`)
        .join('  ');
    return `token ${i}: ours ${show(ours)}\n  cpython ${show(theirs)}`;
  }
  return null;
}

/**
 * Compares every file CPython reads, token by token (ours must read it too); returns the
 * differences and how many files CPython read.
 */
function compare(python: string, files: string[]): { problems: string[]; valid: number } {
  const theirs = cpythonTokens(python, files);
  const problems: string[] = [];
  let valid = 0;
  files.forEach((file, i) => {
    const name = path.relative(REPO, file);
    const cp = theirs[i]!;
    const ours = ourTokens(file);
    // CPython's grammar refuses it: ours reads tokens only, and may read it or not.
    if (!cp.valid) return;
    valid++;
    if ('error' in ours)
      problems.push(`${name}: ours failed at line ${ours.line} (${ours.error}); CPython reads it`);
    else {
      const diff = firstDifference(ours.tokens, cp.tokens);
      if (diff) problems.push(`${name}: ${diff}`);
    }
  });
  return { problems, valid };
}

/** Python files under `dir`, skipping what tests and builds leave there. */
function pythonFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!/^(\.|__pycache__$|node_modules$|build$)|\.egg-info$/.test(entry.name))
        out.push(...pythonFiles(full));
    } else if (entry.name.endsWith('.py')) out.push(full);
  }
  return out.sort();
}

function writeSnippets(dir: string, snippets: readonly Snippet[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return snippets.map((s, i) => {
    const file = path.join(dir, `snippet_${String(i).padStart(3, '0')}.py`);
    fs.writeFileSync(file, s.source);
    return file;
  });
}

/** `major.minor` of an interpreter; throws (failing the tests) when it cannot run. */
function versionOf(python: string): number[] {
  const run = spawnSync(python, ['-c', 'import sys; print(*sys.version_info[:2])'], { encoding: 'utf8' });
  if (run.error || run.status !== 0) {
    throw new Error(
      `cannot run ${python} for the tokenizer's differential test: ${run.error?.message ?? run.stderr}. ` +
        'Set GROUP_MATRIX_PYTHON and GM_PYTHON_NEW (3.12 or later) to Python interpreters.',
    );
  }
  return run.stdout.trim().split(' ').map(Number);
}

const atLeast = (v: number[], min: readonly number[]) =>
  v[0]! > min[0]! || (v[0] === min[0] && v[1]! >= min[1]!);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-tokenize-'));
const snippetFiles = writeSnippets(path.join(work, 'snippets'), SNIPPETS);
const invalidFiles = writeSnippets(path.join(work, 'invalid'), INVALID_SNIPPETS);
const sourceFiles = ['__tests__/fixtures', 'examples', 'python'].flatMap((d) =>
  pythonFiles(path.join(REPO, d)),
);

let benchFiles: string[] = [];
beforeAll(() => {
  const out = path.join(work, 'bench');
  const gen = spawnSync(
    process.execPath,
    ['scripts/bench/generate-pytest-suite.mjs', '--files', String(BENCH_FILES), '--out', out, '--force'],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (gen.status !== 0) throw new Error(`generate-pytest-suite failed:\n${gen.stdout}${gen.stderr}`);
  benchFiles = pythonFiles(out);
});

describe.each([
  ['GROUP_MATRIX_PYTHON', PYTHON],
  ['GM_PYTHON_NEW', NEWEST],
])('tokens as CPython reads them (%s=%s)', (variable, python) => {
  let version: number[] = [];
  beforeAll(() => {
    version = versionOf(python);
    if (variable === 'GM_PYTHON_NEW' && !atLeast(version, [3, 12])) {
      throw new Error(`GM_PYTHON_NEW=${python} is Python ${version.join('.')}: it must be 3.12 or later.`);
    }
  });

  it('over the Python files of the fixture suites, the example and the plugin', () => {
    expect(sourceFiles.length).toBeGreaterThan(30);
    const { problems, valid } = compare(python, sourceFiles);
    expect(problems).toEqual([]);
    // Some fixtures are broken on purpose; most are real code.
    expect(valid).toBeGreaterThan(sourceFiles.length * 0.8);
  });

  it(`over ${BENCH_FILES} generated benchmark files`, () => {
    expect(benchFiles).toHaveLength(BENCH_FILES);
    const { problems, valid } = compare(python, benchFiles);
    expect(problems).toEqual([]);
    expect(valid).toBe(BENCH_FILES);
  });

  describe('adversarial snippets', () => {
    let theirs: Cpython[] = [];
    beforeAll(() => {
      theirs = cpythonTokens(python, snippetFiles);
    });
    it.each(SNIPPETS.map((s, i) => [s.name, i] as const))('%s', (_name, i) => {
      const snippet = SNIPPETS[i]!;
      const cp = theirs[i]!;
      const ours = ourTokens(snippetFiles[i]!);
      if (!atLeast(version, snippet.since ?? [3, 9])) {
        // Newer syntax than this interpreter reads: it must refuse it (else the snippet says
        // the wrong version), and ours, which reads as 3.12 does, must not.
        expect(cp.valid, `Python ${version.join('.')} read it`).toBe(false);
        expect(ours).toHaveProperty('tokens');
        return;
      }
      if (!cp.valid) throw new Error(`CPython ${version.join('.')} refuses the snippet: ${cp.error}`);
      expect(ours).toHaveProperty('tokens');
      expect(firstDifference((ours as { tokens: Token[] }).tokens, cp.tokens)).toBeNull();
    });
  });

  describe('snippets both refuse, at the same line', () => {
    let theirs: Cpython[] = [];
    beforeAll(() => {
      theirs = cpythonTokens(python, invalidFiles);
    });
    it.each(INVALID_SNIPPETS.map((s, i) => [s.name, i] as const))('%s', (_name, i) => {
      const cp = theirs[i]!;
      const ours = ourTokens(invalidFiles[i]!);
      expect(cp.valid).toBe(false);
      expect(ours).toHaveProperty('error');
      expect((ours as { line: number }).line).toBe((cp as { line: number }).line);
    });
  });
});
