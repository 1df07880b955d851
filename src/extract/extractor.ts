import type { MarkExpr } from '../discover/mark-expression.js';
import type { FileResult, MarkerSpec, Problem, Runner, SourceFile } from '../model.js';

/** pytest naming settings (`python_classes`, `python_functions`), already read from config. */
export interface PytestNaming {
  /** Prefixes, or fnmatch-style globs when they hold `*?[`. Default `["Test"]`. */
  classes: string[];
  /** Default `["test"]`. */
  functions: string[];
  /** `--deselect` and `-m` of `addopts`: items pytest drops after collecting them. Absent: none. */
  select?: ItemSelect | undefined;
}

/** What `addopts` deselects (pytest's `pytest_collection_modifyitems` in main.py and mark/). */
export interface ItemSelect {
  /** `--deselect` values: prefixes of node ids. */
  deselect: string[];
  markExpr: MarkExpr | null;
  /** What node ids (relative to pytest's rootdir) hold before a test's repo-relative id. */
  nodeidPrefix: string;
}

/** How JS/TS tags map to groups (inputs `js-tag-prefix`, `js-group-tags`), and each file's runner. */
export interface JsSettings {
  /** A tag starting with this names a group: `@group:2` → 2. */
  tagPrefix: string;
  /** Tags that are groups as a whole: `@slow` → group `slow`. */
  groupTags: string[];
  /** The runner of a JS/TS file (from input `js-runner`, or detected per package). */
  runnerOf(file: string): Runner;
}

/** Where the Python reader finds a suite's other modules (conftest.py files, helpers it imports). */
export interface PythonSuite {
  /** Absolute path that test paths are relative to (the action's working directory). */
  root: string;
  /** pytest's rootdir (the ini file's directory), relative to `root`, POSIX ('' for `root` itself). */
  rootdir: string;
  /** The `pythonpath` ini setting, relative to `root`, POSIX. */
  pythonpath: string[];
  /** The `usefixtures` ini setting. */
  usefixtures: string[];
  /** Module names more than one test directory holds (siblingModules); absent: none. */
  siblings?: Record<string, string[]>;
  /** Directories discovery listed, by repo-relative POSIX path: their entries (Walker.listings). */
  listings?: Record<string, string[]>;
}

export interface ExtractSettings {
  marker: MarkerSpec;
  pytest: PytestNaming;
  /** Absent: a Python file is read alone (its imports from the suite are unknown). */
  python?: PythonSuite;
  /** Absent: the defaults (`@group:` prefix, no group tags, runner `jest`). */
  js?: JsSettings;
}

/** One extractor per language; the planner never knows which one produced a test. */
export interface Extractor {
  /** The language it reads: Python files go to pytest, JS/TS files to the runner `JsSettings.runnerOf` names. */
  language: 'python' | 'js';
  /** May be async: the JS extractor loads its parser lazily, only when a file needs an AST. */
  extract(file: SourceFile, settings: ExtractSettings): FileResult | Promise<FileResult>;
}

/** One file's outcome: its result, or the problem that kept it from being read. */
export type Extracted = { result: FileResult } | { problem: Problem };
