import fs from 'node:fs';
import path from 'node:path';
import type { JsRunner, Problem } from '../../model.js';
import { PLAYWRIGHT_CONFIG_NAMES, playwrightTestDirs } from './config-playwright.js';
import { Unreadable } from './config-select.js';
import { toPosix } from '../../paths.js';

export const JS_RUNNERS: readonly JsRunner[] = ['jest', 'vitest', 'playwright'];

/** A package (directory with a package.json) and what it says about its test runner. */
interface PackageInfo {
  dir: string;
  runner: JsRunner | null;
  /** Its Playwright config, repo-relative, or null. */
  playwrightConfig: string | null;
  /** Playwright's test directories, repo-relative; null until `jsRunnerResolver` reads them. */
  playwrightTestDirs: string[] | null;
}

/**
 * Which runner collects each JS/TS file. `js-runner: auto`: from the nearest package.json up to
 * the working directory (its dependencies, then its config files); a file under the `testDir` of
 * any project of that package's Playwright config (read statically, as discovery reads it) is
 * Playwright's. Otherwise the input's runner for every file.
 *
 * The Playwright configs of the packages of `files` are read here (typescript-estree is loaded
 * only for them), so the answer for each of `files` is then synchronous; asking about another
 * file whose package has a Playwright config is a programming error. A config that cannot be read
 * statically is a notice in `problems` when it leaves Playwright's files to another runner.
 */
export async function jsRunnerResolver(
  root: string,
  input: 'auto' | JsRunner,
  files: readonly string[],
  problems: Problem[] = [],
): Promise<(file: string) => JsRunner> {
  if (input !== 'auto') return () => input;
  const cache = new Map<string, PackageInfo | null>();
  const packageOf = (file: string): PackageInfo | null =>
    nearestPackage(root, path.posix.dirname(file), cache);
  const toRead = new Set<PackageInfo>();
  for (const file of files) {
    const pkg = packageOf(file);
    if (pkg?.playwrightConfig) toRead.add(pkg);
  }
  const notices = await Promise.all([...toRead].map((pkg) => readPlaywrightTestDirs(root, pkg)));
  for (const notice of notices) if (notice) problems.push(notice);
  return (file) => {
    const pkg = packageOf(file);
    if (!pkg) return 'jest';
    if (pkg.playwrightConfig !== null) {
      if (pkg.playwrightTestDirs === null)
        throw new Error(`The runner of ${file} was asked, but its Playwright config was not read.`);
      if (pkg.playwrightTestDirs.some((dir) => isUnder(file, dir))) return 'playwright';
    }
    return pkg.runner ?? 'jest';
  };
}

/**
 * Every runner the working directory's package can run, for default discovery: a config file,
 * a dependency or (Jest) a package.json `"jest"` key.
 */
export function rootRunners(root: string): JsRunner[] {
  const found = packageRunners(root);
  return found ? JS_RUNNERS.filter((r) => found.runners.has(r)) : [];
}

/**
 * What a package (a directory with a package.json) says about its runners. A `vite.config.*`
 * alone means Vitest (it reads its tests from there), but next to Jest or Playwright it is the
 * application's build (a Vite app tested with Jest), not a suite.
 */
function packageRunners(abs: string): { runners: Set<JsRunner>; playwrightConfig: string | null } | null {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(fs.readFileSync(path.join(abs, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
  const deps = { ...asRecord(json['dependencies']), ...asRecord(json['devDependencies']) };
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(abs);
  } catch {
    // an unreadable directory holds no config we could read
  }
  const has = (re: RegExp): boolean => entries.some((e) => re.test(e));
  const playwrightConfig = PLAYWRIGHT_CONFIG_NAMES.find((name) => entries.includes(name)) ?? null;
  const jest = has(/^jest\.config\.[cm]?[jt]s(on)?$/) || 'jest' in deps || 'jest' in json;
  const playwright = playwrightConfig !== null || '@playwright/test' in deps;
  const vitest =
    has(/^vitest\.config\.[cm]?[jt]s$/) ||
    'vitest' in deps ||
    (has(/^vite\.config\.[cm]?[jt]s$/) && !jest && !playwright);
  const runners = new Set<JsRunner>();
  if (jest) runners.add('jest');
  if (vitest) runners.add('vitest');
  if (playwright) runners.add('playwright');
  return { runners, playwrightConfig };
}

function nearestPackage(
  root: string,
  dir: string,
  cache: Map<string, PackageInfo | null>,
): PackageInfo | null {
  const key = dir === '' ? '.' : dir;
  if (cache.has(key)) return cache.get(key)!;
  let found = readPackage(root, key);
  if (!found && key !== '.') found = nearestPackage(root, path.posix.dirname(key), cache);
  cache.set(key, found);
  return found;
}

function readPackage(root: string, dir: string): PackageInfo | null {
  const found = packageRunners(path.join(root, dir));
  if (!found) return null;
  // One runner for the package's files: Vitest, then Jest, then Playwright (whose own files are
  // told apart by its testDirs).
  const runner = (['vitest', 'jest', 'playwright'] as const).find((r) => found.runners.has(r)) ?? null;
  const playwrightConfig = found.playwrightConfig && path.posix.join(dir, found.playwrightConfig);
  return { dir, runner, playwrightConfig, playwrightTestDirs: null };
}

/**
 * Sets the package's Playwright test directories (repo-relative) from its config, read as
 * discovery reads it. Without a stated testDir, Playwright takes the config's directory: it
 * counts only when no other runner shares the package, and so does the whole config directory
 * when the config cannot be read (then a notice, if another runner takes those files).
 */
async function readPlaywrightTestDirs(root: string, pkg: PackageInfo): Promise<Problem | null> {
  const alone = pkg.runner === 'playwright';
  const base = toPosix(path.resolve(root));
  const dirs = await playwrightTestDirs(path.join(root, pkg.playwrightConfig!));
  if (dirs instanceof Unreadable) {
    pkg.playwrightTestDirs = alone ? [pkg.dir] : [];
    return alone ? null : unreadableNotice(pkg.playwrightConfig!, dirs, pkg.runner!);
  }
  const own = dirs.flatMap((d) =>
    d !== null ? [path.posix.relative(base, d) || '.'] : alone ? [pkg.dir] : [],
  );
  pkg.playwrightTestDirs = [...new Set(own)];
  return null;
}

function unreadableNotice(configFile: string, reason: Unreadable, runner: JsRunner): Problem {
  return {
    severity: 'notice',
    file: configFile,
    line: reason.line,
    title: 'Playwright testDir not read',
    message: `${configFile}:${reason.line}: ${reason.why}, so no file of this package is planned as a Playwright test: they are all planned for ${runner}. State testDir (and each project's) as a string or \`path.join(__dirname, '…')\`, or plan the Playwright tests in a step of their own with \`js-runner: playwright\`.`,
  };
}

function isUnder(file: string, dir: string): boolean {
  return dir === '.' || file.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
