#!/usr/bin/env bash
# npm run bench -- --only postgres [--tables N] [--reps N]: a clone from the template against the
# same migrations run into an empty database (python/scripts/bench_postgres.py), in the newest
# Python's Postgres venv (shared with test-postgres.sh), on a throwaway server of its own.
# Usage: python/scripts/bench-postgres.sh [BENCH ARGS...]   (env GROUP_MATRIX_VENVS: venv base, default .venvs)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${GROUP_MATRIX_VENVS:-$repo/.venvs}"
python="${GM_PYTHON_NEW:-}"
if [ -z "$python" ]; then
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.13.*/bin/python "$(command -v python3.13 || true)" "$(command -v python3 || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then python="$candidate"; break; fi
  done
fi
[ -n "$python" ] || { echo "bench-postgres: no Python 3 found; set GM_PYTHON_NEW" >&2; exit 1; }
bash "$repo/python/scripts/postgres-venv.sh" "$base/pg-313" "$python" pytest pytest-xdist
mkdir -p "$repo/.bench"
cd "$repo/.bench"
exec "$base/pg-313/bin/python" "$repo/python/scripts/bench_postgres.py" --json "$repo/.bench/results-postgres.json" "$@"
