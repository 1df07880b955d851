/**
 * How an extraction thread sends its results to the main thread: one JSON text per batch, each
 * file's tests as columns. A suite of 10,000 files holds hundreds of thousands of tests; as
 * objects, every test repeats its field names, its file, and its function (a prefix of its id),
 * and writing and reading that JSON cost more than a third of a thread's extraction time.
 */
import type { FileResult, GroupValue, TestCase } from '../model.js';
import type { Extracted } from './extractor.js';

/** One file's tests as columns (the index is the test's position). */
interface TestColumns {
  id: string[];
  /** The function as the length of the id's prefix that spells it, or the function itself. */
  fn: Array<number | string>;
  /** Only when some test's file is not the result's. */
  file?: string[];
  line: number[];
  group: Array<GroupValue | null>;
  /** The file's distinct argnames lists (shared by a function's parametrizations). */
  argnames: Array<readonly string[]>;
  /** 1 + the test's index into `argnames`; 0 for a test without argnames. */
  names: number[];
  /** 0 for a test without the field. */
  params: Array<readonly number[] | 0>;
  paramsPerCall: Array<readonly number[] | 0>;
}

type PackedFile =
  Extract<Extracted, { problem: unknown }> | { result: Omit<FileResult, 'tests'>; tests: TestColumns };

/** The results of a batch as one JSON text. Only `TestCase` fields travel. */
export function packResults(results: Extracted[]): string {
  return JSON.stringify(results.map(packOne));
}

export function unpackResults(json: string): Extracted[] {
  return (JSON.parse(json) as PackedFile[]).map(unpackOne);
}

function packOne(extracted: Extracted): PackedFile {
  if ('problem' in extracted) return extracted;
  const { tests, ...result } = extracted.result;
  const n = tests.length;
  const cols: TestColumns = {
    id: new Array<string>(n),
    fn: new Array<number | string>(n),
    line: new Array<number>(n),
    group: new Array<GroupValue | null>(n),
    argnames: [],
    names: new Array<number>(n),
    params: new Array<readonly number[] | 0>(n),
    paramsPerCall: new Array<readonly number[] | 0>(n),
  };
  const listIndex = new Map<readonly string[], number>();
  for (let i = 0; i < n; i++) {
    const t = tests[i]!;
    cols.id[i] = t.id;
    cols.fn[i] = t.id.startsWith(t.function) ? t.function.length : t.function;
    cols.line[i] = t.line;
    cols.group[i] = t.group;
    let names = 0;
    if (t.argnames) {
      names = listIndex.get(t.argnames) ?? 0;
      if (names === 0) listIndex.set(t.argnames, (names = cols.argnames.push(t.argnames)));
    }
    cols.names[i] = names;
    cols.params[i] = t.params ?? 0;
    cols.paramsPerCall[i] = t.paramsPerCall ?? 0;
    if (t.file !== result.file) cols.file ??= tests.map((x) => x.file);
  }
  return { result, tests: cols };
}

function unpackOne(packed: PackedFile): Extracted {
  if ('problem' in packed) return packed;
  const cols = packed.tests;
  const n = cols.id.length;
  const tests = new Array<TestCase>(n);
  for (let i = 0; i < n; i++) {
    const id = cols.id[i]!;
    const fn = cols.fn[i]!;
    const names = cols.names[i]!;
    const params = cols.params[i]!;
    const perCall = cols.paramsPerCall[i]!;
    const test: TestCase = {
      id,
      function: typeof fn === 'number' ? (fn === id.length ? id : id.slice(0, fn)) : fn,
      file: cols.file ? cols.file[i]! : packed.result.file,
      line: cols.line[i]!,
      group: cols.group[i]!,
      // All fields always set, in the extractor's order: one shape for every test (see foundTest).
      argnames: names !== 0 ? cols.argnames[names - 1]! : undefined,
      params: params !== 0 ? params : undefined,
      paramsPerCall: perCall !== 0 ? perCall : undefined,
    };
    tests[i] = test;
  }
  return { result: { ...packed.result, tests } };
}
