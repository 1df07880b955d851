import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import { matchCases, type PlannedTest } from '../junit/match.js';
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
  const sums = new Map<string, { total: number; n: number }>();
  const add = (map: Map<string, { total: number; n: number }>, key: string, s: number) => {
    const prev = map.get(key) ?? { total: 0, n: 0 };
    map.set(key, { total: prev.total + s, n: prev.n + 1 });
  };
  const fileSums = new Map<string, { total: number; n: number }>();
  let unmatched = 0;
  let unmatchedExample = '';
  const fileOf = new Map(planned.map((t) => [t.id, t.file]));
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
      for (const [id, s] of Object.entries(doc.tests)) add(sums, id, s);
      for (const [f, s] of Object.entries(doc.files)) add(fileSums, f, s);
      table.sources.push(file);
      continue;
    }
    const { cases, suites, problems: parseProblems } = parseJunitSuites(text, file);
    problems.push(...parseProblems);
    if (parseProblems.length > 0) continue;
    table.sources.push(file);
    const ids = matchCases(cases, planned);
    cases.forEach((c, i) => {
      const id = ids[i];
      // A skipped test's time says nothing about how long it runs.
      if (c.outcome === 'skipped') return;
      if (id) add(sums, id, c.seconds);
      else if (unmatched++ === 0) unmatchedExample = `${c.classname} ${c.name}`.trim();
    });
    // Per-file setup: a suite whose cases all belong to one file (Vitest, Playwright, jest-junit
    // write one suite per file) spent its wall time minus its tests' sum outside the tests.
    for (const suite of suites) {
      if (suite.seconds === null || suite.caseIndexes.length === 0) continue;
      const owners = new Set(suite.caseIndexes.map((i) => (ids[i] ? fileOf.get(ids[i]) : undefined)));
      const owner = [...owners][0];
      if (owners.size !== 1 || owner === undefined) continue;
      const inTests = suite.caseIndexes.reduce((n, i) => n + cases[i]!.seconds, 0);
      add(fileSums, owner, Math.max(0, suite.seconds - inTests));
    }
  }
  if (unmatched > 0) {
    problems.push({
      severity: 'notice',
      title: 'Timings for unknown tests',
      message: `${unmatched} test cases in the timing reports match no planned test (for example '${unmatchedExample}'): tests removed or renamed since, or ambiguous names. They are ignored.`,
    });
  }
  for (const [id, { total, n }] of sums) table.tests.set(id, total / n);
  for (const [f, { total, n }] of fileSums) table.files.set(f, total / n);
  return { table, problems };
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

function numbers(value: unknown): Record<string, number> | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) return null;
    out[k] = v;
  }
  return out;
}

function unreadable(file: string, detail: string): Problem {
  return {
    severity: 'warning',
    file,
    title: 'Unreadable timings',
    message: `${file} could not be used as timings (${detail}); its timings are ignored and the plan falls back to estimates or test counts. The run continues.`,
  };
}
