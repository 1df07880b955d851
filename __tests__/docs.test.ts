import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The part of scripts/docs.mjs these tests use (a plain .mjs file has no type declarations). */
interface Docs {
  renderTable(actionYamlText: string, section: 'inputs' | 'outputs'): string;
  renderTables(actionYamlText: string): { inputs: string; outputs: string };
  updateReadme(readmeText: string, actionYamlText: string): string;
  findDrift(readmeText: string, actionYamlText: string): string[];
}

const docs = (await import(new URL('../scripts/docs.mjs', import.meta.url).href)) as Docs;

const repoFile = (name: string): string => fileURLToPath(new URL(`../${name}`, import.meta.url));

describe('README.md', () => {
  it('has the inputs and outputs tables generated from action.yml', () => {
    const readmePath = repoFile('README.md');
    expect(existsSync(readmePath), 'README.md does not exist').toBe(true);
    const problems = docs.findDrift(
      readFileSync(readmePath, 'utf8'),
      readFileSync(repoFile('action.yml'), 'utf8'),
    );
    expect(problems, `${problems.join('\n')}\nRun \`node scripts/docs.mjs\` to regenerate.`).toEqual([]);
  });
});

const ACTION = `name: demo
description: demo
inputs:
  mode:
    description: >-
      Either \`a\` or \`b\`, written a|b,
      folded over two lines.
    required: false
    default: a
  token:
    description: |
      A literal block:
      its newlines become spaces.
    required: true
  extra:
    description: No default at all.
    default: ''
outputs:
  result:
    description: The | result.
runs:
  using: node24
  main: dist/index.js
`;

describe('renderTable', () => {
  it('renders inputs with folded descriptions, escaped pipes and defaults', () => {
    expect(docs.renderTable(ACTION, 'inputs')).toBe(
      [
        '| Input | Description | Default |',
        '| --- | --- | --- |',
        '| `mode` | Either `a` or `b`, written a\\|b, folded over two lines. | `a` |',
        '| `token` | A literal block: its newlines become spaces. | *required* |',
        '| `extra` | No default at all. |  |',
      ].join('\n'),
    );
  });

  it('renders outputs without a default column', () => {
    expect(docs.renderTable(ACTION, 'outputs')).toBe(
      ['| Output | Description |', '| --- | --- |', '| `result` | The \\| result. |'].join('\n'),
    );
  });

  it('says so when a section is empty', () => {
    expect(docs.renderTable('name: x\nruns:\n  using: node24\n', 'outputs')).toBe(
      '_This action has no outputs._',
    );
  });
});

describe('updateReadme and findDrift', () => {
  const readme = [
    '# demo',
    '<!-- inputs:start -->',
    'stale',
    '<!-- inputs:end -->',
    '',
    '<!-- outputs:start -->',
    '<!-- outputs:end -->',
    '',
  ].join('\n');

  it('replaces only what lies between the markers, and is then up to date', () => {
    const updated = docs.updateReadme(readme, ACTION);
    const { inputs, outputs } = docs.renderTables(ACTION);
    expect(updated).toBe(
      [
        '# demo',
        '<!-- inputs:start -->',
        inputs,
        '<!-- inputs:end -->',
        '',
        '<!-- outputs:start -->',
        outputs,
        '<!-- outputs:end -->',
        '',
      ].join('\n'),
    );
    expect(docs.findDrift(updated, ACTION)).toEqual([]);
    expect(docs.updateReadme(updated, ACTION)).toBe(updated);
  });

  it('names the section and the first differing line', () => {
    const problems = docs.findDrift(readme, ACTION);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('inputs table differs from action.yml at table line 1');
    expect(problems[0]).toContain('found:    "stale"');
    expect(problems[1]).toContain('outputs table differs');
  });

  it('names missing markers', () => {
    expect(docs.findDrift('# demo\n<!-- inputs:start -->\n', ACTION)).toEqual([
      'README.md lacks <!-- inputs:end -->: add both markers where the inputs table goes',
      'README.md lacks <!-- outputs:start --> and <!-- outputs:end -->: add both markers where the outputs table goes',
    ]);
    expect(() => docs.updateReadme('# demo\n', ACTION)).toThrow(/README\.md lacks <!-- inputs:start -->/);
  });
});
