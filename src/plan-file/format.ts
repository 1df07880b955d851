/**
 * The plan file (docs/plan-format.md, schema docs/plan.schema.json): the contract between the
 * action or CLI that writes it and the report, the JS filters and the pytest plugin that read it.
 * Field names are the file's own (snake_case).
 */
import type { GroupValue, Runner, RunsOn, Scope, UngroupedPolicy } from '../model.js';

export const PLAN_FILE_VERSION = 1;

export interface PlanFileTest {
  id: string;
  /** The test id without its parametrization (pytest: `path::Class::func`). */
  function: string;
  file: string;
  line: number;
  group: GroupValue | null;
  /** pytest: each argname's index (`callspec.indices`); absent for a test not parametrized. */
  params?: Record<string, number>;
  /** pytest 8.0–8.3's numbering, when it differs from `params`. */
  params_per_call?: Record<string, number>;
  seconds?: number;
}

export interface PlanFileJob {
  id: string;
  name: string;
  index: number;
  group_id: string;
  group_value: GroupValue | null;
  runner: Runner;
  files: string[];
  'runs-on'?: RunsOn;
  /** A packed job holding several units: the groups it holds (null for ungrouped tests). */
  groups?: (GroupValue | null)[];
  seconds?: number;
  tests: PlanFileTest[];
}

export interface PlanFilePlaywrightConfig {
  config: string;
  /** Playwright's rootDir, repo-relative; null when only running the config could tell. */
  root_dir: string | null;
}

export interface PlanFile {
  version: typeof PLAN_FILE_VERSION;
  tool: 'group-matrix';
  marker: string;
  scope: Scope;
  ungrouped: UngroupedPolicy;
  total_tests: number;
  jobs: PlanFileJob[];
  skipped: PlanFileTest[];
  /** Present when the plan holds Playwright tests. */
  playwright_configs?: PlanFilePlaywrightConfig[];
}
