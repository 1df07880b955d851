import path from 'node:path';
import { discover } from './discover/discover.js';
import { readPytestConfig, type PytestConfig } from './discover/pytest-config.js';
import { groupsOutput } from './emit/groups-output.js';
import { sortProblems } from './emit/annotations.js';
import { summaryMarkdown } from './emit/summary.js';
import type { ExtractSettings, ItemSelect } from './extract/extractor.js';
import { playwrightConfigRoots } from './discover/js/config-playwright.js';
import { siblingModules } from './extract/python/sibling-modules.js';
import { jsRunnerResolver } from './discover/js/runner-detect.js';
import { extractFiles, type FileToExtract } from './extract/parallel.js';
import { extractorFor } from './extract/registry.js';
import type { Settings } from './inputs.js';
import type { FileResult, Plan, Problem } from './model.js';
import { toPosix } from './paths.js';
import { planJobs } from './plan/plan.js';
import { loadTimings } from './timings/load.js';

/** Everything a run produces, before any of it is written anywhere. */
export interface Outcome {
  plan: Plan;
  /** Sorted by file and line. */
  problems: Problem[];
  groupsJson: string;
  summary: string;
  /** Why the step must fail, or null. */
  failure: string | null;
  /** How many files were read, and on how many threads (for the log). */
  read: { files: number; threads: number };
}

/** inputs → discover → extract → plan → render. Reads files; writes nothing. */
export async function runPipeline(settings: Settings): Promise<Outcome> {
  const problems: Problem[] = [];
  const config = readPytestConfig(settings.workingDirectory, problems);
  const found = await discover(settings.workingDirectory, settings.paths, config);
  problems.push(...found.problems);

  // JS/TS runners are resolved here, where the package.json and config reads are cached (and
  // Playwright configs read, only when there are JS/TS files).
  const jsFiles = found.files.filter((file) => extractorFor(file)?.language === 'js');
  const runnerOf = await jsRunnerResolver(settings.workingDirectory, settings.jsRunner, jsFiles, problems);
  const extractSettings: ExtractSettings = {
    marker: settings.marker,
    pytest: {
      classes: config.pythonClasses,
      functions: config.pythonFunctions,
      select: itemSelect(config, settings.workingDirectory),
    },
    python: {
      root: settings.workingDirectory,
      rootdir: toPosix(path.relative(settings.workingDirectory, config.rootDir)),
      pythonpath: config.pythonpath.map((p) =>
        toPosix(path.relative(settings.workingDirectory, path.resolve(config.rootDir, p))),
      ),
      usefixtures: config.usefixtures,
      siblings: siblingModules(settings.workingDirectory, found.files, found.listings),
      listings: Object.fromEntries(found.listings),
    },
    js: { tagPrefix: settings.jsTagPrefix, groupTags: settings.jsGroupTags, runnerOf },
  };
  const toExtract: FileToExtract[] = [];
  for (const file of found.files) {
    const extractor = extractorFor(file);
    if (extractor) {
      toExtract.push(
        extractor.language === 'python' ? { path: file } : { path: file, runner: runnerOf(file) },
      );
    } else {
      problems.push({
        severity: 'notice',
        file,
        title: 'No extractor for this file',
        message: `${file} matched paths but is neither a Python nor a JS/TS file; it is not planned. Narrow paths to the test files.`,
      });
    }
  }
  // Read on every core when there is enough work (extract/parallel.ts); results in file order.
  const { extracted, threads } = await extractFiles(settings.workingDirectory, toExtract, extractSettings);
  const results: FileResult[] = [];
  for (const outcome of extracted) {
    if ('problem' in outcome) {
      problems.push(outcome.problem);
      continue;
    }
    problems.push(...outcome.result.problems);
    results.push(outcome.result);
  }

  const timings =
    settings.timings.length > 0
      ? await loadTimings(
          settings.workingDirectory,
          settings.timings,
          // The tests themselves: matching needs their id, function and file, nothing more.
          results.flatMap((r) => r.tests),
        )
      : null;
  if (timings) problems.push(...timings.problems);
  const planned = planJobs(results, {
    ...settings,
    marker: settings.marker.raw,
    timings: timings?.table ?? null,
  });
  problems.push(...planned.problems);
  // Playwright test lists name files relative to the config's rootDir, which the filter, with no
  // parser of its own, takes from the plan.
  const playwrightFiles = results.filter((r) => r.runner === 'playwright' && r.tests.length > 0);
  const plan: Plan =
    playwrightFiles.length > 0
      ? {
          ...planned.plan,
          playwrightConfigs: await playwrightConfigRoots(
            settings.workingDirectory,
            playwrightFiles.map((r) => r.file),
          ),
        }
      : planned.plan;
  const groups = groupsOutput(plan);
  problems.push(...groups.problems);

  const sorted = sortProblems(problems);
  return {
    plan,
    problems: sorted,
    groupsJson: groups.json,
    summary: summaryMarkdown(plan, sorted),
    failure: failureOf(plan, sorted, settings),
    read: { files: found.files.length, threads },
  };
}

/** `--deselect` and `-m` from `addopts`, for the Python reader; undefined when there are none. */
function itemSelect(config: PytestConfig, workingDirectory: string): ItemSelect | undefined {
  const { deselect, markExpr } = config.addopts;
  if (deselect.length === 0 && !markExpr) return undefined;
  const fromRootdir = toPosix(path.relative(config.rootDir, workingDirectory));
  return { deselect, markExpr, nodeidPrefix: fromRootdir ? `${fromRootdir}/` : '' };
}

function failureOf(plan: Plan, problems: Problem[], settings: Settings): string | null {
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0]!;
    const where = first.file ? `${first.file}${first.line ? `:${first.line}` : ''}: ` : '';
    const more =
      errors.length > 1 ? ` (and ${errors.length - 1} more; see the annotations and the job summary)` : '';
    return `${errors.length} error${errors.length > 1 ? 's' : ''} in the test plan. ${where}${first.title}: ${first.message}${more}`;
  }
  if (plan.totalTests === 0 && settings.ifNoTests === 'error') {
    const where =
      settings.paths.length > 0 ? `paths '${settings.paths.join(' ')}'` : "pytest's default discovery";
    return `No tests found under ${settings.workingDirectory} with ${where}, and if-no-tests is 'error'. Check paths and working-directory, or set if-no-tests to 'success'.`;
  }
  return null;
}
