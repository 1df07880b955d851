// The one version of group-matrix (the action, the CLI and the pytest plugin): package.json's,
// bundled into the CLI. scripts/version.mjs sets it everywhere it is written and checks they agree.
import pkg from '../package.json' with { type: 'json' };

export const VERSION: string = pkg.version;
