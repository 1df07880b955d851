"""`--group-plan PLAN --group JOB`: which collected items this job runs, by the plan. Pure, like
`selection`: the items' facts and the plan in, a keep-list and an outcome out.

Two modes (`--group-plan-mismatch`):
- `run` (default; `warn` is its earlier name): every item runs in exactly one job, its owner
  (`ownership`); the owner warns naming each item the plan got wrong, and stops only on an item
  whose run-time group no job of its file holds.
- `fail`: any difference between the collection and the plan stops the job before any test runs.
"""

from __future__ import annotations

from typing import List, Optional

from .items import ItemFacts
from .markers import GroupValue
from .messages import mismatch_message, owned_mismatch_message, stop_message
from .ownership import NOT_IN_PLAN, Owner, Owners, group_key
from .plan import Plan, PlanJob
from .selection import Outcome, Selection, SelectionError, counts

STRICT = "fail"


def select_by_plan(
    facts: List[ItemFacts],
    plan: Plan,
    job_id: str,
    others: List[ItemFacts],
    mode: str,
    tests_failed: bool,
    invocation_dir: str,
    owners: Optional[Owners] = None,
) -> Selection:
    """`others`: items other plugins deselected before us (`-k`, `-m`): collected, not run.
    `owners`: the plan's ownership index, when the caller keeps one across calls."""
    job = plan.job(job_id)
    assert job is not None
    if mode == STRICT:
        return _strict(facts, plan, job, others, tests_failed, invocation_dir)
    return _owned(facts, plan, job, others, tests_failed, invocation_dir, owners or Owners(plan))


def _group_text(group: Optional[GroupValue]) -> str:
    return "no group" if group is None else f"group {group!r}"


def _not_collected(plan: Plan, job: PlanJob, matched: set, others: List[ItemFacts]) -> List[str]:
    for f in others:
        for e in plan.entries_for(f.function, f.indices):
            matched.add(id(e))
    return [e.id for e in job.tests if id(e) not in matched]


def _strict(
    facts: List[ItemFacts], plan: Plan, job: PlanJob, others: List[ItemFacts], tests_failed: bool, invocation_dir: str
) -> Selection:
    job_pos = plan.jobs.index(job)
    matched: set = set()
    keep: List[bool] = []
    not_in_plan: List[str] = []
    group_differs: List[str] = []
    for f in facts:
        entries = plan.entries_for(f.function, f.indices)
        mine = [e for e in entries if e.job == job_pos]
        matched.update(id(e) for e in mine)
        keep.append(bool(mine))
        if not entries:
            not_in_plan.append(f.nodeid)
            continue
        if not mine:
            continue
        if f.group_error is not None:
            group_differs.append(f.group_error)
            continue
        # Planned ungrouped but carrying a group counts too: it would run on the wrong runner.
        if group_key(f.group) not in {group_key(e.group) for e in mine}:
            group_differs.append(
                f"{f.nodeid}: {_group_text(f.group)} at run time, {_group_text(mine[0].group)} in the plan"
            )
    not_collected = _not_collected(plan, job, matched, others)
    # Collection errors explain a difference by themselves; pytest reports them.
    if (not_in_plan or not_collected or group_differs) and not tests_failed:
        raise SelectionError(  # before anything is deselected or run
            mismatch_message(plan.path, job.id, invocation_dir, not_in_plan, not_collected, group_differs, STRICT)
        )
    outcome = Outcome(label=f"job {job.id}", **counts(keep))
    return Selection(keep=keep, outcome=outcome, job_id=job.id, index=job.index, group=job.group_id)


def _where_planned(plan: Plan, owner: Owner) -> str:
    planned = [e for e in owner.entries if e.job is not None]
    if planned:
        return f"{_group_text(planned[0].group)} in the plan (job {plan.jobs[planned[0].job].id})"
    if owner.entries:
        return f"{_group_text(owner.entries[0].group)} in the plan (skipped)"
    return NOT_IN_PLAN


def _owned(
    facts: List[ItemFacts],
    plan: Plan,
    job: PlanJob,
    others: List[ItemFacts],
    tests_failed: bool,
    invocation_dir: str,
    owners: Owners,
) -> Selection:
    job_pos = plan.jobs.index(job)
    matched: set = set()
    keep: List[bool] = []
    unplanned: List[str] = []
    regrouped: List[str] = []
    moved: List[str] = []
    stops: List[str] = []
    for f in facts:
        o = owners.owner(f)
        matched.update(id(e) for e in o.entries if e.job == job_pos)
        mine = o.job == job_pos
        keep.append(mine)
        if f.group_error is not None:
            detail = f.group_error
        else:
            detail = f"{f.nodeid}: {_group_text(f.group)} at run time, {_where_planned(plan, o)}"
        if mine and o.stop:
            stops.append(detail)
        elif mine and o.reason == NOT_IN_PLAN:
            unplanned.append(detail)
        elif mine and o.reason:
            regrouped.append(detail)
        elif not mine and o.reason and any(e.job == job_pos for e in o.entries):
            owner = plan.jobs[o.job].id if o.job is not None else "(none)"
            moved.append(f"{detail}; {'stops' if o.stop else 'run'} in job {owner}")
    not_collected = _not_collected(plan, job, matched, others)
    if stops and not tests_failed:
        raise SelectionError(stop_message(plan.path, job.id, stops))  # before anything is run
    message = ""
    if unplanned or regrouped or moved or not_collected or stops:
        message = owned_mismatch_message(
            plan.path, job.id, invocation_dir, unplanned, regrouped, moved, not_collected, stops
        )
    outcome = Outcome(label=f"job {job.id}", **counts(keep), mismatch=message)
    return Selection(keep=keep, outcome=outcome, job_id=job.id, index=job.index, group=job.group_id, warning=message)
