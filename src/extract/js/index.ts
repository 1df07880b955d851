import type { FileResult, GroupValue, Problem, Runner, SourceFile, TestCase } from '../../model.js';
import { decodeSource } from '../decode.js';
import type { ExtractSettings, Extractor, JsSettings } from '../extractor.js';
import { docblockGroups } from './docblock.js';
import { jsTestId, nameRegex, namePatternSource, unselectableTitle } from './names.js';
import { groupOfTags } from './tags.js';
import type { JsTest, Walked } from './walk.js';

export const JS_EXTENSIONS = ['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx'];

export const DEFAULT_JS: JsSettings = { tagPrefix: '@group:', groupTags: [], runnerOf: () => 'jest' };

type Parser = (text: string, jsx: boolean) => Walked;
let parser: Promise<Parser> | null = null;

/** typescript-estree (and the TypeScript compiler in it) is loaded on the first file that needs an AST. */
function loadParser(): Promise<Parser> {
  parser ??= Promise.all([import('@typescript-eslint/typescript-estree'), import('./walk.js')]).then(
    ([estree, walk]) =>
      (text, jsx) =>
        walk.walkProgram(estree.parse(text, { loc: true, range: false, jsx, comment: false })),
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

  const doc = docblockGroups(text);
  const fileGroup = docblockGroup(file.path, doc, problems);
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
    walked = (await loadParser())(text, !/\.[cm]?ts$/.test(file.path));
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
        severity: 'warning',
        file: file.path,
        line: d.line,
        title: 'Test not readable statically',
        message: `${file.path}:${d.line}: ${d.what}, so this file's tests are not read one by one: the whole file runs in ${groupWords(fileGroup)}. Use plain string titles and tags, or a docblock \`/** @group name */\` for the file.`,
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
  return { file: file.path, runner, tests, problems };
}

/** Whether the text holds anything a test-level group could come from. */
function mayHoldTags(text: string, js: JsSettings): boolean {
  if (/\btags?\s*:/.test(text)) return true;
  const bare = js.tagPrefix.replace(/^@/, '');
  if (text.includes(bare)) return true;
  return js.groupTags.some((t) => text.includes(t.replace(/^@/, '')));
}

function docblockGroup(
  file: string,
  doc: { value: string; line: number }[],
  problems: Problem[],
): GroupValue | null {
  const first = doc[0];
  if (!first) return null;
  if (doc.length > 1) {
    problems.push({
      severity: 'notice',
      file,
      line: doc[1]!.line,
      title: 'Several file groups',
      message: `${file} names the groups ${doc.map((d) => `'${d.value}'`).join(', ')}; a test runs in one job, so the file is planned in the first, '${first.value}'.`,
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
