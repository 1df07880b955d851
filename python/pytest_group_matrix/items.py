"""What selection needs to know of a collected pytest item, read once into plain data so the
selection itself runs without a pytest session."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from .markers import GroupValue, MarkerError, MarkerSpec, resolve_group


@dataclass(frozen=True)
class ItemFacts:
    """One collected item as selection sees it."""

    nodeid: str
    #: The item's file, POSIX, relative to the invocation directory (see `item_file`).
    file: str
    #: The plan's `function` key (see `item_function`).
    function: str
    #: `item.callspec.indices`, or None for an item that is not parametrized.
    indices: Optional[Dict[str, int]]
    #: The group at run time; None when it has none or when its marker cannot be read.
    group: Optional[GroupValue]
    #: Why the group marker cannot be read (MarkerError text), else None.
    group_error: Optional[str]


def item_file(item: Any, invocation_dir: Any) -> str:
    """The item's file, POSIX, relative to the directory pytest was invoked from (where the
    action's `working-directory` points), else as in the node id (relative to rootdir)."""
    nodeid_file = item.nodeid.split("::", 1)[0]
    path = getattr(item, "path", None)
    if path is not None:
        try:
            return path.relative_to(invocation_dir).as_posix()
        except ValueError:
            pass
    return nodeid_file


def item_function(item: Any, file: str) -> str:
    """The plan's `function` key: the node id with the file part rebased as in `item_file` and
    without a `[...]` parametrization suffix."""
    nodeid = item.nodeid
    head, sep, rest = nodeid.partition("::")
    key = file + sep + rest
    name, original = item.name, getattr(item, "originalname", None)
    if original and name != original and name.startswith(original + "[") and key.endswith(name):
        key = key[: len(key) - len(name) + len(original)]
    return key


def item_indices(item: Any) -> Optional[Dict[str, int]]:
    callspec = getattr(item, "callspec", None)
    return dict(callspec.indices) if callspec is not None else None


def facts_of(items: List[Any], invocation_dir: Any, spec: MarkerSpec) -> List[ItemFacts]:
    out = []
    for item in items:
        file = item_file(item, invocation_dir)
        try:
            group, error = resolve_group(item, spec), None
        except MarkerError as exc:
            group, error = None, str(exc)
        out.append(
            ItemFacts(
                nodeid=item.nodeid,
                file=file,
                function=item_function(item, file),
                indices=item_indices(item),
                group=group,
                group_error=error,
            )
        )
    return out
