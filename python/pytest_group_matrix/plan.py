"""The plan file (docs/plan-format.md, version 1; its shape in docs/plan.schema.json): one
validating reader, and the matching of collected items to its entries."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Union

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
    #: Which runner collects the job's tests (`pytest`, `jest`, ...); `pytest` when absent.
    runner: str = "pytest"
    #: A packed job: the groups of the units it holds; None when the plan does not say.
    groups: Optional[List[Optional[GroupValue]]] = None


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


_REGENERATE = "re-run the collect step that wrote it, with the same group-matrix release as this plugin"


def _shown(value: Any) -> str:
    """A value as the JSON file writes it, cut short: a whole job would drown the message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Reader:
    """Reads one plan file's JSON, naming the JSON path, the field and the value it found when a
    field does not have the shape docs/plan.schema.json gives it."""

    def __init__(self, path: str) -> None:
        self.path = path

    def fail(self, where: str, expected: str, found: Any, missing: bool = False) -> PlanError:
        what = "nothing (the field is missing)" if missing else _shown(found)
        return PlanError(f"group plan {self.path}: {where}: expected {expected}, found {what}; {_REGENERATE}")

    def field(self, obj: Dict[str, Any], where: str, key: str, expected: str, ok: Callable[[Any], bool],
              required: bool = False, default: Any = None) -> Any:
        """`obj[key]` when it passes `ok`; `default` when absent and not `required`."""
        at = f"{where}.{key}" if where else key
        if key not in obj:
            if required:
                raise self.fail(at, expected, None, missing=True)
            return default
        value = obj[key]
        if not ok(value):
            raise self.fail(at, expected, value)
        return value

    def object(self, value: Any, where: str, what: str) -> Dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, what, value)
        return value

    def list(self, obj: Dict[str, Any], where: str, key: str, required: bool = False) -> List[Any]:
        return self.field(obj, where, key, "a list", lambda v: isinstance(v, list), required, [])


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_count(v: Any) -> bool:
    return _is_int(v) and v >= 0


def _is_text(v: Any) -> bool:
    return isinstance(v, str) and v != ""


def _is_group(v: Any) -> bool:
    return v is None or _is_int(v) or isinstance(v, str)


def _is_seconds(v: Any) -> bool:
    return (_is_int(v) or isinstance(v, float)) and v >= 0


def _is_indices(v: Any) -> bool:
    return isinstance(v, dict) and all(isinstance(k, str) and _is_count(i) for k, i in v.items())


def _is_labels(v: Any) -> bool:
    return _is_text(v) or (isinstance(v, list) and bool(v) and all(_is_text(x) for x in v))


_GROUP = "an integer, a string or null"
_INDICES = "an object mapping argument names to indices (integers from 0)"


def _entry(r: _Reader, where: str, raw: Any, job: Optional[int]) -> PlanEntry:
    t = r.object(raw, where, "a test entry (an object)")
    function = r.field(t, where, "function", "a non-empty string", _is_text, required=True)
    test_id = r.field(t, where, "id", "a non-empty string", _is_text, default=function)
    r.field(t, where, "file", "a non-empty string", _is_text)
    r.field(t, where, "line", "a line number (an integer from 1)", lambda v: _is_int(v) and v >= 1)
    group = r.field(t, where, "group", _GROUP, _is_group)
    params = r.field(t, where, "params", _INDICES, _is_indices)
    params_per_call = r.field(t, where, "params_per_call", _INDICES, _is_indices)
    r.field(t, where, "seconds", "a number of seconds (from 0)", _is_seconds)
    return PlanEntry(
        id=test_id, function=function, params=params, group=group, job=job, params_per_call=params_per_call
    )


def _job(r: _Reader, j: int, raw: Any) -> PlanJob:
    where = f"jobs[{j}]"
    o = r.object(raw, where, "a job (an object)")
    job_id = r.field(o, where, "id", "a non-empty string", _is_text, required=True)
    tests = r.list(o, where, "tests", required=True)
    index = r.field(o, where, "index", "an integer from 0", _is_count, default=j)
    group_value = r.field(o, where, "group_value", _GROUP, _is_group)
    group_id = r.field(o, where, "group_id", "a non-empty string", _is_text,
                       default="ungrouped" if group_value is None else str(group_value))
    files = r.list(o, where, "files")
    for k, f in enumerate(files):
        if not _is_text(f):
            raise r.fail(f"{where}.files[{k}]", "a non-empty string (a path)", f)
    name = r.field(o, where, "name", "a non-empty string", _is_text, default=job_id)
    runner = r.field(o, where, "runner", "a runner name (a non-empty string)", _is_text, default="pytest")
    r.field(o, where, "runs-on", "a runner label or a non-empty list of labels", _is_labels)
    groups = r.field(o, where, "groups", f"a list of groups ({_GROUP})",
                     lambda v: isinstance(v, list) and all(_is_group(g) for g in v))
    r.field(o, where, "seconds", "a number of seconds (from 0)", _is_seconds)
    return PlanJob(
        id=job_id,
        name=name,
        index=index,
        group_id=group_id,
        group_value=group_value,
        files=list(files),
        tests=[_entry(r, f"{where}.tests[{t}]", e, j) for t, e in enumerate(tests)],
        runner=runner,
        groups=groups,
    )


def parse_plan(text: str, path: str) -> Plan:
    """The plan in `text` (read from `path`, which messages name), checked field by field against
    the shape of docs/plan.schema.json. Fields this reader does not know are ignored: later
    additions to version 1 must not break older plugins."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise PlanError(f"group plan {path} is not valid JSON: {exc}") from None
    r = _Reader(path)
    doc = r.object(data, "the top level", "a JSON object")
    if doc.get("version") != PLAN_VERSION:
        raise PlanError(
            f"group plan {path}: version: this plugin reads version {PLAN_VERSION}, found "
            f"{'nothing (the field is missing)' if 'version' not in doc else _shown(doc['version'])}; "
            "use the same group-matrix release to collect and to test"
        )
    r.field(doc, "", "tool", '"group-matrix"', lambda v: v == "group-matrix")
    marker = r.field(doc, "", "marker", "a non-empty string (the marker name or pattern)", _is_text, required=True)
    scope = r.field(doc, "", "scope", '"file" or "global"', lambda v: v in ("file", "global"), required=True)
    r.field(doc, "", "ungrouped", '"job", "balance", "error" or "skip"', lambda v: v in ("job", "balance", "error", "skip"))
    r.field(doc, "", "total_tests", "an integer from 0", _is_count)
    raw_jobs = r.list(doc, "", "jobs", required=True)
    raw_skipped = r.list(doc, "", "skipped")
    configs = r.list(doc, "", "playwright_configs")
    for c, raw in enumerate(configs):
        where = f"playwright_configs[{c}]"
        o = r.object(raw, where, "an object")
        r.field(o, where, "config", "a non-empty string (a path)", _is_text, required=True)
        r.field(o, where, "root_dir", "a path or null", lambda v: v is None or _is_text(v), required=True)

    jobs: List[PlanJob] = []
    seen_ids: Dict[str, int] = {}
    for j, raw in enumerate(raw_jobs):
        job = _job(r, j, raw)
        if job.id in seen_ids:
            raise r.fail(f"jobs[{j}].id", f"an id no other job has (jobs[{seen_ids[job.id]}] has it too)", job.id)
        seen_ids[job.id] = j
        jobs.append(job)
    skipped = [_entry(r, f"skipped[{s}]", e, None) for s, e in enumerate(raw_skipped)]

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
