// The Playwright filter as a program: `node dist/filters/playwright/index.js args | list-args |
// check` (command.ts says what each does; `group-matrix run playwright` does all three).
import { cli } from '../selection.js';
import { playwrightCommand } from './command.js';

cli((argv) => playwrightCommand(argv));
