#!/usr/bin/env bash
# The setup action's one step (setup/action.yml), run by the runner with GITHUB_ACTION_PATH (this
# directory, inside the action's ref), GITHUB_PATH and GITHUB_OUTPUT. Installs the plugin's wheel
# from dist/python/ of the same ref, never from a package index, and puts bin/ on PATH.
set -euo pipefail

fail() {
  # One annotation, and the same line in the log.
  local text="${1//'%'/'%25'}"
  text="${text//$'\n'/'%0A'}"
  echo "::error title=group-matrix setup::$text"
  exit 1
}

action_root="$(cd "$GITHUB_ACTION_PATH/.." && pwd)"
shopt -s nullglob
wheels=("$action_root"/dist/python/pytest_group_matrix-*-py3-none-any.whl)
shopt -u nullglob
if [ "${#wheels[@]}" -ne 1 ]; then
  fail "Expected one plugin wheel in $action_root/dist/python/, found ${#wheels[@]}. Use a release of group-matrix (@v1) or a commit of its main branch: their dist/ is built."
fi
wheel="${wheels[0]}"
# pytest_group_matrix-<version>-py3-none-any.whl: the version is the one package.json gives all.
version="${wheel##*/pytest_group_matrix-}"
version="${version%%-*}"

echo "$GITHUB_ACTION_PATH/bin" >>"$GITHUB_PATH"
echo "group-matrix $version: the group-matrix command is on PATH ($GITHUB_ACTION_PATH/bin)"

python_input="${GROUP_MATRIX_SETUP_PYTHON:-}"
python=""
if [ "$python_input" != none ]; then
  if [ -z "$python_input" ]; then
    python="$(command -v python3 || command -v python || true)"
    [ -n "$python" ] || fail "No python3 or python on PATH to install the pytest plugin into. Set up Python first (actions/setup-python), pass its interpreter as 'python', or 'python: none' for a job that runs no pytest."
  elif [[ "$python_input" == */* ]]; then
    [ -x "$python_input" ] || fail "Input python '$python_input' is not an executable file (relative paths are from $PWD). Give the interpreter of the environment pytest runs in, such as .venv/bin/python."
    python="$python_input"
  else
    python="$(command -v "$python_input" || true)"
    [ -n "$python" ] || fail "Input python '$python_input' is not a command on PATH. Give a command (python3) or a path (.venv/bin/python), or 'none'."
  fi
  "$python" -m pip --version >/dev/null 2>&1 ||
    fail "$python has no pip ('$python -m pip' failed), so the plugin cannot be installed into it. Use a Python with pip (actions/setup-python, or a venv made without --without-pip)."
  # --no-index: from this ref's own files only. --no-deps: pytest is the job's own dependency, and
  # may be installed after this step.
  if ! "$python" -m pip install --no-index --no-deps --disable-pip-version-check --no-input --quiet "$wheel"; then
    fail "pip could not install $wheel into $python (its message is above). A system Python may refuse installs (externally managed): use actions/setup-python or a virtual environment, and pass its interpreter as 'python'."
  fi
  # From another directory: a python/ checkout in the working directory must not stand in for it.
  installed="$(cd / && "$python" -c 'import pytest_group_matrix as m; print(m.__version__)')" ||
    fail "The plugin was installed into $python but cannot be imported (its error is above)."
  [ "$installed" = "$version" ] ||
    fail "$python imports pytest_group_matrix $installed, not $version from $wheel: an environment variable (PYTHONPATH) or another install shadows it."
  python="$(cd / && "$python" -c 'import sys; print(sys.executable)')"
  echo "group-matrix $version: the pytest plugin is installed into $python"
  if ! (cd / && "$python" -c 'import pytest' 2>/dev/null); then
    echo "::notice title=group-matrix setup::pytest is not installed in $python yet. The plugin is loaded by pytest (7 or newer) once the job installs it."
  fi
fi

{
  echo "version=$version"
  echo "wheel=$wheel"
  echo "python=$python"
} >>"$GITHUB_OUTPUT"
