#!/usr/bin/env bash
# The tests. `scripts/test.sh` (npm test): vitest's unit and e2e projects, then the pytest plugin
# on the oldest and newest Python/pytest we support, then its Postgres helper against a real
# server (needs Debian's postgresql package; .ci/run installs it), then the workflows in act
# (npm run test:workflows: builds act once into .cache/, needs Go). `scripts/test.sh e2e`
# (npm run test:e2e): only vitest's e2e project. (npm run test:unit needs none of this: it runs
# vitest alone.) Python environments live in .venvs/ (created on first use; PyPI must be reachable).
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
case "$what" in
  all | e2e) ;;
  *)
    echo "usage: scripts/test.sh [all|e2e]" >&2
    exit 2
    ;;
esac

venvs="${GROUP_MATRIX_VENVS:-$PWD/.venvs}"
# The differential tests run real pytest, three versions of it (scripts/oracles.sh); the caller
# may choose others with GROUP_MATRIX_PYTHONS / GROUP_MATRIX_PYTHON.
source scripts/oracles.sh
# The tokenizer's differential test also reads as the newest Python the plugin is tested on
# (3.12 or later: f-strings as PEP 701 reads them); found as python/scripts/test-matrix.sh finds it.
if [ -z "${GM_PYTHON_NEW:-}" ]; then
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13.*/bin/python "$(command -v python3.13 || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      export GM_PYTHON_NEW="$candidate"
      break
    fi
  done
fi

if [ "$what" = e2e ]; then
  echo "== vitest e2e (pythons for differential tests: $GROUP_MATRIX_PYTHONS; newest: ${GM_PYTHON_NEW:-none found})"
  npx vitest run --project e2e
  exit 0
fi

echo "== vitest unit + e2e (pythons for differential tests: $GROUP_MATRIX_PYTHONS; newest: ${GM_PYTHON_NEW:-none found})"
npx vitest run

echo "== pytest plugin on several Python and pytest versions"
bash python/scripts/test-matrix.sh "$venvs"

echo "== the Postgres helper against a real PostgreSQL server (a throwaway one the tests start)"
bash python/scripts/test-postgres.sh "$venvs"

echo "== the workflows in a real engine (act)"
npm run test:workflows
