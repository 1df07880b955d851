import type { FileResult, GroupValue, Problem, Runner, SourceFile, TestCase } from '../../model.js';
import { decodeSource } from '../decode.js';
import type { ExtractSettings, Extractor, JsSettings } from '../extractor.js';
import { type DocblockGroup, docblockGroups, unreadGroupLines } from './docblock.js';
import { jsTestId, nameRegex, namePatternSource, unselectableTitle } from './names.js';
import { moduleTagGroup, moduleTags } from './module-tags.js';
import { groupOfTags } from './tags.js';
import type { JsTest, Walked } from './walk.js';

export const JS_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];

export const DEFAULT_JS: JsSettings = { tagPrefix: '@group:', groupTags: [], runnerOf: () => 'jest' };

type Parser = (text: string, jsx: boolean, runner: Runner) => Walked;
let parser: Promise<Parser> | null = null;

/** typescript-estree (and the TypeScript compiler in it) is loaded on the first file that needs an AST. */
function loadParser(): Promise<Parser> {
  parser ??= Promise.all([import('@typescript-eslint/typescript-estree'), import('./walk.js')]).then(
    ([estree, walk]) =>
      (text, jsx, runner) =>
        walk.walkProgram(estree.parse(text, { loc: true, range: false, jsx, comment: false }), runner),
  );
  return parser;
}

export const jsExtractor: Extractor = {
  language: 'js',
  extract: extractJs,
};

export async function extractJs(file: SourceFile, settings: ExtractSettings): Promise<FileResult> {
  const js = settings.js ?? DEFAULT_JS;
  const runner = js.runnerOf(file.path);
  const decoded = decodeSource(file.path, file.bytes);
  if ('problem' in decoded) return { file: file.path, runner, tests: [], problems: [decoded.problem] };
  const text = decoded.text;
  const problems: Problem[] = [];

  const pragmas = docblockGroups(docblockSource(file.bytes, text));
  const docGroup = docblockGroup(file.path, pragmas, problems);
  // Vitest's own file tags (`@module-tag`): every test of the file carries them, so they group the
  // file as the docblock does, and over it.
  const modTags = runner === 'vitest' ? moduleTags(text) : [];
  const modGroup = modTags.length > 0 ? moduleTagGroup(file.path, modTags, js, problems) : null;
  const fileGroup = modGroup === null ? docGroup : asGroup(modGroup);
  for (const line of unreadGroupLines(text, pragmas))
    problems.push({
      severity: 'notice',
      file: file.path,
      line,
      title: 'Group tag not read',
      message: `${file.path}:${line}: this \`@group\` is not at the start of a comment line, so jest-runner-groups (jest-docblock's \`parse\`) does not read it, and neither does group-matrix. To group the file, put the tag on a line of its own in a doc comment (\` * @group name\`) or on the file's first line.`,
    });
  const whole = (line = 1): FileResult => ({
    file: file.path,
    runner,
    tests: [{ id: file.path, function: file.path, file: file.path, line, group: fileGroup }],
    problems,
  });

  // Without text that can hold a test-level tag, every test takes the file's group: the file is
  // one unit and needs no parser.
  if (!mayHoldTags(text, js)) return whole();

  let walked: Walked;
  try {
    walked = (await loadParser())(text, !/\.[cm]?ts$/.test(file.path), runner);
  } catch (err) {
    const e = err as { lineNumber?: number; message?: string };
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
        severity: d.severity,
        file: file.path,
        line: d.line,
        title:
          d.severity === 'warning' ? 'Test not readable statically' : 'Test call not resolved statically',
        message:
          d.severity === 'warning'
            ? `${file.path}:${d.line}: ${d.what}, so this file's tests are not read one by one: the whole file runs in ${groupWords(fileGroup)}. Use plain string titles and tags, or a docblock \`/** @group name */\` for the file.`
            : `${file.path}:${d.line}: ${d.what}, so this file's tests are not read one by one: the whole file runs in ${groupWords(fileGroup)}, which selects every test it declares.`,
      });
    return whole(walked.dynamic[0]!.line);
  }

  const tests: TestCase[] = walked.tests.map((t) => {
    const id = jsTestId(file.path, t.titles);
    return {
      id,
      function: id,
      file: file.path,
      line: t.line,
      group: groupOf(t, fileGroup, js, file.path, problems),
    };
  });
  keepSplitSelectable(runner, file.path, walked.tests, tests, problems);
  sayPunctuatedTags(walked.titleTags, js, file.path, problems);
  return { file: file.path, runner, tests, problems };
}

/**
 * A title tag runs to the next white space, so `(@P1)` is the tag `@P1)`, `@smoke,@P0` one tag,
 * and `@group:2,` names group `2,`: planned as read (as Playwright tags the test), with a notice
 * where a tag written inside it, without its closing punctuation, would name another group: what
 * its author most likely meant.
 */
function sayPunctuatedTags(
  found: { tag: string; line: number }[],
  js: JsSettings,
  file: string,
  problems: Problem[],
): void {
  for (const { tag, line } of found) {
    const read = groupOfTags([tag], js)[0];
    const meant = tag
      .split(/(?=@)/)
      .map((piece) => piece.replace(/[)\]}>,.;:!?'"]+$/, ''))
      .find((piece) => piece !== tag && groupOfTags([piece], js).some((g) => g !== read));
    if (meant === undefined) continue;
    if (problems.some((p) => p.line === line && p.title === 'Title tag with punctuation')) continue;
    problems.push({
      severity: 'notice',
      file,
      line,
      title: 'Title tag with punctuation',
      message: `${file}:${line}: Playwright reads the tag \`${tag}\` in this title (a tag in a title runs to the next white space), which ${read === undefined ? 'names no group' : `names group '${read}'`}; \`${meant}\` would name group '${groupOfTags([meant], js)[0]}'. The test is planned as Playwright tags it. Write \`${meant}\` with white space on both sides, or use the \`tag\` option.`,
    });
  }
}

/** Whether the text holds anything a test-level group could come from. */
function mayHoldTags(text: string, js: JsSettings): boolean {
  if (/\btags?\s*:/.test(text)) return true;
  const bare = js.tagPrefix.replace(/^@/, '');
  if (text.includes(bare)) return true;
  return js.groupTags.some((t) => text.includes(t.replace(/^@/, '')));
}

/**
 * The text jest-runner-groups reads (`fs.readFileSync(path, 'utf8')`): a BOM and `\r` kept, which
 * the decoded text has dropped. Decoded again only for a file that can hold a `@group` pragma.
 */
function docblockSource(bytes: Uint8Array, text: string): string {
  if (!text.includes('@group')) return text;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom && bytes.indexOf(0x0d) === -1) return text;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * The file's group from its `@group` pragmas: the first one's first word. jest-runner-groups runs
 * a file under `--group=G` when one of its values starts with G, so the first word (a closing
 * `*\/` dropped) is the name `jest --group=` is given for it: `unit/x *\/` and
 * `unit/x Tests of X.` both plan in `unit/x`.
 */
function docblockGroup(file: string, doc: DocblockGroup[], problems: Problem[]): GroupValue | null {
  const named: { value: string; line: number }[] = [];
  for (const d of doc) {
    const value = d.raw.match(/^\S+/)?.[0].replace(/\*\/$/, '') ?? '';
    const word = value || d.raw.trim().split(/\s/)[0]!.replace(/\*\/$/, '');
    if (!word) {
      problems.push({
        severity: 'warning',
        file,
        line: d.line,
        title: 'Empty file group',
        message: `${file}:${d.line}: a \`@group\` pragma with no name; jest-runner-groups reads an empty group, which no \`--group=\` selects. It is left out of the plan: write \`@group <name>\`, or remove it.`,
      });
      continue;
    }
    if (!value) {
      problems.push({
        severity: 'warning',
        file,
        line: d.line,
        title: 'File group after white space',
        message: `${file}:${d.line}: the \`@group\` name is preceded by a tab or other white space: jest-runner-groups reads ${JSON.stringify(d.raw)}, which \`--group=${word}\` does not select. The file is planned in '${word}'; separate the name with spaces only.`,
      });
    }
    named.push({ value: word, line: d.line });
  }
  const first = named[0];
  if (!first) return null;
  const distinct = [...new Set(named.map((d) => d.value))];
  if (distinct.length > 1) {
    const second = named.find((d) => d.value !== first.value)!;
    problems.push({
      severity: 'notice',
      file,
      line: second.line,
      title: 'Several file groups',
      message: `${file} names the groups ${distinct.map((d) => `'${d}'`).join(', ')}; a test runs in one job, so the file is planned in the first, '${first.value}' (line ${first.line}).`,
    });
  }
  return asGroup(first.value);
}

function groupOf(
  test: JsTest,
  fileGroup: GroupValue | null,
  js: JsSettings,
  file: string,
  problems: Problem[],
): GroupValue | null {
  // Closest wins: the test's own tags, then its describes from the innermost out, then the file.
  for (let i = test.tagLevels.length - 1; i >= 0; i--) {
    const found = groupOfTags(test.tagLevels[i]!, js);
    if (found.length === 0) continue;
    if (new Set(found).size > 1) {
      problems.push({
        severity: 'warning',
        file,
        line: test.line,
        title: 'Several groups on one test',
        message: `${jsTestId(file, test.titles)} carries the groups ${found.map((g) => `'${g}'`).join(', ')}; it runs once, in the first, '${found[0]}'.`,
      });
    }
    return asGroup(found[0]!);
  }
  return fileGroup;
}

/** `2` is the number 2 (as `group(2)` in pytest), anything else a string. */
function asGroup(value: string): GroupValue {
  return /^(0|[1-9]\d{0,14})$/.test(value) ? Number(value) : value;
}

/**
 * A file whose tests fall into several groups runs in several jobs, each selecting its tests by
 * name. When the runner cannot tell them apart by name, the file is planned whole instead.
 */
function keepSplitSelectable(
  runner: Runner,
  file: string,
  found: JsTest[],
  tests: TestCase[],
  problems: Problem[],
): void {
  const groups = new Set(tests.map((t) => (t.group === null ? null : String(t.group))));
  if (groups.size < 2) return;
  const reason = splitUnsafe(runner, found, tests);
  if (reason === null) return;
  const keep = tests[0]!.group;
  for (const t of tests) t.group = keep;
  problems.push({
    severity: 'warning',
    file,
    line: tests[0]!.line,
    title: 'Split file kept whole',
    message: `${file}'s tests fall into several groups, but ${runner} cannot select them by name exactly (${reason}): the whole file runs in ${groupWords(keep)}.`,
  });
}

function splitUnsafe(runner: Runner, found: JsTest[], tests: TestCase[]): string | null {
  for (const t of found) {
    const why = unselectableTitle(runner, t.titles);
    if (why) return why;
  }
  const key = (g: TestCase['group']): string => (g === null ? '\u0000' : String(g));
  if (runner === 'playwright') {
    // A test-list line selects every test whose title path starts with it.
    for (let a = 0; a < found.length; a++)
      for (let b = 0; b < found.length; b++) {
        if (a === b || key(tests[a]!.group) === key(tests[b]!.group)) continue;
        const pa = found[a]!.titles;
        const pb = found[b]!.titles;
        if (pa.length <= pb.length && pa.every((t, i) => t === pb[i]))
          return `'${pa.join(' › ')}' also names '${pb.join(' › ')}'`;
      }
    return null;
  }
  const patterns = found.map((t) => nameRegex(runner, namePatternSource([t.titles])));
  for (let a = 0; a < found.length; a++)
    for (let b = 0; b < found.length; b++) {
      if (a === b || key(tests[a]!.group) === key(tests[b]!.group)) continue;
      const name = found[b]!.titles.join(' ');
      if (patterns[a]!.test(name)) return `the name '${found[a]!.titles.join(' ')}' also matches '${name}'`;
    }
  return null;
}

function groupWords(group: GroupValue | null): string {
  return group === null ? 'the ungrouped job' : `group ${String(group)}`;
}

function firstLine(message: string | undefined): string {
  return (message ?? 'parse error').split('\n')[0]!;
}
