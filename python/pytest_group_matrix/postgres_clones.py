"""One database per job and xdist worker, cloned from a template built once; all dropped at the end.

Locks (PostgreSQL advisory locks, held by a worker's admin connection, so a crashed worker's go
away with its connection):
  build:<template>  exclusive, while a worker checks, builds or clones the template, and while
                    the end of a run decides whether to drop it;
  use:<template>    shared, by every worker whose database was cloned from it, until it ends;
  run:<token>       shared, by every worker of one pytest run (a CI job), until it ends.
A complete template is marked IS_TEMPLATE and carries a comment naming the run that built it. A
worker reuses it when its run built it, when it is kept, or when another live run uses it;
otherwise it is a leftover of a run that died and is rebuilt. The end of each run (the xdist
controller, or the only process) drops the databases its workers left (a crashed worker leaves
one) and the templates nobody else uses.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional

import psycopg
from psycopg import sql

from . import postgres_admin as admin
from .postgres_admin import Database
from .postgres_build import run_build
from .postgres_settings import DsnSetting, PostgresSetupError
from .postgres_template import ResolvedTemplate, open_connections_hint

TEMPLATE_MARK = f"{admin.MARK} template"
CLONE_MARK = f"{admin.MARK} clone"


def _field(comment: str, name: str) -> Optional[str]:
    match = re.search(rf"(?:^| ){name}=(\S+)", comment)
    return match.group(1) if match else None


def _held(conn: psycopg.Connection, key: int) -> bool:
    """Whether some session holds advisory lock `key` (shared or exclusive)."""
    if admin.advisory(conn, "pg_try_advisory_lock", key):
        admin.advisory(conn, "pg_advisory_unlock", key)
        return False
    return True


def _held_after_grace(conn: psycopg.Connection, key: int) -> bool:
    """Whether advisory lock `key` stays held: a session this run just closed keeps its locks until
    its server process exits, a moment after the client's close, so a lock that goes away within
    the grace period was ours."""
    deadline = time.monotonic() + admin.SESSION_GRACE_SECONDS
    while _held(conn, key):
        if time.monotonic() >= deadline:
            return True
        time.sleep(0.05)
    return False


def _not_ours(name: str, what: str, setting: DsnSetting) -> PostgresSetupError:
    return PostgresSetupError(
        f"group-matrix postgres: database {name!r} already exists on the server of {setting.source} and "
        f"was not made by group-matrix (its comment does not start with {admin.MARK!r}), so it is left "
        f"alone. Drop it yourself, or change {what} so that the name differs"
    )


@dataclass
class WorkerDatabase:
    """The database of one worker (or of a run without xdist): `open()`, then `close()`."""

    setting: DsnSetting
    run: str
    worker: str
    conn: Optional[psycopg.Connection] = None
    database: Optional[Database] = None
    template: Optional[ResolvedTemplate] = None
    #: Seconds the template build took here, or None when an existing template was reused.
    build_seconds: Optional[float] = None
    clone_seconds: float = 0.0

    def open(self, template: ResolvedTemplate, clone_name: str) -> Database:
        conn = self.conn = admin.connect_admin(self.setting, application=f"group-matrix {self.worker}")
        admin.advisory(conn, "pg_advisory_lock_shared", admin.lock_key("run", self.run))
        build_key = admin.lock_key("build", template.name)
        admin.advisory(conn, "pg_advisory_lock", build_key)
        try:
            self._ensure_template(conn, template)
            admin.advisory(conn, "pg_advisory_lock_shared", admin.lock_key("use", template.name))
            self.template = template
            self._clear_leftover(conn, template, clone_name)
            started = time.monotonic()
            admin.create_database(
                conn, self.setting, clone_name, template=template.name, in_use_hint=open_connections_hint(template)
            )
            self.clone_seconds = time.monotonic() - started
            admin.set_comment(
                conn, clone_name,
                f"{CLONE_MARK} run={self.run} worker={self.worker} template={template.name} "
                f"keep_template={int(template.spec.keep)}",
            )
            self.database = admin.database(self.setting, clone_name)
            return self.database
        finally:
            admin.advisory(conn, "pg_advisory_unlock", build_key)

    def _ensure_template(self, conn: psycopg.Connection, template: ResolvedTemplate) -> None:
        state = admin.database_state(conn, template.name)
        if state is not None and not state.ours:
            raise _not_ours(template.name, "group_matrix_postgres_template's Template(prefix=...)", self.setting)
        if state is not None and state.is_template:
            builder = _field(state.comment, "run")
            if (
                template.spec.keep
                or builder == self.run
                or (builder is not None and _held(conn, admin.lock_key("run", builder)))
                or _held(conn, admin.lock_key("use", template.name))
            ):
                return
        if state is not None:
            # An unfinished build, or the leftover of a run that died: its content is not known.
            admin.drop_database(conn, self.setting, template.name)
        started = time.monotonic()
        admin.create_database(conn, self.setting, template.name)
        admin.set_comment(conn, template.name, f"{TEMPLATE_MARK} building run={self.run}")
        try:
            run_build(template, admin.database(self.setting, template.name))
            left = admin.wait_for_no_sessions(conn, template.name)
            if left:
                raise PostgresSetupError(
                    f"group-matrix postgres: the build of template database {template.name!r} "
                    f"({template.describe()}) ended with {len(left)} connection(s) to it still open: "
                    f"{'; '.join(left)}. A template can be cloned only while nobody is connected to it. "
                    f"{open_connections_hint(template)}"
                )
        except BaseException:
            try:
                admin.drop_database(conn, self.setting, template.name)
            except (PostgresSetupError, psycopg.Error):
                pass  # the error being raised says more; a later run rebuilds the leftover
            raise
        ident = sql.Identifier(template.name)
        conn.execute(sql.SQL("ALTER DATABASE {} IS_TEMPLATE true").format(ident))
        admin.set_comment(conn, template.name, f"{TEMPLATE_MARK} run={self.run} fingerprint={template.fingerprint}")
        self.build_seconds = time.monotonic() - started

    def _clear_leftover(self, conn: psycopg.Connection, template: ResolvedTemplate, clone_name: str) -> None:
        state = admin.database_state(conn, clone_name)
        if state is None:
            return
        if not state.ours:
            raise _not_ours(clone_name, "the prefix in group_matrix_postgres_template's Template(prefix=...)", self.setting)
        owner = _field(state.comment, "run")
        if owner is not None and owner != self.run and _held(conn, admin.lock_key("run", owner)):
            raise PostgresSetupError(
                f"group-matrix postgres: database {clone_name!r} belongs to another pytest run that is still "
                f"going ({state.comment!r}): the same job runs twice at once on one server. Wait for it or "
                f"cancel it, or give this run another Template(prefix=...)"
            )
        admin.drop_database(conn, self.setting, clone_name)

    def close(self) -> None:
        """Drops this worker's database (with any connections the tests left open) and
        disconnects, which releases this worker's locks."""
        conn, self.conn = self.conn, None
        if conn is None:
            return
        try:
            if self.database is not None and not conn.closed:
                admin.drop_database(conn, self.setting, self.database.name)
        finally:
            conn.close()


@dataclass
class RunReport:
    """What the end of a run cleaned up, for the terminal summary."""

    leftovers: List[str] = field(default_factory=list)
    templates_dropped: List[str] = field(default_factory=list)
    templates_kept: List[str] = field(default_factory=list)


def finish_run(setting: DsnSetting, run: str, templates: Dict[str, bool]) -> RunReport:
    """At the end of a run: drops the databases its workers left behind (a crashed worker never
    drops its own) and each template in `templates` (name -> keep) that no other run uses."""
    report = RunReport()
    conn = admin.connect_admin(setting, application="group-matrix end of run")
    try:
        for name in admin.databases_commented(conn, f" run={run} "):
            comment = admin.comment_of(conn, name)
            if not comment.startswith(CLONE_MARK):
                continue
            template = _field(comment, "template")
            if template is not None and template not in templates:
                templates[template] = _field(comment, "keep_template") == "1"
            admin.drop_database(conn, setting, name)
            report.leftovers.append(name)
        for name, keep in sorted(templates.items()):
            if keep:
                report.templates_kept.append(name)
                continue
            build_key = admin.lock_key("build", name)
            admin.advisory(conn, "pg_advisory_lock", build_key)
            try:
                state = admin.database_state(conn, name)
                if state is None or not state.comment.startswith(TEMPLATE_MARK):
                    continue
                if _held_after_grace(conn, admin.lock_key("use", name)):
                    report.templates_kept.append(name)  # another run still clones from it; it drops it
                    continue
                admin.drop_database(conn, setting, name)
                report.templates_dropped.append(name)
            finally:
                admin.advisory(conn, "pg_advisory_unlock", build_key)
    finally:
        conn.close()
    return report
