"""What the `group_matrix` fixture hands to tests: which job this is, to name isolated resources."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Optional

from .resource_names import KINDS, resource_name

#: PostgreSQL truncates identifiers to 63 bytes (NAMEDATALEN - 1); a longer name would silently
#: collide with another job's.
POSTGRES_MAX_NAME = KINDS["postgres"].max_length


def current_worker() -> str:
    """The pytest-xdist worker id (`gw0`, `gw1`...) or `master` outside xdist, as xdist names it."""
    return os.environ.get("PYTEST_XDIST_WORKER") or "master"


@dataclass(frozen=True)
class GroupMatrixInfo:
    """The job this pytest process runs.

    id: the job id (the plan's job id, or the id the action gives this file and group); None
        when no group is selected.
    index: the job's 0-based index (from the plan, else env `GROUP_MATRIX_INDEX`), or None.
    group: the group as a string (`"1"`, `"db"`, `"ungrouped"`), or None.
    worker: the xdist worker id, or `"master"`.
    """

    id: Optional[str]
    index: Optional[int]
    group: Optional[str]
    worker: str

    def database_name(self, prefix: str = "test") -> str:
        """`<prefix>_<id>_<worker>`, lowercased, only [a-z0-9_], at most 63 characters, starting
        with a letter or `_`: usable unquoted as a PostgreSQL database name, distinct per job and
        per xdist worker. Without a selected group: `<prefix>_<worker>`. The same as
        `resource_name("postgres", prefix)`."""
        return self.resource_name("postgres", prefix)

    def resource_name(self, kind: str, prefix: str = "test", test: Optional[str] = None) -> str:
        """A name for this job and worker (and `test`, a node id, when given) within the rules of
        `kind`: "postgres", "s3", "kafka" or "dns" (Docker, Kubernetes); see `resource_names`."""
        return resource_name(kind, prefix, self.id, self.worker, test=test)
