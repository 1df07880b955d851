#!/usr/bin/env bash
# The Postgres helper and the resource names, tested against a real PostgreSQL server on the
# oldest and newest supported Python and pytest, with the package installed as users install it
# (pip install 'pytest-group-matrix[postgres]', psycopg 3) and pytest-xdist.
#
# The tests start a throwaway server of their own with initdb (python/tests/pg_server.py; Debian's
# postgresql package: apt-get install postgresql; as root it runs as the `postgres` user), or use
# the one named by GROUP_MATRIX_TEST_POSTGRES_DSN (a superuser connection string).
#
# Usage: python/scripts/test-postgres.sh [VENV_BASE_DIR]     (default: .venvs in the checkout)
# Venvs are reused while their interpreter, requirements and pyproject.toml are unchanged
# (python/scripts/postgres-venv.sh). Interpreters: $GM_PYTHON_OLD (default python3.9) and
# $GM_PYTHON_NEW (default python3.13), from pyenv or PATH.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${1:-$repo/.venvs}"
mkdir -p "$base"
base="$(cd "$base" && pwd)"

find_python() {  # find_python VERSION: an interpreter of that version
  local v="$1" candidate
  for candidate in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/"$v".*/bin/python "$(command -v "python$v" || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then
      echo "$candidate"
      return 0
    fi
  done
  echo "test-postgres: no Python $v found; set GM_PYTHON_OLD / GM_PYTHON_NEW" >&2
  return 1
}

py_old="${GM_PYTHON_OLD:-$(find_python 3.9)}"
py_new="${GM_PYTHON_NEW:-$(find_python 3.13)}"

run_suite() {  # run_suite VENV: the Postgres tests with the installed package
  local venv="$1"
  echo "== postgres: $("$venv/bin/python" --version), $("$venv/bin/python" -m pytest --version 2>&1), psycopg $("$venv/bin/python" -c 'import psycopg; print(psycopg.__version__)')"
  # From outside the checkout, so that `import pytest_group_matrix` finds the installed package.
  # GROUP_MATRIX_REQUIRE_POSTGRES: a missing psycopg or server fails these tests, never skips them.
  (cd "$venv" && GROUP_MATRIX_REQUIRE_POSTGRES=1 "$venv/bin/python" -m pytest -c "$repo/python/pyproject.toml" \
    --rootdir "$repo/python" -p no:cacheprovider -q -rs \
    "$repo/python/tests/test_postgres.py" "$repo/python/tests/test_postgres_readme.py" \
    "$repo/python/tests/test_postgres_bench.py" "$repo/python/tests/test_resource_names.py")
}

bash "$repo/python/scripts/postgres-venv.sh" "$base/pg-39-pytest7" "$py_old" "pytest==7.4.*" pytest-xdist
run_suite "$base/pg-39-pytest7"

bash "$repo/python/scripts/postgres-venv.sh" "$base/pg-313" "$py_new" pytest pytest-xdist
run_suite "$base/pg-313"
echo "test-postgres: all passed (venvs in $base)"
