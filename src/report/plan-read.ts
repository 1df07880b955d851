import type { PlannedTest } from '../junit/match.js';
import { readPlanFile } from '../plan-file/read.js';

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

/** Reads the plan file (src/plan-file/read.ts checks it), keeping what the report uses. */
export function readPlan(text: string, source: string): ReportPlan {
  return {
    jobs: readPlanFile(text, source).jobs.map((job) => ({
      id: job.id,
      name: job.name,
      index: job.index,
      seconds: job.seconds ?? null,
      tests: job.tests.map((t) => ({
        id: t.id,
        function: t.function,
        file: t.file,
        line: t.line,
        runner: job.runner,
      })),
    })),
  };
}
