import importlib.util
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[2]
CLI = REPO / "dist" / "cli" / "index.js"

GROUP_MATRIX_ENV = (
    "GROUP_MATRIX_ID",
    "GROUP_MATRIX_INDEX",
    "GROUP_MATRIX_PLAN",
    "GROUP_MATRIX_MISMATCH",
    "GITHUB_OUTPUT",
    "PYTEST_XDIST_WORKER",
    "PYTEST_ADDOPTS",
)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch):
    # The suite may itself run inside a group-matrix job; inner pytest runs must not inherit it.
    for name in GROUP_MATRIX_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def xdist():
    """For tests of the plugin under pytest-xdist: a missing xdist fails them, never skips them
    (python/scripts/test-matrix.sh installs it in every venv that runs these tests)."""
    if importlib.util.find_spec("xdist") is None:
        pytest.fail("pytest-xdist is not installed in this environment: pip install pytest-xdist", pytrace=False)


def _node_ids(result):
    """Node ids printed by `--collect-only -q`, in order."""
    return [line.strip() for line in result.outlines if "::" in line and not line.startswith(" ")]


@pytest.fixture
def selected(pytester):
    """Node ids a run with these options would execute (`--collect-only -q` after selection)."""

    def run(*args):
        result = pytester.runpytest("--collect-only", "-q", "-p", "no:randomly", *args)
        assert result.ret in (0, 5), result.stdout.str() + result.stderr.str()
        return _node_ids(result)

    return run


@pytest.fixture
def collect_groups(pytester):
    """Runs `--collect-groups -q` and returns (the JSON text, the result)."""

    def run(*args):
        result = pytester.runpytest("--collect-groups", "-q", *args)
        assert result.ret == 0, result.stdout.str() + result.stderr.str()
        lines = [line for line in result.outlines if line.startswith("[")]
        assert len(lines) == 1, result.stdout.str()
        return lines[0], result

    return run


def _write_plan(path, jobs, marker="group", scope="file", skipped=()):
    """A plan file in the format of docs/plan-format.md; jobs: list of (id, group, [entries])."""
    out = []
    for index, (job_id, group, tests) in enumerate(jobs):
        entries = []
        for t in tests:
            entry = dict(t) if isinstance(t, dict) else {"function": t}
            entry.setdefault("id", entry["function"])
            entry.setdefault("file", entry["function"].split("::")[0])
            entry.setdefault("line", 1)
            entry.setdefault("group", group)
            entries.append(entry)
        out.append(
            {
                "id": job_id,
                "name": job_id,
                "index": index,
                "group_id": "ungrouped" if group is None else str(group),
                "group_value": group,
                "runner": "pytest",
                "files": sorted({e["file"] for e in entries}),
                "tests": entries,
            }
        )
    data = {
        "version": 1,
        "tool": "group-matrix",
        "marker": marker,
        "scope": scope,
        "ungrouped": "job",
        "total_tests": sum(len(j["tests"]) for j in out),
        "jobs": out,
        "skipped": [dict(s, id=s["function"], file=s["function"].split("::")[0], line=1, group=None) for s in skipped],
    }
    path = os.fspath(path)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)
    return path


@pytest.fixture
def write_plan():
    return _write_plan


@pytest.fixture
def node_ids():
    return _node_ids


def make_cli_plan(cwd, out, *args):
    """Plans the suite in `cwd` with the built CLI (`group-matrix plan`, as the action plans it)
    and writes the plan file to `out`; returns `out`. A missing node or dist/ fails the test."""
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is not on PATH: plans are made by the built CLI (dist/cli/index.js)", pytrace=False)
    if not CLI.exists():
        pytest.fail(f"{CLI} is missing: run `npm run package` in {REPO}", pytrace=False)
    run = subprocess.run([node, str(CLI), "plan", "-C", os.fspath(cwd), *args, "--plan-file", os.fspath(out)],
                         cwd=REPO, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    return os.fspath(out)


@pytest.fixture
def cli_plan():
    return make_cli_plan
