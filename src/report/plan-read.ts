import type { PlannedTest } from '../junit/match.js';

/** One job of the plan file, as the report needs it. */
export interface PlannedJob {
  id: string;
  name: string;
  index: number;
  /** The planner's estimate (`seconds`), when the plan carries one. */
  seconds: number | null;
  tests: PlannedTestAt[];
}

/** A planned test with its line, so a failure can be annotated where the test is written. */
export interface PlannedTestAt extends PlannedTest {
  line: number | null;
}

export interface ReportPlan {
  jobs: PlannedJob[];
}

/** The plan file is unusable: the message names the file and what is wrong. */
export class PlanError extends Error {
  override name = 'PlanError';
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the plan file (docs/plan-format.md, version 1), keeping what the report uses. */
export function readPlan(text: string, source: string): ReportPlan {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new PlanError(
      `Plan file ${source} is not valid JSON (${err instanceof Error ? err.message : String(err)}). Pass the file the collect step wrote (output plan-file).`,
    );
  }
  if (!isObject(doc) || doc['tool'] !== 'group-matrix' || !Array.isArray(doc['jobs'])) {
    throw new PlanError(
      `Plan file ${source} is not a group-matrix plan (expected "tool": "group-matrix" and a "jobs" list). Pass the file the collect step wrote (output plan-file).`,
    );
  }
  if (doc['version'] !== 1) {
    throw new PlanError(
      `Plan file ${source} has version ${JSON.stringify(doc['version'])}; this report reads version 1. Use the same group-matrix release for collect and report.`,
    );
  }
  return {
    jobs: doc['jobs'].map((raw, i) => readJob(raw, i, source)),
  };
}

function readJob(raw: unknown, i: number, source: string): PlannedJob {
  const where = `${source}: jobs[${i}]`;
  if (!isObject(raw) || typeof raw['id'] !== 'string' || !Array.isArray(raw['tests'])) {
    throw new PlanError(
      `${where} lacks an "id" or a "tests" list. Regenerate the plan with the collect step.`,
    );
  }
  const runner = typeof raw['runner'] === 'string' ? raw['runner'] : undefined;
  return {
    id: raw['id'],
    name: typeof raw['name'] === 'string' ? raw['name'] : raw['id'],
    index: typeof raw['index'] === 'number' ? raw['index'] : i,
    seconds: typeof raw['seconds'] === 'number' ? raw['seconds'] : null,
    tests: raw['tests'].map((t, k) => {
      if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['file'] !== 'string') {
        throw new PlanError(
          `${where}.tests[${k}] lacks an "id" or a "file". Regenerate the plan with the collect step.`,
        );
      }
      const test: PlannedTestAt = {
        id: t['id'],
        function: typeof t['function'] === 'string' ? t['function'] : t['id'],
        file: t['file'],
        line: typeof t['line'] === 'number' ? t['line'] : null,
      };
      if (runner !== undefined) test.runner = runner;
      return test;
    }),
  };
}
