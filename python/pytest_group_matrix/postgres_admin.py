"""The server side of the Postgres helper: connect, lock, create, clone, comment and drop
databases with psycopg 3. No pytest here. Every failure a user can fix is a
`PostgresSetupError` whose message names the setting or the code to change.
"""

from __future__ import annotations

import hashlib
import os
import time
import urllib.parse
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import psycopg
from psycopg import errors, sql
from psycopg.conninfo import conninfo_to_dict, make_conninfo

from .postgres_settings import DsnSetting, PostgresSetupError

#: The database the admin connection uses when the setting names none.
MAINTENANCE_DB = "postgres"
#: Every database this helper creates carries a comment starting with this; nothing else is
#: ever dropped.
MARK = "group-matrix"
#: How long a template's last connections may take to go away after their client closed them.
SESSION_GRACE_SECONDS = 5.0


def _params(setting: DsnSetting) -> Dict[str, Any]:
    try:
        return conninfo_to_dict(setting.conninfo)
    except psycopg.ProgrammingError as exc:
        raise PostgresSetupError(
            f"group-matrix postgres: the connection string of {setting.source} is not valid ({exc}); {setting.fix()}"
        ) from None


@dataclass(frozen=True)
class Database:
    """A database: its name, a libpq connection string and URL to reach it, `connect()`."""

    name: str
    conninfo: str

    @property
    def url(self) -> str:
        """`postgresql://user:password@host:port/name?...`, for tools that want a URL (SQLAlchemy
        takes it after replacing the scheme with `postgresql+psycopg`)."""
        params = {k: str(v) for k, v in conninfo_to_dict(self.conninfo).items()}
        params.pop("dbname", None)
        host = params.pop("host", "")
        port = params.pop("port", "")
        user = params.pop("user", "")
        password = params.pop("password", "")
        netloc = ""
        if user:
            netloc = urllib.parse.quote(user, safe="")
            if password:
                netloc += ":" + urllib.parse.quote(password, safe="")
            netloc += "@"
        if host and not host.startswith("/") and "," not in host:
            netloc += f"[{host}]" if ":" in host else host
            if port:
                netloc += f":{port}"
        else:
            # A socket directory or several hosts go in the query, as libpq reads them.
            params = {**({"host": host} if host else {}), **({"port": port} if port else {}), **params}
        query = urllib.parse.urlencode(params)
        return f"postgresql://{netloc}/{urllib.parse.quote(self.name, safe='')}" + (f"?{query}" if query else "")

    def connect(self, **kwargs: Any) -> psycopg.Connection:
        """`psycopg.connect` to this database; keyword arguments go to psycopg (autocommit=True...)."""
        return psycopg.connect(self.conninfo, **kwargs)


def database(setting: DsnSetting, name: str) -> Database:
    """The database `name` on the server of the admin setting, with the same credentials."""
    return Database(name=name, conninfo=make_conninfo(setting.conninfo, dbname=name))


def connect_admin(setting: DsnSetting, application: str = "group-matrix") -> psycopg.Connection:
    """An autocommit connection for creating and dropping databases, or a PostgresSetupError
    that says why the server could not be used and which setting to change."""
    params = _params(setting)
    extra: Dict[str, Any] = {"autocommit": True}
    if "dbname" not in params and not os.environ.get("PGDATABASE"):
        extra["dbname"] = MAINTENANCE_DB
    if "connect_timeout" not in params and not os.environ.get("PGCONNECT_TIMEOUT"):
        extra["connect_timeout"] = 10
    if "application_name" not in params:
        extra["application_name"] = application
    try:
        return psycopg.connect(setting.conninfo, **extra)
    except psycopg.OperationalError as exc:
        raise PostgresSetupError(_connect_problem(setting, str(exc))) from None


def _connect_problem(setting: DsnSetting, message: str) -> str:
    lines = [line.strip() for line in message.replace("connection failed: ", "", 1).splitlines() if line.strip()]
    # libpq's lines as sentences: "...failed: Connection refused. Is the server running ...?"
    reason = " ".join(line if line.endswith((".", "?", "!")) else line + "." for line in lines)
    lower = reason.lower()
    where = f"PostgreSQL server ({setting.target()}, from {setting.source})"
    if "password authentication failed" in lower or "no password supplied" in lower or "no pg_hba.conf entry" in lower:
        what = f"the {where} refused the login: {reason} Fix the user or password: {setting.fix()}"
    elif "role" in lower and "does not exist" in lower:
        what = f"the {where} has no such role: {reason} Use an existing role: {setting.fix()}"
    elif "database" in lower and "does not exist" in lower:
        what = (
            f"the {where} has no such database: {reason} Name an existing database for the admin "
            f"connection (dbname=postgres): {setting.fix()}"
        )
    elif "permission denied" in lower:
        what = f"the {where} denied the connection: {reason} Use a role that may connect: {setting.fix()}"
    else:
        what = f"cannot reach the {where}: {reason} Start the server, or {setting.fix()}"
    return f"group-matrix postgres: {what}"


def lock_key(kind: str, name: str) -> int:
    """A 64-bit advisory lock key for `kind` ("build", "use", "run") and a name."""
    digest = hashlib.sha256(f"{MARK}:{kind}:{name}".encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@dataclass(frozen=True)
class DatabaseState:
    is_template: bool
    comment: str

    @property
    def ours(self) -> bool:
        return self.comment.startswith(MARK)


def database_state(conn: psycopg.Connection, name: str) -> Optional[DatabaseState]:
    row = conn.execute(
        "SELECT datistemplate, coalesce(shobj_description(oid, 'pg_database'), '')"
        " FROM pg_database WHERE datname = %s",
        [name],
    ).fetchone()
    return None if row is None else DatabaseState(is_template=bool(row[0]), comment=str(row[1]))


def databases_commented(conn: psycopg.Connection, needle: str) -> List[str]:
    """Names of the databases whose comment (one of ours) contains `needle`."""
    rows = conn.execute(
        "SELECT datname FROM pg_database WHERE shobj_description(oid, 'pg_database') LIKE %s"
        " AND strpos(shobj_description(oid, 'pg_database'), %s) > 0 ORDER BY datname",
        [MARK + "%", needle],
    ).fetchall()
    return [str(r[0]) for r in rows]


def comment_of(conn: psycopg.Connection, name: str) -> str:
    state = database_state(conn, name)
    return "" if state is None else state.comment


def set_comment(conn: psycopg.Connection, name: str, text: str) -> None:
    conn.execute(sql.SQL("COMMENT ON DATABASE {} IS {}").format(sql.Identifier(name), sql.Literal(text)))


def _role(conn: psycopg.Connection) -> str:
    return str(conn.execute("SELECT current_user").fetchone()[0])  # type: ignore[index]


def sessions(conn: psycopg.Connection, name: str) -> List[str]:
    """The other sessions connected to database `name`, described for a message."""
    rows = conn.execute(
        "SELECT pid, usename, application_name, client_addr, client_port, backend_start, state"
        " FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid() ORDER BY pid",
        [name],
    ).fetchall()
    out = []
    for pid, user, app, addr, port, started, state in rows:
        client = "local socket" if addr is None and port == -1 else (f"{addr}:{port}" if addr else "unknown client")
        since = started.strftime("%H:%M:%S") if started is not None else "?"
        out.append(f"pid {pid} (user {user}, application {app or '(none)'!r}, from {client}, since {since}, {state})")
    return out


def wait_for_no_sessions(conn: psycopg.Connection, name: str, grace: float = SESSION_GRACE_SECONDS) -> List[str]:
    """Waits up to `grace` seconds for the sessions on `name` to end (a server process outlives
    its client's close by a moment); returns the ones still there."""
    deadline = time.monotonic() + grace
    while True:
        left = sessions(conn, name)
        if not left or time.monotonic() >= deadline:
            return left
        time.sleep(0.05)


def create_database(
    conn: psycopg.Connection, setting: DsnSetting, name: str, template: Optional[str] = None,
    in_use_hint: str = "",
) -> None:
    statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
    if template is not None:
        statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
    try:
        conn.execute(statement)
    except errors.InsufficientPrivilege as exc:
        role = _role(conn)
        raise PostgresSetupError(
            f"group-matrix postgres: role {role!r} may not create databases ({exc.diag.message_primary}) "
            f"on the server of {setting.source}. Grant it (ALTER ROLE {sql.Identifier(role).as_string(conn)} "
            f"CREATEDB), or {setting.fix()} with a role that has CREATEDB"
        ) from None
    except errors.ObjectInUse:
        assert template is not None
        users = sessions(conn, template)
        listed = "; ".join(users) if users else "(they left while this message was written)"
        raise PostgresSetupError(
            f"group-matrix postgres: cannot clone template database {template!r} into {name!r}: it has "
            f"{len(users)} other connection(s): {listed}. PostgreSQL copies a template only while nobody "
            f"is connected to it. {in_use_hint}"
        ) from None


def drop_database(conn: psycopg.Connection, setting: DsnSetting, name: str, force: Optional[bool] = None) -> bool:
    """Drops `name` even while clients are connected to it: `WITH (FORCE)` on PostgreSQL 13+,
    else their sessions are terminated first. Returns whether it existed.

    force: None picks by server version; False takes the pre-13 path (kept testable on 13+).
    """
    state = database_state(conn, name)
    if state is None:
        return False
    ident = sql.Identifier(name)
    try:
        if state.is_template:
            conn.execute(sql.SQL("ALTER DATABASE {} IS_TEMPLATE false").format(ident))
        if force is None:
            force = conn.info.server_version >= 130000
        if force:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(ident))
        else:
            # A client may reconnect between terminate and drop: forbid new connections first.
            conn.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(ident))
            for _ in range(50):
                conn.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = %s AND pid <> pg_backend_pid()",
                    [name],
                )
                try:
                    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(ident))
                    break
                except errors.ObjectInUse:
                    time.sleep(0.1)
            else:
                raise PostgresSetupError(
                    f"group-matrix postgres: could not drop database {name!r}: sessions kept coming back: "
                    f"{'; '.join(sessions(conn, name))}"
                )
    except errors.InsufficientPrivilege as exc:
        raise PostgresSetupError(
            f"group-matrix postgres: role {_role(conn)!r} may not drop database {name!r} "
            f"({exc.diag.message_primary}). Only its owner or a superuser can: {setting.fix()} with that role"
        ) from None
    return True


def advisory(conn: psycopg.Connection, function: str, key: int) -> bool:
    """Calls pg_advisory_lock, pg_try_advisory_lock, ... `function` on `key`."""
    assert function.startswith(("pg_advisory_", "pg_try_advisory_"))
    row = conn.execute(sql.SQL("SELECT {}(%s)").format(sql.Identifier(function)), [key]).fetchone()
    return row is None or row[0] is not False
