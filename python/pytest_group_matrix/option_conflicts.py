"""A conftest that defines our options itself: the in-repo group plugins many suites carried
before group-matrix (`--group N`, `--collect-groups`). argparse would stop pytest with a
traceback when it builds the command line; we stop it first and say what to do.

Reads pytest's Parser through attributes that are stable from pytest 7 to 9 (`_groups`,
`_anonymous`, `Argument.names()`); where they are missing, it finds nothing and argparse speaks.
"""

from __future__ import annotations

from typing import Any, Iterable, List, Set

OUR_GROUP = "group-matrix"


def _names(group: Any) -> Set[str]:
    out: Set[str] = set()
    for option in getattr(group, "options", []):
        names = getattr(option, "names", None)
        if callable(names):
            out.update(names())
    return out


def conflicting_options(parser: Any, error: str = "") -> List[str]:
    """Our option names that another plugin or conftest also added (or that argparse's `error`
    names as conflicting), sorted."""
    ours: Set[str] = set()
    theirs: Set[str] = set()
    groups = list(getattr(parser, "_groups", []))
    anonymous = getattr(parser, "_anonymous", None)
    if anonymous is not None and anonymous not in groups:
        groups.append(anonymous)
    for group in groups:
        (ours if getattr(group, "name", None) == OUR_GROUP else theirs).update(_names(group))
    clash = ours & theirs
    clash.update(name for name in ours if f"conflicting option string: {name}" in error)
    return sorted(clash)


def conflict_message(names: List[str], conftests: Iterable[str]) -> str:
    where = ", ".join(conftests) or "another plugin"
    return (
        f"group-matrix: {where} defines {', '.join(names)}, which the group-matrix plugin defines "
        "too (an in-repo group plugin, as many suites carried before group-matrix?). Remove those "
        "options and the hooks that use them from the conftest: the plugin replaces them "
        "(`--group` takes a group or a job id of the plan, `--collect-groups` prints the groups). "
        "To keep the in-repo plugin instead, disable this one with `-p no:group_matrix`."
    )
