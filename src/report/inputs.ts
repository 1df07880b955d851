import path from 'node:path';
import { InputError } from '../inputs.js';

/** Input and output names of report/action.yml. */
export const ReportInputs = {
  Mode: 'mode',
  PlanFile: 'plan-file',
  Junit: 'junit',
  TimingsFile: 'timings-file',
  MaxSlowest: 'max-slowest',
  GithubToken: 'github-token',
  ArtifactName: 'artifact-name',
} as const;

export const ReportOutputs = {
  Planned: 'planned',
  Passed: 'passed',
  Failed: 'failed',
  Skipped: 'skipped',
  Missing: 'missing',
  Duplicates: 'duplicates',
  Flaky: 'flaky',
  TimingsFile: 'timings-file',
} as const;

export type ReportSettings =
  | {
      mode: 'report';
      /** Absolute path of the plan file. */
      planFile: string;
      /** Absolute directory, or a glob (absolute or relative to the workspace). */
      junit: string;
      /** Absolute path where the timings file is written. */
      timingsFile: string;
      maxSlowest: number;
    }
  | {
      mode: 'fetch-timings';
      timingsFile: string;
      token: string;
      artifactName: string;
    };

export interface ReportEnvironment {
  workspace: string;
  tempDir: string;
}

/** Reads and validates the report action's inputs; `get` returns '' for an unset input. */
export function readReportSettings(get: (name: string) => string, env: ReportEnvironment): ReportSettings {
  const mode = get(ReportInputs.Mode).trim() || 'report';
  const timingsInput = get(ReportInputs.TimingsFile).trim();
  const timingsFile = timingsInput
    ? path.resolve(env.workspace, timingsInput)
    : path.join(env.tempDir, 'group-matrix-timings.json');
  if (mode === 'fetch-timings') {
    return {
      mode,
      timingsFile,
      token: get(ReportInputs.GithubToken).trim(),
      artifactName: get(ReportInputs.ArtifactName).trim() || 'group-matrix-timings',
    };
  }
  if (mode !== 'report') {
    throw new InputError(`Invalid mode '${mode}'. Expected one of: 'report', 'fetch-timings'.`);
  }
  const plan = get(ReportInputs.PlanFile).trim();
  if (!plan)
    throw new InputError(
      'Input plan-file is required: the plan the collect step wrote (its output plan-file).',
    );
  const junit = get(ReportInputs.Junit).trim();
  if (!junit) {
    throw new InputError(
      "Input junit is required: the directory (or a glob) holding each job's JUnit XML, e.g. the download of artifacts group-matrix-junit-*.",
    );
  }
  const slowest = get(ReportInputs.MaxSlowest).trim() || '20';
  if (!/^\d+$/.test(slowest) || Number(slowest) > 10_000) {
    throw new InputError(`Invalid max-slowest '${slowest}'. Expected a whole number from 0 to 10000.`);
  }
  return {
    mode,
    planFile: path.resolve(env.workspace, plan),
    junit: path.isAbsolute(junit) ? junit : path.resolve(env.workspace, junit),
    timingsFile,
    maxSlowest: Number(slowest),
  };
}
