import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError, parseMarker, readSettings, splitList } from '../src/inputs.js';

const env = { workspace: '/ws', tempDir: '/tmp/runner' };
const read = (inputs: Record<string, string>) => readSettings((n) => inputs[n] ?? '', env);

describe('readSettings', () => {
  it('gives the documented defaults', () => {
    const s = read({});
    expect(s).toMatchObject({
      workingDirectory: '/ws',
      paths: [],
      marker: { raw: 'group', prefix: 'group', isPattern: false },
      scope: 'file',
      ungrouped: 'job',
      runners: null,
      ifNoTests: 'success',
      maxJobs: 256,
      planFile: path.join('/tmp/runner', 'group-matrix-plan.json'),
    });
  });

  it('resolves working-directory and plan-file against the workspace', () => {
    const s = read({ 'working-directory': 'svc/api', 'plan-file': 'out/plan.json' });
    expect(s.workingDirectory).toBe('/ws/svc/api');
    expect(s.planFile).toBe('/ws/svc/api/out/plan.json');
  });

  it.each([
    ['scope', 'files', "Invalid scope 'files'. Expected one of: 'file', 'global'."],
    ['ungrouped', 'drop', "Invalid ungrouped 'drop'. Expected one of: 'job', 'error', 'skip', 'balance'."],
    ['if-no-tests', 'fail', "Invalid if-no-tests 'fail'. Expected one of: 'success', 'error'."],
  ])('rejects %s=%s naming the input, value and allowed values', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(new InputError(message));
  });

  it.each(['0', '257', '-3', '2.5', 'many'])('rejects max-jobs=%s with the allowed range', (value) => {
    expect(() => read({ 'max-jobs': value })).toThrow(
      `Invalid max-jobs '${value}'. Expected a whole number from 1 to 256`,
    );
  });

  it('accepts max-jobs at both ends of the range', () => {
    expect(read({ 'max-jobs': '1' }).maxJobs).toBe(1);
    expect(read({ 'max-jobs': '256' }).maxJobs).toBe(256);
  });

  it('reads runners as a YAML mapping with a default', () => {
    const s = read({ runners: 'db: big-runner\n"gpu-*": [self-hosted, gpu]\ndefault: ubuntu-latest\n' });
    expect(s.runners).toEqual({
      rules: [
        { pattern: 'db', runsOn: 'big-runner' },
        { pattern: 'gpu-*', runsOn: ['self-hosted', 'gpu'] },
      ],
      fallback: 'ubuntu-latest',
    });
  });

  it.each([
    ['- a\n- b', 'Expected a YAML mapping'],
    ['db: [unclosed', 'Invalid runners: not valid YAML'],
    ['db: 3', "Invalid runners entry 'db': 3. Expected a runner label"],
    ['db: []', "Invalid runners entry 'db': []"],
  ])('rejects runners %j', (value, message) => {
    expect(() => read({ runners: value })).toThrow(message);
  });
});

describe('parseMarker', () => {
  it('reads a name and a pattern', () => {
    expect(parseMarker('group')).toEqual({ raw: 'group', prefix: 'group', suffix: '', isPattern: false });
    expect(parseMarker('group_*')).toEqual({ raw: 'group_*', prefix: 'group_', suffix: '', isPattern: true });
    expect(parseMarker('ci_*_job')).toEqual({
      raw: 'ci_*_job',
      prefix: 'ci_',
      suffix: '_job',
      isPattern: true,
    });
  });

  it.each(['', '1group', 'group-x', 'a*b*', '*', 'gr oup'])('rejects %j', (raw) => {
    expect(() => parseMarker(raw)).toThrow(`Invalid marker '${raw}'`);
  });
});

describe('splitList', () => {
  it('splits on newlines and spaces and drops comment lines', () => {
    expect(splitList('tests/a/*.py tests/b\n# not this\n\n  !tests/b/slow_*.py  \n')).toEqual([
      'tests/a/*.py',
      'tests/b',
      '!tests/b/slow_*.py',
    ]);
  });
});
