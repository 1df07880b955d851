/** Input and output names, in one place (action.yml is checked against these in tests). */
export const Inputs = {
  Paths: 'paths',
  WorkingDirectory: 'working-directory',
  Marker: 'marker',
  Scope: 'scope',
  Ungrouped: 'ungrouped',
  Runners: 'runners',
  IfNoTests: 'if-no-tests',
  MaxJobs: 'max-jobs',
  PlanFile: 'plan-file',
  JsRunner: 'js-runner',
  JsTagPrefix: 'js-tag-prefix',
  JsGroupTags: 'js-group-tags',
  Timings: 'timings',
  Jobs: 'jobs',
  TargetMinutes: 'target-minutes',
  JobOverheadSeconds: 'job-overhead-seconds',
} as const;

/** Default `job-overhead-seconds`: checkout, setup and install before the first test. */
export const DEFAULT_JOB_OVERHEAD_SECONDS = 60;

export const Outputs = {
  Groups: 'groups',
  Count: 'count',
  PlanFile: 'plan-file',
} as const;

/** GitHub's matrix limit: "Strategy expansion exceeded 256 results". */
export const MATRIX_LIMIT = 256;

/**
 * GitHub allows 1 MB of outputs per job, estimated as UTF-16 (about 500K characters);
 * leave room for the other outputs and for the workflow's own.
 */
export const GROUPS_OUTPUT_BUDGET = 400_000;

/** GitHub shows at most 10 annotations of each type per step and drops the rest silently. */
export const ANNOTATIONS_PER_TYPE = 10;

/** The step summary upload is aborted over 1 MiB; keep a margin for the truncation note. */
export const SUMMARY_BUDGET = 1_000_000;
