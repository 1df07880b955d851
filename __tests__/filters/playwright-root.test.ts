// The Playwright filter names files relative to Playwright's config.rootDir (the config's
// top-level testDir, else its directory), which the collect job reads statically into the plan.
// From source: the plan from runPipeline(), the filter's test list, then the real Playwright lists
// what each job selects (`playwright test --list` needs no browser).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/pipeline.js';
import { planFileJson } from '../../src/plan-file/write.js';
import { compareWithPlan } from '../../src/filters/check.js';
import { testsOfPlaywrightJson } from '../../src/filters/playwright/listing.js';
import {
  type PlaywrightOptions,
  playwrightArgs,
  playwrightListArgs,
} from '../../src/filters/playwright/test-list.js';
import { FilterError, readSelection } from '../../src/filters/selection.js';
import { readSettings } from '../../src/inputs.js';
import { REPO } from '../helpers/run-action.js';
import { makeTree } from '../helpers/tree.js';

const PLAYWRIGHT = path.join(REPO, 'node_modules', '.bin', 'playwright');
const SUITES = path.join(REPO, '__tests__', 'fixtures', 'js-suites');

interface PlannedJob {
  id: string;
  tests: { id: string; file: string }[];
}

interface Planned {
  root: string;
  planFile: string;
  jobs: PlannedJob[];
  doc: Record<string, unknown>;
}

/** The collect job, from source, on `root`; the plan file written where a workflow would. */
async function plan(root: string, inputs: Record<string, string> = {}): Promise<Planned> {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-pw-plan-'));
  const settings = readSettings((name) => inputs[name] ?? '', { workspace: root, tempDir: temp });
  const outcome = await runPipeline(settings);
  if (outcome.failure) throw new Error(outcome.failure);
  const planFile = path.join(temp, 'plan.json');
  fs.writeFileSync(planFile, planFileJson(outcome.plan));
  const doc = JSON.parse(fs.readFileSync(planFile, 'utf8')) as Record<string, unknown>;
  return { root, planFile, jobs: doc['jobs'] as PlannedJob[], doc };
}

/** A suite in a temp directory, resolving @playwright/test from this repository. */
function suite(files: Record<string, string>): string {
  const root = makeTree({
    'package.json': JSON.stringify({ private: true, devDependencies: { '@playwright/test': '1.65.1' } }),
    ...files,
  });
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

/** The filter's options for job `id`, run in the plan's root unless `extra` says otherwise. */
function options(p: Planned, id: string, extra: Partial<PlaywrightOptions> = {}): PlaywrightOptions {
  return {
    listDir: fs.mkdtempSync(path.join(os.tmpdir(), 'gm-pw-list-')),
    cwd: p.root,
    ...extra,
    env: { GROUP_MATRIX_PLAN: p.planFile, GROUP_MATRIX_ID: id, ...extra.env },
  };
}

function playwright(cwd: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(PLAYWRIGHT, args, { cwd, encoding: 'utf8', env: { ...process.env, CI: '1', ...env } });
}

/**
 * What `playwright test --list` selects, as `file › titles` with files relative to `base` (the
 * plan's root), once per test whatever its project. Playwright exits 0 when a test list selects
 * nothing: that is the silent loss these tests guard against.
 */
function listed(cwd: string, args: string[], base = cwd): string[] {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-pw-json-'));
  const out = path.join(temp, 'list.json');
  const r = playwright(cwd, ['test', '--list', '--reporter=json', ...args], {
    PLAYWRIGHT_JSON_OUTPUT_FILE: out,
  });
  if (r.status !== 0) throw new Error(`playwright --list failed: ${r.stdout}${r.stderr}`);
  const tests = testsOfPlaywrightJson(out, JSON.parse(fs.readFileSync(out, 'utf8')));
  const names = tests.map((t) =>
    [path.relative(base, t.file).split(path.sep).join('/'), ...t.titles].join(' › '),
  );
  return [...new Set(names)].sort();
}

/** The tests the plan gives a job, as `listed` names them (a file planned whole: all of it). */
function plannedNames(job: PlannedJob, full: string[]): string[] {
  return job.tests
    .flatMap((t) =>
      t.id === t.file ? full.filter((n) => n.startsWith(`${t.file} › `)) : [t.id.split('::').join(' › ')],
    )
    .sort();
}

/** Each job's test list selects exactly its planned tests, and every test is in one job. */
function expectExactJobs(
  p: Planned,
  full: string[],
  run: (args: string[]) => string[],
  extra: Partial<PlaywrightOptions> = {},
) {
  const seen: string[] = [];
  for (const job of p.jobs) {
    const selected = run(playwrightArgs(options(p, job.id, extra)));
    expect({ job: job.id, selected }).toEqual({ job: job.id, selected: plannedNames(job, full) });
    seen.push(...selected);
  }
  expect(seen.sort()).toEqual(full);
}

describe('projects-only testDirs: rootDir is the config directory', () => {
  const root = path.join(SUITES, 'playwright-projects');

  it('the plan records the config and its rootDir', async () => {
    const p = await plan(root);
    expect(p.doc['playwright_configs']).toEqual([{ config: 'playwright.config.ts', root_dir: '.' }]);
  });

  it("each job's test list selects exactly its tests, where the first project's testDir selected none", async () => {
    const p = await plan(root);
    const full = listed(root, []);
    expect(full).toHaveLength(8);
    expectExactJobs(p, full, (args) => listed(root, args));

    // What the removed guess took (the first `testDir:` in the config's text: a project's), and
    // what its test list selected in a job of that project's files: nothing, and exit code 0.
    const text = fs.readFileSync(path.join(root, 'playwright.config.ts'), 'utf8');
    const guess = /\btestDir\s*:\s*(['"`])([^'"`$]*)\1/.exec(text)![2]!;
    expect(guess).toBe('api');
    const apiJobs = p.jobs.filter((j) => j.tests.every((t) => t.file.startsWith('api/')));
    expect(apiJobs.length).toBeGreaterThanOrEqual(2);
    for (const job of apiJobs)
      expect(listed(root, playwrightArgs(options(p, job.id, { testDir: path.join(root, guess) })))).toEqual(
        [],
      );
  });

  it("list-args gives Playwright's own view of the name-selected files, which agrees with the plan", async () => {
    const p = await plan(root);
    let compared = 0;
    for (const job of p.jobs) {
      const o = options(p, job.id);
      const args = playwrightListArgs(o);
      if (args.length === 0) continue;
      const out = path.join(o.listDir, 'list.json');
      const r = playwright(root, ['test', ...args], { PLAYWRIGHT_JSON_OUTPUT_FILE: out });
      expect(r.status, r.stderr).toBe(0);
      const selection = readSelection('playwright', o.env, root);
      const outcome = compareWithPlan(
        'playwright',
        selection,
        testsOfPlaywrightJson(out, JSON.parse(fs.readFileSync(out, 'utf8'))),
      );
      expect(outcome.differences).toEqual([]);
      expect(outcome.tests).toBeGreaterThan(0);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(2);
  });
});

describe('other rootDirs, with the real Playwright', () => {
  it("a top-level testDir, and a project's testDir outside it: named with ../", async () => {
    const root = suite({
      'playwright.config.ts': [
        "import { defineConfig } from '@playwright/test';",
        "export default defineConfig({ testDir: 'tests', projects: [{ name: 'ui' }, { name: 'api', testDir: 'api' }] });",
      ].join('\n'),
      'tests/ui.spec.ts':
        "import { test } from '@playwright/test';\ntest('a @group:1', () => {});\ntest('b @group:2', () => {});\n",
      'api/api.spec.ts':
        "import { test } from '@playwright/test';\ntest('c @group:1', () => {});\ntest('d @group:2', () => {});\n",
    });
    const p = await plan(root);
    expect(p.doc['playwright_configs']).toEqual([{ config: 'playwright.config.ts', root_dir: 'tests' }]);
    const full = listed(root, []);
    expect(full).toHaveLength(4);
    expectExactJobs(p, full, (args) => listed(root, args));
  });

  it("testDir: path.join(__dirname, 'e2e')", async () => {
    const root = suite({
      'playwright.config.ts': [
        "import path from 'node:path';",
        "import { defineConfig } from '@playwright/test';",
        "export default defineConfig({ testDir: path.join(__dirname, 'e2e') });",
      ].join('\n'),
      'e2e/deep/x.spec.ts':
        "import { test } from '@playwright/test';\ntest('a @group:1', () => {});\ntest('b @group:2', () => {});\n",
    });
    const p = await plan(root);
    expect(p.doc['playwright_configs']).toEqual([{ config: 'playwright.config.ts', root_dir: 'e2e' }]);
    const full = listed(root, []);
    expect(full).toHaveLength(2);
    expectExactJobs(p, full, (args) => listed(root, args));
  });

  it('a config not readable statically: an error naming it and --test-dir, never a guess', async () => {
    const root = suite({
      'playwright.config.ts': [
        "import path from 'node:path';",
        "import { defineConfig } from '@playwright/test';",
        "export default defineConfig({ testDir: path.join(process.cwd(), 'e2e') });",
      ].join('\n'),
      'e2e/x.spec.ts':
        "import { test } from '@playwright/test';\ntest('a @group:1', () => {});\ntest('b @group:2', () => {});\n",
    });
    const p = await plan(root, { 'js-runner': 'playwright', paths: 'e2e/*.spec.ts' });
    expect(p.doc['playwright_configs']).toEqual([{ config: 'playwright.config.ts', root_dir: null }]);
    const id = p.jobs[0]!.id;
    expect(() => playwrightArgs(options(p, id))).toThrow(FilterError);
    expect(() => playwrightArgs(options(p, id))).toThrow(
      /could not read the Playwright config 'playwright\.config\.ts' statically.*pass --test-dir with the config's top-level testDir/,
    );
    // The file is split by name, so list-args needs the rootDir too.
    expect(() => playwrightListArgs(options(p, id))).toThrow(/could not read the Playwright config/);
    // Given by the user, as the config computes it: exact.
    const full = listed(root, []);
    expectExactJobs(p, full, (args) => listed(root, args), { testDir: 'e2e' });
  });

  it('Playwright run from above its config: --config, as given to Playwright with -c', async () => {
    const root = suite({
      'web/playwright.config.ts': [
        "import { defineConfig } from '@playwright/test';",
        "export default defineConfig({ projects: [{ name: 'e2e', testDir: 'e2e' }] });",
      ].join('\n'),
      'web/e2e/x.spec.ts':
        "import { test } from '@playwright/test';\ntest('a @group:1', () => {});\ntest('b @group:2', () => {});\n",
    });
    const p = await plan(root, { 'js-runner': 'playwright', paths: 'web/e2e/*.spec.ts' });
    expect(p.doc['playwright_configs']).toEqual([{ config: 'web/playwright.config.ts', root_dir: 'web' }]);
    const config = ['-c', 'web/playwright.config.ts'];
    const full = listed(root, config);
    expect(full).toEqual(['web/e2e/x.spec.ts › a @group:1', 'web/e2e/x.spec.ts › b @group:2']);
    expectExactJobs(p, full, (args) => listed(root, [...config, ...args]), {
      config: 'web/playwright.config.ts',
    });
    expectExactJobs(p, full, (args) => listed(root, [...config, ...args]), { config: 'web' });
    // Without --config, from a directory with no config while the plan names one: an error.
    expect(() => playwrightArgs(options(p, p.jobs[0]!.id))).toThrow(
      /no playwright\.config\.\* in .*'web\/playwright\.config\.ts'.*--config/,
    );
    // Run in the config's directory (the plan's root above it): no option needed.
    const web = path.join(root, 'web');
    expectExactJobs(p, full, (args) => listed(web, args, root), {
      cwd: web,
      env: { GROUP_MATRIX_ROOT: root },
    });
  });
});

describe('the rootDir is never guessed', () => {
  const files = {
    'playwright.config.ts': "export default { projects: [{ name: 'a', testDir: 'a' }] };\n",
    'a/x.spec.ts': "import { test } from '@playwright/test';\ntest('x @group:1', () => {});\n",
  };

  it('a plan written before playwright_configs: an error, not the old guess', async () => {
    const root = suite(files);
    const p = await plan(root);
    const old = { ...p.doc };
    delete old['playwright_configs'];
    fs.writeFileSync(p.planFile, JSON.stringify(old));
    expect(() => playwrightArgs(options(p, p.jobs[0]!.id))).toThrow(
      /the plan lists no Playwright config rootDirs.*Re-run the collect job.*--test-dir/,
    );
  });

  it('a config the plan does not list: an error naming it', async () => {
    const root = suite(files);
    const p = await plan(root);
    fs.writeFileSync(
      p.planFile,
      JSON.stringify({
        ...p.doc,
        playwright_configs: [{ config: 'other/playwright.config.ts', root_dir: 'other' }],
      }),
    );
    expect(() => playwrightArgs(options(p, p.jobs[0]!.id))).toThrow(
      /no rootDir for the Playwright config 'playwright\.config\.ts' \(it lists 'other\/playwright\.config\.ts'/,
    );
  });

  it('no config anywhere: the directory Playwright runs in, as Playwright takes it', async () => {
    const root = suite({
      'a/x.spec.ts':
        "import { test } from '@playwright/test';\ntest('x @group:1', () => {});\ntest('y @group:2', () => {});\n",
    });
    const p = await plan(root, { 'js-runner': 'playwright', paths: 'a/*.spec.ts' });
    expect(p.doc['playwright_configs']).toEqual([]);
    const full = listed(root, []);
    expect(full).toHaveLength(2);
    expectExactJobs(p, full, (args) => listed(root, args));
  });
});
