// The timings fallback (workflows/{id}/runs → runs/{id}/artifacts → artifacts/{id}/zip).
// GitHub's REST API cannot be reached from the test machine, so Octokit's `rest.actions` is
// replaced by a stand-in that records the calls; the zip archives are made by the real `zip`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchLatestTimings, workflowFileOf, type ActionsApi } from '../../src/timings-fetch/fetch.js';
import { unzip } from '../../src/timings-fetch/unzip.js';

const TIMINGS = '{"version":1,"tool":"group-matrix-timings","tests":{"t.py::a":1.5},"files":{}}\n';

/** A zip archive holding `files`, written by the zip tool (as upload-artifact's archives are zips). */
function zipOf(files: Record<string, string>, args: string[] = ['-q']): ArrayBuffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-zip-'));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  const r = spawnSync('zip', [...args, 'a.zip', ...Object.keys(files)], { cwd: dir, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`zip failed: ${r.stderr}`);
  const buf = fs.readFileSync(path.join(dir, 'a.zip'));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

class HttpError extends Error {
  constructor(public status: number) {
    super(`HTTP ${status}`);
  }
}

interface Fake {
  runs: number[];
  artifacts: Record<number, { id: number; name: string; expired: boolean }[]>;
  zips: Record<number, ArrayBuffer>;
  fail?: number;
}

/** An Octokit `rest.actions` stand-in over `fake`, recording each call. */
function fakeApi(fake: Fake, calls: string[]): ActionsApi {
  const maybeFail = () => {
    if (fake.fail) throw new HttpError(fake.fail);
  };
  return {
    listWorkflowRuns: async (p) => {
      calls.push(`runs ${p.workflow_id} ${p.branch} ${p.status}`);
      maybeFail();
      return { data: { workflow_runs: fake.runs.map((id) => ({ id })) } };
    },
    listWorkflowRunArtifacts: async (p) => {
      calls.push(`artifacts ${p.run_id} ${p.name}`);
      return { data: { artifacts: fake.artifacts[p.run_id] ?? [] } };
    },
    downloadArtifact: async (p) => {
      calls.push(`zip ${p.artifact_id}`);
      return { data: fake.zips[p.artifact_id] };
    },
  };
}

const REQ = {
  owner: 'o',
  repo: 'r',
  workflow: 'ci.yml',
  branch: 'main',
  artifactName: 'group-matrix-timings',
};

describe('fetchLatestTimings (mocked Octokit: GitHub cannot be reached here)', () => {
  it('takes the newest successful run that has the artifact, skipping expired ones', async () => {
    const calls: string[] = [];
    const api = fakeApi(
      {
        runs: [30, 20, 10],
        artifacts: {
          30: [],
          20: [{ id: 7, name: 'group-matrix-timings', expired: true }],
          10: [{ id: 8, name: 'group-matrix-timings', expired: false }],
        },
        zips: { 8: zipOf({ 'timings.json': TIMINGS }) },
      },
      calls,
    );
    expect(await fetchLatestTimings(api, REQ)).toEqual({ found: true, json: TIMINGS, runId: 10 });
    expect(calls).toEqual([
      'runs ci.yml main success',
      'artifacts 30 group-matrix-timings',
      'artifacts 20 group-matrix-timings',
      'artifacts 10 group-matrix-timings',
      'zip 8',
    ]);
  });

  it('reads a stored (uncompressed) entry too', async () => {
    const api = fakeApi(
      {
        runs: [1],
        artifacts: { 1: [{ id: 2, name: 'group-matrix-timings', expired: false }] },
        zips: { 2: zipOf({ 't.json': TIMINGS }, ['-q', '-0']) },
      },
      [],
    );
    expect(await fetchLatestTimings(api, REQ)).toMatchObject({ found: true, json: TIMINGS });
  });

  it('403 (token without actions: read): a notice saying what to grant, never a throw', async () => {
    const outcome = await fetchLatestTimings(
      fakeApi({ runs: [], artifacts: {}, zips: {}, fail: 403 }, []),
      REQ,
    );
    expect(outcome).toEqual({
      found: false,
      notice: expect.stringContaining("give the calling job 'permissions: actions: read'") as string,
    });
    expect(outcome.found === false && outcome.notice).toContain('balances by test counts');
  });

  it('404 and other errors degrade to a notice as well', async () => {
    const outcome = await fetchLatestTimings(
      fakeApi({ runs: [], artifacts: {}, zips: {}, fail: 404 }, []),
      REQ,
    );
    expect(outcome.found === false && outcome.notice).toContain(
      'workflow ci.yml or its artifacts were not found (404)',
    );
  });

  it('no run has the artifact: a notice that the report saves timings for the next run', async () => {
    const outcome = await fetchLatestTimings(fakeApi({ runs: [1, 2], artifacts: {}, zips: {} }, []), REQ);
    expect(outcome.found === false && outcome.notice).toContain(
      "none of the last 2 successful runs of ci.yml on main has an artifact 'group-matrix-timings'",
    );
  });

  it('an artifact without a timings file is a notice naming it', async () => {
    const api = fakeApi(
      {
        runs: [1],
        artifacts: { 1: [{ id: 2, name: 'group-matrix-timings', expired: false }] },
        zips: { 2: zipOf({ 'x.json': '{"a":1}' }) },
      },
      [],
    );
    const outcome = await fetchLatestTimings(api, REQ);
    expect(outcome.found === false && outcome.notice).toContain(
      "artifact 'group-matrix-timings' holds no group-matrix timings file",
    );
  });
});

describe('unzip and workflowFileOf', () => {
  it('reads several entries and refuses what is not a zip', () => {
    const files = unzip(new Uint8Array(zipOf({ 'a.json': '1', 'b.txt': 'two' })));
    expect([...files.keys()].sort()).toEqual(['a.json', 'b.txt']);
    expect(files.get('b.txt')!.toString()).toBe('two');
    expect(() => unzip(new TextEncoder().encode('not a zip at all, not at all'))).toThrow(
      /not a zip archive/,
    );
  });

  it('takes the workflow file from GITHUB_WORKFLOW_REF', () => {
    expect(workflowFileOf('o/r/.github/workflows/ci.yml@refs/heads/main')).toBe('ci.yml');
    expect(workflowFileOf('')).toBeNull();
  });
});

describe('through the real Octokit of @actions/github, with fetch stood in for GitHub', () => {
  /** A fetch that answers the three REST paths like api.github.com; `status` for every call when set. */
  function fakeFetch(urls: string[], status?: number) {
    const zip = zipOf({ 'timings.json': TIMINGS });
    return async (input: string | URL | Request): Promise<Response> => {
      const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
      urls.push(url.pathname + url.search);
      const json = (body: unknown, code = 200) =>
        new Response(JSON.stringify(body), { status: code, headers: { 'content-type': 'application/json' } });
      if (status) return json({ message: 'Resource not accessible by integration' }, status);
      if (url.pathname === '/repos/o/r/actions/workflows/ci.yml/runs')
        return json({ total_count: 1, workflow_runs: [{ id: 10 }] });
      if (url.pathname === '/repos/o/r/actions/runs/10/artifacts')
        return json({ total_count: 1, artifacts: [{ id: 8, name: 'group-matrix-timings', expired: false }] });
      if (url.pathname === '/repos/o/r/actions/artifacts/8/zip')
        return new Response(zip, { status: 200, headers: { 'content-type': 'application/zip' } });
      return json({ message: 'Not Found' }, 404);
    };
  }

  it('calls workflows/{id}/runs → runs/{id}/artifacts → artifacts/{id}/zip and returns the file', async () => {
    const { getOctokit } = await import('@actions/github');
    const urls: string[] = [];
    const octokit = getOctokit('t', { request: { fetch: fakeFetch(urls) } });
    expect(await fetchLatestTimings(octokit.rest.actions, REQ)).toEqual({
      found: true,
      json: TIMINGS,
      runId: 10,
    });
    expect(urls).toEqual([
      '/repos/o/r/actions/workflows/ci.yml/runs?branch=main&status=success&per_page=10',
      '/repos/o/r/actions/runs/10/artifacts?name=group-matrix-timings',
      '/repos/o/r/actions/artifacts/8/zip',
    ]);
  });

  it('a 403 from GitHub becomes the notice, not an error', async () => {
    const { getOctokit } = await import('@actions/github');
    const octokit = getOctokit('t', { request: { fetch: fakeFetch([], 403) } });
    const outcome = await fetchLatestTimings(octokit.rest.actions, REQ);
    expect(outcome.found === false && outcome.notice).toContain('(403)');
  });
});
