"""pytest plugin: run one group of a suite split by group-matrix.

Entry point `group_matrix` (pytest11). From a checkout without installing:
`PYTHONPATH=python pytest -p pytest_group_matrix.plugin`.

The hooks only: options and their validation live in `settings`, the choice of tests in
`selection` (pure), the wording in `messages`.
"""

from __future__ import annotations

import argparse
import os
import warnings
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import pytest

from . import groups_json
from .env import ENV_ID, ENV_INDEX, env_index
from .info import GroupMatrixInfo, current_worker
from .items import facts_of, item_file
from .markers import MarkerError, resolve_group
from .messages import write_summary
from .option_conflicts import conflict_message, conflicting_options
from .plan_selection import select_by_plan
from .selection import Outcome, SelectionError, select_by_group
from .settings import Settings, add_options, read_settings

WORKEROUTPUT_KEY = "group_matrix"


class GroupMatrixMismatchWarning(pytest.PytestWarning):
    """The collected tests differ from the plan; in mode `run` (the default) each test that
    differs still runs in exactly one job, and that job names it."""


@dataclass
class State:
    settings: Settings
    outcome: Optional[Outcome] = None
    info: Optional[GroupMatrixInfo] = None
    #: Items other plugins deselected before us (`-k`, `-m`): collected, just not run here.
    deselected_by_others: List[Any] = field(default_factory=list)
    deselecting: bool = False
    saved_env: Dict[str, Optional[str]] = field(default_factory=dict)


STATE_KEY = pytest.StashKey[State]()


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


@pytest.hookimpl(hookwrapper=True)
def pytest_load_initial_conftests(early_config: pytest.Config, parser: pytest.Parser, args: List[str]) -> Any:
    # The initial conftests add their options here. A clash with ours fails inside (pytest 9) or
    # later, when argparse builds the command line (7, 8): either way a traceback, so say it here.
    outcome = yield
    error = outcome.excinfo[1] if outcome.excinfo else None
    if error is not None and not isinstance(error, argparse.ArgumentError):
        return
    names = conflicting_options(parser, str(error) if error else "")
    if not names:
        return
    conftests = sorted(
        os.path.relpath(str(getattr(p, "__file__", "")), str(early_config.invocation_params.dir))
        for p in early_config.pluginmanager.get_plugins()
        if str(getattr(p, "__file__", "")).endswith("conftest.py") and hasattr(p, "pytest_addoption")
    )
    usage = pytest.UsageError(conflict_message(names, conftests))
    if not hasattr(outcome, "force_exception"):  # pluggy < 1.1
        raise usage
    outcome.force_exception(usage)


# --------------------------------------------------------------------------- configure


def pytest_configure(config: pytest.Config) -> None:
    settings = read_settings(config)
    spec = settings.marker
    if not spec.is_pattern:
        config.addinivalue_line(
            "markers",
            f"{spec.raw}(id): group-matrix group of this test; `pytest --group ID` runs one group",
        )
    elif settings.plan is not None:
        # A pattern cannot be registered as such; register the names the plan knows of.
        names = {
            spec.marker_name(str(e.group))
            for job in settings.plan.jobs
            for e in job.tests
            if e.group is not None
        }
        for name in sorted(names):
            if name.isidentifier():
                config.addinivalue_line("markers", f"{name}: group-matrix group {spec.group_of_name(name)}")
    if settings.collect and getattr(config.option, "dist", "no") != "no":
        # Listing groups needs one collection, not one per worker: turn pytest-xdist off.
        config.option.dist = "no"
    state = State(settings=settings)
    config.stash[STATE_KEY] = state


def pytest_unconfigure(config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is None:
        return
    # Several pytest sessions can share one process (pytester): leave the environment as found.
    for name, value in state.saved_env.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


def pytest_report_header(config: pytest.Config) -> Optional[str]:
    state = config.stash.get(STATE_KEY, None)
    if state is None or state.settings.group is None:
        return None
    s = state.settings
    where = f" of plan {s.plan.path}" if s.plan is not None else ""
    return f"group-matrix: running {s.group!r}{where} (from {s.group_source}), marker {s.marker.raw!r}"


# --------------------------------------------------------------------------- selection


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def pytest_deselected(items: List[Any]) -> None:
    # Hooks get no config here; record through the item's config.
    if not items:
        return
    config = items[0].config
    state = config.stash.get(STATE_KEY, None)
    if state is not None and not state.deselecting:
        state.deselected_by_others.extend(items)


def _deselect(config: pytest.Config, state: State, items: List[Any], keep: List[bool]) -> Tuple[int, int]:
    selected = [item for item, k in zip(items, keep) if k]
    deselected = [item for item, k in zip(items, keep) if not k]
    items[:] = selected
    if deselected:
        state.deselecting = True
        try:
            config.hook.pytest_deselected(items=deselected)
        finally:
            state.deselecting = False
    return len(selected), len(deselected)


def _set_env(state: State, name: str, value: Optional[str]) -> None:
    if name not in state.saved_env:
        state.saved_env[name] = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: List[Any]) -> None:
    # trylast: markers that conftest hooks add in this same hook are seen, as they are at run
    # time; items that -k/-m removed earlier arrive through pytest_deselected.
    state = config.stash.get(STATE_KEY, None)
    if state is None or state.settings.group is None:
        return
    s = state.settings
    here = config.invocation_params.dir
    try:
        facts = facts_of(items, here, s.marker)
        others = facts_of(state.deselected_by_others, here, s.marker)
        tests_failed = bool(session.testsfailed)
        if s.plan is not None:
            selection = select_by_plan(facts, s.plan, s.group, others, s.mismatch, tests_failed, str(here))
        else:
            selection = select_by_group(facts, s.group, s.group_source, s.marker.raw, s.scope, others, tests_failed)
    except SelectionError as exc:
        if not _is_worker(config):
            raise pytest.UsageError(str(exc)) from None
        # An exception in a worker crashes it with a traceback; instead run nothing and let
        # the controller report the error and fail.
        keep = [False] * len(items)
        _deselect(config, state, items, keep)
        state.outcome = Outcome(label=s.group or "", error=str(exc))
    else:
        if selection.warning:
            warnings.warn(GroupMatrixMismatchWarning(selection.warning))
        _deselect(config, state, items, selection.keep)
        state.outcome = selection.outcome
        index = selection.index if s.plan is not None else env_index()
        state.info = GroupMatrixInfo(id=selection.job_id, index=index, group=selection.group, worker=current_worker())
    if _is_worker(config) and state.outcome is not None:
        config.workeroutput[WORKEROUTPUT_KEY] = state.outcome.to_dict()  # type: ignore[attr-defined]
    if state.info is not None:
        _set_env(state, ENV_ID, state.info.id)
        _set_env(state, ENV_INDEX, None if state.info.index is None else str(state.info.index))


# --------------------------------------------------------------------------- --collect-groups


@pytest.hookimpl(tryfirst=True)
def pytest_runtestloop(session: pytest.Session) -> Optional[bool]:
    config = session.config
    state = config.stash.get(STATE_KEY, None)
    if state is None or not state.settings.collect:
        return None
    if session.testsfailed and not config.option.continue_on_collection_errors:
        return None  # pytest's own loop stops on the collection errors and reports them
    s = state.settings
    try:
        groups = [resolve_group(item, s.marker) for item in session.items]
    except MarkerError as exc:
        raise pytest.UsageError(f"group-matrix: {exc}") from None
    files = [item_file(item, config.invocation_params.dir) for item in session.items]
    jobs = groups_json.build_jobs(zip(files, groups), s.scope)
    text = groups_json.dumps(groups_json.job_objects(jobs, s.scope))
    tr = config.pluginmanager.get_plugin("terminalreporter")
    if tr is not None:
        tr.ensure_newline()
        tr.write_line(text)
    else:
        print(text)
    github_output = os.environ.get("GITHUB_OUTPUT")
    if github_output:
        with open(github_output, "a", encoding="utf-8") as f:
            f.write(f"groups={text}\ncount={len(jobs)}\n")
    return True


# --------------------------------------------------------------------------- xdist and reporting


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    # Controller side of pytest-xdist: every worker made the same selection; keep the first report.
    config = node.config
    state = config.stash.get(STATE_KEY, None)
    data = getattr(node, "workeroutput", {}).get(WORKEROUTPUT_KEY)
    if state is not None and data and state.outcome is None:
        state.outcome = Outcome.from_dict(data)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    state = session.config.stash.get(STATE_KEY, None)
    if state is None:
        return
    if state.outcome is not None and state.outcome.error and not _is_worker(session.config):
        session.exitstatus = pytest.ExitCode.USAGE_ERROR
    elif state.settings.collect and exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED:
        session.exitstatus = pytest.ExitCode.OK  # `groups=[]`, `count=0`: the workflow guards on count


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is None or state.outcome is None or _is_worker(config):
        return
    write_summary(terminalreporter, state.outcome)


# --------------------------------------------------------------------------- fixture


@pytest.fixture(scope="session")
def group_matrix(request: pytest.FixtureRequest) -> GroupMatrixInfo:
    """The selected job: `id`, `index`, `group`, `worker`, and `database_name(prefix)`."""
    state = request.config.stash.get(STATE_KEY, None)
    if state is not None and state.info is not None:
        return state.info
    return GroupMatrixInfo(id=None, index=env_index(), group=None, worker=current_worker())
