// The pipeline's direction (discover → extract → plan → emit, no entry point imported, no import
// cycle) is kept by eslint.config.js. These tests lint deliberate backward imports through
// ESLint's Node API with the project's own config, as `npm run lint` does, and the real tree.
import fs from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from './helpers/run-action.js';

const eslint = new ESLint({ cwd: REPO });

/** `code` linted as if it were the file at `file` (repo-relative; it need not exist). */
async function lintAs(file: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO, file) });
  return result!.messages;
}

const restricted = (why: string) =>
  expect.objectContaining({ ruleId: 'import-x/no-restricted-paths', message: expect.stringContaining(why) });

describe('the layer and cycle lint', () => {
  it.each([
    ['src/discover/late.ts', '../extract/python/index.js', 'discover runs before extract, plan and emit.'],
    ['src/extract/late.ts', '../plan/plan.js', 'extract runs before plan and emit.'],
    ['src/plan/late.ts', '../emit/summary.js', 'plan runs before emit.'],
    ['src/plan-file/late.ts', '../plan/plan.js', 'the plan file format depends on the model only.'],
  ])('fails %s importing a later stage (%s)', async (file, target, why) => {
    const messages = await lintAs(file, `import * as later from '${target}';\nexport const x = later;\n`);
    expect(messages).toEqual([restricted(why)]);
  });

  it.each([
    ['src/emit/run.ts', '../cli.js'],
    ['src/plan/run.ts', '../report/index.js'],
    ['src/extract/run.ts', '../filters/vitest/index.js'],
  ])('fails %s importing an entry point (%s)', async (file, target) => {
    const messages = await lintAs(file, `import * as entry from '${target}';\nexport const x = entry;\n`);
    expect(messages).toContainEqual(restricted('nothing imports an entry point.'));
  });

  it('fails a module under src/ importing the action (src/main.ts) for a type', async () => {
    const messages = await lintAs(
      'src/report/settings.ts',
      "import type { run } from '../main.js';\nexport type Run = typeof run;\n",
    );
    expect(messages).toContainEqual(restricted('only src/index.ts runs the action (src/main.ts).'));
  });

  it('fails an import cycle (src/paths.ts importing discovery, which imports src/paths.ts)', async () => {
    const source = fs.readFileSync(path.join(REPO, 'src', 'paths.ts'), 'utf8');
    const messages = await lintAs(
      'src/paths.ts',
      `${source}\nimport { discover } from './discover/discover.js';\nexport const d = discover;\n`,
    );
    expect(messages).toEqual([expect.objectContaining({ ruleId: 'import-x/no-cycle' })]);
  });

  it('passes the same kind of imports in the pipeline direction', async () => {
    // The controls: a later stage importing an earlier one, a file the cycle case would close.
    expect(
      await lintAs('src/emit/late.ts', "import * as plan from '../plan/plan.js';\nexport const x = plan;\n"),
    ).toEqual([]);
    expect(
      await lintAs(
        'src/plan/late.ts',
        "import * as found from '../discover/discover.js';\nexport const x = found;\n",
      ),
    ).toEqual([]);
    expect(await lintAs('src/paths.ts', fs.readFileSync(path.join(REPO, 'src', 'paths.ts'), 'utf8'))).toEqual(
      [],
    );
  });

  it('passes on the real tree (src/), with the layer rules in force there', async () => {
    const results = await eslint.lintFiles(['src']);
    expect(results.length).toBeGreaterThan(50);
    const problems = results.flatMap((r) =>
      r.messages.map((m) => `${path.relative(REPO, r.filePath)}:${m.line} ${m.ruleId}: ${m.message}`),
    );
    expect(problems).toEqual([]);
    // The rules apply to the real files too, not only to the paths linted above.
    const config = await eslint.calculateConfigForFile(path.join(REPO, 'src', 'plan', 'plan.ts'));
    expect(config.rules['import-x/no-cycle']?.[0]).toBe(2);
    expect(config.rules['import-x/no-restricted-paths']?.[0]).toBe(2);
  });
});
