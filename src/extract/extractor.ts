import type { FileResult, MarkerSpec, Runner, SourceFile } from '../model.js';

/** pytest naming settings (`python_classes`, `python_functions`), already read from config. */
export interface PytestNaming {
  /** Prefixes, or fnmatch-style globs when they hold `*?[`. Default `["Test"]`. */
  classes: string[];
  /** Default `["test"]`. */
  functions: string[];
}

export interface ExtractSettings {
  marker: MarkerSpec;
  pytest: PytestNaming;
}

/** One extractor per language; the planner never knows which one produced a test. */
export interface Extractor {
  runner: Runner;
  extract(file: SourceFile, settings: ExtractSettings): FileResult;
}
