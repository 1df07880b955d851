import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';
import type { JsRunner, Problem } from '../../model.js';
import { member, readConfigModule, type StaticObject, type StaticValue } from './config-static.js';
import { toPosix } from '../../paths.js';

/** The files a runner collects, as its config (or its defaults) says. */
export interface ConfigSelection {
  runner: JsRunner;
  /** Absolute POSIX paths. */
  files: () => Promise<string[]>;
}

export const JS_FILES = '**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}';

/**
 * Never test files to plan, whatever a config says: dependencies, VCS data, build output and
 * type declarations.
 */
export const NEVER = [
  '**/node_modules/**',
  '**/.git/**',
  '**/dist/**',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
];

/** Every JS/TS file under `dir` (absolute POSIX), as the runners' own crawlers see them (`dot`). */
export async function jsFilesUnder(dir: string): Promise<string[]> {
  return (await glob([JS_FILES], { cwd: dir, ignore: NEVER, dot: true, absolute: true })).map(toPosix);
}

/** A setting the runner would take from its config but that only running the config could tell. */
export class Unreadable extends Error {
  constructor(
    readonly key: string,
    readonly what: string,
    readonly line: number,
    /** The reason as a clause for messages. */
    readonly why = `${key} is ${what}, which cannot be read without running the config`,
  ) {
    super(`${key} is ${what}`);
  }
}

/** A pattern as written: a glob or regex source string, or a regex literal. */
export type Pattern = string | { source: string; flags: string };

/** The first of `names` present in `dir`, as the runner would pick it. */
export function firstPresent(dir: string, names: readonly string[]): string | null {
  for (const name of names) if (fs.existsSync(path.join(dir, name))) return name;
  return null;
}

/** Parsed config texts (values are only read, never changed). */
const parsed = new Map<string, Promise<StaticValue>>();

/** A config file's text, or why it cannot be read (a permission, a directory of that name). */
export function readConfigText(file: string): string | Unreadable {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    return new Unreadable(
      'the config file',
      `unreadable (${code})`,
      1,
      `the file could not be read (${code})`,
    );
  }
}

/** The config object a config module exports, or the reason it cannot be read. */
export async function configObject(file: string): Promise<StaticObject | Unreadable> {
  const text = readConfigText(file);
  if (text instanceof Unreadable) return text;
  const absolute = toPosix(path.resolve(file));
  // Discovery, runner detection and the plan's Playwright rootDirs read the same configs: parse
  // each text once (keyed by its text too, so a changed file is read again).
  const key = `${absolute}\0${text}`;
  let parsing = parsed.get(key);
  if (!parsing) parsed.set(key, (parsing = readConfigModule(text, absolute)));
  const value = await parsing;
  if (value.kind === 'object') return value;
  return new Unreadable('the exported config', what(value), value.line);
}

/** An optional string setting. */
export function stringAt(object: StaticObject, key: string): string | undefined {
  const v = member(object, key);
  if (v === undefined || v.kind === 'string') return v?.value;
  throw new Unreadable(key, what(v), v.line);
}

/** An optional list of strings (a single string counts as a list of one). */
export function stringsAt(object: StaticObject, key: string): string[] | undefined {
  return patternsAt(object, key, false) as string[] | undefined;
}

/** An optional list of globs or regex literals (a single one counts as a list of one). */
export function patternsAt(object: StaticObject, key: string, regexes = true): Pattern[] | undefined {
  const v = member(object, key);
  if (v === undefined) return undefined;
  const items = v.kind === 'array' ? v.items : [v];
  return items.map((item) => {
    if (item.kind === 'string') return item.value;
    if (regexes && item.kind === 'regex') return { source: item.source, flags: item.flags };
    throw new Unreadable(key, what(item), item.line);
  });
}

/** The notice for a config the runner's defaults replace. */
export function fallbackNotice(
  runner: JsRunner,
  configFile: string,
  reason: Unreadable,
  defaults: string,
): Problem {
  return {
    severity: 'notice',
    file: configFile,
    line: reason.line,
    title: 'Test discovery config not read',
    message: `${configFile}:${reason.line}: ${reason.why}, so ${runner}'s default discovery is used (${defaults}). Set \`paths\` if that finds the wrong files.`,
  };
}

function what(v: StaticValue): string {
  switch (v.kind) {
    case 'unknown':
      return v.what;
    case 'regex':
      return 'a regular expression literal';
    case 'array':
      return 'a list where one value is expected';
    case 'object':
      return 'an object';
    default:
      return 'not a string';
  }
}
