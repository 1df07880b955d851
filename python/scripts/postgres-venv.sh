#!/usr/bin/env bash
# Make (or reuse) a venv with pytest-group-matrix installed as users install it for the Postgres
# helper: pip install './python[postgres]' (psycopg 3), plus the given requirements.
#
# Usage: python/scripts/postgres-venv.sh VENV_DIR PYTHON [PIP_REQUIREMENT...]
# The venv is created and its dependencies installed only when the interpreter, the requirements
# or python/pyproject.toml changed since last time (a stamp file in the venv records them); the
# package itself is reinstalled from the checkout every time (a few seconds).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
venv="$1"
python="$2"
shift 2

if ! "$python" -c 'import sys; assert sys.version_info >= (3, 9)' 2>/dev/null; then
  echo "postgres-venv: $python is not a Python 3.9+ interpreter" >&2
  exit 1
fi
stamp_text="$("$python" -c 'import sys; print(sys.version)')
$*
$(cat "$repo/python/pyproject.toml")"
stamp="$(printf '%s' "$stamp_text" | sha256sum | cut -d' ' -f1)"

# Built from a copy: setuptools writes build/ and *.egg-info next to the sources.
src="$venv.src"
rm -rf "$src"
mkdir -p "$src"
cp -R "$repo/python/pyproject.toml" "$repo/python/README.md" "$repo/python/pytest_group_matrix" "$src/"
find "$src" -name __pycache__ -prune -exec rm -rf {} +

if [ -x "$venv/bin/python" ] && [ "$(cat "$venv/.group-matrix-stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "postgres-venv: reusing $venv" >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$src" >&2
else
  echo "postgres-venv: creating $venv" >&2
  rm -rf "$venv"
  "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip >&2
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "$src[postgres]" "$@" >&2
  echo "$stamp" >"$venv/.group-matrix-stamp"
fi
