// Global setup of the end-to-end tests: they run the committed bundles (dist/), so dist/ must be
// built from the checkout's src/ and package-lock.json, or a change to src/ would pass them
// untested. When the hash stored with the bundle (scripts/dist-sources.mjs) differs, dist/ is
// rebuilt first: that is the build a developer has to commit anyway, and CI checks the
// committed dist/ against a fresh build before any test runs, so a rebuild here never hides a
// stale commit.
import { spawnSync } from 'node:child_process';
import { sourcesHash, STAMP, storedHash } from '../../scripts/dist-sources.mjs';
import { REPO } from '../helpers/run-action.js';

export default function ensureDistCurrent(): void {
  const wanted = sourcesHash(REPO);
  const stored = storedHash(REPO);
  if (stored === wanted) return;
  process.stderr.write(
    `dist/ is not built from this checkout's src/ and package-lock.json (${STAMP}: ${stored ?? 'missing'}; ` +
      `sources: ${wanted}): rebuilding it (npm run package) before the end-to-end tests. Commit the rebuilt dist/.\n`,
  );
  const build = spawnSync(process.execPath, ['scripts/package.mjs'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) {
    throw new Error(
      `npm run package exited ${build.status ?? build.signal}: the end-to-end tests need dist/ built from src/. Fix the build, or run it by hand to see why.`,
    );
  }
  const built = storedHash(REPO);
  if (built !== sourcesHash(REPO)) {
    throw new Error(
      `dist/ was rebuilt but ${STAMP} says ${built ?? 'nothing'}, not the sources' ${sourcesHash(REPO)}: were src/ or package-lock.json edited during the build? Run the tests again.`,
    );
  }
}
