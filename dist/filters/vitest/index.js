import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/extract/js/names.ts
/** Plan ids of JS tests: `<file>::<describe>::<test>`; titles as written. */
const ID_SEPARATOR = '::';
function jsTestId(file, titles) {
    return [file, ...titles].join(ID_SEPARATOR);
}
/** The titles of a plan id (`file::d::t` → `['d', 't']`), or [] for a whole-file unit (`file`). */
function titlesOfId(file, id) {
    if (id === file)
        return [];
    return id.slice(file.length + ID_SEPARATOR.length).split(ID_SEPARATOR);
}
// `.each` / `.for` titles are formatted at run time: printf tokens (%s %d %i %f %j %o %p %#) and
// `$name` / `$a.b` interpolations stand for any text. So does `%%`: Jest prints `%`, Vitest's
// formatTitle prints `%` and a row value after it (it counts every `%` as taking one), and a
// title outside a table keeps `%%` as written.
const TEMPLATE_TOKEN = /%[sdifjopO#%]|\$[A-Za-z_#][\w.]*/g;
function escapeRegex(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
/** A title as a regex source: literal text, with template tokens matching anything. */
function titleRegexSource(title) {
    let out = '';
    let last = 0;
    for (const m of title.matchAll(TEMPLATE_TOKEN)) {
        out += escapeRegex(title.slice(last, m.index)) + '.*';
        last = m.index + m[0].length;
    }
    return out + escapeRegex(title.slice(last));
}
/**
 * The `-t` (testNamePattern) regex that matches exactly these tests' full names: Jest and Vitest
 * match it against the describe titles and the test title joined by spaces.
 */
function namePatternSource(tests) {
    const unique = [...new Set(tests.map((titles) => titles.map(titleRegexSource).join(' ')))].sort();
    return `^(?:${unique.join('|')})$`;
}
/** Jest compiles -t case-insensitively; Vitest as written. */
function nameRegex(runner, source) {
    return new RegExp(source, runner === 'jest' ? 'i' : '');
}
/** Why these titles cannot be selected one by one by the runner, or null when they can. */
function unselectableTitle(runner, titles) {
    for (const title of titles) {
        if (title.includes(ID_SEPARATOR))
            return `the title '${title}' holds '${ID_SEPARATOR}'`;
        if (runner === 'playwright') {
            if (/[>›]/.test(title))
                return `the title '${title}' holds '>' or '›' (Playwright's test-list separators)`;
            if (title !== title.trim())
                return `the title '${title}' starts or ends with spaces`;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/plan-file/format.ts
const PLAN_FILE_VERSION = 1;

;// CONCATENATED MODULE: ./src/plan-file/read.ts
/**
 * Reads a plan file and checks every field its readers rely on, so that a reader never meets a
 * missing or mistyped field: the message names the file, the field, the value and what to do.
 */

/** The plan file is unusable: the message names the file and what is wrong. */
class PlanFileError extends Error {
    name = 'PlanFileError';
}
const REGENERATE = 'Regenerate the plan with the collect step.';
const RUNNERS = ['pytest', 'jest', 'vitest', 'playwright'];
const SCOPES = ['file', 'global'];
const UNGROUPED = ['job', 'error', 'skip', 'balance'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isGroup = (v) => v === null || typeof v === 'string' || Number.isInteger(v);
const isString = (v) => typeof v === 'string';
const isNumber = (v) => typeof v === 'number' && Number.isFinite(v);
const isIndex = (v) => Number.isInteger(v) && v >= 0;
const isStrings = (v) => Array.isArray(v) && v.every(isString);
const isIndices = (v) => isObject(v) && Object.values(v).every(isIndex);
const oneOf = (values) => (v) => typeof v === 'string' && values.includes(v);
/** Parses and checks a plan file's text; `source` names the file, `reader` who reads it, in messages. */
function readPlanFile(text, source, reader = 'report') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (err) {
        throw new PlanFileError(`Plan file ${source} is not valid JSON (${err instanceof Error ? err.message : String(err)}). Pass the file the collect step wrote (output plan-file).`);
    }
    if (!isObject(doc) || doc['tool'] !== 'group-matrix' || !Array.isArray(doc['jobs'])) {
        throw new PlanFileError(`Plan file ${source} is not a group-matrix plan (expected "tool": "group-matrix" and a "jobs" list). Pass the file the collect step wrote (output plan-file).`);
    }
    if (doc['version'] !== PLAN_FILE_VERSION) {
        throw new PlanFileError(`Plan file ${source} has version ${JSON.stringify(doc['version'])}; this ${reader} reads version ${PLAN_FILE_VERSION}. Use the same group-matrix release for collect and report.`);
    }
    const jobs = doc['jobs'];
    // A job's id and tests, and each test's id and file, first: without them nothing can be read.
    jobs.forEach((job, i) => {
        if (!isObject(job) || typeof job['id'] !== 'string' || !Array.isArray(job['tests'])) {
            throw new PlanFileError(`${source}: jobs[${i}] lacks an "id" or a "tests" list. ${REGENERATE}`);
        }
        job['tests'].forEach((t, k) => {
            if (!isObject(t) || typeof t['id'] !== 'string' || typeof t['file'] !== 'string') {
                throw new PlanFileError(`${source}: jobs[${i}].tests[${k}] lacks an "id" or a "file". ${REGENERATE}`);
            }
        });
    });
    const check = new Checker(source);
    check.field(doc, 'plan', 'marker', isString, 'a string');
    check.field(doc, 'plan', 'scope', oneOf(SCOPES), `one of ${SCOPES.join(', ')}`);
    check.field(doc, 'plan', 'ungrouped', oneOf(UNGROUPED), `one of ${UNGROUPED.join(', ')}`);
    check.field(doc, 'plan', 'total_tests', isIndex, 'a count');
    check.field(doc, 'plan', 'skipped', Array.isArray, 'a list');
    jobs.forEach((job, i) => {
        const at = `jobs[${i}]`;
        check.field(job, at, 'name', isString, 'a string');
        check.field(job, at, 'index', isIndex, 'a job index');
        check.field(job, at, 'group_id', isString, 'a string');
        check.field(job, at, 'group_value', isGroup, 'an integer, a string or null');
        check.field(job, at, 'runner', oneOf(RUNNERS), `one of ${RUNNERS.join(', ')}`);
        check.field(job, at, 'files', isStrings, 'a list of paths');
        check.optional(job, at, 'runs-on', (v) => isString(v) || isStrings(v), 'a label or a list of labels');
        check.optional(job, at, 'groups', (v) => Array.isArray(v) && v.every(isGroup), 'a list of groups');
        check.optional(job, at, 'seconds', isNumber, 'a number');
        job['tests'].forEach((t, k) => check.test(t, `${at}.tests[${k}]`));
    });
    doc['skipped'].forEach((t, k) => {
        if (!isObject(t))
            throw check.error(`skipped[${k}]`, t, 'a test');
        check.field(t, `skipped[${k}]`, 'id', isString, 'a string');
        check.field(t, `skipped[${k}]`, 'file', isString, 'a string');
        check.test(t, `skipped[${k}]`);
    });
    check.optional(doc, 'plan', 'playwright_configs', (v) => Array.isArray(v) &&
        v.every((c) => isObject(c) && isString(c['config']) && (c['root_dir'] === null || isString(c['root_dir']))), 'a list of {config, root_dir}');
    return doc;
}
class Checker {
    source;
    constructor(source) {
        this.source = source;
    }
    test(t, at) {
        this.field(t, at, 'function', isString, 'a string');
        this.field(t, at, 'line', isIndex, 'a line number');
        this.field(t, at, 'group', isGroup, 'an integer, a string or null');
        this.optional(t, at, 'params', isIndices, 'a map of argnames to indices');
        this.optional(t, at, 'params_per_call', isIndices, 'a map of argnames to indices');
        this.optional(t, at, 'seconds', isNumber, 'a number');
    }
    field(o, at, key, ok, expected) {
        if (!(key in o))
            throw new PlanFileError(`${this.source}: ${at} has no "${key}". ${REGENERATE}`);
        if (!ok(o[key]))
            throw this.error(`${at === 'plan' ? '' : `${at}.`}${key}`, o[key], expected);
    }
    optional(o, at, key, ok, expected) {
        if (key in o)
            this.field(o, at, key, ok, expected);
    }
    error(field, value, expected) {
        const shown = JSON.stringify(value)?.slice(0, 80) ?? String(value);
        return new PlanFileError(`${this.source}: ${field} is ${shown}, expected ${expected}. ${REGENERATE}`);
    }
}

;// CONCATENATED MODULE: ./src/filters/selection.ts




/** A filter's refusal: printed as one line, exit code 2, never a stack trace. */
class FilterError extends Error {
    name = 'FilterError';
}
/**
 * Reads env GROUP_MATRIX_PLAN (the plan file) and GROUP_MATRIX_ID (the job's id) and works out
 * what the job runs. Paths in the plan are relative to the action's working directory: env
 * GROUP_MATRIX_ROOT, else the current directory.
 */
function readSelection(runner, env = process.env, cwd = process.cwd()) {
    const planPath = env['GROUP_MATRIX_PLAN'];
    const id = env['GROUP_MATRIX_ID'];
    if (!planPath || !id)
        throw new FilterError(`group-matrix ${runner} filter: set GROUP_MATRIX_PLAN (the plan file from the collect job) and GROUP_MATRIX_ID (the job's id, matrix.group.id) in the step's env.`);
    let text;
    try {
        text = external_node_fs_default().readFileSync(planPath, 'utf8');
    }
    catch (err) {
        throw new FilterError(`group-matrix ${runner} filter: cannot read the plan file '${planPath}' (${err.message}).`);
    }
    let plan;
    try {
        plan = readPlanFile(text, `'${planPath}'`, `${runner} filter`);
    }
    catch (err) {
        if (err instanceof PlanFileError)
            throw new FilterError(`group-matrix ${runner} filter: ${err.message}`);
        throw err;
    }
    const job = plan.jobs.find((j) => j.id === id);
    if (!job)
        throw new FilterError(`group-matrix ${runner} filter: the plan '${planPath}' has no job '${id}' (it has ${plan.jobs.map((j) => `'${j.id}'`).join(', ') || 'none'}). Pass matrix.group.id from the same run's plan.`);
    if (job.runner !== runner)
        throw new FilterError(`group-matrix ${runner} filter: job '${id}' is planned for ${job.runner}, not ${runner}. Use the ${job.runner} filter for it.`);
    const root = external_node_path_default().resolve(cwd, env['GROUP_MATRIX_ROOT'] || '.');
    const abs = (f) => external_node_path_default().resolve(root, f);
    const missing = job.files.filter((f) => !external_node_fs_default().existsSync(abs(f)));
    if (missing.length > 0)
        throw new FilterError(`group-matrix ${runner} filter: job '${id}' plans ${missing.map((f) => `'${f}'`).join(', ')}, which do not exist under ${root}. The plan no longer matches the checkout (or GROUP_MATRIX_ROOT is not the action's working-directory): re-run the collect job.`);
    const runnerFiles = new Set();
    const runnerTests = [];
    const elsewhere = new Set();
    for (const other of plan.jobs) {
        if (other.runner !== runner)
            continue;
        for (const f of other.files)
            runnerFiles.add(abs(f));
        runnerTests.push(...other.tests);
        if (other !== job)
            for (const t of other.tests)
                elsewhere.add(t.file);
    }
    for (const t of plan.skipped) {
        runnerFiles.add(abs(t.file));
        runnerTests.push(t);
        elsewhere.add(t.file);
    }
    // Names must select when one of the job's files also has tests in another job.
    const split = job.files.filter((f) => elsewhere.has(f));
    let byName = null;
    if (split.length > 0) {
        const whole = job.tests.filter((t) => t.id === t.file);
        if (whole.length > 0)
            throw new FilterError(`group-matrix ${runner} filter: job '${id}' holds the whole of ${whole.map((t) => `'${t.file}'`).join(', ')} (tests not readable one by one) and part of ${split.map((f) => `'${f}'`).join(', ')}; one ${runner} run cannot select both exactly. Use scope: file, or give the whole file a docblock group of its own.`);
        const titles = job.tests.map((t) => titlesOfId(t.file, t.id));
        byName = { pattern: namePatternSource(titles), titles };
    }
    const playwrightConfigs = plan.playwright_configs ?? null;
    return { job, files: job.files.map(abs), runnerFiles, runnerTests, byName, root, playwrightConfigs };
}
/**
 * Prints arguments one per line (or NUL-separated with `--nul`), for `mapfile -t args < <(...)`:
 * file names may hold spaces, so the output is never meant for word splitting.
 */
function printArgs(args, nul) {
    for (const a of args) {
        if (!nul && a.includes('\n'))
            throw new FilterError(`group-matrix filter: the argument '${a}' holds a newline; use --nul with mapfile -d ''.`);
    }
    process.stdout.write(args.map((a) => a + (nul ? '\0' : '\n')).join(''));
}
/** Runs a filter's CLI: `args [--nul]`, errors as one line on stderr and exit code 2. */
function cli(main) {
    try {
        main(process.argv.slice(2));
    }
    catch (err) {
        process.stderr.write(`${err instanceof FilterError ? err.message : `group-matrix filter failed unexpectedly: ${String(err)}`}\n`);
        process.exitCode = 2;
    }
}
/** Whether this module is the process's entry (CLI use) rather than imported (Jest's --filter). */
function isMain(metaUrl) {
    const entry = process.argv[1];
    if (!entry)
        return false;
    try {
        return fs.realpathSync(entry) === fs.realpathSync(new URL(metaUrl));
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/filters/check.ts
// `check`: compares the runner's own view of the job's name-selected files with the plan. A job that
// selects tests by name (a split file) runs only the tests the plan names: a test the runner finds
// but the plan does not hold (a call form the static reader does not know, a test added after
// planning) matches no job's selection and would run nowhere, silently. The check makes that loud.




const RUNNER_NAMES = {
    pytest: 'pytest',
    jest: 'Jest',
    vitest: 'Vitest',
    playwright: 'Playwright',
};
/** Most differences worth printing: past that, the cause is a stale plan or a whole-file pattern. */
const MAX_LINES = 50;
/**
 * The job's files whose tests are chosen by name. The name pattern (Jest, Vitest) or the test
 * list (Playwright) applies to every file of such a job, not only to the files shared with
 * another job: an unplanned test in any of them is left out.
 */
function nameSelectedFiles(selection) {
    return selection.byName ? selection.files : [];
}
/** Whether a planned test (its titles) selects a test the runner found, as the job's selection does. */
function selector(runner, planned) {
    if (planned.length === 0)
        return () => false;
    // A Playwright test list line selects every test whose title path starts with it, compared
    // exactly (Playwright's loadTestList); anonymous describes have no title on either side.
    if (runner === 'playwright')
        return (titles) => planned.some((p) => p.length <= titles.length && p.every((t, i) => t === titles[i]));
    // Jest and Vitest: the same -t pattern the jobs run with, against the full name.
    const re = nameRegex(runner, namePatternSource(planned));
    return (titles) => re.test(titles.join(' '));
}
/** A path as the file system names it, so a symlinked checkout compares equal to the runner's. */
function canonical(file) {
    try {
        return external_node_fs_default().realpathSync(file);
    }
    catch {
        return external_node_path_default().resolve(file);
    }
}
function compareWithPlan(runner, selection, listed) {
    const name = RUNNER_NAMES[runner];
    const files = nameSelectedFiles(selection);
    const outcome = { files: [], tests: 0, differences: [] };
    const byFile = new Map();
    for (const t of listed) {
        const file = canonical(t.file);
        if (!byFile.has(file))
            byFile.set(file, new Map());
        // Once per title path: Playwright reports a test once per project.
        byFile.get(file).set(t.titles.join('\0'), t);
    }
    for (const file of files) {
        const rel = external_node_path_default().relative(selection.root, file).split((external_node_path_default()).sep).join('/');
        outcome.files.push(rel);
        const planned = selection.runnerTests.filter((t) => external_node_path_default().resolve(selection.root, t.file) === file);
        const found = [...(byFile.get(canonical(file))?.values() ?? [])];
        outcome.tests += found.length;
        if (found.length === 0) {
            outcome.differences.push({
                file,
                text: `${rel}: ${name} found no test in it (it failed to load, or the listing did not include it); its ${planned.length} planned test(s) are unchecked.`,
            });
            continue;
        }
        // A file planned whole somewhere runs whole there: every test in it runs.
        if (planned.some((t) => t.id === t.file))
            continue;
        const plannedTitles = planned.map((t) => titlesOfId(t.file, t.id));
        const inPlan = selector(runner, plannedTitles);
        for (const t of found)
            if (!inPlan(t.titles))
                outcome.differences.push({
                    file,
                    ...(t.line !== undefined ? { line: t.line } : {}),
                    text: `${[rel, ...t.titles].join(' › ')}: found by ${name} but planned in no job, so no job runs it.`,
                });
        plannedTitles.forEach((titles, i) => {
            const selects = selector(runner, [titles]);
            if (!found.some((t) => selects(t.titles)))
                outcome.differences.push({
                    file,
                    ...(planned[i].line !== undefined ? { line: planned[i].line } : {}),
                    text: `${[rel, ...titles].join(' › ')}: planned but ${name} did not find it.`,
                });
        });
    }
    return outcome;
}
/** Reads a runner's JSON output; a missing or unreadable file is an error of use. */
function readRunnerJson(runner, file, produce) {
    let text;
    try {
        text = external_node_fs_default().readFileSync(file, 'utf8');
    }
    catch (err) {
        throw new FilterError(`group-matrix ${runner} check: cannot read '${file}' (${err.message}); ${produce} first.`);
    }
    try {
        return JSON.parse(text);
    }
    catch (err) {
        throw new FilterError(`group-matrix ${runner} check: '${file}' is not JSON (${err.message}).`);
    }
}
/** A JSON value's field when the value is an object. */
function field(value, key) {
    return typeof value === 'object' && value !== null && !Array.isArray(value)
        ? value[key]
        : undefined;
}
/**
 * The check of one job: agreement when the runner's view matches the plan (or the job selects no
 * file by name), else one line per difference and what to do. `read` turns the runner's JSON file
 * into tests; it is called only when there is something to check.
 */
function checkJob(runner, selection, read) {
    const prefix = `group-matrix ${runner} check: job '${selection.job.id}'`;
    if (nameSelectedFiles(selection).length === 0)
        return {
            status: 0,
            stdout: `${prefix} runs its files whole (no test selected by name): nothing to check.\n`,
            stderr: '',
        };
    const outcome = compareWithPlan(runner, selection, read());
    const name = RUNNER_NAMES[runner];
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    if (outcome.differences.length === 0)
        return {
            status: 0,
            stdout: `${prefix}: the ${plural(outcome.tests, 'test')} ${name} finds in ${plural(outcome.files.length, 'name-selected file')} agree with the plan.\n`,
            stderr: '',
        };
    const shown = outcome.differences.slice(0, MAX_LINES);
    const more = outcome.differences.length - shown.length;
    return {
        status: 1,
        // In a workflow, each difference is also an annotation at the test's file and line (GitHub
        // shows 10 errors per step; the full list is in the log).
        stdout: process.env['GITHUB_ACTIONS'] === 'true'
            ? annotations(outcome.differences.slice(0, 10), name).join('')
            : '',
        stderr: [
            `${prefix}: ${plural(outcome.differences.length, 'difference')} between the plan and what ${name} finds in ${outcome.files.map((f) => `'${f}'`).join(', ')} (tests selected by name):`,
            ...shown.map((d) => `  ${d.text}`),
            ...(more > 0 ? [`  … and ${more} more.`] : []),
            `A test the plan does not hold runs in no job. Write it in a form group-matrix reads (plain string titles in test/it/describe calls: docs/js-runners.md, "What is read"), or keep its file in one group (a docblock /** @group name */). If the files changed after the collect job planned them, re-run it.`,
        ].join('\n') + '\n',
    };
}
/** `check <file>`: the check of the job named by the environment, printed, with its exit code. */
function runCheck(runner, argv, read) {
    const file = argv[1];
    if (!file || file.startsWith('-'))
        throw new FilterError(`usage: node dist/filters/${runner}/index.js check <${runner} JSON file>`);
    const report = checkJob(runner, readSelection(runner), () => read(file));
    process.stdout.write(report.stdout);
    process.stderr.write(report.stderr);
    if (report.status !== 0)
        process.exitCode = report.status;
}
/** `::error file=…,line=…,title=…::message` lines; paths relative to the workspace, as GitHub wants. */
function annotations(differences, runnerName) {
    const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd();
    return differences.map((d) => {
        const file = external_node_path_default().relative(workspace, d.file).split((external_node_path_default()).sep).join('/');
        const props = [
            `file=${file}`,
            ...(d.line !== undefined ? [`line=${d.line}`] : []),
            `title=Plan and ${runnerName} disagree`,
        ];
        return `::error ${props.map(escapeProperty).join(',')}::${escapeData(d.text)}\n`;
    });
}
// GitHub's workflow command escaping (what @actions/core does, without bundling it here).
function escapeData(s) {
    return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(prop) {
    const eq = prop.indexOf('=');
    const value = prop.slice(eq + 1);
    return `${prop.slice(0, eq)}=${escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')}`;
}

;// CONCATENATED MODULE: ./src/filters/jest-format.ts
// Jest's JSON results (`jest --json`), which Vitest's json reporter also writes: every test of every
// file run, with its describe titles, including the tests a -t pattern filtered out (Jest reports
// them as "pending", Vitest as "skipped"), so the check sees each file's tests in full.



function testsOfJestJson(runner, file, doc) {
    const bad = (what) => new FilterError(`group-matrix ${runner} check: '${file}' is not the JSON results expected (${what}; expected testResults[] of { name, assertionResults[] of { ancestorTitles[], title } }).`);
    const results = field(doc, 'testResults');
    if (!Array.isArray(results))
        throw bad('no testResults list');
    const tests = [];
    for (const result of results) {
        const name = field(result, 'name');
        const assertions = field(result, 'assertionResults');
        if (typeof name !== 'string' || !Array.isArray(assertions))
            throw bad('a test file without name or assertionResults');
        for (const a of assertions) {
            const title = field(a, 'title');
            const ancestors = field(a, 'ancestorTitles');
            if (typeof title !== 'string' ||
                !Array.isArray(ancestors) ||
                !ancestors.every((t) => typeof t === 'string'))
                throw bad(`a test of '${name}' without title or ancestorTitles`);
            // `location` is there with Jest's --testLocationInResults and Vitest's --includeTaskLocation.
            const line = field(field(a, 'location'), 'line');
            tests.push({
                file: external_node_path_default().resolve(name),
                titles: [...ancestors, title],
                ...(typeof line === 'number' ? { line } : {}),
            });
        }
    }
    return tests;
}

;// CONCATENATED MODULE: ./src/filters/vitest/args.ts
// What a Vitest job runs: the job's files, an --exclude for every other planned file a file filter
// would also match (Vitest matches file filters as substrings), and, when the job holds part of a
// file, --testNamePattern with the exact names. And the arguments of the listing run that `check`
// compares with the plan.



function vitestArgs() {
    const selection = readSelection('vitest');
    const args = fileArgs(selection);
    if (selection.byName)
        args.push(`--testNamePattern=${selection.byName.pattern}`);
    return args;
}
/**
 * The arguments of a `vitest run` that collects the job's name-selected files and runs none of
 * their tests: a name pattern that matches nothing makes Vitest report every test as skipped,
 * hooks and bodies unrun, and the json reporter writes them all (to `output`, never to a file
 * the config names). Not `vitest list`: it leaves out tests skipped at collection (`.skip`,
 * `.todo`, `skipIf`), which the check would take for removed ones. Nothing when the job selects
 * no test by name.
 */
function vitestListArgs(output) {
    const selection = readSelection('vitest');
    if (nameSelectedFiles(selection).length === 0)
        return [];
    return [
        ...fileArgs(selection),
        '--testNamePattern=(?!)',
        '--reporter=json',
        `--outputFile=${external_node_path_default().resolve(output)}`,
        // Each test's line, for the check's annotations.
        '--includeTaskLocation',
        // Coverage of a run that runs nothing would only fail its thresholds.
        '--coverage.enabled=false',
    ];
}
/** The job's files, each with an --exclude for the other planned files it would also match. */
function fileArgs(selection) {
    const cwd = process.cwd();
    const args = [];
    const mine = new Set(selection.files);
    for (const file of selection.files) {
        const rel = external_node_path_default().relative(cwd, file).split((external_node_path_default()).sep).join('/');
        args.push(rel);
        for (const other of selection.runnerFiles) {
            if (mine.has(other))
                continue;
            const otherRel = external_node_path_default().relative(cwd, other).split((external_node_path_default()).sep).join('/');
            if (other.startsWith(file) || otherRel.toLowerCase().includes(rel.toLowerCase()))
                args.push(`--exclude=${globEscape(otherRel)}`);
        }
    }
    return args;
}
/** A path as a glob that matches only itself. */
function globEscape(p) {
    return p.replace(/[*?[\]{}()!+@\\]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/filters/vitest/command.ts
// The Vitest filter's subcommands: `args [--nul]` prints what to append to `vitest run` for the
// job named by env GROUP_MATRIX_ID in the plan GROUP_MATRIX_PLAN; `list-args <results.json>`
// prints the arguments of a `vitest run` that only lists the job's name-selected files into that
// JSON file, and `check <results.json>` compares it with the plan.




const USAGE = 'args [--nul] | list-args <results.json> [--nul] | check <results.json>';
/** Runs one subcommand; `usage` names how it was called (the bundle, or the `group-matrix` CLI). */
function vitestCommand(argv, usage = 'node dist/filters/vitest/index.js') {
    const nul = argv.includes('--nul');
    const file = argv[1];
    if (argv[0] === 'args')
        return printArgs(vitestArgs(), nul);
    if (argv[0] === 'list-args') {
        if (!file || file.startsWith('-'))
            throw new FilterError(`usage: ${usage} ${USAGE}`);
        return printArgs(vitestListArgs(file), nul);
    }
    if (argv[0] === 'check')
        return runCheck('vitest', argv, (f) => testsOfJestJson('vitest', f, readRunnerJson('vitest', f, `run vitest with the arguments of 'list-args ${f}'`)));
    throw new FilterError(`usage: ${usage} ${USAGE}`);
}

;// CONCATENATED MODULE: ./src/filters/vitest/index.ts
// The Vitest filter as a program: `node dist/filters/vitest/index.js args | list-args | check`
// (command.ts says what each does; `group-matrix run vitest` does all three).


cli((argv) => vitestCommand(argv));

