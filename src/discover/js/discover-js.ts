import path from 'node:path';
import type { Problem } from '../../model.js';
import { jestSelection } from './config-jest.js';
import { playwrightSelection } from './config-playwright.js';
import type { ConfigSelection } from './config-select.js';
import { vitestSelection } from './config-vitest.js';
import { rootRunners } from './runner-detect.js';

/**
 * The JS/TS test files found by default (no `paths`): only when the working directory's
 * package.json names Jest, Vitest or Playwright, so a Python-only repository is untouched. Each
 * runner's own discovery, from the settings its config states statically (Jest `testMatch`,
 * `testRegex`, `testPathIgnorePatterns`, `roots`; Vitest `test.include`/`exclude`; Playwright
 * `testDir`, `testMatch`, `testIgnore`), else its defaults with a notice. Configs are parsed,
 * never run. Repo-relative POSIX paths, inside the working directory only.
 */
export async function discoverJsDefaults(root: string, problems: Problem[] = []): Promise<string[]> {
  const runners = rootRunners(root);
  if (runners.length === 0) return [];
  const selections: ConfigSelection[] = [];
  for (const runner of runners) {
    if (runner === 'jest') selections.push(await jestSelection(root, problems));
    else if (runner === 'vitest') selections.push(await vitestSelection(root, problems));
    else selections.push(await playwrightSelection(root, problems));
  }
  const base = path.resolve(root);
  const found = new Set<string>();
  for (const s of selections)
    for (const file of await s.files()) {
      const rel = path.relative(base, file).split(path.sep).join('/');
      if (rel !== '' && !rel.startsWith('../') && !path.isAbsolute(rel)) found.add(rel);
    }
  return [...found];
}
