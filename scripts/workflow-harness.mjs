// Runs .github/workflows/group-matrix.yml on this machine, step by step, the way a GitHub runner
// would, so its behaviour can be tested without GitHub (there is no workflow engine and no docker
// here). What is real and what is emulated:
//   - real: every `run:` step's script, verbatim, in bash (or python for `shell: python`) with the
//     env the workflow declares; our own actions (dist/index.js for `group-matrix/group-matrix@v1`,
//     dist/report/index.js for `.../report@v1`) run as a runner runs a node action (INPUT_*,
//     GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, action.yml defaults); the `${{ }}` expressions of `if:`,
//     `env:`, `with:`, `name:`, `outputs:` and the matrix, evaluated by a small evaluator below;
//     job order by `needs`, job and step status functions, a matrix leg per group.
//   - emulated by copying files: actions/checkout (copies the suite), actions/cache/restore and
//     save (prefix restore of the newest entry, immutable keys), actions/upload-artifact and
//     download-artifact (forbidden name characters, 409 on a duplicate name without overwrite,
//     `pattern` downloads into one directory per artifact). actions/setup-python and setup-node do
//     nothing: the machine's python and node are used.
//   - GITHUB_API_URL points at a closed local port: the timings fallback cannot reach GitHub here
//     and must degrade to a notice (its API logic is tested with a mocked Octokit elsewhere).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WORKFLOW = path.join(ROOT, '.github', 'workflows', 'group-matrix.yml');

/**
 * Our own actions, as the reusable workflow references them, and the directory of each
 * action.yml; `root` is the repository (or a snapshot of its action.yml files and dist/).
 */
const ownActions = (root) => [
  { prefix: 'group-matrix/group-matrix/report@', dir: path.join(root, 'report') },
  { prefix: 'group-matrix/group-matrix/setup@', dir: path.join(root, 'setup') },
  { prefix: 'group-matrix/group-matrix@', dir: root },
];

/**
 * A copy of the actions (action.yml, report/action.yml, dist/) in a temp directory, so a run is not
 * disturbed by `npm run package` rebuilding dist/ meanwhile (it deletes dist/ first).
 */
export function snapshotActions(root = ROOT) {
  const to = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-actions-'));
  fs.copyFileSync(path.join(root, 'action.yml'), path.join(to, 'action.yml'));
  fs.mkdirSync(path.join(to, 'report'));
  fs.copyFileSync(path.join(root, 'report', 'action.yml'), path.join(to, 'report', 'action.yml'));
  fs.cpSync(path.join(root, 'setup'), path.join(to, 'setup'), { recursive: true });
  fs.cpSync(path.join(root, 'dist'), path.join(to, 'dist'), { recursive: true });
  for (const main of ['dist/index.js', 'dist/report/index.js']) {
    if (!fs.existsSync(path.join(to, main))) throw new Error(`${main} is missing: run npm run package first`);
  }
  return to;
}

// ---------------------------------------------------------------------------------------------
// Expressions: the subset of GitHub's expression language the workflow uses.

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?)|'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_-]*)|(==|!=|<=|>=|&&|\|\||[<>!()[\].,]))/y;

function tokenize(text) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read expression '${text}' at ${at}`);
    if (m[1] !== undefined) tokens.push({ kind: 'lit', value: Number(m[1]) });
    else if (m[2] !== undefined) tokens.push({ kind: 'lit', value: m[2].replace(/''/g, "'") });
    else if (m[3] !== undefined) {
      const word = m[3];
      if (word === 'true' || word === 'false') tokens.push({ kind: 'lit', value: word === 'true' });
      else if (word === 'null') tokens.push({ kind: 'lit', value: null });
      else tokens.push({ kind: 'id', value: word });
    } else tokens.push({ kind: 'op', value: m[4] });
  }
  return tokens;
}

const truthy = (v) =>
  !(v === false || v === null || v === undefined || v === 0 || v === '' || Number.isNaN(v));

function toNumber(v) {
  if (typeof v === 'number') return v;
  if (v === null || v === undefined) return 0;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return v.trim() === '' ? 0 : Number(v);
  return NaN;
}

/** GitHub's `==`: strings compare case-insensitively; other mixed types compare as numbers. */
function looseEquals(a, b) {
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (typeof a === typeof b && (typeof a !== 'object' || a === null)) return a === b;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) return a === b;
  return toNumber(a) === toNumber(b);
}

/** The string a value becomes when pasted into a larger string (`a-${{ x }}`). */
export function asString(v) {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return Array.isArray(v) ? 'Array' : 'Object';
}

const FUNCTIONS = {
  fromjson: (ctx, s) => {
    if (typeof s !== 'string' || s.trim() === '')
      throw new Error(`fromJSON of '${asString(s)}': Error reading JToken from JsonReader`);
    return JSON.parse(s);
  },
  tojson: (ctx, v) => JSON.stringify(v ?? null, null, 2),
  format: (ctx, fmt, ...args) => asString(fmt).replace(/\{(\d+)\}/g, (_, i) => asString(args[Number(i)])),
  startswith: (ctx, a, b) => asString(a).toLowerCase().startsWith(asString(b).toLowerCase()),
  endswith: (ctx, a, b) => asString(a).toLowerCase().endsWith(asString(b).toLowerCase()),
  contains: (ctx, a, b) =>
    Array.isArray(a)
      ? a.some((x) => looseEquals(x, b))
      : asString(a).toLowerCase().includes(asString(b).toLowerCase()),
  join: (ctx, a, sep = ',') => (Array.isArray(a) ? a.map(asString).join(asString(sep)) : asString(a)),
  always: () => true,
  success: (ctx) => !ctx.__status.failed && !ctx.__status.cancelled && !ctx.__status.skippedNeed,
  failure: (ctx) => ctx.__status.failed,
  cancelled: (ctx) => ctx.__status.cancelled,
};

/** Parses one expression (the text inside `${{ }}`) into a tree. */
function parseExpression(text) {
  const tokens = tokenize(text);
  let i = 0;
  const isOp = (op) => tokens[i]?.kind === 'op' && tokens[i].value === op;
  const expect = (op) => {
    if (!isOp(op)) throw new Error(`expected '${op}' in expression '${text}'`);
    i++;
  };
  const binary = (next, ops) => () => {
    let left = next();
    while (ops.some(isOp)) {
      const op = tokens[i++].value;
      left = { op, left, right: next() };
    }
    return left;
  };
  const unary = () => {
    if (isOp('!')) {
      i++;
      return { op: '!', operand: unary() };
    }
    return postfix();
  };
  const comparison = binary(unary, ['<', '>', '<=', '>=']);
  const equality = binary(comparison, ['==', '!=']);
  const andExpr = binary(equality, ['&&']);
  const orExpr = binary(andExpr, ['||']);
  const postfix = () => {
    let node = primary();
    for (;;) {
      if (isOp('.')) {
        i++;
        const t = tokens[i++];
        if (t?.kind !== 'id') throw new Error(`expected a property name in '${text}'`);
        node = { op: 'member', object: node, key: { op: 'lit', value: t.value } };
      } else if (isOp('[')) {
        i++;
        const key = orExpr();
        expect(']');
        node = { op: 'member', object: node, key };
      } else return node;
    }
  };
  const primary = () => {
    const t = tokens[i++];
    if (!t) throw new Error(`unexpected end of expression '${text}'`);
    if (t.kind === 'lit') return { op: 'lit', value: t.value };
    if (t.kind === 'op' && t.value === '(') {
      const node = orExpr();
      expect(')');
      return node;
    }
    if (t.kind === 'id') {
      if (!isOp('(')) return { op: 'context', name: t.value };
      i++;
      const args = [];
      while (!isOp(')')) {
        args.push(orExpr());
        if (isOp(',')) i++;
        else break;
      }
      expect(')');
      if (!FUNCTIONS[t.value.toLowerCase()]) throw new Error(`unknown function ${t.value}() in '${text}'`);
      return { op: 'call', name: t.value.toLowerCase(), args };
    }
    throw new Error(`unexpected '${t.value}' in expression '${text}'`);
  };
  const tree = orExpr();
  if (i !== tokens.length) throw new Error(`unexpected '${tokens[i].value}' in expression '${text}'`);
  return tree;
}

/** Evaluates one expression against the contexts in `ctx`; `&&` and `||` short-circuit, as on GitHub. */
export function evaluate(text, ctx) {
  const run = (node) => {
    switch (node.op) {
      case 'lit':
        return node.value;
      case 'context':
        if (!(node.name in ctx)) throw new Error(`unknown context '${node.name}' in '${text}'`);
        return ctx[node.name];
      case 'member': {
        const object = run(node.object);
        if (object === null || object === undefined || typeof object !== 'object') return null;
        const value = object[run(node.key)];
        return value === undefined ? null : value;
      }
      case 'call':
        return FUNCTIONS[node.name](ctx, ...node.args.map(run));
      case '!':
        return !truthy(run(node.operand));
      case '&&': {
        const left = run(node.left);
        return truthy(left) ? run(node.right) : left;
      }
      case '||': {
        const left = run(node.left);
        return truthy(left) ? left : run(node.right);
      }
      case '==':
        return looseEquals(run(node.left), run(node.right));
      case '!=':
        return !looseEquals(run(node.left), run(node.right));
      default: {
        const a = toNumber(run(node.left));
        const b = toNumber(run(node.right));
        return node.op === '<' ? a < b : node.op === '>' ? a > b : node.op === '<=' ? a <= b : a >= b;
      }
    }
  };
  return run(parseExpression(text));
}

const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;

/**
 * A workflow value with its `${{ }}` expressions evaluated, once (a value that itself holds
 * `${{ }}` text stays text, as on GitHub). A string that is one expression keeps the result's type.
 */
export function interpolate(value, ctx) {
  if (typeof value !== 'string') return value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole && !whole[1].includes('}}')) return evaluate(whole[1], ctx);
  return value.replace(EXPRESSION, (_, inner) => asString(evaluate(inner, ctx)));
}

/** An `if:` condition; without a status function it means `success() && (...)`, as on GitHub. */
export function condition(text, ctx) {
  if (text === undefined || text === null) return truthy(FUNCTIONS.success(ctx));
  let expr = String(text).trim();
  const wrapped = /^\$\{\{([\s\S]*)\}\}$/.exec(expr);
  if (wrapped) expr = wrapped[1];
  if (!/\b(always|success|failure|cancelled)\s*\(/.test(expr)) expr = `success() && (${expr})`;
  return truthy(evaluate(expr, ctx));
}

// ---------------------------------------------------------------------------------------------
// The runner.

/** Artifacts and cache entries outlive a run (re-runs see them), so they live in a state. */
export function createState(root = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-harness-'))) {
  fs.mkdirSync(path.join(root, 'artifacts'), { recursive: true });
  fs.mkdirSync(path.join(root, 'cache'), { recursive: true });
  return { root, artifacts: new Map(), cache: [], runId: 4242 };
}

/** GITHUB_OUTPUT: `name=value` lines and `name<<DELIMITER ... DELIMITER` blocks. */
export function parseCommandFile(text) {
  const out = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]);
      out[heredoc[1]] = value.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

/** `::error title=...::message` workflow commands printed by a step. */
export function commandsOf(stdout) {
  return [...stdout.matchAll(/^::(error|warning|notice)([^:]*)::(.*)$/gm)].map((m) => ({
    kind: m[1],
    props: m[2],
    message: m[3].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'),
  }));
}

const FORBIDDEN_ARTIFACT_CHARS = /[":<>|*?\r\n\\/]/;

function copyInto(src, dest) {
  fs.mkdirSync(dest, { recursive: true });
  if (fs.statSync(src).isDirectory()) fs.cpSync(src, dest, { recursive: true });
  else fs.copyFileSync(src, path.join(dest, path.basename(src)));
}

/** Emulations of the marketplace actions the workflow uses; each returns { outcome, outputs, log }. */
const MARKETPLACE = {
  'actions/checkout': (w, job) => {
    fs.cpSync(job.suite, job.workspace, { recursive: true });
    return { outcome: 'success', outputs: {}, log: `copied ${job.suite}` };
  },
  'actions/setup-python': () => ({ outcome: 'success', outputs: {}, log: 'using the machine python' }),
  'actions/setup-node': () => ({ outcome: 'success', outputs: {}, log: 'using the machine node' }),
  'actions/cache/restore': (w, job) => {
    const prefixes = (w['restore-keys'] ?? '')
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    const exact = job.state.cache.find((e) => e.key === w.key);
    const byPrefix = [...job.state.cache].reverse().find((e) => prefixes.some((p) => e.key.startsWith(p)));
    const entry = exact ?? byPrefix;
    if (!entry)
      return {
        outcome: 'success',
        outputs: { 'cache-hit': 'false', 'cache-primary-key': w.key },
        log: 'cache miss',
      };
    fs.mkdirSync(path.dirname(w.path), { recursive: true });
    fs.copyFileSync(entry.file, w.path);
    return {
      outcome: 'success',
      outputs: {
        'cache-hit': String(entry === exact),
        'cache-primary-key': w.key,
        'cache-matched-key': entry.key,
      },
      log: `restored ${entry.key}`,
    };
  },
  'actions/cache/save': (w, job) => {
    if (job.state.cache.some((e) => e.key === w.key)) {
      return { outcome: 'success', outputs: {}, log: `Cache entry ${w.key} exists (caches are immutable)` };
    }
    if (!fs.existsSync(w.path))
      return { outcome: 'success', outputs: {}, log: `warning: no file at ${w.path}` };
    const file = path.join(job.state.root, 'cache', `${job.state.cache.length}.json`);
    fs.copyFileSync(w.path, file);
    job.state.cache.push({ key: w.key, file });
    return { outcome: 'success', outputs: {}, log: `saved ${w.key}` };
  },
  'actions/upload-artifact': (w, job) => {
    const name = w.name || 'artifact';
    if (FORBIDDEN_ARTIFACT_CHARS.test(name)) {
      return {
        outcome: 'failure',
        outputs: {},
        log: `The artifact name is not valid: ${name}. Contains a forbidden character`,
      };
    }
    if (!fs.existsSync(w.path)) {
      const mode = w['if-no-files-found'] || 'warn';
      return {
        outcome: mode === 'error' ? 'failure' : 'success',
        outputs: {},
        log: `${mode}: no files found at ${w.path}`,
      };
    }
    if (job.state.artifacts.has(name) && w.overwrite !== 'true') {
      return {
        outcome: 'failure',
        outputs: {},
        log: `Failed to CreateArtifact: (409) Conflict: an artifact with this name already exists on the workflow run`,
      };
    }
    const dir = path.join(job.state.root, 'artifacts', `${job.state.artifacts.size}-${Date.now()}`);
    copyInto(w.path, dir);
    job.state.artifacts.set(name, dir);
    return { outcome: 'success', outputs: {}, log: `uploaded ${name}` };
  },
  'actions/download-artifact': (w, job) => {
    const dest = w.path || job.workspace;
    if (w.name) {
      const dir = job.state.artifacts.get(w.name);
      if (!dir)
        return {
          outcome: 'failure',
          outputs: {},
          log: `Unable to download artifact(s): Artifact '${w.name}' not found`,
        };
      copyInto(dir, dest);
      return { outcome: 'success', outputs: { 'download-path': dest }, log: `downloaded ${w.name}` };
    }
    // As download-artifact v4+: a pattern matching nothing downloads nothing and succeeds.
    const match = picomatch(w.pattern || '*');
    const names = [...job.state.artifacts.keys()].filter((n) => match(n)).sort();
    for (const name of names) {
      copyInto(job.state.artifacts.get(name), w['merge-multiple'] === 'true' ? dest : path.join(dest, name));
    }
    return {
      outcome: 'success',
      outputs: { 'download-path': dest },
      log: `downloaded ${names.length} artifacts`,
    };
  },
};

/** Runs one of our node actions as a runner does: action.yml defaults, INPUT_*, cwd = workspace. */
function runOwnAction(action, w, job, env, ctx) {
  const meta = parseYaml(fs.readFileSync(path.join(action.dir, 'action.yml'), 'utf8'));
  const inputEnv = {};
  for (const [name, spec] of Object.entries(meta.inputs ?? {})) {
    const given = w[name];
    const value = given !== undefined ? given : asString(interpolate(String(spec?.default ?? ''), ctx));
    inputEnv[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  for (const name of Object.keys(w)) {
    if (!(name in (meta.inputs ?? {})))
      throw new Error(`${job.label}: input '${name}' is not declared in ${action.dir}/action.yml`);
  }
  if (meta.runs.using === 'composite') return runComposite(action, meta, job, env, inputEnv, ctx);
  const main = path.resolve(action.dir, meta.runs.main);
  if (meta.runs.using !== 'node24')
    throw new Error(`${action.dir}/action.yml: runs.using is ${meta.runs.using}, expected node24`);
  return spawnSync(process.execPath, [main], {
    cwd: job.workspace,
    env: { ...env, ...inputEnv },
    encoding: 'utf8',
  });
}

/**
 * Our composite action (setup/): its bash steps, each with its env (only `${{ inputs.* }}`
 * expressions), GITHUB_ACTION_PATH at its directory; the action's outputs from its steps'.
 */
function runComposite(action, meta, job, env, inputEnv, ctx) {
  const inputs = Object.fromEntries(
    Object.entries(inputEnv).map(([k, v]) => [k.slice('INPUT_'.length).toLowerCase(), v]),
  );
  const steps = {};
  let stdout = '';
  let stderr = '';
  let status = 0;
  for (const [i, step] of meta.runs.steps.entries()) {
    if (step.shell !== 'bash' || step.run === undefined)
      throw new Error(`${action.dir}/action.yml: step ${i + 1} is not a bash run: step`);
    const stepEnv = {};
    for (const [k, v] of Object.entries(step.env ?? {}))
      stepEnv[k] = asString(interpolate(v, { ...ctx, inputs }));
    const output = `${env.GITHUB_OUTPUT}.${i}`;
    fs.writeFileSync(output, '');
    const script = `${output}.sh`;
    fs.writeFileSync(script, step.run);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
      cwd: job.workspace,
      env: { ...env, ...stepEnv, GITHUB_ACTION_PATH: action.dir, GITHUB_OUTPUT: output },
      encoding: 'utf8',
    });
    stdout += r.stdout;
    stderr += r.stderr;
    status = r.status;
    if (step.id) steps[step.id] = { outputs: parseCommandFile(fs.readFileSync(output, 'utf8')) };
    if (status !== 0) break;
  }
  const lines = Object.entries(meta.outputs ?? {}).map(
    ([name, spec]) => `${name}=${asString(interpolate(spec.value, { ...ctx, steps }))}`,
  );
  fs.appendFileSync(env.GITHUB_OUTPUT, lines.map((l) => `${l}\n`).join(''));
  return { status, stdout, stderr };
}

function runStep(step, index, job, ctx, baseEnv) {
  const label = step.name ?? step.id ?? step.uses ?? `#${index + 1}`;
  const record = {
    label,
    id: step.id ?? null,
    outcome: 'skipped',
    outputs: {},
    stdout: '',
    stderr: '',
    commands: [],
    summary: '',
  };
  if (!condition(step.if, ctx)) return record;
  const stepDir = fs.mkdtempSync(path.join(job.temp, '_step-'));
  const outputFile = path.join(stepDir, 'output');
  const summaryFile = path.join(stepDir, 'summary');
  fs.writeFileSync(outputFile, '');
  fs.writeFileSync(summaryFile, '');
  const stepEnv = {};
  for (const [k, v] of Object.entries(step.env ?? {})) stepEnv[k] = asString(interpolate(v, ctx));
  const env = {
    ...baseEnv,
    ...job.env,
    ...stepEnv,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_ENV: path.join(stepDir, 'env'),
    GITHUB_PATH: path.join(stepDir, 'path'),
  };

  let result;
  if (step.run !== undefined) {
    // The static check forbids this; if it ever slipped through, a real runner would paste the
    // value into the script. Refuse rather than emulate something unsafe differently.
    if (/\$\{\{/.test(step.run)) throw new Error(`${job.label}, step '${label}': \${{ }} inside run:`);
    const shell = step.shell ?? job.defaults?.shell ?? 'bash';
    const wd = step['working-directory'] ?? job.defaults?.['working-directory'];
    const cwd =
      wd === undefined ? job.workspace : path.resolve(job.workspace, asString(interpolate(wd, ctx)));
    const script = path.join(stepDir, shell === 'python' ? 'script.py' : 'script.sh');
    fs.writeFileSync(script, step.run);
    const argv =
      shell === 'python'
        ? // GitHub runs `python {0}`; a machine with only python3 can name it in HARNESS_PYTHON.
          [env.HARNESS_PYTHON || 'python', [script]]
        : step.shell === 'bash' || job.defaults?.shell === 'bash'
          ? ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]]
          : ['bash', ['-e', script]];
    result = spawnSync(argv[0], argv[1], { cwd, env, encoding: 'utf8', timeout: 600_000 });
  } else {
    const w = {};
    for (const [k, v] of Object.entries(step.with ?? {})) w[k] = asString(interpolate(v, ctx));
    const own = ownActions(job.actionsRoot).find((a) => step.uses.startsWith(a.prefix));
    if (own) result = runOwnAction(own, w, job, env, ctx);
    else {
      const name = step.uses.replace(/@.*$/, '');
      const emulate = MARKETPLACE[name];
      if (!emulate) throw new Error(`${job.label}: the harness cannot run '${step.uses}'`);
      const r = emulate(w, job);
      record.outcome = r.outcome;
      record.outputs = r.outputs;
      record.stdout = r.log;
      return record;
    }
  }
  if (result.error) throw result.error;
  record.outcome = result.status === 0 ? 'success' : 'failure';
  record.stdout = result.stdout;
  record.stderr = result.stderr;
  record.commands = commandsOf(result.stdout);
  record.outputs = parseCommandFile(fs.readFileSync(outputFile, 'utf8'));
  record.summary = fs.readFileSync(summaryFile, 'utf8');
  // Directories a step adds to GITHUB_PATH come first on PATH in the job's later steps.
  if (fs.existsSync(env.GITHUB_PATH)) {
    const added = fs.readFileSync(env.GITHUB_PATH, 'utf8').split('\n').filter(Boolean).reverse();
    if (added.length) job.env.PATH = [...added, job.env.PATH ?? baseEnv.PATH].join(path.delimiter);
  }
  return record;
}

/** One job (one matrix leg) on a fresh "runner": its own workspace and temp directory. */
function runJob(def, jobId, legLabel, run, ctx) {
  const base = fs.mkdtempSync(path.join(run.state.root, `a${run.attempt}-${jobId}-`));
  const job = {
    label: legLabel,
    suite: run.suite,
    actionsRoot: run.actionsRoot,
    state: run.state,
    workspace: path.join(base, 'workspace'),
    temp: path.join(base, 'temp'),
    defaults: def.defaults?.run,
    env: {},
  };
  fs.mkdirSync(job.workspace, { recursive: true });
  fs.mkdirSync(job.temp, { recursive: true });
  const baseEnv = {
    ...run.runnerEnv,
    GITHUB_WORKSPACE: job.workspace,
    RUNNER_TEMP: job.temp,
  };
  const jobCtx = {
    ...ctx,
    runner: { ...ctx.runner, temp: job.temp },
    steps: {},
    __status: { failed: false, cancelled: false },
  };
  for (const [k, v] of Object.entries(def.env ?? {})) job.env[k] = asString(interpolate(v, jobCtx));
  const steps = [];
  (def.steps ?? []).forEach((step, index) => {
    const record = runStep(step, index, job, jobCtx, baseEnv);
    steps.push(record);
    if (record.outcome === 'failure') jobCtx.__status.failed = true;
    if (step.id)
      jobCtx.steps[step.id] = {
        outputs: record.outputs,
        outcome: record.outcome,
        conclusion: record.outcome,
      };
  });
  const outputs = {};
  for (const [k, v] of Object.entries(def.outputs ?? {})) outputs[k] = asString(interpolate(v, jobCtx));
  return {
    label: legLabel,
    result: jobCtx.__status.failed ? 'failure' : 'success',
    outputs,
    steps,
    matrix: ctx.matrix ?? null,
  };
}

/** Jobs in an order that respects `needs` (document order among equals). */
function jobOrder(jobs) {
  const order = [];
  const seen = new Set();
  const visit = (id) => {
    if (seen.has(id)) return;
    seen.add(id);
    const needs = jobs[id].needs;
    for (const n of Array.isArray(needs) ? needs : needs ? [needs] : []) visit(n);
    order.push(id);
  };
  for (const id of Object.keys(jobs)) visit(id);
  return order;
}

/**
 * Runs the reusable workflow with `inputs` (as a caller's `with:`), on the suite at `suite`.
 * `previous` (a result of this function) makes it "Re-run failed jobs": attempt + 1, successful
 * jobs and matrix legs keep their results, the failed ones and those that need them run again.
 * `hooks.afterJob(jobId, state, results)` runs after each job (e.g. to delete an artifact, or to
 * stand in another value for a job's output).
 */
export function runWorkflow({
  suite,
  actionsRoot = ROOT,
  inputs = {},
  runnerEnv = {},
  state = createState(),
  previous = null,
  hooks = {},
  ref = 'refs/heads/main',
  workflowFile = WORKFLOW,
}) {
  const doc = parseYaml(fs.readFileSync(workflowFile, 'utf8'));
  const declared = doc.on.workflow_call.inputs ?? {};
  const inputValues = {};
  for (const [name, spec] of Object.entries(declared)) {
    const given = inputs[name];
    const value = given !== undefined ? given : spec.default;
    inputValues[name] =
      spec.type === 'number'
        ? Number(value)
        : spec.type === 'boolean'
          ? value === true || value === 'true'
          : String(value ?? '');
  }
  for (const name of Object.keys(inputs)) {
    if (!(name in declared))
      throw new Error(`Invalid input, ${name} is not defined in the referenced workflow.`);
  }
  const attempt = previous ? previous.attempt + 1 : 1;
  const eventPath = path.join(state.root, 'event.json');
  fs.writeFileSync(
    eventPath,
    JSON.stringify({ repository: { default_branch: 'main', full_name: 'owner/repo' } }),
  );
  const github = {
    run_id: String(state.runId),
    run_attempt: String(attempt),
    ref,
    ref_name: ref.replace(/^refs\/(heads|tags)\//, ''),
    repository: 'owner/repo',
    event_name: 'push',
    token: 'harness-token',
    event: { repository: { default_branch: 'main' } },
    workflow_ref: 'owner/repo/.github/workflows/ci.yml@' + ref,
  };
  const run = {
    suite,
    actionsRoot,
    state,
    attempt,
    runnerEnv: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      GITHUB_RUN_ID: github.run_id,
      GITHUB_RUN_ATTEMPT: github.run_attempt,
      GITHUB_REPOSITORY: github.repository,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: github.ref_name,
      GITHUB_EVENT_NAME: 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKFLOW_REF: github.workflow_ref,
      GITHUB_API_URL: 'http://127.0.0.1:65535',
      GITHUB_SERVER_URL: 'https://github.com',
      ...runnerEnv,
    },
  };
  const results = {};
  const rerun = new Set();
  for (const jobId of jobOrder(doc.jobs)) {
    const def = doc.jobs[jobId];
    const needs = Array.isArray(def.needs) ? def.needs : def.needs ? [def.needs] : [];
    const prev = previous?.jobs[jobId];
    const mustRerun = !prev || prev.result === 'failure' || needs.some((n) => rerun.has(n));
    if (!mustRerun) {
      results[jobId] = prev;
      continue;
    }
    rerun.add(jobId);
    const needsCtx = {};
    for (const n of needs) needsCtx[n] = { result: results[n].result, outputs: results[n].outputs };
    const ctx = {
      inputs: inputValues,
      github,
      runner: { os: 'Linux', temp: '' },
      needs: needsCtx,
      vars: {},
      env: {},
      __status: {
        failed: needs.some((n) => results[n].result === 'failure'),
        cancelled: needs.some((n) => results[n].result === 'cancelled'),
        // A skipped need skips the job too, unless its if: uses a status function.
        skippedNeed: needs.some((n) => results[n].result === 'skipped'),
      },
    };
    // A job whose needs did not all succeed is skipped unless its `if:` says always().
    if (!condition(def.if, ctx)) {
      results[jobId] = { result: 'skipped', outputs: {}, legs: [] };
      hooks.afterJob?.(jobId, state, results);
      continue;
    }
    const matrixDef = def.strategy?.matrix;
    let legs;
    if (matrixDef) {
      const axes = Object.entries(matrixDef).map(([k, v]) => [k, interpolate(v, ctx)]);
      for (const [k, values] of axes) {
        if (!Array.isArray(values) || values.length === 0)
          throw new Error(`Matrix vector '${k}' does not contain any values`);
        if (values.length > 256) throw new Error('Strategy expansion exceeded 256 results');
      }
      if (axes.length !== 1) throw new Error('the harness expands one matrix axis');
      const [axis, values] = axes[0];
      const prevLegs = prev?.legs ?? [];
      legs = values.map((value, i) => {
        const legCtx = {
          ...ctx,
          matrix: { [axis]: value },
          strategy: { 'job-index': i, 'job-total': values.length },
        };
        const name = asString(interpolate(def.name ?? jobId, legCtx));
        interpolate(def['runs-on'], legCtx);
        interpolate(def['timeout-minutes'] ?? 360, legCtx);
        const kept = prevLegs.find((l) => l.label === name && l.result === 'success');
        return kept ?? runJob(def, jobId, name, run, legCtx);
      });
    } else {
      interpolate(def['runs-on'], ctx);
      legs = [
        runJob(def, jobId, asString(interpolate(def.name ?? jobId, ctx)), run, { ...ctx, matrix: null }),
      ];
    }
    const result = legs.some((l) => l.result === 'failure') ? 'failure' : 'success';
    results[jobId] = { result, outputs: matrixDef ? {} : legs[0].outputs, legs };
    hooks.afterJob?.(jobId, state, results);
  }
  const last = Object.keys(doc.jobs).at(-1);
  return { attempt, jobs: results, result: results[last].result, state };
}

/**
 * The `with:` of the caller in the first YAML block under the `## <heading>` of a Markdown file
 * (docs/workflow.md), so the harness runs the documented caller itself, not a copy of it.
 */
export function callerFromDoc(markdown, heading) {
  const at = markdown.indexOf(`\n## ${heading}\n`);
  if (at === -1) throw new Error(`no '## ${heading}' section`);
  const block = /```yaml\n([\s\S]*?)```/.exec(markdown.slice(at));
  if (!block) throw new Error(`no yaml block under '## ${heading}'`);
  const jobs = Object.values(parseYaml(block[1]).jobs ?? {});
  if (jobs.length !== 1)
    throw new Error(`the yaml block under '## ${heading}' should call the workflow once`);
  return jobs[0];
}

/** Every step record of a job (all legs), for assertions. */
export function stepsOf(result, jobId) {
  return (result.jobs[jobId]?.legs ?? []).flatMap((leg) => leg.steps.map((s) => ({ ...s, leg: leg.label })));
}
