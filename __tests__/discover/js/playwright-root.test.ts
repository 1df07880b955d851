// The Playwright configs of a plan and their rootDirs (what test list lines are relative to),
// read statically by the collect job for the Playwright filter, which has no parser of its own.
// Playwright's rootDir is the config's top-level testDir when it states one, else the config's
// directory: the projects' testDirs do not change it (FullConfigInternal in playwright/lib).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { playwrightConfigRoots, playwrightRootDir } from '../../../src/discover/js/config-playwright.js';
import { planFileJson } from '../../../src/plan-file/write.js';
import type { Plan } from '../../../src/model.js';
import { REPO } from '../../helpers/run-action.js';
import { makeTree } from '../../helpers/tree.js';

/** ESM's usual way to the config's directory: no `__dirname` in a module, so it is made. */
const ESM_CONFIG = [
  "import { dirname, join } from 'node:path';",
  "import { fileURLToPath } from 'node:url';",
  'const __dirname = dirname(fileURLToPath(import.meta.url));',
  "export default { testDir: join(__dirname, 'e2e') };",
].join('\n');

const define = (body: string) =>
  `import { defineConfig } from '@playwright/test';\nexport default defineConfig(${body});\n`;

describe('playwrightConfigRoots', () => {
  it("reads each config's rootDir: its top-level testDir, else its directory, else null", async () => {
    const root = makeTree({
      // A top-level testDir; a project's own testDir elsewhere does not change the rootDir.
      'top/playwright.config.ts': define(
        "{ testDir: './e2e', projects: [{ name: 'a' }, { name: 'b', testDir: './other' }] }",
      ),
      'top/e2e/a.spec.ts': '',
      // Projects only: the rootDir is the config's directory, not the first project's testDir.
      'projects/playwright.config.ts': define(
        "{ projects: [{ name: 'api', testDir: 'api' }, { name: 'ui', testDir: 'ui' }] }",
      ),
      'projects/api/a.spec.ts': '',
      'projects/ui/b.spec.ts': '',
      // A path from the config's directory.
      'joined/playwright.config.js': [
        "const path = require('node:path');",
        "module.exports = { testDir: path.join(__dirname, 'e2e') };",
      ].join('\n'),
      'joined/e2e/a.spec.js': '',
      'meta/playwright.config.mts': [
        "import path from 'node:path';",
        "export default { testDir: path.resolve(import.meta.dirname, 'spec') };",
      ].join('\n'),
      'meta/spec/a.spec.ts': '',
      // ESM's own idioms for the config's directory: fileURLToPath(import.meta.url), with
      // dirname imported by name, through path, or from a __filename constant.
      'esm/playwright.config.mts': ESM_CONFIG,
      'esm/e2e/a.spec.ts': '',
      'esm2/playwright.config.ts': [
        "import path from 'path';",
        "import * as url from 'url';",
        'const __filename = url.fileURLToPath(import.meta.url);',
        "export default { testDir: path.resolve(path.dirname(__filename), 'specs') };",
      ].join('\n'),
      'esm2/specs/a.spec.ts': '',
      // A URL that is not the config's own: only running it could tell.
      'url/playwright.config.ts': [
        "import { fileURLToPath } from 'node:url';",
        "export default { testDir: fileURLToPath(new URL('./e2e', import.meta.url)) };",
      ].join('\n'),
      'url/e2e/a.spec.ts': '',
      // A config that cannot be read at all (a directory by that name): null, not a crash.
      'gone/playwright.config.ts/keep': '',
      'gone/a.spec.ts': '',
      // Only running the config could tell: recorded as null, never guessed.
      'cwd/playwright.config.ts': [
        "import path from 'node:path';",
        "export default { testDir: path.join(process.cwd(), 'e2e') };",
      ].join('\n'),
      'cwd/e2e/a.spec.ts': '',
      'made/playwright.config.ts': "import { make } from './make';\nexport default make();\n",
      'made/e2e/a.spec.ts': '',
      // The projects cannot be read, the top-level testDir can: that is all the rootDir needs.
      'devices/playwright.config.ts': define(
        "{ testDir: 'tests', projects: ['chromium', 'firefox'].map((name) => ({ name })) }",
      ),
      'devices/tests/a.spec.ts': '',
      // No config in any directory above the file: nothing to record.
      'bare/a.spec.ts': '',
    });
    const files = [
      'top/e2e/a.spec.ts',
      'projects/api/a.spec.ts',
      'projects/ui/b.spec.ts',
      'joined/e2e/a.spec.js',
      'meta/spec/a.spec.ts',
      'esm/e2e/a.spec.ts',
      'esm2/specs/a.spec.ts',
      'url/e2e/a.spec.ts',
      'gone/a.spec.ts',
      'cwd/e2e/a.spec.ts',
      'made/e2e/a.spec.ts',
      'devices/tests/a.spec.ts',
      'bare/a.spec.ts',
    ];
    expect(await playwrightConfigRoots(root, files)).toEqual([
      { config: 'cwd/playwright.config.ts', rootDir: null },
      { config: 'devices/playwright.config.ts', rootDir: 'devices/tests' },
      { config: 'esm/playwright.config.mts', rootDir: 'esm/e2e' },
      { config: 'esm2/playwright.config.ts', rootDir: 'esm2/specs' },
      { config: 'gone/playwright.config.ts', rootDir: null },
      { config: 'joined/playwright.config.js', rootDir: 'joined/e2e' },
      { config: 'made/playwright.config.ts', rootDir: null },
      { config: 'meta/playwright.config.mts', rootDir: 'meta/spec' },
      { config: 'projects/playwright.config.ts', rootDir: 'projects' },
      { config: 'top/playwright.config.ts', rootDir: 'top/e2e' },
      { config: 'url/playwright.config.ts', rootDir: null },
    ]);
  });

  it('lists the config of every directory above a file, each picked as Playwright picks it', async () => {
    const root = makeTree({
      // The working directory's own config, stating no testDir: rootDir `.`.
      'playwright.config.ts': define("{ projects: [{ name: 'web', testDir: 'web/e2e' }] }"),
      // Two configs in one directory: Playwright takes the .ts first.
      'web/playwright.config.js': "module.exports = { testDir: 'wrong' };\n",
      'web/playwright.config.ts': define("{ testDir: 'e2e' }"),
      'web/e2e/deep/a.spec.ts': '',
      'web/e2e/b.spec.ts': '',
      // A testDir outside the working directory is still named from it.
      'up/playwright.config.ts': define("{ testDir: '../../outside' }"),
      'up/a.spec.ts': '',
    });
    expect(
      await playwrightConfigRoots(root, ['web/e2e/deep/a.spec.ts', 'web/e2e/b.spec.ts', 'up/a.spec.ts']),
    ).toEqual([
      { config: 'playwright.config.ts', rootDir: '.' },
      { config: 'up/playwright.config.ts', rootDir: '../outside' },
      { config: 'web/playwright.config.ts', rootDir: 'web/e2e' },
    ]);
    expect(await playwrightConfigRoots(root, [])).toEqual([]);
  });

  it('playwrightRootDir: absolute, the empty testDir as none', async () => {
    const root = makeTree({ 'playwright.config.ts': define("{ testDir: '' }") });
    expect(await playwrightRootDir(`${root}/playwright.config.ts`)).toBe(root);
  });
});

describe('against the real Playwright', () => {
  it('the rootDir read statically is the config.rootDir Playwright reports', async () => {
    // As the file system names it (Playwright reports real paths).
    const root = fs.realpathSync(
      makeTree({
        'projects/playwright.config.ts': define(
          "{ projects: [{ name: 'api', testDir: 'api' }, { name: 'ui', testDir: 'ui' }] }",
        ),
        'top/playwright.config.ts': define(
          "{ testDir: './e2e', projects: [{ name: 'b', testDir: './other' }] }",
        ),
        'joined/playwright.config.ts': [
          "import path from 'node:path';",
          "export default { testDir: path.join(__dirname, 'e2e') };",
        ].join('\n'),
        'meta/playwright.config.mts': [
          "import path from 'node:path';",
          "export default { testDir: path.resolve(import.meta.dirname, 'spec') };",
        ].join('\n'),
        'esm/playwright.config.mts': ESM_CONFIG,
      }),
    );
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
    for (const config of [
      'projects/playwright.config.ts',
      'top/playwright.config.ts',
      'joined/playwright.config.ts',
      'meta/playwright.config.mts',
      'esm/playwright.config.mts',
    ]) {
      // Playwright writes the json report, config included, even when it finds no test (exit 1).
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'gm-pw-root-')), 'list.json');
      spawnSync(
        path.join(REPO, 'node_modules', '.bin', 'playwright'),
        ['test', '-c', config, '--list', '--reporter=json'],
        { cwd: root, encoding: 'utf8', env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: out } },
      );
      const reported = (JSON.parse(fs.readFileSync(out, 'utf8')) as { config: { rootDir: string } }).config
        .rootDir;
      expect({ config, rootDir: await playwrightRootDir(path.join(root, config)) }).toEqual({
        config,
        rootDir: reported,
      });
    }
  });
});

describe('the plan file', () => {
  const plan = (extra: Partial<Plan> = {}): Plan => ({
    scope: 'file',
    marker: 'group',
    ungrouped: 'job',
    jobs: [],
    skipped: [],
    totalTests: 0,
    ...extra,
  });

  it('carries playwright_configs, with repo-relative paths and null for a config not read', () => {
    const doc = JSON.parse(
      planFileJson(
        plan({
          playwrightConfigs: [
            { config: 'web/playwright.config.ts', rootDir: 'web/e2e' },
            { config: 'app/playwright.config.ts', rootDir: null },
          ],
        }),
      ),
    ) as Record<string, unknown>;
    expect(doc['playwright_configs']).toEqual([
      { config: 'web/playwright.config.ts', root_dir: 'web/e2e' },
      { config: 'app/playwright.config.ts', root_dir: null },
    ]);
  });

  it('leaves it out of a plan without Playwright tests, and keeps it (empty) when no config was found', () => {
    expect(JSON.parse(planFileJson(plan()))).not.toHaveProperty('playwright_configs');
    expect(JSON.parse(planFileJson(plan({ playwrightConfigs: [] })))).toHaveProperty(
      'playwright_configs',
      [],
    );
  });
});
