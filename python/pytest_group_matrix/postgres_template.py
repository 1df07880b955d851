"""What a template database is built from (`Template`) and its fingerprint; no psycopg here.

The fingerprint (the SQL file's content, the command, the build function's name, the content of
`inputs`, `version`) is part of the template's name: runs of different code on one server never
share a template, and runs of the same code can.
"""

from __future__ import annotations

import hashlib
import os
import shlex
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, List, Optional, Sequence, Union

from .postgres_settings import PostgresSetupError
from .resource_names import resource_name

if TYPE_CHECKING:
    from .postgres_admin import Database

PathLike = Union[str, "os.PathLike[str]"]
FIXTURE = "group_matrix_postgres_template"


@dataclass(frozen=True)
class Template:
    """How to build the template database that every job's and worker's database is cloned from.

    Give exactly one of:
      sql_file: a file of SQL statements, run in one transaction (no psql meta-commands; for a
          pg_dump file use command=["psql", "-v", "ON_ERROR_STOP=1", "-f", "dump.sql"]);
      command: a command (argument list, or a string split like a shell does, never run by a
          shell) run with PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE and DATABASE_URL set to
          the template, e.g. ["alembic", "upgrade", "head"];
      build: a function called with the template's `Database` (name, conninfo, url, connect());
          it must close every connection it opens.
    prefix: names the template (`<prefix>_template_<fingerprint>`) and the clones
        (`group_matrix.database_name(prefix)`).
    inputs: files or directories the build reads (migrations, models): their content is part of
        the fingerprint. The SQL file is already; list them for `command` and `build`.
    version: any string, also part of the fingerprint (bump it to force a rebuild).
    keep: keep the template after the run, to be reused by the next run with the same
        fingerprint (local development); by default the last job using it drops it.
    Relative paths are taken from pytest's rootdir, where commands also run.
    """

    prefix: str = "test"
    sql_file: Optional[PathLike] = None
    command: Union[Sequence[str], str, None] = None
    build: Optional[Callable[["Database"], object]] = None
    inputs: Sequence[PathLike] = ()
    version: str = ""
    keep: bool = False


@dataclass(frozen=True)
class ResolvedTemplate:
    """A checked Template with its paths resolved, its fingerprint and its database name."""

    spec: Template
    root: Path
    kind: str
    name: str
    fingerprint: str

    def describe(self) -> str:
        if self.kind == "sql_file":
            return f"Template(sql_file={str(self.spec.sql_file)!r})"
        if self.kind == "command":
            return f"Template(command={self.spec.command!r})"
        return f"Template(build={callable_name(self.spec.build)})"


def callable_name(fn: object) -> str:
    module = getattr(fn, "__module__", "") or ""
    qualname = getattr(fn, "__qualname__", None) or getattr(fn, "__name__", None) or repr(fn)
    return f"{module}.{qualname}" if module else str(qualname)


def command_argv(command: Union[Sequence[str], str]) -> List[str]:
    return shlex.split(command) if isinstance(command, str) else [str(a) for a in command]


def read_input(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise PostgresSetupError(
            f"group-matrix postgres: {FIXTURE}: {what} cannot be read: {path} ({exc.strerror}); "
            "relative paths are taken from pytest's rootdir"
        ) from None


def _hash_path(h: "hashlib._Hash", path: Path, what: str) -> None:
    if path.is_dir():
        for sub in sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
            h.update(sub.relative_to(path).as_posix().encode() + b"\0")
            h.update(read_input(sub, what) + b"\0")
    else:
        h.update(read_input(path, what) + b"\0")


def resolve(spec: object, root: Path) -> ResolvedTemplate:
    """Checks what the `group_matrix_postgres_template` fixture returned; a PostgresSetupError
    names the field to fix."""
    if not isinstance(spec, Template):
        raise PostgresSetupError(
            f"group-matrix postgres: the {FIXTURE} fixture returned {type(spec).__name__} {spec!r}; "
            "return a pytest_group_matrix.postgres.Template(...)"
        )
    given = [k for k in ("sql_file", "command", "build") if getattr(spec, k) not in (None, "", [], ())]
    if len(given) != 1:
        raise PostgresSetupError(
            f"group-matrix postgres: {FIXTURE}: Template needs exactly one of sql_file, command, build; "
            f"got {', '.join(given) or 'none'}"
        )
    kind = given[0]
    if not isinstance(spec.prefix, str) or not spec.prefix.strip():
        raise PostgresSetupError(f"group-matrix postgres: {FIXTURE}: Template(prefix={spec.prefix!r}) must be a non-empty string")
    if kind == "build" and not callable(spec.build):
        raise PostgresSetupError(f"group-matrix postgres: {FIXTURE}: Template(build={spec.build!r}) is not callable")
    h = hashlib.sha256(f"{kind}\0".encode())
    if kind == "sql_file":
        _hash_path(h, root / Path(spec.sql_file), f"Template(sql_file={str(spec.sql_file)!r})")  # type: ignore[arg-type]
    elif kind == "command":
        argv = command_argv(spec.command)  # type: ignore[arg-type]
        if not argv:
            raise PostgresSetupError(f"group-matrix postgres: {FIXTURE}: Template(command={spec.command!r}) is empty")
        h.update("\0".join(argv).encode() + b"\0\0")
    else:
        h.update(callable_name(spec.build).encode() + b"\0\0")
    for item in spec.inputs:
        path = root / Path(item)
        if not path.exists():
            raise PostgresSetupError(
                f"group-matrix postgres: {FIXTURE}: Template(inputs=...) names {str(item)!r}, which does not "
                f"exist under {root}"
            )
        h.update(str(item).encode() + b"\0")
        _hash_path(h, path, f"Template(inputs=[..., {str(item)!r}, ...])")
    h.update(spec.version.encode())
    fingerprint = h.hexdigest()[:8]
    name = resource_name("postgres", spec.prefix, "template", fingerprint)
    return ResolvedTemplate(spec=spec, root=root, kind=kind, name=name, fingerprint=fingerprint)


def open_connections_hint(template: ResolvedTemplate) -> str:
    """What to do about connections left open to the template, for the error message."""
    if template.kind == "build":
        own = (
            f"If they are your build's, close them in {callable_name(template.spec.build)} "
            "(`with db.connect() as conn:` closes on exit); "
        )
    elif template.kind == "command":
        own = "If they are your build command's, make it exit only after closing them (or stop what it started); "
    else:
        own = ""
    return (
        f"{own}otherwise disconnect the other clients (psql, an IDE, an app) from {template.name!r}, or "
        f"change {FIXTURE}'s Template(prefix=...) so that this run uses a template of its own."
    )
