"""The `groups` JSON that the action emits, rebuilt from a pytest collection.

Pure: no pytest import, no I/O. `--collect-groups` feeds it (file, group) pairs and prints what
`dumps` returns; on a suite with static markers the text must be byte-identical to the action's
`groups` output, so every rule below (ordering, ids, key order, separators) is part of the
contract and is tested.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, List, Optional, Tuple, Union

GroupValue = Union[int, str]

UNGROUPED = "ungrouped"
SCOPES = ("file", "global")
#: Longest job id; longer ids are cut and made unique again with a hash of the full id.
MAX_ID_LENGTH = 48
_CUT_LENGTH = 39
_HASH_LENGTH = 8

_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """Lowercase; every run of characters outside [a-z0-9] becomes one `_`; no `_` at the ends."""
    return _NOT_SLUG.sub("_", text.lower()).strip("_")


def group_id(value: Optional[GroupValue]) -> str:
    """The string form of a group: `1` -> "1", `"db"` -> "db", none -> "ungrouped"."""
    return UNGROUPED if value is None else str(value)


def _finish_id(raw: str) -> str:
    # Ids name artifacts, checks and databases: they must not start with a digit and must stay
    # short, yet two long ids that share a prefix must stay distinct, hence the hash.
    if raw[:1].isdigit():
        raw = "t_" + raw
    if len(raw) > MAX_ID_LENGTH:
        digest = hashlib.sha256(raw.encode("utf-8")).hexdigest()[:_HASH_LENGTH]
        raw = raw[:_CUT_LENGTH] + "_" + digest
    return raw


def job_id(scope: str, file: Optional[str], group: Optional[GroupValue]) -> str:
    """The id of one job, before collisions between jobs are resolved."""
    if scope == "file":
        assert file is not None
        tail = "_ungrouped" if group is None else "_group_" + slug(group_id(group))
        return _finish_id(slug(file) + tail)
    return _finish_id(UNGROUPED if group is None else "group_" + slug(group_id(group)))


def group_sort_key(group: Optional[GroupValue]) -> Tuple[int, int, str]:
    """Integer groups first in numeric order, then strings in code-point order, ungrouped last."""
    if group is None:
        return (2, 0, "")
    if isinstance(group, int):
        return (0, group, "")
    return (1, 0, group)


@dataclass
class Job:
    """One job of the matrix: a file and a group (file scope) or a group (global scope)."""

    file: Optional[str]
    group: Optional[GroupValue]
    id: str = ""
    index: int = 0
    files: List[str] = field(default_factory=list)
    #: Positions, in the input sequence, of the tests this job runs.
    members: List[int] = field(default_factory=list)

    @property
    def group_id(self) -> str:
        return group_id(self.group)


def build_jobs(tests: Iterable[Tuple[str, Optional[GroupValue]]], scope: str) -> List[Job]:
    """Group tests, given as (file, group) pairs in collection order, into ordered jobs."""
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}; expected one of {', '.join(SCOPES)}")
    by_key: Dict[Tuple[Optional[str], str, Optional[GroupValue]], Job] = {}
    for position, (file, group) in enumerate(tests):
        # group(1) and group("1") are one group, as `--group 1` selects both (so does the
        # action); the integer spelling wins so that group_number stays a number.
        key = (file if scope == "file" else None, None if group is None else str(group))
        job = by_key.get(key)
        if job is None:
            job = by_key[key] = Job(file=key[0], group=group)
        elif isinstance(group, int) and isinstance(job.group, str):
            job.group = group
        job.members.append(position)
        if file not in job.files:
            job.files.append(file)

    jobs = sorted(by_key.values(), key=lambda j: (j.file or "", group_sort_key(j.group)))
    taken = set()
    for index, job in enumerate(jobs):
        job.index = index
        job.files.sort()
        # Colliding ids become unique in job order: the second `x` is `x_2`, the third `x_3`.
        base = job_id(scope, job.file, job.group)
        candidate, n = base, 2
        while candidate in taken:
            candidate, n = f"{base}_{n}", n + 1
        taken.add(candidate)
        job.id = candidate
    return jobs


def job_objects(jobs: List[Job], scope: str) -> List[Dict[str, Any]]:
    """The `groups` objects, keys in the action's order."""
    out: List[Dict[str, Any]] = []
    for job in jobs:
        gid = job.group_id
        if scope == "file":
            assert job.file is not None
            label = UNGROUPED if job.group is None else f"group {gid}"
            obj: Dict[str, Any] = {
                "id": job.id,
                "name": f"{posixpath.basename(job.file)} | {label}",
                "index": job.index,
                "group_id": gid,
                "files": list(job.files),
                "tests": len(job.members),
                "runner": "pytest",
                "path_to_test_file": job.file,
                "group_number": job.group,
                "job_name": f"{job.file} | {label}",
            }
        else:
            obj = {
                "id": job.id,
                "name": UNGROUPED if job.group is None else f"group {gid}",
                "index": job.index,
                "group_id": gid,
                "files": list(job.files),
                "tests": len(job.members),
                "runner": "pytest",
            }
        out.append(obj)
    return out


def dumps(objects: List[Dict[str, Any]]) -> str:
    """Compact JSON, as the action writes it (`JSON.stringify` without spaces)."""
    return json.dumps(objects, separators=(",", ":"), ensure_ascii=False)
