import type { Problem } from './model.js';

/** The side effects a run needs; @actions/core provides them in the action, tests provide their own. */
export interface Edge {
  setOutput(name: string, value: string): void;
  annotate(problem: Problem): void;
  writeSummary(markdown: string): Promise<void>;
  info(message: string): void;
  setFailed(message: string): void;
}
