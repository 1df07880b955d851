import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Problem } from '../model.js';

/** One `<testcase>` as a JUnit report wrote it; `match.ts` maps it back to a plan test id. */
export interface JunitCase {
  /** Name of the enclosing <testsuite>. */
  suite: string;
  /** `classname` attribute as written ('' when absent). */
  classname: string;
  /** `name` attribute as written. */
  name: string;
  /** `file` attribute when the reporter writes one (repo-relative POSIX when resolvable), else null. */
  file: string | null;
  /** `time` in seconds (0 when absent). */
  seconds: number;
  outcome: 'passed' | 'failed' | 'error' | 'skipped';
  /** Which report file this case came from (as given to parseJunit). */
  source: string;
}

/** A `<testsuite>` with its own wall time: Vitest, Playwright and jest-junit write one per file. */
export interface JunitSuite {
  name: string;
  /** `time` in seconds, or null when absent. */
  seconds: number | null;
  /** Indexes into `cases` of the suite's own test cases (not those of nested suites). */
  caseIndexes: number[];
}

type Node = Record<string, unknown>;

const ARRAY_TAGS = new Set(['testsuites', 'testsuite', 'testcase']);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // Attribute values stay strings: a test named `1e3` must not become 1000.
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (tag) => ARRAY_TAGS.has(tag),
});

/**
 * Every <testcase> of one JUnit XML document (any dialect: pytest, jest-junit, Vitest, Playwright).
 * Never throws: a corrupt document gives a warning Problem and no cases.
 */
export function parseJunit(xml: string, source: string): { cases: JunitCase[]; problems: Problem[] } {
  const { cases, problems } = parseJunitSuites(xml, source);
  return { cases, problems };
}

/** As `parseJunit`, plus each suite's wall time, from which per-file setup time is derived. */
export function parseJunitSuites(
  xml: string,
  source: string,
): { cases: JunitCase[]; suites: JunitSuite[]; problems: Problem[] } {
  const cases: JunitCase[] = [];
  const suites: JunitSuite[] = [];
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    const { line, msg } = valid.err;
    return { cases, suites, problems: [corrupt(source, `line ${line}: ${msg}`)] };
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return { cases, suites, problems: [corrupt(source, firstLine(err))] };
  }
  const roots = [
    ...nodes(doc['testsuites']).flatMap((s) => nodes(s['testsuite'])),
    ...nodes(doc['testsuite']),
  ];
  if (roots.length === 0 && doc['testsuites'] === undefined) {
    return {
      cases,
      suites,
      problems: [corrupt(source, 'no <testsuites> or <testsuite> element; this is not a JUnit XML report')],
    };
  }
  const visit = (suite: Node): void => {
    const name = attr(suite, 'name');
    const own: number[] = [];
    for (const tc of nodes(suite['testcase'])) {
      own.push(cases.length);
      cases.push(toCase(tc, name, source));
    }
    suites.push({ name, seconds: seconds(suite), caseIndexes: own });
    for (const nested of nodes(suite['testsuite'])) visit(nested);
  };
  for (const root of roots) visit(root);
  return { cases, suites, problems: [] };
}

function toCase(tc: Node, suite: string, source: string): JunitCase {
  const file = attr(tc, 'file');
  return {
    suite,
    classname: attr(tc, 'classname'),
    name: attr(tc, 'name'),
    file: file ? normalisePath(file) : null,
    seconds: seconds(tc) ?? 0,
    outcome: outcomeOf(tc),
    source,
  };
}

function outcomeOf(tc: Node): JunitCase['outcome'] {
  // A case that failed and was then marked skipped does not happen; errors outrank failures
  // because an error in setup means the test itself never ran.
  if ('error' in tc) return 'error';
  if ('failure' in tc) return 'failed';
  if ('skipped' in tc) return 'skipped';
  return 'passed';
}

function nodes(value: unknown): Node[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  // `<testsuite/>` parses to '' (no attributes, no children): an empty suite.
  return list.map((v) => (v !== null && typeof v === 'object' ? (v as Node) : {}));
}

function attr(node: Node, name: string): string {
  const v = node[`@${name}`];
  return typeof v === 'string' ? v : '';
}

function seconds(node: Node): number | null {
  const raw = attr(node, 'time').replace(/,/g, '');
  if (raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** Backslashes to slashes and no leading `./`, so a path written on Windows matches the plan. */
export function normalisePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

function corrupt(source: string, detail: string): Problem {
  return {
    severity: 'warning',
    file: source,
    title: 'Unreadable timings',
    message: `${source} is not a readable JUnit XML report (${detail}); its timings are not used. The plan falls back to counting tests where no other timings cover them.`,
  };
}

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}
