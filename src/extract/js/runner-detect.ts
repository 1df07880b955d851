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
 * a dependency or (Jest) a package.json `"jest"` key. A lone `vite.config.*` is an application
 * build, not a suite, when another runner is there.
 */
export function rootRunners(root: string): JsRunner[] {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return [];
  }
  const deps = { ...asRecord(json['dependencies']), ...asRecord(json['devDependencies']) };
  let entries: string[] = [];
  try {
    entries = fs.readdirSync(root);
  } catch {
    // an unreadable directory holds no config we could read
  }
  const has = (re: RegExp): boolean => entries.some((e) => re.test(e));
  const jest = has(/^jest\.config\.[cm]?[jt]s(on)?$/) || 'jest' in deps || 'jest' in json;
  const playwright = has(/^playwright\.config\.[cm]?[jt]s$/) || '@playwright/test' in deps;
  const vitest =
    has(/^vitest\.config\.[cm]?[jt]s$/) ||
    'vitest' in deps ||
    (has(/^vite\.config\.[cm]?[jt]s$/) && !jest && !playwright);
  const runners: JsRunner[] = [];
  if (jest) runners.push('jest');
  if (vitest) runners.push('vitest');
  if (playwright) runners.push('playwright');
  return runners;
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
  const pwConfig = entries.find((e) => /^playwright\.config\.[cm]?[jt]s$/.test(e));
  let runner: JsRunner | null = null;
  if (has(/^vitest\.config\.[cm]?[jt]s$/) || has(/^vite\.config\.[cm]?[jt]s$/) || 'vitest' in deps)
    runner = 'vitest';
  else if (has(/^jest\.config\.[cm]?[jt]s(on)?$/) || 'jest' in deps || 'jest' in json) runner = 'jest';
  else if (pwConfig || '@playwright/test' in deps) runner = 'playwright';
  let playwrightTestDir: string | null = null;
  if (pwConfig) {
    const text = safeRead(path.join(abs, pwConfig));
    const m = /\btestDir\s*:\s*(['"`])([^'"`$]*)\1/.exec(text);
    // Without a stated testDir, Playwright takes the config's directory: only claim it when no
    // other runner shares the package.
    const testDir = m ? m[2]! : runner === null ? '.' : null;
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
