"""Running a template's build (its SQL file, command or function) into the new template database."""

from __future__ import annotations

import os
import subprocess
import traceback
from pathlib import Path
from typing import Dict

import psycopg
from psycopg.conninfo import conninfo_to_dict

from .postgres_admin import Database
from .postgres_settings import PostgresSetupError
from .postgres_template import ResolvedTemplate, command_argv, read_input

#: How many lines of a failed build command's output an error shows.
SHOW_OUTPUT_LINES = 30


def _build_env(db: Database) -> Dict[str, str]:
    params = conninfo_to_dict(db.conninfo)
    env = dict(os.environ)
    for key, var in (("host", "PGHOST"), ("port", "PGPORT"), ("user", "PGUSER"), ("password", "PGPASSWORD")):
        if params.get(key):
            env[var] = str(params[key])
    env["PGDATABASE"] = db.name
    env["DATABASE_URL"] = db.url
    return env


def run_build(template: ResolvedTemplate, db: Database) -> None:
    """Builds the (new, empty) template database `db`; a failure is a PostgresSetupError that
    shows what the build said."""
    spec = template.spec
    failed = f"group-matrix postgres: building template database {db.name!r} with {template.describe()} failed"
    if template.kind == "sql_file":
        text = read_input(template.root / Path(spec.sql_file), template.describe()).decode("utf-8")  # type: ignore[arg-type]
        try:
            with db.connect() as conn:
                conn.execute(text)  # type: ignore[call-overload]  # a file's text, not built from input
        except psycopg.Error as exc:
            raise PostgresSetupError(f"{failed}: {exc.sqlstate or ''} {exc}".replace("  ", " ")) from None
    elif template.kind == "command":
        argv = command_argv(spec.command)  # type: ignore[arg-type]
        try:
            result = subprocess.run(
                argv, cwd=template.root, env=_build_env(db), stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, text=True, errors="replace",
            )
        except OSError as exc:
            raise PostgresSetupError(f"{failed}: cannot run {argv[0]!r}: {exc.strerror}") from None
        if result.returncode != 0:
            lines = result.stdout.splitlines()[-SHOW_OUTPUT_LINES:]
            output = "\n".join("  " + line for line in lines) or "  (no output)"
            raise PostgresSetupError(f"{failed}: exit code {result.returncode}; its last output:\n{output}")
    else:
        try:
            spec.build(db)  # type: ignore[misc]
        except Exception as exc:  # the user's code: show where it failed, without our frames
            tb = exc.__traceback__.tb_next if exc.__traceback__ is not None else None
            shown = "".join(traceback.format_exception(type(exc), exc, tb)).rstrip()
            raise PostgresSetupError(f"{failed}:\n{shown}") from None
