#!/usr/bin/env bash
# Test the pytest plugin on the oldest and newest supported Python / pytest (and pytest 8.3, whose
# stacked-parametrize numbering differs), installed as users install it, plus one run from a
# checkout without installing it.
#
# Usage: python/scripts/test-matrix.sh [VENV_BASE_DIR]     (default: a new temporary directory)
# Interpreters: $GM_PYTHON_OLD (default: python3.9 from pyenv or PATH) and $GM_PYTHON_NEW
# (default: python3.13), $GM_PYTHON_MID (default: python3.11). A venv in VENV_BASE_DIR is reused
# while its stamp file says it was made from the same interpreter and requirements; the plugin
# itself is reinstalled every run. Exits non-zero on any failure.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${1:-$(mktemp -d)}"
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
  echo "test-matrix: no Python $v found; set GM_PYTHON_OLD / GM_PYTHON_NEW" >&2
  return 1
}

py_old="${GM_PYTHON_OLD:-$(find_python 3.9)}"
py_new="${GM_PYTHON_NEW:-$(find_python 3.13)}"
py_mid="${GM_PYTHON_MID:-$(find_python 3.11)}"

make_venv() {  # make_venv DIR PYTHON PIP-REQUIREMENT...: create, or reuse when its stamp matches
  local dir="$1" python="$2"
  shift 2
  # What the venv was made from: the interpreter (path and exact version) and the requirements.
  # pip's own version is left out: a venv made once keeps the pip it upgraded to.
  local stamp
  stamp="$(printf '%s\n' "$python" "$("$python" -c 'import sys; print(sys.version)')" "$@")"
  if [ -x "$dir/bin/python" ] && [ -f "$dir/.gm-stamp" ] && [ "$(cat "$dir/.gm-stamp")" = "$stamp" ]; then
    echo "test-matrix: reusing $dir"
    return 0
  fi
  rm -rf "$dir"
  "$python" -m venv "$dir"
  "$dir/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$dir/bin/python" -m pip install --quiet --disable-pip-version-check "$@"
  printf '%s' "$stamp" >"$dir/.gm-stamp"  # written last: a venv whose install failed is made again
}

run_suite() {  # run_suite VENV: install ./python as a user would and run its tests
  local venv="$1"
  # `pip install ./python`, not -e: the tests must pass against the built distribution. It is
  # built from a copy: setuptools writes build/ and *.egg-info next to the sources, and an
  # egg-info under python/ would make the PYTHONPATH smoke run below load the plugin twice.
  local src="$base/gm-src"
  rm -rf "$src"
  mkdir -p "$src"
  cp -R "$repo/python/pyproject.toml" "$repo/python/README.md" "$repo/python/pytest_group_matrix" "$src/"
  # --force-reinstall: a reused venv already holds this version number, and pip would keep the
  # copy of the sources it installed last time.
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$src"
  echo "== $("$venv/bin/python" --version), $("$venv/bin/python" -m pytest --version 2>&1)"
  # Run from outside the checkout so `import pytest_group_matrix` finds the installed package,
  # not python/pytest_group_matrix through the current directory.
  (cd "$venv" && "$venv/bin/python" -m pytest -c "$repo/python/pyproject.toml" --rootdir "$repo/python" \
    -p no:cacheprovider -q "$repo/python/tests")
}

# pytest-xdist: its tests fail, never skip, without it; jsonschema: plans are checked against
# docs/plan.schema.json.
make_venv "$base/gm-venv-39-pytest7" "$py_old" "pytest==7.4.*" pytest-xdist jsonschema
run_suite "$base/gm-venv-39-pytest7"

# pytest 8.0-8.3 number stacked parametrize differently from 7.x and 8.4+; the plan covers both.
make_venv "$base/gm-venv-311-pytest83" "$py_mid" "pytest==8.3.*" pytest-xdist jsonschema
run_suite "$base/gm-venv-311-pytest83"

make_venv "$base/gm-venv-313" "$py_new" "pytest>=9,<10" pytest-xdist jsonschema
run_suite "$base/gm-venv-313"

# From a checkout without installing: PYTHONPATH and -p, in a venv that has only pytest.
make_venv "$base/gm-venv-bare" "$py_new" pytest
smoke="$base/gm-smoke"
rm -rf "$smoke"
mkdir -p "$smoke/tests"
cat >"$smoke/tests/test_smoke.py" <<'EOF'
import pytest

@pytest.mark.group(1)
def test_one(): pass

@pytest.mark.group(2)
def test_two(): pass

def test_none(): pass
EOF
echo "== smoke: PYTHONPATH=$repo/python pytest -p pytest_group_matrix.plugin"
if ls -d "$repo"/python/*.egg-info >/dev/null 2>&1; then
  echo "test-matrix: note: $repo/python holds an *.egg-info (from pip install -e?); with it on"
  echo "  PYTHONPATH pytest also loads the entry point and refuses -p pytest_group_matrix.plugin."
fi
if "$base/gm-venv-bare/bin/python" -c "import pytest_group_matrix" 2>/dev/null; then
  echo "test-matrix: pytest_group_matrix is importable without PYTHONPATH; the smoke test would prove nothing" >&2
  exit 1
fi
out="$(cd "$smoke" && PYTHONPATH="$repo/python" "$base/gm-venv-bare/bin/python" -m pytest \
  -p pytest_group_matrix.plugin -p no:cacheprovider --strict-markers --group 2 -v)"
echo "$out"
expect_line() {
  grep -qF "$1" <<<"$out" || { echo "smoke: expected '$1' in the output above" >&2; exit 1; }
}
expect_line "tests/test_smoke.py::test_two PASSED"
expect_line "1 passed, 2 deselected"
expect_line "1 test has no group and was not run in this job"
if grep -q "test_one PASSED" <<<"$out"; then
  echo "test-matrix: smoke run selected a test of another group" >&2
  exit 1
fi
echo "test-matrix: all passed (venvs in $base)"
