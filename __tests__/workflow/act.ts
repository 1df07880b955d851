// Runs a workflow in nektos/act (scripts/act.mjs builds it), jobs on this machine
// (`-P ubuntu-latest=-self-hosted`, no Docker), as GitHub would run it for a push to a repository
// made for the test. Everything a run needs from outside is mapped to this machine:
//   - group-matrix/group-matrix at any ref: a copy of this checkout (the action, report/, the
//     reusable workflow, dist/), so callers' `uses:` lines run unchanged;
//   - each marketplace action at the commit the workflows pin: its stand-in (stand-ins/README.md);
//   - artifacts and the cache: act's own servers, on loopback, in a state directory that a second
//     run can share (a re-run attempt);
//   - the GitHub API: a closed local port (the timings fallback must degrade to a notice);
//   - the pytest plugin's package index: a wheel built from python/ (PIP_FIND_LINKS), because
//     pytest-group-matrix is not published yet.
// What act cannot do here is listed in docs/workflow.md ("How it is tested").
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO } from '../helpers/run-action.js';

const { ensureAct } = (await import(new URL('../../scripts/act.mjs', import.meta.url).href)) as {
  ensureAct(): { path: string; version: string };
};
const { node24 } = (await import(new URL('../../scripts/node24.mjs', import.meta.url).href)) as {
  node24(): { path: string; version: string } | { error: string };
};

export const ACT = ensureAct();
const NODE24 = (() => {
  const found = node24();
  if ('error' in found) throw new Error(`The workflow tests run actions on Node 24: ${found.error}`);
  return found;
})();

/** Our own repository, as callers name it. */
export const OWN_REPOSITORY = 'group-matrix/group-matrix';

const STAND_INS = path.join(REPO, '__tests__', 'workflow', 'stand-ins');
/** Marketplace action repositories → their stand-in directory. */
const STAND_IN_DIRS: Record<string, string> = {
  'actions/upload-artifact': 'upload-artifact',
  'actions/download-artifact': 'download-artifact',
  'actions/cache': 'cache',
  'actions/setup-python': 'setup-python',
  'actions/setup-node': 'setup-node',
};

// Actions of workflows no test runs here, so none needs a stand-in: release.yml publishes to PyPI
// by trusted publishing (it is linted by actionlint and zizmor, not run). Were a test to run one,
// act would try to download the action and fail, loudly.
const NOT_RUN_HERE = new Set(['pypa/gh-action-pypi-publish']);

const tmp = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

function run(command: string, args: string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${r.stdout}${r.stderr}`);
  return r.stdout;
}

/**
 * `uses: $/path` (GitHub's self-repository syntax: this repository at the workflow's own commit)
 * written as `owner/repo/path@ref`, which is what GitHub resolves it to. act 0.2.89 predates the
 * syntax; only `uses:` values starting with `$/` change.
 */
export function resolveSelfUses(text: string, repository: string, ref: string): string {
  return text.replace(/^(\s*(?:-\s+)?uses:\s+)\$\/(\S*)/gm, (_, lead: string, sub: string) => {
    const rest = sub.replace(/\/$/, '');
    return `${lead}${repository}${rest ? `/${rest}` : ''}@${ref}`;
  });
}

/** Every `uses:` value of the YAML files under `dir` (workflows and action.yml files). */
function usesIn(dir: string): string[] {
  const found: string[] = [];
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    if (!/\.ya?ml$/.test(rel) || rel.split(path.sep).includes('node_modules')) continue;
    const text = fs.readFileSync(path.join(dir, rel), 'utf8');
    for (const m of text.matchAll(/^\s*(?:-\s+)?uses:\s+['"]?([^\s'"#]+)/gm)) found.push(m[1]!);
  }
  return found;
}

let snapshot: string | undefined;

/**
 * This checkout's files as a remote ref of group-matrix/group-matrix holds them (what git tracks
 * plus new files not ignored: no node_modules), with `$/` references resolved to the same ref.
 * `edit` changes the reusable workflow of this ref (a broken copy). Copied once: `npm run package`
 * elsewhere may rewrite dist/ meanwhile.
 */
export function ownRepositorySnapshot(ref: string, edit?: (workflow: string) => string): string {
  if (!snapshot) {
    snapshot = tmp('gm-own-');
    const files = run('git', ['ls-files', '-co', '--exclude-standard', '-z'], REPO)
      .split('\0')
      .filter(Boolean);
    for (const rel of files) {
      const from = path.join(REPO, rel);
      if (!fs.existsSync(from) || rel.startsWith('__tests__/')) continue;
      fs.mkdirSync(path.dirname(path.join(snapshot, rel)), { recursive: true });
      fs.copyFileSync(from, path.join(snapshot, rel));
    }
    for (const main of ['dist/index.js', 'dist/report/index.js'])
      if (!fs.existsSync(path.join(snapshot, main)))
        throw new Error(`${main} is missing: run npm run package first`);
  }
  const dir = path.join(path.dirname(snapshot), `${path.basename(snapshot)}@${ref}`);
  if (!fs.existsSync(dir)) {
    fs.cpSync(snapshot, dir, { recursive: true });
    for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
      if (!/\.ya?ml$/.test(rel)) continue;
      const file = path.join(dir, rel);
      const text = fs.readFileSync(file, 'utf8');
      const resolved = resolveSelfUses(text, OWN_REPOSITORY, ref);
      if (resolved !== text) fs.writeFileSync(file, resolved);
    }
    if (edit) {
      const file = path.join(dir, '.github', 'workflows', 'group-matrix.yml');
      const text = fs.readFileSync(file, 'utf8');
      const edited = edit(text);
      if (edited === text) throw new Error(`the edit of ${ref} changed nothing`);
      fs.writeFileSync(file, edited);
    }
  }
  return dir;
}

let standInRoot: string | undefined;

/** A copy of each stand-in with this checkout's node_modules linked in (act copies actions). */
function standIn(name: string): string {
  standInRoot ??= tmp('gm-stand-ins-');
  const dir = path.join(standInRoot, name);
  if (!fs.existsSync(dir)) {
    fs.cpSync(path.join(STAND_INS, name), dir, { recursive: true });
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
  }
  return dir;
}

let wheelhouse: string | undefined;

/** The pytest plugin built from python/ as a wheel, for PIP_FIND_LINKS. */
function pluginWheelhouse(): string {
  if (wheelhouse) return wheelhouse;
  const src = tmp('gm-plugin-src-');
  fs.cpSync(path.join(REPO, 'python'), src, {
    recursive: true,
    filter: (from) => !/(__pycache__|\.egg-info|build|\.pytest_cache)$/.test(from),
  });
  const out = tmp('gm-wheelhouse-');
  const python = process.env['GROUP_MATRIX_PYTHON'] || 'python3';
  run(
    python,
    ['-m', 'pip', 'wheel', '--quiet', '--disable-pip-version-check', '--no-deps', '-w', out, src],
    src,
  );
  wheelhouse = out;
  return out;
}

/** Artifacts and cache entries outlive a run, as on GitHub: a re-run attempt shares them. */
export interface ActState {
  root: string;
  runId: string;
}

export function newState(): ActState {
  const state = { root: tmp('gm-act-state-'), runId: String(1000 + Math.floor(Math.random() * 9000)) };
  // act's artifact server fails a listing before the run's first upload unless its directory exists.
  fs.mkdirSync(path.join(state.root, 'artifacts', state.runId), { recursive: true });
  return state;
}

/**
 * A git repository made of `files` (path → content), on branch main with an origin on github.com,
 * as a repository under test.
 */
export function makeRepository(files: Record<string, string>): string {
  const dir = tmp('gm-repo-');
  for (const [rel, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), content);
  }
  run('git', ['init', '--quiet', '--initial-branch=main'], dir);
  run('git', ['remote', 'add', 'origin', 'https://github.com/owner/repo.git'], dir);
  run('git', ['add', '--all'], dir);
  run('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '--quiet', '-m', 'test'], dir);
  return dir;
}

/** One line of act's `--json` log. */
export interface LogLine {
  /** Workflow commands: `set-output`, `summary`, `error`, `warning`, `notice`, ... */
  command?: string;
  /** The workflow command as the step printed it (`::error title=x::message`). */
  raw?: string;
  name?: string;
  arg?: string;
  content?: string;
  job?: string;
  jobID?: string;
  matrix?: Record<string, unknown>;
  stage?: string;
  step?: string;
  stepID?: string[];
  stepResult?: string;
  jobResult?: string;
  msg?: string;
  raw_output?: boolean;
  level?: string;
}

export interface ActResult {
  status: number | null;
  lines: LogLine[];
  /** act's whole output, for failure messages. */
  text: string;
  state: ActState;
  repository: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface ActOptions {
  /** The repository under test (makeRepository). */
  repository: string;
  /** Repo-relative path of the workflow to run. */
  workflow: string;
  event?: string;
  /** The branch pushed to. */
  branch?: string;
  state?: ActState;
  attempt?: number;
  /** Extra environment of the runner. */
  env?: Record<string, string>;
  /** Run only this job (and the jobs it needs). */
  job?: string;
}

/** Runs `workflow` of `repository` in act; never throws on a failed workflow (see `status`). */
export async function runAct(options: ActOptions): Promise<ActResult> {
  const { repository, workflow, event = 'push', branch = 'main', attempt = 1 } = options;
  const state = options.state ?? newState();
  const ownRef = new Set<string>();
  const mappings: string[] = [];
  for (const uses of [...usesIn(path.join(repository, '.github')), ...usesIn(ownRepositorySnapshot('v1'))]) {
    if (uses.startsWith('./') || uses.startsWith('docker://')) continue;
    const m = /^([\w.-]+\/[\w.-]+)(\/[^@]*)?@(.+)$/.exec(uses);
    if (!m) throw new Error(`cannot map 'uses: ${uses}' for act`);
    const [, repo, , ref] = m;
    if (repo === OWN_REPOSITORY) ownRef.add(ref!);
    else if (STAND_IN_DIRS[repo!]) mappings.push(`${repo}@${ref}=${standIn(STAND_IN_DIRS[repo!]!)}`);
    else if (repo !== 'actions/checkout' && !NOT_RUN_HERE.has(repo!))
      throw new Error(`'uses: ${uses}': no stand-in for ${repo} (act cannot download it here)`);
  }
  for (const ref of ownRef) mappings.push(`${OWN_REPOSITORY}@${ref}=${ownRepositorySnapshot(ref)}`);

  const eventFile = path.join(state.root, `event-${attempt}.json`);
  fs.writeFileSync(
    eventFile,
    JSON.stringify({
      ref: `refs/heads/${branch}`,
      repository: {
        default_branch: 'main',
        full_name: 'owner/repo',
        name: 'repo',
        owner: { login: 'owner' },
      },
    }),
  );
  const args = [
    event,
    '-W',
    workflow,
    '-e',
    eventFile,
    '-P',
    'ubuntu-latest=-self-hosted',
    '--json',
    // Debug lines carry what info lines leave out: skipped jobs and steps (jobResult/stepResult).
    '--verbose',
    '--concurrent-jobs',
    '2',
    '--action-cache-path',
    path.join(state.root, `actions-${attempt}`),
    '--artifact-server-path',
    path.join(state.root, 'artifacts'),
    '--artifact-server-addr',
    '127.0.0.1',
    '--artifact-server-port',
    String(await freePort()),
    '--cache-server-path',
    path.join(state.root, 'cache'),
    '--cache-server-addr',
    '127.0.0.1',
    '--cache-server-port',
    '0',
    '--defaultbranch',
    'main',
    '--env',
    `GITHUB_RUN_ID=${state.runId}`,
    '--env',
    `GITHUB_RUN_ATTEMPT=${attempt}`,
    '--env',
    `GITHUB_REF=refs/heads/${branch}`,
    // Nothing listens there: the API fallback must degrade to a notice, as when it is not allowed.
    '--env',
    'GITHUB_API_URL=http://127.0.0.1:9',
    '-s',
    'GITHUB_TOKEN=test-token-not-valid',
    ...mappings.flatMap((m) => ['--local-repository', m]),
    ...(options.job ? ['-j', options.job] : []),
  ];
  const result = spawnSync(ACT.path, args, {
    cwd: repository,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 600_000,
    env: {
      // This machine's environment (registry proxies and certificates among it), less what would
      // point act at another runner's services (an outer CI's GITHUB_*, ACTIONS_*, RUNNER_*).
      ...Object.fromEntries(
        Object.entries(process.env).filter(
          ([k]) => !/^(GITHUB_|ACTIONS_|RUNNER_|INPUT_|VITEST|NODE_ENV$)/.test(k),
        ),
      ),
      PATH: `${path.dirname(NODE24.path)}:${process.env['PATH']}`,
      ACT_DISABLE_VERSION_CHECK: '1',
      PIP_FIND_LINKS: pluginWheelhouse(),
      PIP_DISABLE_PIP_VERSION_CHECK: '1',
      PYTHONDONTWRITEBYTECODE: '1',
      GROUP_MATRIX_STANDIN_NODES: NODE24.path,
      ...options.env,
    },
  });
  if (result.error) throw new Error(`could not run ${ACT.path}: ${result.error.message}`);
  fs.writeFileSync(path.join(state.root, `act-${attempt}.log`), result.stdout + result.stderr);
  const lines: LogLine[] = [];
  for (const line of result.stdout.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      lines.push(JSON.parse(line) as LogLine);
    } catch {
      // a step's own output that happens to start with '{' is in `msg` lines; skip the rest
    }
  }
  return { status: result.status, lines, text: result.stdout + result.stderr, state, repository };
}

/** A job (one matrix leg) of a run, by the job id in its workflow and its display name. */
export interface JobRun {
  id: string;
  /** act's display name: `<caller job>/<workflow name>/<job name>` in a called workflow. */
  name: string;
  result: string;
  lines: LogLine[];
}

/** Every job that ran or was skipped, in the order act finished them. */
export function jobsOf(r: ActResult, id?: string): JobRun[] {
  const byJob = new Map<string, JobRun>();
  for (const line of r.lines) {
    if (!line.jobID || !line.job) continue;
    const key = `${line.jobID}\0${line.job}`;
    let job = byJob.get(key);
    if (!job) {
      let name = line.job.trim();
      // act tells matrix legs apart by appending `-<leg number>` to the job's name; GitHub does not.
      if (line.matrix && Object.keys(line.matrix).length > 0) name = name.replace(/-\d+$/, '');
      job = { id: line.jobID, name, result: '', lines: [] };
      byJob.set(key, job);
    }
    job.lines.push(line);
    if (line.jobResult) job.result = line.jobResult;
  }
  // act keeps one result for all the legs of a matrix (the last leg to finish sets it for every
  // leg), so a leg's own result is read from its steps.
  for (const j of byJob.values()) {
    const leg = j.lines.some((l) => l.matrix && Object.keys(l.matrix).length > 0);
    if (leg && j.result && j.result !== 'skipped')
      j.result = j.lines.some((l) => l.stepResult === 'failure') ? 'failure' : 'success';
  }
  return [...byJob.values()].filter((j) => id === undefined || j.id === id);
}

/** The one job (not a matrix) with this id. */
export function job(r: ActResult, id: string): JobRun {
  const found = jobsOf(r, id);
  if (found.length !== 1) throw new Error(`expected one job '${id}', found ${found.length}\n${explain(r)}`);
  return found[0]!;
}

/** A step's lines, by its `id:` (or its name when it has none). */
export function stepLines(j: JobRun, step: string): LogLine[] {
  return j.lines.filter((l) => l.stepID?.[0] === step || l.step === step);
}

/** The result act logged for a step: success, failure or skipped (none when not reached). */
export function stepResult(j: JobRun, step: string): string | undefined {
  const results = stepLines(j, step).filter((l) => l.stepResult && (l.stage ?? 'Main') === 'Main');
  return results.at(-1)?.stepResult;
}

/** A step's outputs (`set-output` commands: what it wrote to GITHUB_OUTPUT). */
export function outputsOf(j: JobRun, step: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of stepLines(j, step)) if (l.command === 'set-output' && l.name) out[l.name] = l.arg ?? '';
  return out;
}

/**
 * The messages of the workflow commands of a kind (`error`, `warning`, `notice`) a step or job
 * printed, read from the command as printed: act's own `arg` stops at a `::` inside the message
 * (node ids hold them), where GitHub's runner takes everything after the first `::` pair.
 */
export function commandsOf(lines: LogLine[], kind: string): string[] {
  return lines
    .filter((l) => l.command === kind && l.raw)
    .map((l) => {
      const m = /^::[\w-]+(?: [^:]*)?::([\s\S]*)$/.exec(l.raw!.trimEnd());
      return (m?.[1] ?? '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    });
}

/** A step's job summary (GITHUB_STEP_SUMMARY). */
export function summaryOf(j: JobRun, step: string): string {
  return stepLines(j, step)
    .filter((l) => l.command === 'summary')
    .map((l) => l.content ?? '')
    .join('');
}

/** What a step printed. */
export function printed(j: JobRun, step: string): string {
  return stepLines(j, step)
    .filter((l) => l.raw_output)
    .map((l) => l.msg ?? '')
    .join('')
    .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '');
}

/** Each job's result and its failed steps' output: the message of a failed assertion. */
export function explain(r: ActResult): string {
  const jobs = jobsOf(r);
  if (jobs.length === 0) return `act exited ${r.status} with no job:\n${r.text.slice(-4000)}`;
  return jobs
    .map((j) => {
      const failed = j.lines.filter(
        (l) => l.level === 'error' || l.command === 'error' || l.stepResult === 'failure',
      );
      const out = failed.length ? `\n    ${failed.map((l) => (l.msg ?? '').trim()).join('\n    ')}` : '';
      return `${j.id} / ${j.name}: ${j.result || '(no result)'}${out}`;
    })
    .join('\n');
}
