import * as core from '@actions/core';
import type { Edge } from './edge.js';

/** The Edge both actions (plan and report) write through on a runner: @actions/core. */
export const coreEdge: Edge = {
  setOutput: (name, value) => core.setOutput(name, value),
  annotate: (p) => {
    const props = { title: p.title, file: p.file, startLine: p.line, endLine: p.endLine ?? p.line };
    if (p.severity === 'error') core.error(p.message, props);
    else if (p.severity === 'warning') core.warning(p.message, props);
    else core.notice(p.message, props);
  },
  writeSummary: async (markdown) => {
    if (process.env['GITHUB_STEP_SUMMARY']) await core.summary.addRaw(markdown).write();
  },
  info: (message) => core.info(message),
  setFailed: (message) => core.setFailed(message),
};
