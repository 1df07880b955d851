#!/usr/bin/env bash
# All the tests: vitest (units, the built bundle, differential tests against real pytest),
# then the pytest plugin on the oldest and newest Python/pytest we support, then its Postgres
# helper against a real server (needs Debian's postgresql package; .ci/run installs it), then the
# workflows in act (npm run test:workflows: builds act once into .cache/, needs Go).
# Python environments live in .venvs/ (created on first use; PyPI must be reachable).
set -euo pipefail
cd "$(dirname "$0")/.."

venvs="${GROUP_MATRIX_VENVS:-$PWD/.venvs}"
# The differential tests run real pytest, three versions of it (scripts/oracles.sh); the caller
# may choose others with GROUP_MATRIX_PYTHONS / GROUP_MATRIX_PYTHON.
source scripts/oracles.sh
echo "== vitest (pythons for differential tests: $GROUP_MATRIX_PYTHONS)"
npx vitest run

echo "== pytest plugin on several Python and pytest versions"
bash python/scripts/test-matrix.sh "$venvs"

echo "== the Postgres helper against a real PostgreSQL server (a throwaway one the tests start)"
bash python/scripts/test-postgres.sh "$venvs"

echo "== the workflows in a real engine (act)"
npm run test:workflows
