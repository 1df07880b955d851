import { describe, expect, it } from 'vitest';
import { InputError, readSettings } from '../src/inputs.js';

const env = { workspace: '/ws', tempDir: '/tmp/runner' };
const read = (inputs: Record<string, string>) => readSettings((n) => inputs[n] ?? '', env);

describe('balancing inputs', () => {
  it('defaults: no packing, 60 s overhead', () => {
    expect(read({})).toMatchObject({ timings: [], jobs: null, targetMinutes: null, jobOverheadSeconds: 60 });
  });

  it('reads timings globs, jobs, target-minutes and overhead', () => {
    const s = read({
      timings: 'reports/*.xml\ntimings.json',
      jobs: '8',
      'target-minutes': '12.5',
      'job-overhead-seconds': '0',
      ungrouped: 'balance',
    });
    expect(s).toMatchObject({
      timings: ['reports/*.xml', 'timings.json'],
      jobs: 8,
      targetMinutes: 12.5,
      jobOverheadSeconds: 0,
      ungrouped: 'balance',
    });
  });

  it.each([
    ['jobs', '0', "Invalid jobs '0'. Expected a whole number from 1 to 256"],
    ['jobs', '300', "Invalid jobs '300'"],
    ['target-minutes', '0', "Invalid target-minutes '0'. Expected minutes above 0"],
    ['target-minutes', 'ten', "Invalid target-minutes 'ten'"],
    ['job-overhead-seconds', '-5', "Invalid job-overhead-seconds '-5'. Expected seconds, 0 or more"],
  ])('%s=%s names the input, the value and what is allowed', (name, value, message) => {
    expect(() => read({ [name]: value })).toThrow(InputError);
    expect(() => read({ [name]: value })).toThrow(message);
  });
});
