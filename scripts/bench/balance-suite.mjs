// A generated pytest suite for the balancing speed bench (scripts/bench/balance-speed.mjs), with
// what earlier runs would have left behind: a timings file at full precision (the mean of several
// runs is no round number) and the pytest JUnit report of one run (times to the millisecond, as
// pytest writes them). Durations are shaped like real ones (scripts/bench/durations.mjs).
// Written once per size and seed (scripts/bench/stamped-suite.mjs).
import path from 'node:path';
import { CLASSES, fileDurations } from './durations.mjs';
import { mix, rng } from './prng.mjs';
import { writeStampedSuite } from './stamped-suite.mjs';

/** Bump when the shape of the suite, its timings or its report changes. */
const VERSION = 1;
const AREAS = ['api', 'billing', 'auth', 'search', 'storage', 'etl', 'reports', 'sync'];
const KINDS = ['unit', 'integration', 'contract'];
const VERBS = ['create', 'read', 'update', 'delete', 'list', 'retry', 'expire', 'merge'];

/** One test file: a fixture, module-level tests, a test class and a parametrized test. */
function testFile(seed, index, count) {
  const r = rng(mix(seed, index));
  const rel = `tests/${AREAS[index % AREAS.length]}/${KINDS[index % KINDS.length]}/test_mod_${index}.py`;
  const lines = [
    'import pytest',
    '',
    '',
    '@pytest.fixture',
    'def client():',
    '    return {"ready": True}',
    '',
  ];
  const tests = [];
  const body = (name, args) => [
    '',
    `def ${name}(${args}):`,
    `    """Checks ${name.replace(/_/g, ' ')}."""`,
    `    value = {"n": ${r.int(0, 999)}}`,
    '    assert value["n"] >= 0',
  ];
  const params = count >= 6 ? r.int(2, 4) : 0;
  const inClass = Math.floor((count - params) / 3);
  const plain = count - params - inClass;
  for (let i = 0; i < plain; i++) {
    const name = `test_${VERBS[i % VERBS.length]}_${i}`;
    lines.push(...body(name, 'client'), '');
    tests.push(`${rel}::${name}`);
  }
  if (inClass > 0) {
    lines.push('', `class TestModule${index}:`);
    for (let i = 0; i < inClass; i++) {
      const name = `test_${VERBS[(i + 3) % VERBS.length]}_in_class_${i}`;
      lines.push(...body(name, 'self, client').map((l) => (l ? `    ${l}` : l)));
      tests.push(`${rel}::TestModule${index}::${name}`);
    }
    lines.push('');
  }
  if (params > 0) {
    const values = Array.from({ length: params }, (_, i) => i + 1);
    lines.push('', `@pytest.mark.parametrize("n", [${values.join(', ')}])`, ...body('test_values', 'n'), '');
    for (const v of values) tests.push(`${rel}::test_values[${v}]`);
  }
  return { rel, text: lines.join('\n') + '\n', tests };
}

/** pytest's JUnit names: the dotted module path and classes, and the node id's last part. */
function junitCase(id, seconds) {
  const parts = id.split('::');
  const classname = [parts[0].replace(/\.py$/, '').replaceAll('/', '.'), ...parts.slice(1, -1)].join('.');
  const name = parts[parts.length - 1].replaceAll('"', '&quot;');
  return `<testcase classname="${classname}" name="${name}" time="${seconds.toFixed(3)}" />`;
}

/** Writes (once) a suite of `tests` tests under `out`; returns its files and where its timings are. */
export function balanceSuite({ tests, out, seed = 16 }) {
  const files = [];
  const timings = {};
  const cases = [];
  let total = 0;
  for (let i = 0; total < tests; i++) {
    const file = testFile(seed, i, Math.min(tests - total, rng(mix(seed, i)).int(1, 30)));
    fileDurations(seed + 1, i, file.tests.length).forEach((s, k) => {
      timings[file.tests[k]] = s;
      cases.push(junitCase(file.tests[k], s));
    });
    total += file.tests.length;
    files.push(file);
  }
  const seconds = Object.values(timings).reduce((a, b) => a + b, 0);
  const junit = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="pytest tests"><testsuite name="pytest" errors="0" failures="0" skipped="0" tests="${total}" time="${seconds.toFixed(3)}">`,
    ...cases,
    '</testsuite></testsuites>',
    '',
  ].join('\n');
  const written = writeStampedSuite({
    out,
    generatorUrl: import.meta.url,
    version: `${VERSION}-${tests}-${JSON.stringify(CLASSES)}`,
    files: files.length,
    seed,
    force: false,
    configs: {
      'pytest.ini': '[pytest]\ntestpaths = tests\n',
      'timings.json': JSON.stringify({ version: 1, tool: 'group-matrix-timings', tests: timings, files: {} }),
      'junit.xml': junit,
    },
    fileAt: (i) => files[i],
  });
  return { ...written, dir: path.resolve(out), tests: total, timings: 'timings.json', junit: 'junit.xml' };
}
