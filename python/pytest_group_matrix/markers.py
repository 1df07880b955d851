"""Which group a collected item belongs to, resolved as pytest's `get_closest_marker` does."""

from __future__ import annotations

import re
from typing import Any, Optional, Tuple, Union

GroupValue = Union[int, str]

DEFAULT_MARKER = "group"
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class MarkerError(Exception):
    """A group marker that cannot be read (no value, or a value that is not an int or a str)."""


class MarkerSpec:
    """The configured marker: a name (`group`, value in the argument) or a pattern (`group_*`,
    value in the marker's own name)."""

    def __init__(self, raw: str) -> None:
        if raw.count("*") > 1 or raw == "*" or not _NAME.match(raw.replace("*", "x")):
            raise ValueError(
                f"invalid group marker {raw!r}: expected a marker name such as 'group', "
                "or a pattern with one '*' such as 'group_*'"
            )
        self.raw = raw
        self.is_pattern = "*" in raw
        self.prefix, _, self.suffix = raw.partition("*")

    def group_of_name(self, name: str) -> Optional[str]:
        """Pattern mode: the `*` part of a marker name, or None when the name does not match."""
        if (
            len(name) > len(self.prefix) + len(self.suffix)
            and name.startswith(self.prefix)
            and name.endswith(self.suffix)
        ):
            return name[len(self.prefix) : len(name) - len(self.suffix)]
        return None

    def marker_name(self, group: str) -> str:
        """Pattern mode: the marker name that carries `group` (`db` -> `group_db`)."""
        return f"{self.prefix}{group}{self.suffix}"

    def __repr__(self) -> str:
        return f"MarkerSpec({self.raw!r})"


def mark_value(mark: Any) -> Tuple[bool, Any]:
    """A mark's value: its first positional argument, else its `id=` keyword (the marker's
    documented signature is `group(id)`), else `group=`."""
    if mark.args:
        return True, mark.args[0]
    for key in ("id", "group"):
        if key in mark.kwargs:
            return True, mark.kwargs[key]
    return False, None


def resolve_group(item: Any, spec: MarkerSpec) -> Optional[GroupValue]:
    """The group of `item`, or None. `item.iter_markers()` walks the closest node first (the
    function, its classes from the innermost out, the module...) and, within a node, its
    `own_markers` in order, which is what `get_closest_marker` returns the first of."""
    if spec.is_pattern:
        for mark in item.iter_markers():
            group = spec.group_of_name(mark.name)
            if group is not None:
                return group
        return None
    for mark in item.iter_markers(name=spec.raw):
        found, value = mark_value(mark)
        if not found:
            raise MarkerError(
                f"{item.nodeid}: @pytest.mark.{spec.raw} has no value; "
                f"write @pytest.mark.{spec.raw}(1) or @pytest.mark.{spec.raw}(\"name\")"
            )
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            raise MarkerError(
                f"{item.nodeid}: @pytest.mark.{spec.raw}({value!r}) has a value of type "
                f"{type(value).__name__}; a group is an int or a str"
            )
        return value
    return None
