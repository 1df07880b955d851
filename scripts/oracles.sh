#!/usr/bin/env bash
# Sourced by scripts/test.sh: the real pytest versions the differential tests compare the static
# reader against (7.4, 8.3 and 9, which number and name parametrizations differently), each in a
# venv of its own under $venvs, reused while its requirements stay the same. Exports
# GROUP_MATRIX_PYTHONS (colon-separated) and GROUP_MATRIX_PYTHON (the newest), unless set.
oracle_venv() {  # oracle_venv NAME REQUIREMENT...: a venv with those packages; prints its python
  local dir="$venvs/$1"
  shift
  local stamp="$dir/.requirements"
  local want="$(python3 --version 2>&1) $*"
  if [ ! -x "$dir/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    rm -rf "$dir"
    python3 -m venv "$dir" >&2
    "$dir/bin/python" -m pip install -q --disable-pip-version-check "$@" >&2
    echo "$want" >"$stamp"
  fi
  echo "$dir/bin/python"
}
if [ -z "${GROUP_MATRIX_PYTHONS:-}" ]; then
  extras=(pytest-xdist==3.8.0 parameterized==0.9.0 hypothesis==6.170.29 anyio==4.16.0)
  py74="$(oracle_venv oracle-pytest74 'pytest==7.4.4' "${extras[@]}")"
  py83="$(oracle_venv oracle-pytest83 'pytest==8.3.5' "${extras[@]}")"
  py9="$(oracle_venv oracle 'pytest>=9,<10' "${extras[@]}")"
  export GROUP_MATRIX_PYTHONS="$py74:$py83:$py9"
  export GROUP_MATRIX_PYTHON="${GROUP_MATRIX_PYTHON:-$py9}"
fi
