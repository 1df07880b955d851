import { unzip } from './unzip.js';

/**
 * The part of an Octokit client this fallback uses (`github.getOctokit(token).rest.actions`), so
 * tests can stand in for GitHub's API, which cannot be reached from the test machine.
 */
export interface ActionsApi {
  listWorkflowRuns(params: {
    owner: string;
    repo: string;
    workflow_id: string;
    branch: string;
    status: 'success';
    per_page: number;
  }): Promise<{ data: { workflow_runs: { id: number }[] } }>;
  listWorkflowRunArtifacts(params: {
    owner: string;
    repo: string;
    run_id: number;
    name: string;
  }): Promise<{ data: { artifacts: { id: number; name: string; expired: boolean }[] } }>;
  downloadArtifact(params: {
    owner: string;
    repo: string;
    artifact_id: number;
    archive_format: 'zip';
  }): Promise<{ data: unknown }>;
}

export interface FetchRequest {
  owner: string;
  repo: string;
  /** The workflow file name (`ci.yml`) or id whose runs hold the timings artifact. */
  workflow: string;
  branch: string;
  artifactName: string;
  /** How many recent successful runs to look through for the artifact. */
  runsToSearch?: number;
}

export type FetchOutcome =
  | { found: true; json: string; runId: number }
  /** Not found or not permitted: the plan balances by test counts; `notice` says why. */
  | { found: false; notice: string };

/**
 * The timings file of the latest successful run on `branch` that uploaded one, through
 * workflows/{id}/runs → runs/{id}/artifacts → artifacts/{id}/zip. Never throws: a token without
 * `actions: read` (403), a missing workflow or artifact, or a network error degrade to a notice.
 */
export async function fetchLatestTimings(api: ActionsApi, req: FetchRequest): Promise<FetchOutcome> {
  const { owner, repo } = req;
  try {
    const runs = await api.listWorkflowRuns({
      owner,
      repo,
      workflow_id: req.workflow,
      branch: req.branch,
      status: 'success',
      per_page: req.runsToSearch ?? 10,
    });
    for (const run of runs.data.workflow_runs) {
      const listed = await api.listWorkflowRunArtifacts({
        owner,
        repo,
        run_id: run.id,
        name: req.artifactName,
      });
      const artifact = listed.data.artifacts.find((a) => a.name === req.artifactName && !a.expired);
      if (!artifact) continue;
      const zip = await api.downloadArtifact({
        owner,
        repo,
        artifact_id: artifact.id,
        archive_format: 'zip',
      });
      const json = timingsIn(zip.data, req.artifactName);
      return { found: true, json, runId: run.id };
    }
    return {
      found: false,
      notice: `No timings yet: none of the last ${runs.data.workflow_runs.length} successful runs of ${req.workflow} on ${req.branch} has an artifact '${req.artifactName}'. This run balances by test counts; the report job saves timings for the next one.`,
    };
  } catch (err) {
    return { found: false, notice: degradeNotice(err, req) };
  }
}

function degradeNotice(err: unknown, req: FetchRequest): string {
  const status =
    typeof err === 'object' && err !== null && 'status' in err
      ? (err as { status: unknown }).status
      : undefined;
  const why =
    status === 403
      ? "the token may not read Actions data (403): give the calling job 'permissions: actions: read'"
      : status === 404
        ? `workflow ${req.workflow} or its artifacts were not found (404)`
        : `${err instanceof Error ? err.message : String(err)}`.split('\n')[0];
  return `Could not fetch the previous timings through the GitHub API: ${why}. This run balances by test counts.`;
}

/** The timings JSON inside an artifact zip; throws a message naming the artifact when absent or invalid. */
function timingsIn(data: unknown, artifactName: string): string {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
  if (!bytes) throw new Error(`artifact '${artifactName}' download returned no archive`);
  const files = [...unzip(bytes).entries()].filter(([name]) => name.endsWith('.json'));
  for (const [, content] of files) {
    const text = content.toString('utf8');
    try {
      const doc = JSON.parse(text) as { tool?: unknown };
      if (doc.tool === 'group-matrix-timings') return text;
    } catch {
      // Not this file; a clear error follows if none is a timings file.
    }
  }
  throw new Error(`artifact '${artifactName}' holds no group-matrix timings file`);
}

/** The workflow file of `GITHUB_WORKFLOW_REF` (`owner/repo/.github/workflows/ci.yml@refs/...`). */
export function workflowFileOf(workflowRef: string): string | null {
  const m = /\/\.github\/workflows\/([^@/]+)@/.exec(workflowRef);
  return m ? m[1]! : null;
}
