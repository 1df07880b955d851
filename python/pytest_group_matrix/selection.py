"""Which collected items this job runs: the facts of the items (and the plan) in, a keep-list and
an outcome out. No pytest hooks and no session: `plugin.py` reads the items and applies the
result, and the tests can call these functions on plain data. `--group` alone is selected here,
`--group-plan` in `plan_selection`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from . import groups_json
from .items import ItemFacts
from .messages import SHOW_TESTS, unknown_group_message


class SelectionError(Exception):
    """The job cannot run as asked; the message says why and what to do (a usage error)."""


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
class Selection:
    """The items to keep (parallel to the facts given), what to report, and the job it is."""

    keep: List[bool]
    outcome: Outcome
    job_id: str
    #: The job's index from the plan; None without a plan (env GROUP_MATRIX_INDEX then applies).
    index: Optional[int]
    group: str
    #: A plan mismatch to raise as a warning (empty when there is none).
    warning: str = ""


def counts(keep: List[bool]) -> Dict[str, int]:
    selected = sum(1 for k in keep if k)
    return {"selected": selected, "deselected": len(keep) - selected}


def _groups(facts: List[ItemFacts]) -> List[Optional[groups_json.GroupValue]]:
    for f in facts:
        if f.group_error is not None:
            raise SelectionError(f"group-matrix: {f.group_error}")
    return [f.group for f in facts]


def select_by_group(
    facts: List[ItemFacts],
    target: str,
    source: str,
    marker: str,
    scope: str,
    others: List[ItemFacts],
    tests_failed: bool,
) -> Selection:
    """`--group TARGET` without a plan: a group value, `ungrouped`, or a job id of `--collect-groups`.
    `others`: items other plugins deselected before us (`-k`, `-m`)."""
    groups = _groups(facts)
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
        files = [f.file for f in facts]
        for job in groups_json.build_jobs(zip(files, groups), scope):
            if job.id == target:
                keep = [False] * len(facts)
                for m in job.members:
                    keep[m] = True
                selected_group, job_id = job.group, job.id
                what = f"job {job.id}"
                break
    if not any(keep):
        other_groups = _groups(others)
        if target in {None if g is None else str(g) for g in other_groups}:
            pass  # the group exists; -k/-m removed its tests
        elif facts and not tests_failed:
            known = sorted({g for g in groups + other_groups if g is not None}, key=groups_json.group_sort_key)
            names = [str(g) for g in known]
            if any(g is None for g in groups):
                names.append(groups_json.UNGROUPED)
            raise SelectionError(unknown_group_message(source, target, marker, names))

    selected_files = sorted({f.file for f, k in zip(facts, keep) if k})
    ungrouped = [f.nodeid for f, k, g in zip(facts, keep, groups) if not k and g is None]
    if what == "the ungrouped tests":
        ungrouped = []
        selected_group = None
    if job_id is None:
        if scope == "file" and len(selected_files) == 1:
            job_id = groups_json.job_id("file", selected_files[0], selected_group)
        else:
            job_id = groups_json.job_id("global", None, selected_group)
    outcome = Outcome(
        label=what,
        **counts(keep),
        ungrouped_count=len(ungrouped),
        ungrouped_examples=ungrouped[:SHOW_TESTS],
    )
    return Selection(keep=keep, outcome=outcome, job_id=job_id, index=None, group=groups_json.group_id(selected_group))
