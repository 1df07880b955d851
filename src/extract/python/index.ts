import type { FileResult, SourceFile } from '../../model.js';
import { decodeSourceBytes } from '../decode.js';
import type { ExtractSettings, Extractor } from '../extractor.js';
import { collectModule } from './collection.js';
import { ignoredByConftest } from './suite-context.js';
import { suiteOf } from './suite-files.js';
import type { FoundTest } from './expand.js';
import { readStructure } from './structure.js';
import { PySyntaxError, tokenize } from './tokenize.js';

export type { FoundTest } from './expand.js';

export interface DetailedResult extends Omit<FileResult, 'tests'> {
  tests: FoundTest[];
}

/** Like `extractPython`, keeping whether each test's `[id]` is exact (for the differential test). */
export function extractPythonDetailed(file: SourceFile, settings: ExtractSettings): DetailedResult {
  const result = (tests: FoundTest[], problems: FileResult['problems']): DetailedResult => ({
    file: file.path,
    runner: 'pytest',
    tests,
    problems,
  });
  const suite = suiteOf(settings);
  const ignoredNotes: FileResult['problems'] = [];
  // `collect_ignore` of a conftest above: pytest does not import the file.
  if (ignoredByConftest(suite, file.path, (p) => ignoredNotes.push(p))) return result([], ignoredNotes);
  const decoded = decodeSourceBytes(file.path, file.bytes);
  if ('problem' in decoded) return result([], [decoded.problem]);
  try {
    const found = collectModule(
      file.path,
      readStructure(tokenize(decoded.text, true, decoded.codes)),
      settings,
      suite,
    );
    return result(found.tests, [...ignoredNotes, ...found.problems]);
  } catch (e) {
    if (e instanceof PySyntaxError) {
      return result(
        [],
        [
          {
            severity: 'error',
            file: file.path,
            line: e.line,
            title: 'Syntax error',
            message: `${file.path}:${e.line}: ${e.message}. pytest cannot import this file; fix it so its tests can be planned.`,
          },
        ],
      );
    }
    const why = e instanceof Error ? e.message : String(e);
    return result(
      [],
      [
        {
          severity: 'error',
          file: file.path,
          title: 'File not read',
          message: `${file.path} could not be read (${why}); its tests are not planned. Please report this as a bug.`,
        },
      ],
    );
  }
}

/** Reads one pytest file statically: its tests as pytest collects them, each with its group. */
export function extractPython(file: SourceFile, settings: ExtractSettings): FileResult {
  // A FoundTest is a TestCase with one more field (the plan file names its fields, so it does
  // not leak); copying hundreds of thousands of tests just to drop it costs real time.
  return extractPythonDetailed(file, settings);
}

export const pythonExtractor: Extractor = { language: 'python', extract: extractPython };
