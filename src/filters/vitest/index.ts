// The Vitest filter as a program: `node dist/filters/vitest/index.js args | list-args | check`
// (command.ts says what each does; `group-matrix run vitest` does all three).
import { cli } from '../selection.js';
import { vitestCommand } from './command.js';

cli((argv) => vitestCommand(argv));
