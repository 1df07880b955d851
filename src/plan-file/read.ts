/**
 * Reads a plan file and checks every field its readers rely on, so that a reader never meets a
 * missing or mistyped field: the message names the file, the field, the value and what to do.
 */
import { PLAN_FILE_VERSION, type PlanFile } from './format.js';

/** The plan file is unusable: the message names the file and what is wrong. */
export class PlanFileError extends Error {
  override name = 'PlanFileError';
}

const REGENERATE = 'Regenerate the plan with the collect step.';
const RUNNERS = ['pytest', 'jest', 'vitest', 'playwright'];
const SCOPES = ['file', 'global'];
const UNGROUPED = ['job', 'error', 'skip', 'balance'];

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isGroup = (v: unknown): boolean => v === null || typeof v === 'string' || Number.isInteger(v);
const isString = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const isIndex = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;
const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every(isString);
const isIndices = (v: unknown): boolean => isObject(v) && Object.values(v).every(isIndex);
const oneOf =
  (values: string[]) =>
  (v: unknown): boolean =>
    typeof v === 'string' && values.includes(v);

/** Parses and checks a plan file's text; `source` names the file, `reader` who reads it, in messages. */
export function readPlanFile(text: string, source: string, reader = 'report'): PlanFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new PlanFileError(
      `Plan file ${source} is not valid JSON (${err instanceof Error ? err.message : String(err)}). Pass the file the collect step wrote (output plan-file).`,
    );
  }
  if (!isObject(doc) || doc['tool'] !== 'group-matrix' || !Array.isArray(doc['jobs'])) {
    throw new PlanFileError(
      `Plan file ${source} is not a group-matrix plan (expected "tool": "group-matrix" and a "jobs" list). Pass the file the collect step wrote (output plan-file).`,
    );
  }
  if (doc['version'] !== PLAN_FILE_VERSION) {
    throw new PlanFileError(
      `Plan file ${source} has version ${JSON.stringify(doc['version'])}; this ${reader} reads version ${PLAN_FILE_VERSION}. Use the same group-matrix release for collect and report.`,
    );
  }
  const jobs = doc['jobs'];
  // A job's id and tests, and each test's id and file, first: without them nothing can be read.
  jobs.forEach((job, i) => {
    if (!isObject(job) || typeof job['id'] !== 'string' || !Array.isArray(job['tests'])) {
      throw new PlanFileError(`${source}: jobs[${i}] lacks an "id" or a "tests" list. ${REGENERATE}`);
    }
    job['tests'].forEach((t, k) => {
      if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['file'] !== 'string') {
        throw new PlanFileError(`${source}: jobs[${i}].tests[${k}] lacks an "id" or a "file". ${REGENERATE}`);
      }
    });
  });
  const check = new Checker(source);
  check.field(doc, 'plan', 'marker', isString, 'a string');
  check.field(doc, 'plan', 'scope', oneOf(SCOPES), `one of ${SCOPES.join(', ')}`);
  check.field(doc, 'plan', 'ungrouped', oneOf(UNGROUPED), `one of ${UNGROUPED.join(', ')}`);
  check.field(doc, 'plan', 'total_tests', isIndex, 'a count');
  check.field(doc, 'plan', 'skipped', Array.isArray, 'a list');
  jobs.forEach((job: Obj, i) => {
    const at = `jobs[${i}]`;
    check.field(job, at, 'name', isString, 'a string');
    check.field(job, at, 'index', isIndex, 'a job index');
    check.field(job, at, 'group_id', isString, 'a string');
    check.field(job, at, 'group_value', isGroup, 'an integer, a string or null');
    check.field(job, at, 'runner', oneOf(RUNNERS), `one of ${RUNNERS.join(', ')}`);
    check.field(job, at, 'files', isStrings, 'a list of paths');
    check.optional(job, at, 'runs-on', (v) => isString(v) || isStrings(v), 'a label or a list of labels');
    check.optional(job, at, 'groups', (v) => Array.isArray(v) && v.every(isGroup), 'a list of groups');
    check.optional(job, at, 'seconds', isNumber, 'a number');
    (job['tests'] as Obj[]).forEach((t, k) => check.test(t, `${at}.tests[${k}]`));
  });
  (doc['skipped'] as unknown[]).forEach((t, k) => {
    if (!isObject(t)) throw check.error(`skipped[${k}]`, t, 'a test');
    check.field(t, `skipped[${k}]`, 'id', isString, 'a string');
    check.field(t, `skipped[${k}]`, 'file', isString, 'a string');
    check.test(t, `skipped[${k}]`);
  });
  check.optional(
    doc,
    'plan',
    'playwright_configs',
    (v) =>
      Array.isArray(v) &&
      v.every(
        (c) => isObject(c) && isString(c['config']) && (c['root_dir'] === null || isString(c['root_dir'])),
      ),
    'a list of {config, root_dir}',
  );
  return doc as unknown as PlanFile;
}

class Checker {
  constructor(private readonly source: string) {}

  test(t: Obj, at: string): void {
    this.field(t, at, 'function', isString, 'a string');
    this.field(t, at, 'line', isIndex, 'a line number');
    this.field(t, at, 'group', isGroup, 'an integer, a string or null');
    this.optional(t, at, 'params', isIndices, 'a map of argnames to indices');
    this.optional(t, at, 'params_per_call', isIndices, 'a map of argnames to indices');
    this.optional(t, at, 'seconds', isNumber, 'a number');
  }

  field(o: Obj, at: string, key: string, ok: (v: unknown) => boolean, expected: string): void {
    if (!(key in o)) throw new PlanFileError(`${this.source}: ${at} has no "${key}". ${REGENERATE}`);
    if (!ok(o[key])) throw this.error(`${at === 'plan' ? '' : `${at}.`}${key}`, o[key], expected);
  }

  optional(o: Obj, at: string, key: string, ok: (v: unknown) => boolean, expected: string): void {
    if (key in o) this.field(o, at, key, ok, expected);
  }

  error(field: string, value: unknown, expected: string): PlanFileError {
    const shown = JSON.stringify(value)?.slice(0, 80) ?? String(value);
    return new PlanFileError(`${this.source}: ${field} is ${shown}, expected ${expected}. ${REGENERATE}`);
  }
}
