"""What the plugin tells the user: the plan-mismatch message and the terminal summary. Kept
apart so the wording can be read in one place; every line here is matched by the tests."""

from __future__ import annotations

from typing import Any, List

from .env import ENV_MISMATCH

#: How many node ids a message lists before saying "and N more".
SHOW_TESTS = 5
SHOW_MISMATCHES = 50
SHOW_GROUPS = 20


def listing(values: List[str], limit: int) -> str:
    shown = ", ".join(values[:limit])
    if len(values) > limit:
        shown += f", ... ({len(values) - limit} more)"
    return shown


def bullets(title: str, lines: List[str]) -> List[str]:
    if not lines:
        return []
    out = [f"  {title} ({len(lines)}):"]
    out += [f"    {line}" for line in lines[:SHOW_MISMATCHES]]
    if len(lines) > SHOW_MISMATCHES:
        out.append(f"    ... and {len(lines) - SHOW_MISMATCHES} more")
    return out


def unknown_group_message(source: str, target: str, marker: str, names: List[str]) -> str:
    return (
        f"{source} {target!r}: no collected test has group {target!r} "
        f"(marker {marker!r}, compared as strings). Groups found: "
        f"{listing(names, SHOW_GROUPS) or '(none)'}; a job id printed by --collect-groups also works"
    )


def mismatch_message(
    plan_path: str,
    job_id: str,
    invocation_dir: str,
    not_in_plan: List[str],
    not_collected: List[str],
    group_differs: List[str],
    mode: str,
) -> str:
    lines = [f"group-matrix: the tests collected here differ from the plan {plan_path} (job {job_id}):"]
    lines += bullets("not in the plan: collected here, in no job of the plan", not_in_plan)
    lines += bullets("planned but not collected: in this job of the plan, not collected here", not_collected)
    lines += bullets("group differs: the group at run time is not the planned one", group_differs)
    lines += _why_and_what(invocation_dir)
    if mode == "fail":
        lines.append(
            f"To run anyway, pass --group-plan-mismatch=run (the default; or set {ENV_MISMATCH}=run): "
            "each test then runs in exactly one job, which names it."
        )
    return "\n".join(lines)


def _why_and_what(invocation_dir: str) -> List[str]:
    return [
        "Why this happens: a test was added, renamed or removed after the plan was made; a group "
        "marker is computed at run time or added by a conftest hook (the action reads markers "
        "statically, from the source); or pytest runs from another directory than the action's "
        f"working-directory (plan node ids are relative to it; here they are taken relative to "
        f"{invocation_dir}).",
        "What to do: re-run the collect job on this commit; make group markers static literals; or "
        "plan at run time with `pytest --collect-groups`.",
    ]


def owned_mismatch_message(
    plan_path: str,
    job_id: str,
    invocation_dir: str,
    unplanned: List[str],
    regrouped: List[str],
    moved: List[str],
    not_collected: List[str],
    stops: List[str],
) -> str:
    """Mode `run`: what differs from the plan here, and which job runs each such test."""
    lines = [
        f"group-matrix: the tests collected here differ from the plan {plan_path} (job {job_id}); "
        "each still runs in exactly one job:"
    ]
    lines += bullets("not in the plan, run in this job", unplanned)
    lines += bullets("group differs from the plan, run in this job (the job of its group)", regrouped)
    lines += bullets("planned in this job, but its group differs: another job owns it", moved)
    lines += bullets("planned but not collected: in this job of the plan, not collected here", not_collected)
    lines += bullets("group with no job of its file in the plan (not run)", stops)
    lines += _why_and_what(invocation_dir)
    return "\n".join(lines)


def stop_message(plan_path: str, job_id: str, stops: List[str]) -> str:
    """Mode `run`: this job owns tests that no job of the plan can run on the right runner."""
    lines = [
        f"group-matrix: job {job_id} stops before running any test: it owns tests whose group at "
        f"run time has no job that runs their file in the plan {plan_path}, and running them here "
        "would run them without their group's runner and services. The other jobs go on."
    ]
    lines += bullets("group with no job of its file in the plan", stops)
    lines += [
        "What to do: re-run the collect job on this commit, so that the plan has a job for these "
        "groups; if the plan's summary names their file as not readable, make the group marker's "
        "value (or the parametrize list that carries it) static; or plan at run time with "
        "`pytest --collect-groups`. To stop every job on any difference instead, pass "
        f"--group-plan-mismatch=fail (or set {ENV_MISMATCH}=fail)."
    ]
    return "\n".join(lines)


def write_summary(tr: Any, outcome: Any) -> None:
    """The terminal summary section of a run that selected a group (controller side)."""
    o = outcome
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
