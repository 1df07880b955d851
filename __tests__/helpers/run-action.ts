import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO = path.resolve(import.meta.dirname, '..', '..');
export const ACTION = path.join(REPO, 'dist', 'index.js');
export const CLI = path.join(REPO, 'dist', 'cli', 'index.js');

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  /** Raw GITHUB_OUTPUT file text, for byte comparisons. */
  outputFile: string;
  summary: string;
  plan: string | null;
  /** `::error ...::message` style workflow commands printed on stdout. */
  commands: { kind: string; props: string; message: string }[];
}

/**
 * Runs the built dist/index.js the way a runner does: inputs as INPUT_* variables,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY at temp files, RUNNER_TEMP for the plan.
 */
export function runAction(
  inputs: Record<string, string>,
  workspace: string,
  extraEnv: NodeJS.ProcessEnv = {},
): ActionRun {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'gm-runner-'));
  const outputPath = path.join(temp, 'output');
  const summaryPath = path.join(temp, 'summary');
  fs.writeFileSync(outputPath, '');
  fs.writeFileSync(summaryPath, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: temp,
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  const result = spawnSync(process.execPath, [ACTION], { cwd: workspace, env, encoding: 'utf8' });
  const outputFile = fs.readFileSync(outputPath, 'utf8');
  const outputs = parseOutputFile(outputFile);
  const planPath = outputs['plan-file'];
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    outputFile,
    summary: fs.readFileSync(summaryPath, 'utf8'),
    plan: planPath && fs.existsSync(planPath) ? fs.readFileSync(planPath, 'utf8') : null,
    commands: [...result.stdout.matchAll(/^::(error|warning|notice)([^:]*)::(.*)$/gm)].map((m) => ({
      kind: m[1]!,
      props: m[2]!,
      message: m[3]!,
    })),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER\n` blocks (what core.setOutput writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const [, name, delimiter] = m;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
    out[name!] = value.join('\n');
  }
  return out;
}

export function runCli(args: string[], cwd: string = REPO) {
  return spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
}
