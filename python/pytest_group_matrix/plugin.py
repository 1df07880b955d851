"""pytest plugin: run one group of a suite split by group-matrix.

Entry point `group_matrix` (pytest11). From a checkout without installing:
`PYTHONPATH=python pytest -p pytest_group_matrix.plugin`.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

import pytest

from . import groups_json
from .info import GroupMatrixInfo, current_worker
from .markers import DEFAULT_MARKER, MarkerError, MarkerSpec, resolve_group
from .plan import Plan, PlanEntry, PlanError, load_plan

ENV_ID = "GROUP_MATRIX_ID"
ENV_INDEX = "GROUP_MATRIX_INDEX"
ENV_PLAN = "GROUP_MATRIX_PLAN"
ENV_MISMATCH = "GROUP_MATRIX_MISMATCH"
MISMATCH_MODES = ("fail", "warn")
#: How many node ids a message lists before saying "and N more".
SHOW_TESTS = 5
SHOW_MISMATCHES = 50
SHOW_GROUPS = 20
WORKEROUTPUT_KEY = "group_matrix"


class GroupMatrixMismatchWarning(pytest.PytestWarning):
    """The collected tests differ from the plan and `--group-plan-mismatch=warn` was asked."""


@dataclass
class Settings:
    """All options, read and validated once in `pytest_configure`."""

    group: Optional[str]
    group_source: str
    plan: Optional[Plan]
    marker: MarkerSpec
    scope: str
    mismatch: str
    collect: bool


@dataclass
class Outcome:
    """What the selection did; plain data so an xdist worker can send it to the controller."""

    label: str = ""
    selected: int = 0
    deselected: int = 0
    ungrouped_count: int = 0
    ungrouped_examples: List[str] = field(default_factory=list)
    mismatch: str = ""
    error: str = ""

    def to_dict(self) -> Dict[str, Any]:
        return dict(self.__dict__)

    @classmethod
    def from_dict(cls, data: Dict[str, Any]) -> "Outcome":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(**known)


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


# --------------------------------------------------------------------------- options


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("group-matrix", "group-matrix: run one group of a split suite")
    group.addoption(
        "--group",
        dest="group_matrix_id",
        metavar="ID",
        default=None,
        help=(
            "Run only this group. Without --group-plan: the group marker's value (--group 1 "
            "matches @pytest.mark.group(1)), 'ungrouped', or a job id printed by "
            f"--collect-groups. With --group-plan: a job id of the plan. Default: env {ENV_ID}."
        ),
    )
    group.addoption(
        "--group-plan",
        dest="group_matrix_plan",
        metavar="PLAN",
        default=None,
        help=(
            "Plan file written by the group-matrix action: run exactly the tests it assigns to "
            f"job --group, and fail when the collection differs from it. Default: env {ENV_PLAN}."
        ),
    )
    group.addoption(
        "--group-marker",
        dest="group_matrix_marker",
        metavar="NAME",
        default=None,
        help=(
            f"Group marker name (default '{DEFAULT_MARKER}', or ini group_marker), or a pattern "
            "such as 'group_*' whose '*' part of the marker name is the group."
        ),
    )
    group.addoption(
        "--group-scope",
        dest="group_matrix_scope",
        choices=groups_json.SCOPES,
        default=None,
        help="'file' (default: a job is a file and a group) or 'global' (a group spans files).",
    )
    group.addoption(
        "--group-plan-mismatch",
        dest="group_matrix_mismatch",
        choices=MISMATCH_MODES,
        default=None,
        help=(
            "What to do when the collected tests differ from the plan: 'fail' (default) or "
            f"'warn'. Default: env {ENV_MISMATCH}."
        ),
    )
    group.addoption(
        "--collect-groups",
        dest="group_matrix_collect",
        action="store_true",
        default=False,
        help=(
            "Print the `groups` JSON of the group-matrix action for the collected tests (and "
            "append groups= and count= to $GITHUB_OUTPUT when set), then exit without running tests."
        ),
    )
    parser.addini("group_marker", f"group-matrix marker name or pattern (default '{DEFAULT_MARKER}')", default="")
    parser.addini("group_scope", "group-matrix scope: 'file' (default) or 'global'", default="")


def _env(name: str) -> Optional[str]:
    value = os.environ.get(name, "").strip()
    return value or None


def _read_settings(config: pytest.Config) -> Settings:
    collect = bool(config.getoption("group_matrix_collect"))
    group = config.getoption("group_matrix_id")
    group_source = "--group"
    plan_path = config.getoption("group_matrix_plan")
    plan_source = "--group-plan"
    if collect:
        if group is not None or plan_path is not None:
            raise pytest.UsageError(
                "--collect-groups lists every group; do not combine it with --group or --group-plan"
            )
        # The env fallbacks are for matrix jobs; a collect step ignores them.
    else:
        if group is None and _env(ENV_ID):
            group, group_source = _env(ENV_ID), ENV_ID
        if plan_path is None and _env(ENV_PLAN):
            plan_path, plan_source = _env(ENV_PLAN), ENV_PLAN
    if group is not None and not group.strip():
        raise pytest.UsageError("--group needs a group or job id, got an empty string")
    if plan_path is not None and group is None:
        raise pytest.UsageError(
            f"{plan_source} {plan_path} needs --group ID (or env {ENV_ID}): the id of the plan's job "
            "to run, e.g. --group ${{ matrix.group.id }} passed through env"
        )

    raw_marker = config.getoption("group_matrix_marker") or (config.getini("group_marker") or "").strip()
    marker_explicit = bool(raw_marker)
    raw_scope = config.getoption("group_matrix_scope") or (config.getini("group_scope") or "").strip()
    scope_explicit = bool(raw_scope)
    if raw_scope and raw_scope not in groups_json.SCOPES:
        raise pytest.UsageError(f"ini group_scope = {raw_scope!r}: expected 'file' or 'global'")

    mismatch = config.getoption("group_matrix_mismatch")
    if mismatch is None:
        env_mismatch = _env(ENV_MISMATCH)
        if env_mismatch is not None and env_mismatch not in MISMATCH_MODES:
            raise pytest.UsageError(f"{ENV_MISMATCH}={env_mismatch!r}: expected 'fail' or 'warn'")
        mismatch = env_mismatch or "fail"

    plan: Optional[Plan] = None
    if plan_path is not None:
        _refuse_split_plan_path(config, plan_path)
        full = os.path.join(str(config.invocation_params.dir), plan_path)
        try:
            plan = load_plan(full, display=plan_path)
        except PlanError as exc:
            raise pytest.UsageError(f"{plan_source}: {exc}") from None
        if marker_explicit and raw_marker != plan.marker:
            raise pytest.UsageError(
                f"group plan {plan_path} was made for marker {plan.marker!r}, but this run uses "
                f"--group-marker/group_marker {raw_marker!r}; use the same marker in the action and here"
            )
        if scope_explicit and raw_scope != plan.scope:
            raise pytest.UsageError(
                f"group plan {plan_path} was made with scope {plan.scope!r}, but this run uses "
                f"--group-scope/group_scope {raw_scope!r}; use the same scope in the action and here"
            )
        # Without explicit options the plan's own marker and scope apply.
        raw_marker = raw_marker or plan.marker
        raw_scope = raw_scope or plan.scope
        if plan.job(group) is None:  # type: ignore[arg-type]
            raise pytest.UsageError(
                f"{group_source} {group!r} is not a job id of group plan {plan_path}; "
                f"its jobs are: {_listing([j.id for j in plan.jobs], SHOW_GROUPS) or '(none)'}"
            )

    try:
        marker = MarkerSpec(raw_marker or DEFAULT_MARKER)
    except ValueError as exc:
        raise pytest.UsageError(f"--group-marker: {exc}") from None
    return Settings(
        group=group,
        group_source=group_source,
        plan=plan,
        marker=marker,
        scope=raw_scope or "file",
        mismatch=mismatch,
        collect=collect,
    )


def _refuse_split_plan_path(config: pytest.Config, plan_path: str) -> None:
    """pytest picks its rootdir and ini file before plugin options are known, so the value of
    `--group-plan PATH` written as two words counts as a test path there. A plan outside the
    invocation directory (a downloaded artifact, say) then moves the rootdir and silently drops
    the suite's pytest.ini (its naming rules, testpaths, markers)."""
    args = list(config.invocation_params.args)
    split = any(a == "--group-plan" and b == plan_path for a, b in zip(args, args[1:]))
    if not split:
        return
    invocation = os.path.realpath(str(config.invocation_params.dir))
    full = os.path.realpath(os.path.join(invocation, plan_path))
    if os.path.commonpath([invocation, full]) == invocation:
        return
    raise pytest.UsageError(
        f"--group-plan {plan_path}: pytest read this path as a test path while looking for its "
        f"config (rootdir became {config.rootpath}), so your pytest.ini/pyproject settings may be "
        f"ignored. Write --group-plan={plan_path} (one word), or set env {ENV_PLAN}={plan_path}."
    )


def _listing(values: List[str], limit: int) -> str:
    shown = ", ".join(values[:limit])
    if len(values) > limit:
        shown += f", ... ({len(values) - limit} more)"
    return shown


# --------------------------------------------------------------------------- configure


def pytest_configure(config: pytest.Config) -> None:
    settings = _read_settings(config)
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


def item_file(item: Any, config: pytest.Config) -> str:
    """The item's file, POSIX, relative to the directory pytest was invoked from (where the
    action's `working-directory` points), else as in the node id (relative to rootdir)."""
    nodeid_file = item.nodeid.split("::", 1)[0]
    path = getattr(item, "path", None)
    if path is not None:
        try:
            return path.relative_to(config.invocation_params.dir).as_posix()
        except ValueError:
            pass
    return nodeid_file


def item_function(item: Any, config: pytest.Config) -> str:
    """The plan's `function` key: the node id with the file part rebased as in `item_file` and
    without a `[...]` parametrization suffix."""
    nodeid = item.nodeid
    head, sep, rest = nodeid.partition("::")
    key = item_file(item, config) + sep + rest
    name, original = item.name, getattr(item, "originalname", None)
    if original and name != original and name.startswith(original + "[") and key.endswith(name):
        key = key[: len(key) - len(name) + len(original)]
    return key


def _indices(item: Any) -> Optional[Dict[str, int]]:
    callspec = getattr(item, "callspec", None)
    return dict(callspec.indices) if callspec is not None else None


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


def _groups(items: List[Any], spec: MarkerSpec) -> List[Optional[groups_json.GroupValue]]:
    try:
        return [resolve_group(item, spec) for item in items]
    except MarkerError as exc:
        raise pytest.UsageError(f"group-matrix: {exc}") from None


def _set_env(state: State, name: str, value: Optional[str]) -> None:
    if name not in state.saved_env:
        state.saved_env[name] = os.environ.get(name)
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def _env_index() -> Optional[int]:
    raw = _env(ENV_INDEX)
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: List[Any]) -> None:
    # trylast: markers that conftest hooks add in this same hook are seen, as they are at run
    # time; items that -k/-m removed earlier arrive through pytest_deselected.
    state = config.stash.get(STATE_KEY, None)
    if state is None or state.settings.group is None:
        return
    try:
        if state.settings.plan is not None:
            _select_by_plan(session, config, state, items)
        else:
            _select_by_group(session, config, state, items)
    except pytest.UsageError as exc:
        if not _is_worker(config):
            raise
        # An exception in a worker crashes it with a traceback; instead run nothing and let
        # the controller report the error and fail.
        keep = [False] * len(items)
        _deselect(config, state, items, keep)
        state.outcome = Outcome(label=state.settings.group or "", error=str(exc))
    if _is_worker(config) and state.outcome is not None:
        config.workeroutput[WORKEROUTPUT_KEY] = state.outcome.to_dict()  # type: ignore[attr-defined]
    if state.info is not None:
        _set_env(state, ENV_ID, state.info.id)
        _set_env(state, ENV_INDEX, None if state.info.index is None else str(state.info.index))


def _select_by_group(session: pytest.Session, config: pytest.Config, state: State, items: List[Any]) -> None:
    s = state.settings
    target = s.group
    assert target is not None
    groups = _groups(items, s.marker)
    keys = [None if g is None else str(g) for g in groups]
    keep = [k == target for k in keys]
    selected_group: Optional[groups_json.GroupValue] = next((g for g, k in zip(groups, keep) if k), None)
    job_id: Optional[str] = None
    what = f"group {target}"
    if not any(keep) and target == groups_json.UNGROUPED:
        keep = [k is None for k in keys]
        what = "the ungrouped tests"
    if not any(keep):
        # A job id from --collect-groups / the action's `groups` output.
        files = [item_file(item, config) for item in items]
        for job in groups_json.build_jobs(zip(files, groups), s.scope):
            if job.id == target:
                keep = [False] * len(items)
                for m in job.members:
                    keep[m] = True
                selected_group, job_id = job.group, job.id
                what = f"job {job.id}"
                break
    if not any(keep):
        others = _groups(state.deselected_by_others, s.marker)
        if target in {None if g is None else str(g) for g in others}:
            pass  # the group exists; -k/-m removed its tests
        elif items and not session.testsfailed:
            known = sorted({g for g in groups + others if g is not None}, key=groups_json.group_sort_key)
            names = [str(g) for g in known]
            if any(g is None for g in groups):
                names.append(groups_json.UNGROUPED)
            raise pytest.UsageError(
                f"{s.group_source} {target!r}: no collected test has group {target!r} "
                f"(marker {s.marker.raw!r}, compared as strings). Groups found: "
                f"{_listing(names, SHOW_GROUPS) or '(none)'}; a job id printed by --collect-groups also works"
            )

    selected_files = sorted({item_file(item, config) for item, k in zip(items, keep) if k})
    ungrouped = [item.nodeid for item, k, g in zip(items, keep, groups) if not k and g is None]
    if what == "the ungrouped tests":
        ungrouped = []
        selected_group = None
    if job_id is None:
        if s.scope == "file" and len(selected_files) == 1:
            job_id = groups_json.job_id("file", selected_files[0], selected_group)
        else:
            job_id = groups_json.job_id("global", None, selected_group)
    n_sel, n_desel = _deselect(config, state, items, keep)
    state.outcome = Outcome(
        label=what,
        selected=n_sel,
        deselected=n_desel,
        ungrouped_count=len(ungrouped),
        ungrouped_examples=ungrouped[:SHOW_TESTS],
    )
    state.info = GroupMatrixInfo(
        id=job_id,
        index=_env_index(),
        group=groups_json.group_id(selected_group),
        worker=current_worker(),
    )


def _select_by_plan(session: pytest.Session, config: pytest.Config, state: State, items: List[Any]) -> None:
    s = state.settings
    plan = s.plan
    assert plan is not None and s.group is not None
    job = plan.job(s.group)
    assert job is not None
    job_pos = plan.jobs.index(job)

    matched: set = set()
    keep: List[bool] = []
    not_in_plan: List[str] = []
    group_differs: List[str] = []
    for item in items:
        entries = plan.entries_for(item_function(item, config), _indices(item))
        mine = [e for e in entries if e.job == job_pos]
        matched.update(id(e) for e in mine)
        keep.append(bool(mine))
        if not entries:
            not_in_plan.append(item.nodeid)
            continue
        planned = [e for e in mine if e.group is not None]
        if planned:
            try:
                runtime = resolve_group(item, s.marker)
            except MarkerError as exc:
                group_differs.append(str(exc))
                continue
            want = {str(e.group) for e in planned}
            if runtime is None or str(runtime) not in want:
                now = "no group" if runtime is None else f"group {runtime!r}"
                group_differs.append(
                    f"{item.nodeid}: {now} at run time, group {planned[0].group!r} in the plan"
                )
    for item in state.deselected_by_others:
        for e in plan.entries_for(item_function(item, config), _indices(item)):
            matched.add(id(e))
    not_collected = [e.id for e in job.tests if id(e) not in matched]

    message = ""
    # Collection errors explain a difference by themselves; pytest reports them.
    if (not_in_plan or not_collected or group_differs) and not (session.testsfailed and s.mismatch == "fail"):
        message = _mismatch_message(config, plan, job.id, not_in_plan, not_collected, group_differs, s.mismatch)
        if s.mismatch == "fail":
            raise pytest.UsageError(message)  # before anything is deselected or run
        warnings.warn(GroupMatrixMismatchWarning(message))
    n_sel, n_desel = _deselect(config, state, items, keep)
    state.outcome = Outcome(label=f"job {job.id}", selected=n_sel, deselected=n_desel, mismatch=message)
    state.info = GroupMatrixInfo(id=job.id, index=job.index, group=job.group_id, worker=current_worker())


def _bullets(title: str, lines: List[str]) -> List[str]:
    if not lines:
        return []
    out = [f"  {title} ({len(lines)}):"]
    out += [f"    {line}" for line in lines[:SHOW_MISMATCHES]]
    if len(lines) > SHOW_MISMATCHES:
        out.append(f"    ... and {len(lines) - SHOW_MISMATCHES} more")
    return out


def _mismatch_message(
    config: pytest.Config,
    plan: Plan,
    job_id: str,
    not_in_plan: List[str],
    not_collected: List[str],
    group_differs: List[str],
    mode: str,
) -> str:
    lines = [f"group-matrix: the tests collected here differ from the plan {plan.path} (job {job_id}):"]
    lines += _bullets("not in the plan: collected here, in no job of the plan", not_in_plan)
    lines += _bullets("planned but not collected: in this job of the plan, not collected here", not_collected)
    lines += _bullets("group differs: the group at run time is not the planned one", group_differs)
    lines += [
        "Why this happens: a test was added, renamed or removed after the plan was made; a group "
        "marker is computed at run time or added by a conftest hook (the action reads markers "
        "statically, from the source); or pytest runs from another directory than the action's "
        f"working-directory (plan node ids are relative to it; here they are taken relative to "
        f"{config.invocation_params.dir}).",
        "What to do: re-run the collect job on this commit; make group markers static literals; or "
        "plan at run time with `pytest --collect-groups`.",
    ]
    if mode == "fail":
        lines.append(
            f"To run anyway, pass --group-plan-mismatch=warn (or set {ENV_MISMATCH}=warn): "
            "unplanned tests then run in no job."
        )
    return "\n".join(lines)


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
    groups = _groups(session.items, s.marker)
    files = [item_file(item, config) for item in session.items]
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
    o = state.outcome
    tr = terminalreporter
    if o.error:
        tr.write_sep("=", "group-matrix: error", red=True)
        for line in o.error.splitlines():
            tr.write_line(line, red=True)
        return
    tr.write_sep("-", "group-matrix")
    tr.write_line(f"{o.label}: {o.selected} tests selected, {o.deselected} deselected")
    if o.ungrouped_count:
        what = "test has no group and was" if o.ungrouped_count == 1 else "tests have no group and were"
        tr.write_line(f"{o.ungrouped_count} {what} not run in this job:", yellow=True)
        for nodeid in o.ungrouped_examples:
            tr.write_line(f"  {nodeid}")
        if o.ungrouped_count > len(o.ungrouped_examples):
            tr.write_line(f"  ... and {o.ungrouped_count - len(o.ungrouped_examples)} more")
        tr.write_line(
            "  Give them a group, or run them in a job of their own (--group ungrouped, or the "
            "'ungrouped' job of the plan)."
        )
    if o.mismatch:
        tr.write_sep("-", "group-matrix: plan mismatch (warning)", yellow=True)
        for line in o.mismatch.splitlines():
            tr.write_line(line, yellow=True)


# --------------------------------------------------------------------------- fixture


@pytest.fixture(scope="session")
def group_matrix(request: pytest.FixtureRequest) -> GroupMatrixInfo:
    """The selected job: `id`, `index`, `group`, `worker`, and `database_name(prefix)`."""
    state = request.config.stash.get(STATE_KEY, None)
    if state is not None and state.info is not None:
        return state.info
    return GroupMatrixInfo(id=None, index=_env_index(), group=None, worker=current_worker())
