"""The environment variables the plugin reads (a matrix job passes its selection through `env:`)
and sets (for subprocesses that tests start)."""

from __future__ import annotations

import os
from typing import Optional

ENV_ID = "GROUP_MATRIX_ID"
ENV_INDEX = "GROUP_MATRIX_INDEX"
ENV_PLAN = "GROUP_MATRIX_PLAN"
ENV_MISMATCH = "GROUP_MATRIX_MISMATCH"


def env(name: str) -> Optional[str]:
    """The variable's value, stripped; None when unset or blank."""
    value = os.environ.get(name, "").strip()
    return value or None


def env_index() -> Optional[int]:
    """`GROUP_MATRIX_INDEX` as an int; None when unset or not a number."""
    raw = env(ENV_INDEX)
    try:
        return int(raw) if raw is not None else None
    except ValueError:
        return None
