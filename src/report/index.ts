import '../shim.js';
import * as core from '@actions/core';
import * as github from '@actions/github';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { coreEdge } from '../core-edge.js';
import { InputError } from '../inputs.js';
import { fetchLatestTimings, workflowFileOf } from '../timings-fetch/fetch.js';
import { ReportOutputs, readReportSettings, type ReportSettings } from './inputs.js';
import { runReport } from './main.js';

/** The fallback when the cache has no timings: the latest successful run's artifact, through the API. */
async function fetchTimings(settings: Extract<ReportSettings, { mode: 'fetch-timings' }>): Promise<void> {
  core.setOutput(ReportOutputs.TimingsFile, '');
  // github.context.repo throws without GITHUB_REPOSITORY; the fallback must never fail the run.
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  const workflow = workflowFileOf(process.env['GITHUB_WORKFLOW_REF'] ?? '');
  const payload = github.context.payload as { repository?: { default_branch?: string } };
  const branch = payload.repository?.default_branch;
  if (!settings.token || !owner || !repo || !workflow || !branch) {
    core.notice(
      'No previous timings: the GitHub token, repository, workflow file or default branch is unknown here. This run balances by test counts.',
    );
    return;
  }
  const octokit = github.getOctokit(settings.token);
  const outcome = await fetchLatestTimings(octokit.rest.actions, {
    owner,
    repo,
    workflow,
    branch,
    artifactName: settings.artifactName,
  });
  if (!outcome.found) {
    core.notice(outcome.notice);
    return;
  }
  fs.mkdirSync(path.dirname(settings.timingsFile), { recursive: true });
  fs.writeFileSync(settings.timingsFile, outcome.json);
  core.info(`Timings of run ${outcome.runId} written to ${settings.timingsFile}`);
  core.setOutput(ReportOutputs.TimingsFile, settings.timingsFile);
}

async function main(): Promise<void> {
  try {
    const settings = readReportSettings((name) => core.getInput(name), {
      workspace: process.env['GITHUB_WORKSPACE'] || process.cwd(),
      tempDir: process.env['RUNNER_TEMP'] || os.tmpdir(),
    });
    if (settings.mode === 'fetch-timings') await fetchTimings(settings);
    else await runReport(settings, coreEdge);
  } catch (err) {
    if (err instanceof InputError) {
      core.setFailed(err.message);
    } else {
      core.debug(err instanceof Error ? (err.stack ?? err.message) : String(err));
      core.setFailed(
        `group-matrix report failed unexpectedly: ${err instanceof Error ? err.message : String(err)}. Re-run with ACTIONS_STEP_DEBUG=true for details, and please report it.`,
      );
    }
  }
}

await main();
