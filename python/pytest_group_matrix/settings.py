"""The plugin's settings: command-line options, ini values and environment variables, read and
validated once (in `pytest_configure`) into one `Settings`."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

import pytest

from . import groups_json
from .env import ENV_ID, ENV_MISMATCH, ENV_PLAN, env
from .markers import DEFAULT_MARKER, MarkerSpec
from .messages import SHOW_GROUPS, listing
from .plan import Plan, PlanError, load_plan

#: `run` (the default): every collected test runs in exactly one job of the plan, named where it
#: differs; `fail`: any difference stops the job. `warn` is the earlier name of `run`.
MISMATCH_MODES = ("run", "fail", "warn")
DEFAULT_MISMATCH = "run"


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


def add_options(parser: pytest.Parser) -> None:
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
            "job --group, and name every difference between the collection and the plan "
            f"(--group-plan-mismatch). Default: env {ENV_PLAN}."
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
            "What to do when the collected tests differ from the plan: 'run' (default: each test "
            "runs in exactly one job, its owner, which names it; a test whose group has no job of "
            "its file stops that job only) or 'fail' (any difference stops the job). 'warn' is the "
            f"earlier name of 'run'. Default: env {ENV_MISMATCH}."
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


def read_settings(config: pytest.Config) -> Settings:
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
        if group is None and env(ENV_ID):
            group, group_source = env(ENV_ID), ENV_ID
        if plan_path is None and env(ENV_PLAN):
            plan_path, plan_source = env(ENV_PLAN), ENV_PLAN
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
        env_mismatch = env(ENV_MISMATCH)
        if env_mismatch is not None and env_mismatch not in MISMATCH_MODES:
            raise pytest.UsageError(f"{ENV_MISMATCH}={env_mismatch!r}: expected 'run', 'fail' or 'warn'")
        mismatch = env_mismatch or DEFAULT_MISMATCH
    if mismatch == "warn":
        mismatch = "run"

    plan: Optional[Plan] = None
    if plan_path is not None:
        refuse_split_plan_path(config, plan_path)
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
                f"its jobs are: {listing([j.id for j in plan.jobs], SHOW_GROUPS) or '(none)'}"
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


def refuse_split_plan_path(config: pytest.Config, plan_path: str) -> None:
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
