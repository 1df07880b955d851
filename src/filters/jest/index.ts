// The Jest filter's bundle, used two ways (Jest 30 rejects custom CLI flags, so the job comes
// through env GROUP_MATRIX_PLAN and GROUP_MATRIX_ID):
//   node dist/filters/jest/index.js args | check <results.json>   (command.ts);
//   jest --filter=dist/filters/jest/filter.cjs → Jest require()s that CommonJS shim, which imports
//                                                this bundle and calls `filter` (select.ts).
import { fileURLToPath } from 'node:url';
import { cli, isMain } from '../selection.js';
import { jestCommand } from './command.js';

export { filter } from './select.js';

if (isMain(import.meta.url)) cli((argv) => jestCommand(argv, fileURLToPath(import.meta.url)));
