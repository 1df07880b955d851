"""Bench: a database cloned from the template (the helper's path) against the same migrations run
into an empty database, on a schema of a few hundred tables; prints the ratio.

Usage: python bench_postgres.py [--tables 300] [--reps 3] [--dsn CONNINFO] [--json PATH]
Without --dsn it starts a throwaway server (python/tests/pg_server.py; Debian's postgresql
package) with fsync on, as a CI service container runs. Fails (exit 1) when the cloned schema
differs from the migrated one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import sys
import time
import uuid
from pathlib import Path
from typing import Callable, Dict, List

import psycopg
from psycopg import sql

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tests"))  # the throwaway server shared with the tests

from pytest_group_matrix import postgres_admin as admin  # noqa: E402
from pytest_group_matrix.postgres_clones import WorkerDatabase, finish_run  # noqa: E402
from pytest_group_matrix.postgres_template import Template, resolve  # noqa: E402


def migrations(tables: int) -> List[str]:
    """A deterministic migration history: enum types, tables with foreign keys, checks, unique
    constraints and indexes, later ALTERs, views and a trigger, as an application grows them."""
    out = [
        "CREATE TYPE status AS ENUM ('new', 'active', 'closed')",
        "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$",
    ]
    for i in range(tables):
        t = f"t_{i:04d}"
        ref = f",\n    parent_id bigint REFERENCES t_{i // 2:04d} (id) ON DELETE CASCADE" if i else ""
        out.append(
            f"CREATE TABLE {t} (\n    id bigserial PRIMARY KEY,\n    code text NOT NULL UNIQUE,\n"
            f"    name varchar(200) NOT NULL,\n    amount numeric(12, 2) NOT NULL DEFAULT 0 CHECK (amount >= 0),\n"
            f"    state status NOT NULL DEFAULT 'new',\n    attrs jsonb NOT NULL DEFAULT '{{}}',\n"
            f"    active boolean NOT NULL DEFAULT true,\n    created_at timestamptz NOT NULL DEFAULT now(),\n"
            f"    updated_at timestamptz NOT NULL DEFAULT now(){ref}\n);\n"
            f"CREATE INDEX {t}_name ON {t} (name);\nCREATE INDEX {t}_created ON {t} (created_at DESC);\n"
            f"CREATE TRIGGER {t}_touch BEFORE UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION touch();\n"
            f"INSERT INTO {t} (code, name) SELECT 'c' || g, 'seed ' || g FROM generate_series(1, 5) g"
        )
        if i % 10 == 9:
            out.append(f"ALTER TABLE {t} ADD COLUMN note text;\nCREATE INDEX {t}_note ON {t} (note) WHERE note IS NOT NULL")
        if i % 25 == 24:
            out.append(f"CREATE VIEW v_{i:04d} AS SELECT id, code, amount FROM {t} WHERE active")
    return out


def apply(conn: psycopg.Connection, steps: List[str]) -> None:
    """As a migration tool runs them: one transaction per migration, its version recorded."""
    conn.execute("CREATE TABLE schema_migrations (version int PRIMARY KEY, applied_at timestamptz DEFAULT now())")
    conn.commit()
    for version, step in enumerate(steps, 1):
        conn.execute(step)  # type: ignore[call-overload]  # generated above, no user input
        conn.execute("INSERT INTO schema_migrations (version) VALUES (%s)", [version])
        conn.commit()


def schema_signature(db: admin.Database) -> Dict[str, object]:
    """Counts and a hash of the catalog: equal for equal schemas and data."""
    with db.connect() as conn:
        counts = conn.execute(
            "SELECT (SELECT count(*) FROM pg_tables WHERE schemaname = 'public'),"
            " (SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'),"
            " (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'),"
            " (SELECT count(*) FROM information_schema.table_constraints WHERE table_schema = 'public'),"
            " (SELECT count(*) FROM pg_views WHERE schemaname = 'public'),"
            " (SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal),"
            " (SELECT count(*) FROM schema_migrations)"
        ).fetchone()
        columns = conn.execute(
            "SELECT table_name, column_name, data_type, coalesce(column_default, ''), is_nullable"
            " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2"
        ).fetchall()
        rows = conn.execute("SELECT count(*) FROM t_0000").fetchone()
    keys = ["tables", "columns", "indexes", "constraints", "views", "triggers", "migrations"]
    out: Dict[str, object] = dict(zip(keys, counts or ()))
    out["seed rows in t_0000"] = rows[0] if rows else None
    out["columns hash"] = hashlib.sha256(repr(columns).encode()).hexdigest()[:12]
    return out


def timed(reps: int, fn: Callable[[int], None]) -> List[float]:
    times = []
    for i in range(reps):
        started = time.perf_counter()
        fn(i)
        times.append((time.perf_counter() - started) * 1000)
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tables", type=int, default=300)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--dsn", default=None, help="a role with CREATEDB; default: a throwaway server")
    parser.add_argument("--json", default=None, help="write the results here")
    args = parser.parse_args()
    if args.tables < 1 or args.reps < 1:
        parser.error("--tables and --reps must be at least 1")

    server = None
    if args.dsn is None:
        import pg_server

        try:
            server = pg_server.ThrowawayServer(fsync=True).start()
        except pg_server.ServerUnavailable as exc:
            print(f"bench-postgres: cannot start a PostgreSQL server: {exc}", file=sys.stderr)
            return 1
    setting = admin.DsnSetting(args.dsn or server.dsn, "--dsn" if args.dsn else "throwaway server")  # type: ignore[union-attr]
    steps = migrations(args.tables)
    run = f"bench{uuid.uuid4().hex[:12]}"
    made: List[str] = []
    try:
        with admin.connect_admin(setting, application="group-matrix bench") as conn:
            version = conn.execute("SHOW server_version").fetchone()[0]  # type: ignore[index]
            fsync = conn.execute("SHOW fsync").fetchone()[0]  # type: ignore[index]

            def migrate(i: int) -> None:
                name = f"bench_migrated_{i}"
                made.append(name)
                admin.create_database(conn, setting, name)
                with admin.database(setting, name).connect() as target:
                    apply(target, steps)

            migrate_ms = timed(args.reps, migrate)

            # The helper's own path: the template built by a Template(build=...), then clones.
            template = resolve(
                Template(prefix="bench", build=lambda db: _apply_to(db, steps), version=f"{args.tables}-{run}"),
                root=Path(HERE),
            )
            first = WorkerDatabase(setting, run, "bench-build")
            build_started = time.perf_counter()
            first.open(template, "bench_clone_first")
            build_ms = (time.perf_counter() - build_started) * 1000
            first.close()

            workers: List[WorkerDatabase] = []

            def clone(i: int) -> None:
                worker = WorkerDatabase(setting, run, f"bench{i}")
                workers.append(worker)
                worker.open(template, f"bench_clone_{i}")
                assert worker.build_seconds is None, "the template was rebuilt"

            try:
                clone_ms = timed(args.reps, clone)
                clone_signature = schema_signature(workers[0].database)  # type: ignore[arg-type]
            finally:
                for worker in workers:
                    worker.close()

            file_copy_ms: List[float] = []
            if conn.info.server_version >= 150000:
                def file_copy(i: int) -> None:
                    name = f"bench_file_copy_{i}"
                    made.append(name)
                    conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
                        sql.Identifier(name), sql.Identifier(template.name)))

                file_copy_ms = timed(args.reps, file_copy)
            migrated_signature = schema_signature(admin.database(setting, made[0]))
        finish_run(setting, run, {template.name: False})
    finally:
        with admin.connect_admin(setting) as conn:
            for name in made:
                admin.drop_database(conn, setting, name)
        if server is not None:
            server.stop()

    med = statistics.median
    ratio = med(migrate_ms) / med(clone_ms)
    rows = [
        ("measurement", "best ms", "median ms"),
        (f"migrations into an empty database (CREATE DATABASE, {len(steps)} migrations)", f"{min(migrate_ms):.0f}", f"{med(migrate_ms):.0f}"),
        ("clone from the template (the helper: connect, locks, CREATE DATABASE ... TEMPLATE)", f"{min(clone_ms):.0f}", f"{med(clone_ms):.0f}"),
    ]
    if file_copy_ms:
        rows.append(("CREATE DATABASE ... TEMPLATE ... STRATEGY FILE_COPY (for comparison)", f"{min(file_copy_ms):.0f}", f"{med(file_copy_ms):.0f}"))
    rows.append(("template build, once per job (the helper, with its first clone)", f"{build_ms:.0f}", "-"))
    widths = [max(len(r[c]) for r in rows) for c in range(3)]
    print(f"\ngroup-matrix postgres bench: {args.tables} tables ({len(steps)} migrations), PostgreSQL {version}, fsync {fsync}, {args.reps} reps")
    for n, r in enumerate(rows):
        print(f"| {r[0].ljust(widths[0])} | {r[1].rjust(widths[1])} | {r[2].rjust(widths[2])} |")
        if n == 0:
            print(f"|{'-' * (widths[0] + 2)}|{'-' * (widths[1] + 1)}:|{'-' * (widths[2] + 1)}:|")
    equal = clone_signature == migrated_signature
    print(f"schemas equal: {'yes' if equal else 'NO'} {json.dumps(migrated_signature)}")
    if not equal:
        print(f"  clone: {json.dumps(clone_signature)}")
    print(f"migrations / clone (medians): {ratio:.1f}x")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({
                "tables": args.tables, "migrations": len(steps), "reps": args.reps, "server": version, "fsync": fsync,
                "migrate_ms": migrate_ms, "clone_ms": clone_ms, "file_copy_ms": file_copy_ms, "build_ms": build_ms,
                "ratio": ratio, "schemas_equal": bool(equal), "signature": migrated_signature,
            }, f, indent=2)
            f.write("\n")
    return 0 if equal else 1


def _apply_to(db: admin.Database, steps: List[str]) -> None:
    with db.connect() as conn:
        apply(conn, steps)


if __name__ == "__main__":
    sys.exit(main())
