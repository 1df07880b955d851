"""Reading the plan file (docs/plan-format.md, version 1) and matching collected items to it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Union

import pytest


def _per_call_indices(version: str) -> bool:
    """pytest 8.0-8.3 number stacked `parametrize` indices per decorator; 7.x, 8.4+ and 9 by the
    item's position among all combinations (checked by running each). Either form alone is
    unambiguous, a mix is not, so the running pytest decides which one the plan is read in."""
    parts = version.split(".")
    try:
        major, minor = int(parts[0]), int(parts[1])
    except (IndexError, ValueError):
        return False
    return major == 8 and minor < 4


PER_CALL_INDICES = _per_call_indices(pytest.__version__)

GroupValue = Union[int, str]

PLAN_VERSION = 1


class PlanError(Exception):
    """The plan file cannot be read or does not have the expected shape."""


@dataclass
class PlanEntry:
    """One planned test: `function` is the node id without `[...]`; `params` (argname -> index
    into that `parametrize` list) narrows it to one parametrization."""

    id: str
    function: str
    params: Optional[Dict[str, int]]
    group: Optional[GroupValue]
    #: Index into `Plan.jobs`, or None for an entry of `skipped`.
    job: Optional[int]
    #: The same parametrization numbered per `parametrize` call, as pytest 8.0-8.3 do for
    #: stacked decorators; None when it equals `params`.
    params_per_call: Optional[Dict[str, int]] = None

    def matches(self, indices: Optional[Mapping[str, int]]) -> bool:
        if self.params is None:
            return True
        if indices is None:
            return False
        form = self.params_per_call if PER_CALL_INDICES and self.params_per_call is not None else self.params
        return all(name in indices and indices[name] == index for name, index in form.items())


@dataclass
class PlanJob:
    id: str
    name: str
    index: int
    group_id: str
    group_value: Optional[GroupValue]
    files: List[str]
    tests: List[PlanEntry]


@dataclass
class Plan:
    path: str
    marker: str
    scope: str
    jobs: List[PlanJob]
    skipped: List[PlanEntry]
    _by_function: Dict[str, List[PlanEntry]] = field(default_factory=dict, repr=False)

    def job(self, job_id: str) -> Optional[PlanJob]:
        for job in self.jobs:
            if job.id == job_id:
                return job
        return None

    def entries_for(self, function: str, indices: Optional[Mapping[str, int]]) -> List[PlanEntry]:
        """Every entry, of any job or of `skipped`, that the item (`function`, `indices`) matches."""
        return [e for e in self._by_function.get(function, ()) if e.matches(indices)]


def _fail(path: str, where: str, problem: str) -> PlanError:
    location = f" at {where}" if where else ""
    return PlanError(f"group plan {path}: {problem}{location}")


def _entry(path: str, where: str, raw: Any, job: Optional[int]) -> PlanEntry:
    if not isinstance(raw, dict):
        raise _fail(path, where, "a test entry must be an object")
    function = raw.get("function")
    if not isinstance(function, str) or not function:
        raise _fail(path, where, "'function' must be a non-empty string")
    params = _indices(path, where, raw, "params")
    params_per_call = _indices(path, where, raw, "params_per_call")
    group = raw.get("group")
    if group is not None and (isinstance(group, bool) or not isinstance(group, (int, str))):
        raise _fail(path, where, "'group' must be an integer, a string or null")
    test_id = raw.get("id", function)
    if not isinstance(test_id, str):
        raise _fail(path, where, "'id' must be a string")
    return PlanEntry(
        id=test_id, function=function, params=params, group=group, job=job, params_per_call=params_per_call
    )


def _indices(path: str, where: str, raw: Dict[str, Any], key: str) -> Optional[Dict[str, int]]:
    value = raw.get(key)
    if value is not None and (
        not isinstance(value, dict)
        or not all(isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) for k, v in value.items())
    ):
        raise _fail(path, where, f"'{key}' must map argument names to integer indices")
    return value


def parse_plan(text: str, path: str) -> Plan:
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PlanError(f"group plan {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise _fail(path, "", "the top level must be a JSON object")
    if data.get("version") != PLAN_VERSION:
        raise _fail(
            path, "", f"unsupported version {data.get('version')!r}; this plugin reads version {PLAN_VERSION}"
        )
    tool = data.get("tool", "group-matrix")
    if tool != "group-matrix":
        raise _fail(path, "", f"written by {tool!r}, not by group-matrix")
    marker = data.get("marker")
    if not isinstance(marker, str) or not marker:
        raise _fail(path, "", "'marker' must be a non-empty string")
    scope = data.get("scope")
    if scope not in ("file", "global"):
        raise _fail(path, "", f"'scope' must be 'file' or 'global', not {scope!r}")
    raw_jobs = data.get("jobs")
    if not isinstance(raw_jobs, list):
        raise _fail(path, "", "'jobs' must be a list")
    raw_skipped = data.get("skipped", [])
    if not isinstance(raw_skipped, list):
        raise _fail(path, "", "'skipped' must be a list")

    jobs: List[PlanJob] = []
    seen_ids = set()
    for j, raw in enumerate(raw_jobs):
        where = f"jobs[{j}]"
        if not isinstance(raw, dict):
            raise _fail(path, where, "a job must be an object")
        job_id = raw.get("id")
        if not isinstance(job_id, str) or not job_id:
            raise _fail(path, where, "'id' must be a non-empty string")
        if job_id in seen_ids:
            raise _fail(path, where, f"job id {job_id!r} appears twice")
        seen_ids.add(job_id)
        tests = raw.get("tests")
        if not isinstance(tests, list):
            raise _fail(path, where, "'tests' must be a list")
        index = raw.get("index", j)
        if isinstance(index, bool) or not isinstance(index, int):
            raise _fail(path, where, "'index' must be an integer")
        group_value = raw.get("group_value")
        group_id = raw.get("group_id", "ungrouped" if group_value is None else str(group_value))
        files = raw.get("files", [])
        if not isinstance(group_id, str) or not isinstance(files, list):
            raise _fail(path, where, "'group_id' must be a string and 'files' a list")
        jobs.append(
            PlanJob(
                id=job_id,
                name=str(raw.get("name", job_id)),
                index=index,
                group_id=group_id,
                group_value=group_value,
                files=[str(f) for f in files],
                tests=[_entry(path, f"{where}.tests[{t}]", e, j) for t, e in enumerate(tests)],
            )
        )
    skipped = [_entry(path, f"skipped[{s}]", e, None) for s, e in enumerate(raw_skipped)]

    plan = Plan(path=path, marker=marker, scope=scope, jobs=jobs, skipped=skipped)
    for entry in [e for job in jobs for e in job.tests] + skipped:
        plan._by_function.setdefault(entry.function, []).append(entry)
    return plan


def load_plan(path: str, display: Optional[str] = None) -> Plan:
    shown = display or path
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except OSError as exc:
        raise PlanError(f"cannot read group plan {shown}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise PlanError(f"group plan {shown} is not UTF-8: {exc}") from None
    return parse_plan(text, shown)
