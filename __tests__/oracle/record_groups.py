"""pytest plugin: records, for every collected item, what group-matrix must predict.

Loaded with ``-p record_groups``; writes JSON to the path in ``GROUP_MATRIX_ORACLE_OUT``.
``GROUP_MATRIX_ORACLE_MARKER`` is the marker spec: a name (``group``) or a pattern (``group_*``).
"""
import json
import os


def _value(mark):
    if mark.args:
        return mark.args[0]
    # The marker's documented signature is `group(id)`; `group=` is accepted too.
    return mark.kwargs.get("id", mark.kwargs.get("group"))


def _group(item, spec):
    if "*" not in spec:
        mark = item.get_closest_marker(spec)
        if mark is None:
            return None
        value = _value(mark)
        # Only ints and strings are group values; anything else is reported as unknown.
        if isinstance(value, bool) or not isinstance(value, (int, str)):
            return {"invalid": repr(value)}
        return value
    prefix, suffix = spec.split("*", 1)
    for mark in item.iter_markers():
        name = mark.name
        if len(name) > len(prefix) + len(suffix) and name.startswith(prefix) and name.endswith(suffix):
            return name[len(prefix) : len(name) - len(suffix)]
    return None


def pytest_collection_finish(session):
    spec = os.environ.get("GROUP_MATRIX_ORACLE_MARKER", "group")
    items = []
    for item in session.items:
        callspec = getattr(item, "callspec", None)
        items.append(
            {
                "nodeid": item.nodeid,
                "function": item.nodeid.split("[", 1)[0],
                "indices": dict(callspec.indices) if callspec is not None else None,
                "group": _group(item, spec),
            }
        )
    import pytest

    out = {"pytest": pytest.__version__, "items": items}
    with open(os.environ["GROUP_MATRIX_ORACLE_OUT"], "w", encoding="utf-8") as f:
        json.dump(out, f, indent=1)
