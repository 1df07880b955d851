// The repositories the workflow tests push to: test suites, and callers taken from the docs.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO } from '../helpers/run-action.js';

/** The files of a fixture directory, path → content, optionally under a new prefix. */
export function filesOf(dir: string, prefix = ''): Record<string, string> {
  const files: Record<string, string> = {};
  for (const rel of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, rel);
    if (fs.statSync(file).isFile()) files[path.join(prefix, rel)] = fs.readFileSync(file, 'utf8');
  }
  return files;
}

/** The pytest suite of the report tests: 8 tests, 4 jobs (two groups in one file, a group, ungrouped). */
export const REPORT_SUITE = path.join(REPO, '__tests__', 'fixtures', 'report', 'suite');
export const JS_SUITE = path.join(REPO, '__tests__', 'fixtures', 'workflow-js');

/**
 * The YAML block (```yaml) of a Markdown file that holds `needle`, verbatim, so a test runs the
 * caller the docs show and not a copy of it.
 */
export function yamlBlock(markdownFile: string, needle: string): string {
  const markdown = fs.readFileSync(path.join(REPO, markdownFile), 'utf8');
  const blocks = [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const found = blocks.filter((b) => b.includes(needle));
  if (found.length !== 1)
    throw new Error(`${markdownFile}: expected one yaml block holding '${needle}', found ${found.length}`);
  return found[0]!;
}

/**
 * A caller workflow around a documented `jobs:` block, as a user would paste it into
 * .github/workflows/: the block is kept byte for byte, only `name`, `on` and `permissions` are
 * put above it when it has none.
 */
export function callerWorkflow(block: string): string {
  const doc = parse(block) as Record<string, unknown>;
  if (!doc['jobs']) throw new Error(`not a workflow's jobs: block:\n${block}`);
  if (doc['on']) return block;
  return `name: Tests\non:\n  push:\npermissions:\n  contents: read\n${block}`;
}
