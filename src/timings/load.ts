import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { matchTests, type PlannedTest } from '../junit/match.js';
import { parseJunitSuites } from '../junit/parse.js';
import type { Problem } from '../model.js';
import { emptyTable, type TimingTable } from './table.js';

/**
 * Reads the `timings` input: JUnit XML reports (any dialect) and timings files
 * (docs/timings-format.md), mapped to the plan's test ids. Never fails the run: a file that
 * cannot be read or parsed is a warning and contributes nothing, so the plan falls back to
 * estimates (and to counting tests when nothing is left).
 */
export async function loadTimings(
  root: string,
  patterns: string[],
  planned: PlannedTest[],
): Promise<{ table: TimingTable; problems: Problem[] }> {
  const problems: Problem[] = [];
  const table = emptyTable();
  const files = new Set<string>();
  for (const pattern of patterns) {
    const matched = await glob([pattern], { cwd: root, dot: true, expandDirectories: false });
    if (matched.length === 0) {
      problems.push({
        severity: 'warning',
        title: 'No timings found',
        message: `timings '${pattern}' matched no file under ${root}; tests it would have timed are estimated. On a first run, or after the cache expired, this is expected.`,
      });
    }
    for (const m of matched) files.add(m);
  }
  // Several reports for one test (re-runs, several earlier runs): the mean of what they say.
  const sums = new Means();
  const fileSums = new Means();
  let unmatched = 0;
  let unmatchedExample = '';
  for (const file of [...files].sort()) {
    let text: string;
    try {
      text = fs.readFileSync(path.resolve(root, file), 'utf8');
    } catch (err) {
      problems.push(unreadable(file, (err as NodeJS.ErrnoException).code ?? String(err)));
      continue;
    }
    if (/^\s*\{/.test(text)) {
      const doc = readTimingsFile(text, file, problems);
      if (!doc) continue;
      for (const id in doc.tests) sums.add(id, doc.tests[id]!);
      for (const f in doc.files) fileSums.add(f, doc.files[f]!);
      table.sources.push(file);
      continue;
    }
    const { cases, suites, problems: parseProblems } = parseJunitSuites(text, file);
    problems.push(...parseProblems);
    if (parseProblems.length > 0) continue;
    table.sources.push(file);
    const tests = matchTests(cases, planned);
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i]!;
      const test = tests[i];
      // A skipped test's time says nothing about how long it runs.
      if (c.outcome === 'skipped') continue;
      if (test?.id) sums.add(test.id, c.seconds);
      else if (unmatched++ === 0) unmatchedExample = `${c.classname} ${c.name}`.trim();
    }
    // Per-file setup: a suite whose cases all belong to one file (Vitest, Playwright, jest-junit
    // write one suite per file) spent its wall time minus its tests' sum outside the tests.
    for (const suite of suites) {
      if (suite.seconds === null || suite.caseIndexes.length === 0) continue;
      const owner = soleOwner(suite.caseIndexes, tests);
      if (owner === undefined) continue;
      const inTests = suite.caseIndexes.reduce((n, i) => n + cases[i]!.seconds, 0);
      fileSums.add(owner, Math.max(0, suite.seconds - inTests));
    }
  }
  if (unmatched > 0) {
    problems.push({
      severity: 'notice',
      title: 'Timings for unknown tests',
      message: `${unmatched} test cases in the timing reports match no planned test (for example '${unmatchedExample}'): tests removed or renamed since, or ambiguous names. They are ignored.`,
    });
  }
  return { table: { ...table, tests: sums.means(), files: fileSums.means() }, problems };
}

/** The one file every case of a suite was matched into, or undefined (none, or several). */
function soleOwner(caseIndexes: number[], tests: (PlannedTest | null)[]): string | undefined {
  let owner: string | undefined;
  for (const i of caseIndexes) {
    const test = tests[i];
    const file = test?.id ? test.file : undefined;
    if (file === undefined || (owner !== undefined && file !== owner)) return undefined;
    owner = file;
  }
  return owner;
}

/** Sums per key, and how many values each got where more than one: most keys get one. */
class Means {
  private readonly sums = new Map<string, number>();
  private readonly counts = new Map<string, number>();

  add(key: string, value: number): void {
    const prev = this.sums.get(key);
    if (prev === undefined) this.sums.set(key, value);
    else {
      this.sums.set(key, prev + value);
      this.counts.set(key, (this.counts.get(key) ?? 1) + 1);
    }
  }

  means(): Map<string, number> {
    for (const [key, n] of this.counts) this.sums.set(key, this.sums.get(key)! / n);
    return this.sums;
  }
}

interface TimingsDoc {
  tests: Record<string, number>;
  files: Record<string, number>;
}

/** docs/timings-format.md, version 1; anything else is a warning naming the file. */
function readTimingsFile(text: string, file: string, problems: Problem[]): TimingsDoc | null {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    problems.push(unreadable(file, `not valid JSON: ${(err as Error).message}`));
    return null;
  }
  const o = doc as Record<string, unknown> | null;
  if (o === null || typeof o !== 'object' || o['tool'] !== 'group-matrix-timings' || o['version'] !== 1) {
    problems.push(
      unreadable(file, `expected a group-matrix timings file ("tool": "group-matrix-timings", "version": 1)`),
    );
    return null;
  }
  const tests = numbers(o['tests']);
  const files = o['files'] === undefined ? {} : numbers(o['files']);
  if (!tests || !files) {
    problems.push(unreadable(file, '"tests" and "files" must map names to non-negative seconds'));
    return null;
  }
  return { tests, files };
}

/** The object itself when every value is a non-negative number (checked, not copied: it can be big). */
function numbers(value: unknown): Record<string, number> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const o = value as Record<string, unknown>;
  for (const k in o) {
    const v = o[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
  }
  return o as Record<string, number>;
}

function unreadable(file: string, detail: string): Problem {
  return {
    severity: 'warning',
    file,
    title: 'Unreadable timings',
    message: `${file} could not be used as timings (${detail}); its timings are ignored and the plan falls back to estimates or test counts. The run continues.`,
  };
}
