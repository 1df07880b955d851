"""Settings and errors of the Postgres helper, importable without psycopg (so that a missing
psycopg is reported as a usage error, not a failed import)."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENV_DSN = "GROUP_MATRIX_POSTGRES_DSN"
INI_DSN = "group_matrix_postgres_dsn"


class PostgresSetupError(Exception):
    """A problem with the server, its settings or the template; the message says what to fix."""


@dataclass(frozen=True)
class DsnSetting:
    """The admin connection string and where it came from."""

    conninfo: str
    #: e.g. "env GROUP_MATRIX_POSTGRES_DSN", "ini group_matrix_postgres_dsn in pytest.ini".
    source: str

    def fix(self) -> str:
        """The sentence that says where to change the connection."""
        if self.conninfo:
            where = self.source
        else:
            where = (
                f"{ENV_DSN} (unset, as is ini {INI_DSN}, so libpq's defaults and PGHOST, PGPORT, "
                "PGUSER, PGPASSWORD apply)"
            )
        return f"set {where} to a connection string (e.g. postgresql://user:password@host:5432/postgres)"

    def target(self) -> str:
        """host, port, user and database of the connection, password left out."""
        from psycopg.conninfo import conninfo_to_dict  # psycopg is there once a connection is made

        try:
            params = conninfo_to_dict(self.conninfo)
        except Exception:  # psycopg.ProgrammingError: shown when the connection is tried
            params = {}
        shown = {k: params.get(k) or os.environ.get("PG" + k.upper()) for k in ("host", "port", "user", "dbname")}
        return " ".join(f"{k}={v}" for k, v in shown.items() if v) or "libpq defaults"
