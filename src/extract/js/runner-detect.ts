import fs from 'node:fs';
import path from 'node:path';
import type { Runner } from '../../model.js';

export type JsRunner = Exclude<Runner, 'pytest'>;
export const JS_RUNNERS: readonly JsRunner[] = ['jest', 'vitest', 'playwright'];

/** A package (directory with a package.json) and what it says about its test runner. */
interface PackageInfo {
  dir: string;
  runner: JsRunner | null;
  /** Playwright's `testDir`, repo-relative, when the config states it as a plain string. */
  playwrightTestDir: string | null;
}

/**
 * Which runner collects each JS/TS file. `js-runner: auto`: from the nearest package.json up to
 * the working directory (its dependencies, then its config files); a file under a Playwright
 * `testDir` is Playwright's. Otherwise the input's runner for every file.
 */
export function jsRunnerResolver(root: string, input: 'auto' | JsRunner): (file: string) => JsRunner {
  if (input !== 'auto') return () => input;
  const cache = new Map<string, PackageInfo | null>();
  return (file) => {
    const pkg = nearestPackage(root, path.posix.dirname(file), cache);
    if (!pkg) return 'jest';
    if (pkg.playwrightTestDir !== null && isUnder(file, pkg.playwrightTestDir)) return 'playwright';
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
  const playwrightConfig = entries.find((e) => /^playwright\.config\.[cm]?[jt]s$/.test(e)) ?? null;
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
  const abs = path.join(root, dir);
  const found = packageRunners(abs);
  if (!found) return null;
  // One runner for the package's files: Vitest, then Jest, then Playwright (whose own files are
  // told apart by its testDir below).
  const runner = (['vitest', 'jest', 'playwright'] as const).find((r) => found.runners.has(r)) ?? null;
  let playwrightTestDir: string | null = null;
  if (found.playwrightConfig) {
    const text = safeRead(path.join(abs, found.playwrightConfig));
    const m = /\btestDir\s*:\s*(['"`])([^'"`$]*)\1/.exec(text);
    // Without a stated testDir, Playwright takes the config's directory: only claim it when no
    // other runner shares the package.
    const testDir = m ? m[2]! : runner === 'playwright' ? '.' : null;
    if (testDir !== null) playwrightTestDir = path.posix.normalize(path.posix.join(dir, testDir));
  }
  return { dir, runner, playwrightTestDir };
}

function isUnder(file: string, dir: string): boolean {
  return dir === '.' || file.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
