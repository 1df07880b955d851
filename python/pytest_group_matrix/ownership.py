"""Which job of the plan owns a collected item: the one job that runs it.

Every job computes the same owner for every item it collects, from the plan and the item alone,
so an item the plan got wrong still runs exactly once, in a job that collects its file:

1. its planned job: the job of a plan entry it matches whose group is the item's group at run
   time (an entry without `params` stands for every item of its function);
2. else (the plan lacks it, or plans it in another group than the one it carries at run time) a
   job that runs its file (lists it in `files`) and holds its run-time group: first one with a
   planned test of that group in the same file, then one holding that group anywhere;
3. else its file's ungrouped job (a job that runs its file and holds ungrouped tests), else the
   first job that runs its file;
4. else (no job runs its file: a file added after planning) the plan's first pytest job, which
   is the one that collects it when jobs run the whole suite.

An item whose run-time group is a group that no job running its file holds (steps 3 and 4) must
not run: it would run on the wrong runner, without its group's services. Its owner stops instead,
naming it. An ungrouped item can run anywhere, so it never stops a job. An item planned in
`skipped` (left out on purpose) has no owner while its group agrees with the plan.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List, Optional, Set, Tuple

from .items import ItemFacts
from .markers import GroupValue
from .plan import Plan, PlanEntry

#: Why an item is owned by a job other than a planned one.
NOT_IN_PLAN = "not in the plan"
GROUP_DIFFERS = "group differs"


def group_key(group: Optional[GroupValue]) -> Optional[str]:
    """Groups compare as strings (`group(1)` is `--group 1`); None stays None (ungrouped)."""
    return None if group is None else str(group)


@dataclass(frozen=True)
class Owner:
    """The job that runs one item, and why."""

    #: Index into `plan.jobs`; None for an item left out on purpose (`skipped`).
    job: Optional[int]
    #: "" when the item runs where the plan put it; else NOT_IN_PLAN or GROUP_DIFFERS.
    reason: str = ""
    #: The planned entries it matches (to say where the plan had it).
    entries: Tuple[PlanEntry, ...] = ()
    #: Non-empty: the owner must stop instead of running it; says why.
    stop: str = ""


class Owners:
    """The plan's indexes for ownership, built once per run."""

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        pytest_jobs = [j for j, job in enumerate(plan.jobs) if job.runner == "pytest"]
        #: Step 4: the first pytest job (the first job at all when the plan has none).
        self.fallback = pytest_jobs[0] if pytest_jobs else 0
        self.jobs_of_file: Dict[str, List[int]] = {}
        for j in pytest_jobs:
            for f in plan.jobs[j].files:
                self.jobs_of_file.setdefault(f, []).append(j)
        #: (file, group key) -> jobs with a planned test of that group in that file.
        self.in_file: Dict[Tuple[str, Optional[str]], List[int]] = {}
        #: job -> every group key it holds.
        self.holds: List[Set[Optional[str]]] = []
        for j, job in enumerate(plan.jobs):
            held: Set[Optional[str]] = {group_key(e.group) for e in job.tests}
            held.update(group_key(g) for g in job.groups or ())
            if job.group_value is not None or job.group_id == "ungrouped":
                held.add(group_key(job.group_value))
            self.holds.append(held)
            for e in job.tests:
                jobs = self.in_file.setdefault((_file_of(e), group_key(e.group)), [])
                if not jobs or jobs[-1] != j:
                    jobs.append(j)

    def owner(self, fact: ItemFacts) -> Owner:
        entries = tuple(self.plan.entries_for(fact.function, fact.indices))
        if fact.group_error is not None:
            # Its group cannot be known: its planned job (else its file's) stops, naming it.
            planned = [e.job for e in entries if e.job is not None]
            job = min(planned) if planned else self._by_file(fact.file, None)[0]
            return Owner(job=job, reason="" if planned else NOT_IN_PLAN, entries=entries, stop=fact.group_error)
        key = group_key(fact.group)
        agreeing = [e for e in entries if group_key(e.group) == key]
        in_jobs = [e.job for e in agreeing if e.job is not None]
        if in_jobs:
            return Owner(job=min(in_jobs), entries=entries)
        if agreeing:
            return Owner(job=None, entries=entries)  # in `skipped`, as planned
        reason = GROUP_DIFFERS if entries else NOT_IN_PLAN
        job, found = self._by_file(fact.file, key)
        stop = ""
        if key is not None and not found:
            stop = f"group {fact.group!r} has no job that runs {fact.file} in the plan"
        return Owner(job=job, reason=reason, entries=entries, stop=stop)

    def _by_file(self, file: str, key: Optional[str]) -> Tuple[int, bool]:
        """Steps 2-4 for an item of `file` carrying group `key`: (the job, whether it holds `key`)."""
        jobs = self.jobs_of_file.get(file, [])
        held = self._holding(file, key, jobs)
        if held is not None:
            return held, True
        # The owner of an item no job can run is the one that stops: its file's ungrouped job,
        # else the first job that runs its file.
        ungrouped = self._holding(file, None, jobs) if key is not None else None
        if ungrouped is not None:
            return ungrouped, False
        return (jobs[0] if jobs else self.fallback), False

    def _holding(self, file: str, key: Optional[str], jobs: List[int]) -> Optional[int]:
        for j in self.in_file.get((file, key), ()):
            if j in jobs:
                return j
        for j in jobs:
            if key in self.holds[j]:
                return j
        return None


def _file_of(entry: PlanEntry) -> str:
    return entry.function.split("::", 1)[0]
