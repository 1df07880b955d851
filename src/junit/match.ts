import type { JunitCase } from './parse.js';
import { normalisePath } from './parse.js';

/** A planned test as the plan file holds it (see docs/plan-format.md). */
export interface PlannedTest {
  id: string;
  function: string;
  file: string;
  runner?: string;
}

/**
 * How each dialect names a test, and so what is compared:
 * - pytest: `classname="tests.test_db.TestW"` (dotted path from pytest's rootdir, then classes),
 *   `name="test_p[2]"` (the node id's last part); xunit1 adds `file`.
 * - jest-junit: `classname` and `name` both `"<describe> <title>"` joined by spaces; `file` only
 *   with `addFileAttribute`.
 * - Vitest: `classname="<file>"`, `name="<describe> > <title>"`.
 * - Playwright: `classname` and the suite are the file relative to `testDir`,
 *   `name="<describe> › <title>"`.
 * Paths may be relative to another root than the plan's, so files and dotted paths match by
 * their longest common tail (whole segments); the longest tail that points at one test wins, a
 * tie is ambiguous (null, and the caller warns). pytest joins path and classes with the same dot
 * a file name may hold (`tests/test_a.b.py::TestK` is written `tests.test_a.b.TestK`), so a
 * dotted class name is compared dot by dot with each planned file's own path and classes: every
 * split into a planned file and a class chain is tried, and only one that ends at a whole path
 * segment counts.
 */
export function matchCases(cases: JunitCase[], planned: PlannedTest[]): (string | null)[] {
  return matchTests(cases, planned).map((t) => t?.id ?? null);
}

/** As `matchCases`, giving the planned test itself (its file, with no lookup by id). */
export function matchTests<T extends PlannedTest>(cases: JunitCase[], planned: T[]): (T | null)[] {
  const matcher = new Matcher(new Index(planned));
  return cases.map((c) => matcher.match(c) as T | null);
}

/** What the planned tests of one file share. */
interface FileKey {
  /** Path segments of the file. */
  segs: string[];
  /**
   * pytest reading of the module path, split at every dot (`tests/test_a.b.py` → `tests`,
   * `test_a`, `b`), as the report writes it.
   */
  dotted: string[];
  /** Tail lengths of `dotted` that end at a whole path segment. */
  cuts: Set<number>;
}

interface Entry {
  test: PlannedTest;
  file: FileKey;
  /** The id's parts between the file and the test (pytest classes). */
  classes: number;
  /** `file.dotted`, then the classes: the dotted classname a pytest report gives the test. */
  dotted: string[];
}

type Lookup = Map<string, Map<string, Entry[]>>;

/**
 * Candidates are looked up by the last part of the path they must end with as well as by name: a
 * name many files share (`test_init`) would otherwise make every case compare against every file.
 * A dotted tail or path tail that matches at all has the same last part, so nothing is missed.
 */
class Index {
  /** pytest: by the dotted path's last part (module or class), then the id's last `::` part (`test_p[2]`). */
  readonly byLast: Lookup = new Map();
  /** pytest: the same by the function's last part, for entries whose id has no static `[param-id]`. */
  readonly byFunction: Lookup = new Map();
  /** Whole-file units (id = the file) by the file's name: a JS file whose tests could not be read one by one. */
  readonly wholeFiles = new Map<string, Entry[]>();
  private readonly entries: Entry[] = [];
  private titleMaps: TitleMaps | undefined;

  constructor(planned: PlannedTest[]) {
    const files = new Map<string, FileKey>();
    for (const test of planned) {
      let file = files.get(test.file);
      if (!file) {
        file = fileKey(test.file);
        files.set(test.file, file);
      }
      // The id is `<file>::<class>...::<name>`; most tests sit in no class.
      const first = test.id.indexOf('::');
      if (first < 0) {
        push(this.wholeFiles, last(file.segs), { test, file, classes: 0, dotted: file.dotted });
        continue;
      }
      const end = test.id.lastIndexOf('::');
      const classes = end > first ? test.id.slice(first + 2, end).split('::') : [];
      const dotted = classes.length === 0 ? file.dotted : [...file.dotted, ...classes];
      const entry: Entry = { test, file, classes: classes.length, dotted };
      const name = test.id.slice(end + 2);
      this.entries.push(entry);
      pushIn(this.byLast, last(dotted), name, entry);
      if (test.id === test.function) pushIn(this.byFunction, last(dotted), name, entry);
    }
  }

  /** The title-path lookups, built on first use: pytest's own reports never need them. */
  get titles(): TitleMaps {
    if (this.titleMaps) return this.titleMaps;
    const maps: TitleMaps = { byTitle: new Map(), byFileTitle: new Map(), byFileLast: new Map() };
    for (const entry of this.entries) {
      const id = entry.test.id;
      const titled = title(id.slice(id.indexOf('::') + 2));
      const base = last(entry.file.segs);
      push(maps.byTitle, titled, entry);
      pushIn(maps.byFileTitle, base, titled, entry);
      if (entry.classes === 0) pushIn(maps.byFileLast, base, id.slice(id.lastIndexOf('::') + 2), entry);
    }
    return (this.titleMaps = maps);
  }
}

interface TitleMaps {
  /** By the whole title path joined by single spaces (jest-junit's way of writing it). */
  byTitle: Map<string, Entry[]>;
  /** By the file's name, then the title path, for cases that name their file. */
  byFileTitle: Lookup;
  /** By the file's name, then the id's last part, for module-level tests of cases that name their file. */
  byFileLast: Lookup;
}

const TITLE_SEP = /::| > | › /;
const SOURCE_EXT = /\.(py|[cm]?[jt]sx?)$/;
const last = (parts: string[]): string => parts[parts.length - 1] ?? '';

function fileKey(path: string): FileKey {
  const file = normalisePath(path);
  const moduleSegs = file.replace(SOURCE_EXT, '').split('/');
  const cuts = new Set<number>();
  let tail = 0;
  for (let i = moduleSegs.length - 1; i >= 0; i--) {
    tail += moduleSegs[i]!.split('.').length;
    cuts.add(tail);
  }
  return { segs: file.split('/'), dotted: moduleSegs.flatMap((seg) => seg.split('.')), cuts };
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function pushIn(lookup: Lookup, outer: string, inner: string, entry: Entry): void {
  let map = lookup.get(outer);
  if (!map) {
    map = new Map();
    lookup.set(outer, map);
  }
  push(map, inner, entry);
}

function find(lookup: Lookup, outer: string, inner: string): Entry[] {
  return lookup.get(outer)?.get(inner) ?? [];
}

/** `a > b › c` or `a::b` → `a b c`: the form jest-junit writes, to which every dialect reduces. */
function title(text: string): string {
  return text
    .split(TITLE_SEP)
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .join(' ');
}

/** Number of trailing segments two paths share, when one is a tail of the other; else 0. */
function tailMatch(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 1; i <= n; i++) if (a[a.length - i] !== b[b.length - i]) return 0;
  return n;
}

const NO_PATHS: string[] = [];
const isPath = (p: string | null): p is string => !!p && SOURCE_EXT.test(p) && !p.includes(' ');

/**
 * Matches cases one by one (reports run to 50,000 cases). A case's answer is the id with the
 * highest score among those offered, or null when two ids share it. The best so far is kept as
 * it comes (an id offered again only counts once), so a case allocates nothing of its own.
 */
class Matcher {
  /** Classnames split at dots: the cases of one module share theirs. */
  private readonly split = new Map<string, string[]>();
  private best: PlannedTest | null = null;
  private bestScore = -1;
  private tie = false;

  constructor(private readonly index: Index) {}

  private offer(entry: Entry, score: number): void {
    if (score > this.bestScore) {
      this.best = entry.test;
      this.bestScore = score;
      this.tie = false;
    } else if (score === this.bestScore && entry.test.id !== this.best!.id) this.tie = true;
  }

  /**
   * How far the case's dotted classname and the entry's agree from the end, or -1. The tail must
   * take in the classes and whole path segments: `b.TestK` is not a tail of
   * `test_a.b.py::TestK` (pytest would have written the whole file name).
   */
  private static dottedTail(entry: Entry, dotted: string[]): number {
    const n = tailMatch(entry.dotted, dotted);
    return entry.file.cuts.has(n - entry.classes) ? n : -1;
  }

  match(c: JunitCase): PlannedTest | null {
    const { index } = this;
    this.best = null;
    this.bestScore = -1;
    this.tie = false;

    // pytest: dotted classname + the node id's last part. Parametrized ids first exactly, then
    // an entry that stands for every parametrization of its function.
    let dotted = this.split.get(c.classname);
    if (!dotted) {
      dotted = c.classname.split('.');
      this.split.set(c.classname, dotted);
    }
    const module = last(dotted);
    const byName = index.byLast.get(module);
    const exact = byName?.get(c.name);
    if (exact) {
      for (const entry of exact) {
        const n = Matcher.dottedTail(entry, dotted);
        if (n >= 0) this.offer(entry, 2 * n + 1);
      }
    }
    if (c.name.endsWith(']')) {
      const fnName = c.name.replace(/\[.*\]$/s, '');
      if (fnName !== c.name) {
        for (const entry of find(index.byFunction, module, fnName)) {
          const n = Matcher.dottedTail(entry, dotted);
          if (n >= 0) this.offer(entry, 2 * n);
        }
      }
    }

    // A path in `file`, in the classname (Vitest, Playwright) or in the suite name (Playwright),
    // with the title path in `name`.
    const paths =
      isPath(c.file) || isPath(c.classname) || isPath(c.suite)
        ? [c.file, c.classname, c.suite].filter(isPath)
        : NO_PATHS;
    if (paths.length > 0) this.matchPaths(c, paths);

    // jest-junit without `file`: only the title path is known.
    if (this.bestScore < 0) {
      for (const entry of index.titles.byTitle.get(title(c.name)) ?? []) this.offer(entry, 0);
      if (c.classname && c.classname !== c.name) {
        for (const entry of index.titles.byTitle.get(title(`${c.classname} ${c.name}`)) ?? [])
          this.offer(entry, 0);
      }
    }
    return this.tie ? null : this.best;
  }

  private matchPaths(c: JunitCase, paths: string[]): void {
    const { index } = this;
    const nameTitle = title(c.name);
    for (const p of paths) {
      const segs = normalisePath(p).split('/');
      // A pytest case's `name` is only the function: alone it names a module-level test.
      const inFile = find(index.titles.byFileTitle, last(segs), nameTitle);
      const moduleLevel = find(index.titles.byFileLast, last(segs), c.name);
      for (const entry of [...inFile, ...moduleLevel]) {
        const n = tailMatch(entry.file.segs, segs);
        if (n > 0) this.offer(entry, 2 * n + 1);
      }
    }

    // A file planned whole stands for every test reported in it; a title match wins over it.
    if (this.bestScore < 0) {
      for (const p of paths) {
        const segs = normalisePath(p).split('/');
        for (const entry of index.wholeFiles.get(last(segs)) ?? []) {
          const n = tailMatch(entry.file.segs, segs);
          if (n > 0) this.offer(entry, 2 * n);
        }
      }
    }
  }
}
