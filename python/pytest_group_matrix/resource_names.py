"""Names for resources that parallel jobs and xdist workers must not share.

Pure: no pytest, no I/O. A name is made of parts (a prefix, the job id, the xdist worker and,
optionally, a test), lowercased, with every run of other characters turned into the kind's
separator, then fitted to the kind's rules. A name that had to be cut, or that names a test,
ends in a hash of everything it stands for: two different inputs never share a name because
their readable parts were cut or sanitized to the same text.

`GroupMatrixInfo.database_name(prefix)` is `resource_name("postgres", prefix, id, worker)`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Dict, Optional, Tuple

HASH_LENGTH = 8


@dataclass(frozen=True)
class NameRules:
    """What one kind of system accepts as a name."""

    kind: str
    #: What every run of characters outside [a-z0-9] becomes.
    separator: str
    #: Longest name, in bytes (names are ASCII, so in characters too).
    max_length: int
    min_length: int
    #: Names must start with a letter (or, for PostgreSQL, `_`): a digit first gets `t` + separator.
    letter_first: bool
    #: A name with one of these beginnings or endings is refused by the system.
    reserved_prefixes: Tuple[str, ...] = ()
    reserved_suffixes: Tuple[str, ...] = ()
    #: Where the rules come from, for the docs and error messages.
    rule: str = ""


KINDS: Dict[str, NameRules] = {
    # Unquoted identifiers: letters, digits, `_`, not a digit first; longer names are silently
    # truncated to NAMEDATALEN - 1 = 63 bytes, so two long names would become one.
    "postgres": NameRules(
        "postgres", "_", 63, 1, True,
        rule="PostgreSQL identifier: [a-z0-9_], not a digit first, at most 63 bytes",
    ),
    # General purpose buckets: 3-63 of [a-z0-9.-], letter or digit at both ends. Dots are left
    # out (they break virtual-host TLS); `--` never appears, so neither do `xn--` and the `--..`
    # suffixes; a reserved beginning gets `t-` before it, a reserved ending a hash after it.
    "s3": NameRules(
        "s3", "-", 63, 3, False,
        reserved_prefixes=("xn--", "sthree-", "amzn-s3-demo-"),
        reserved_suffixes=("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3"),
        rule="S3 bucket: 3-63 characters of [a-z0-9-], a letter or digit at both ends",
    ),
    # Topics: up to 249 of [a-zA-Z0-9._-]. Lowercase and `-` only: Kafka's metric names confuse
    # `.` with `_`, and a Strimzi KafkaTopic resource of the same name must be DNS-safe.
    "kafka": NameRules(
        "kafka", "-", 249, 1, False,
        rule="Kafka topic: at most 249 characters of [a-z0-9-] (Kafka allows [a-zA-Z0-9._-])",
    ),
    # DNS-1123 label (Kubernetes namespaces, pods, services; Docker containers, networks, compose
    # projects): 1-63 of [a-z0-9-], alphanumeric at both ends. A letter first also makes it an
    # RFC 1035 label, which Kubernetes Services require.
    "dns": NameRules(
        "dns", "-", 63, 1, True,
        rule="DNS-1123 label (Docker, Kubernetes): 1-63 characters of [a-z0-9-], a letter first, "
        "a letter or digit last",
    ),
}

_OTHER = re.compile(r"[^a-z0-9]+")


def rules_for(kind: str) -> NameRules:
    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(
            f"unknown resource kind {kind!r}: expected one of {', '.join(sorted(KINDS))}"
        ) from None


def sanitize(text: str, separator: str) -> str:
    """Lowercase; every run of characters outside [a-z0-9] becomes one separator; none at the ends."""
    return _OTHER.sub(separator, text.lower()).strip(separator)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:HASH_LENGTH]


def _test_label(test: str) -> str:
    # `tests/test_db.py::TestA::test_x[1-2]` -> `TestA::test_x[1-2]`: the file is long and the
    # hash at the end already tells tests of different files apart.
    return test.split("::", 1)[1] if "::" in test else test


def resource_name(kind: str, *parts: Optional[str], test: Optional[str] = None) -> str:
    """A name for `kind` (one of KINDS) made of `parts` (None and empty parts are left out),
    e.g. `resource_name("s3", "uploads", job_id, worker)`.

    `test`: a pytest node id; the name then also stands for that test, and ends in a hash of the
    node id (two parametrized cases differ only in characters no kind allows).
    """
    rules = rules_for(kind)
    sep = rules.separator
    pieces = [p for p in parts if p]
    if test:
        pieces.append(_test_label(test))
    name = sanitize(sep.join(pieces), sep) or ("db" if kind == "postgres" else "x")
    if rules.letter_first and name[0].isdigit():
        name = "t" + sep + name
    reserved = name.startswith(rules.reserved_prefixes)
    if reserved:
        # A hash at the end cannot fix the beginning; `t-` could also be the user's own prefix,
        # so the hash is still added.
        name = "t" + sep + name
    needs_hash = (
        bool(test)
        or reserved
        or len(name) > rules.max_length
        or len(name) < rules.min_length
        or name.endswith(rules.reserved_suffixes)
    )
    if not needs_hash:
        return name
    digest = _digest(name if not test else name + "\n" + test)
    room = rules.max_length - len(sep) - HASH_LENGTH
    return name[:room].rstrip(sep) + sep + digest
