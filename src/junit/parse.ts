import { SaxesParser } from 'saxes';
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

/** A suite as read, before its cases and nested suites are listed in visiting order. */
interface SuiteNode {
  name: string;
  seconds: number | null;
  cases: JunitCase[];
  nested: SuiteNode[];
}

/** An open element: the suite it is, or the case it is and the outcome tags met inside it. */
interface Open {
  name: string;
  suite: SuiteNode | null;
  testCase: JunitCase | null;
  /** For a case: which outcome elements are directly inside it (ERROR, FAILURE, SKIPPED), else 0. */
  inside: number;
}

/** Outcome elements met inside a case, as bits (a Set per case would cost 50,000 of them). */
const ERROR = 1;
const FAILURE = 2;
const SKIPPED = 4;
const outcomeBit = (tag: string): number =>
  tag === 'error' ? ERROR : tag === 'failure' ? FAILURE : tag === 'skipped' ? SKIPPED : 0;

/**
 * Every <testcase> of one JUnit XML document (any dialect: pytest, jest-junit, Vitest, Playwright).
 * Never throws: a corrupt document gives a warning Problem and no cases.
 */
export function parseJunit(xml: string, source: string): { cases: JunitCase[]; problems: Problem[] } {
  const { cases, problems } = parseJunitSuites(xml, source);
  return { cases, problems };
}

/**
 * As `parseJunit`, plus each suite's wall time, from which per-file setup time is derived. One
 * pass of a strict streaming parser (saxes): a document that is not well-formed XML is rejected
 * with its line and column, and no tree of the whole report is ever built.
 */
export function parseJunitSuites(
  xml: string,
  source: string,
): { cases: JunitCase[]; suites: JunitSuite[]; problems: Problem[] } {
  const roots: SuiteNode[] = [];
  const stack: Open[] = [];
  let rootName: string | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const parent = stack[stack.length - 1];
    const open: Open = { name: tag.name, suite: null, testCase: null, inside: 0 };
    const attrs = tag.attributes as Record<string, string>;
    if (!parent) rootName = tag.name;
    if (tag.name === 'testsuite') {
      // A root <testsuite>, one directly in the root <testsuites>, or one nested in either.
      const topLevel = !parent || (stack.length === 1 && parent.name === 'testsuites');
      if (topLevel || parent?.suite) {
        open.suite = { name: attr(attrs, 'name'), seconds: seconds(attrs), cases: [], nested: [] };
        if (parent?.suite) parent.suite.nested.push(open.suite);
        else roots.push(open.suite);
      }
    } else if (tag.name === 'testcase' && parent?.suite) {
      open.testCase = toCase(attrs, parent.suite.name, source);
      parent.suite.cases.push(open.testCase);
    } else if (parent?.testCase) {
      parent.inside |= outcomeBit(tag.name);
    }
    stack.push(open);
  });
  parser.on('closetag', () => {
    const open = stack.pop();
    if (open?.testCase && open.inside !== 0) open.testCase.outcome = outcomeOf(open.inside);
  });
  try {
    parser.write(xml).close();
  } catch (err) {
    return { cases: [], suites: [], problems: [corrupt(source, positioned(err))] };
  }
  if (rootName !== 'testsuites' && rootName !== 'testsuite') {
    return {
      cases: [],
      suites: [],
      problems: [corrupt(source, 'no <testsuites> or <testsuite> element; this is not a JUnit XML report')],
    };
  }
  // A suite's own cases first, then its nested suites', depth first.
  const cases: JunitCase[] = [];
  const suites: JunitSuite[] = [];
  const visit = (suite: SuiteNode): void => {
    const own = suite.cases.map((c) => cases.push(c) - 1);
    suites.push({ name: suite.name, seconds: suite.seconds, caseIndexes: own });
    suite.nested.forEach(visit);
  };
  roots.forEach(visit);
  return { cases, suites, problems: [] };
}

/** An attribute's value, trimmed: jest-junit writes a test outside any describe as `classname=" top level"`. */
function attr(attrs: Record<string, string>, name: string): string {
  return attrs[name]?.trim() ?? '';
}

function toCase(attrs: Record<string, string>, suite: string, source: string): JunitCase {
  const file = attr(attrs, 'file');
  return {
    suite,
    classname: attr(attrs, 'classname'),
    name: attr(attrs, 'name'),
    file: file ? normalisePath(file) : null,
    seconds: seconds(attrs) ?? 0,
    outcome: 'passed',
    source,
  };
}

function outcomeOf(inside: number): JunitCase['outcome'] {
  // A case that failed and was then marked skipped does not happen; errors outrank failures
  // because an error in setup means the test itself never ran.
  if (inside & ERROR) return 'error';
  if (inside & FAILURE) return 'failed';
  if (inside & SKIPPED) return 'skipped';
  return 'passed';
}

function seconds(attrs: Record<string, string>): number | null {
  const time = attr(attrs, 'time');
  const raw = time.includes(',') ? time.replace(/,/g, '') : time;
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

/** saxes says `1:50: unclosed tag: testsuite`: line and column, then what is wrong. */
function positioned(err: unknown): string {
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
  const m = /^:?(\d+):(\d+): (.*)$/.exec(message);
  return m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : message;
}
