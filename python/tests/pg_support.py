"""Shared by the tests that need a real PostgreSQL server (python/scripts/test-postgres.sh runs them).

Without psycopg (the plain plugin venvs of test-matrix.sh) those modules are skipped with a reason
that names the script; under test-postgres.sh (GROUP_MATRIX_REQUIRE_POSTGRES=1) a missing psycopg
or server fails them instead.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import sys
from typing import Dict, List, Optional

import pytest

import pg_server

REQUIRE = "GROUP_MATRIX_REQUIRE_POSTGRES"
#: Set to an existing server's superuser connection string to use it instead of a throwaway one.
ENV_SERVER = "GROUP_MATRIX_TEST_POSTGRES_DSN"
SYSTEM_DATABASES = {"postgres", "template0", "template1"}


def require_modules(*names: str) -> None:
    """Call at module level, before importing them: psycopg, and xdist where workers are run."""
    missing = []
    for name in names:
        try:
            __import__(name)
        except ImportError as exc:
            missing.append(str(exc))
    if not missing:
        return
    if os.environ.get(REQUIRE):
        raise ImportError(
            f"{'; '.join(missing)}: {REQUIRE} is set, so these must be installed "
            "(pip install './python[postgres]' pytest-xdist)"
        )
    pytest.skip(
        f"{'; '.join(missing)} in this venv; python/scripts/test-postgres.sh runs these tests with "
        "psycopg and pytest-xdist, against a real server",
        allow_module_level=True,
    )


_server: Optional[pg_server.ThrowawayServer] = None


def server_dsn() -> str:
    """A superuser connection string: $GROUP_MATRIX_TEST_POSTGRES_DSN, or a throwaway server
    started once per test process."""
    global _server
    if os.environ.get(ENV_SERVER):
        return os.environ[ENV_SERVER]
    if _server is None:
        try:
            _server = pg_server.ThrowawayServer().start()
        except pg_server.ServerUnavailable as exc:
            pytest.fail(f"cannot start a PostgreSQL server for the tests: {exc}", pytrace=False)
        atexit.register(_server.stop)
    return _server.dsn


def user_databases(dsn: str) -> List[str]:
    import psycopg

    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT datname FROM pg_database ORDER BY datname").fetchall()
    return [r[0] for r in rows if r[0] not in SYSTEM_DATABASES]


def drop_all(dsn: str) -> None:
    """Drops every non-system database (tests leave a clean server to the next one)."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(dsn, autocommit=True) as conn:
        for name in user_databases(dsn):
            conn.execute(sql.SQL("ALTER DATABASE {} IS_TEMPLATE false").format(sql.Identifier(name)))
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def pytest_env(dsn: Optional[str], **extra: str) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GROUP_MATRIX_", "PYTEST_", "PG"))}
    if dsn is not None:
        env["GROUP_MATRIX_POSTGRES_DSN"] = dsn
    env.update(extra)
    return env


def start_pytest(cwd: str, args: List[str], env: Dict[str, str]) -> "subprocess.Popen[str]":
    """A real pytest process, as a CI job starts it."""
    return subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:randomly", *args],
        cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )


def run_pytest(cwd: str, args: List[str], env: Dict[str, str], timeout: float = 180) -> "subprocess.CompletedProcess[str]":
    proc = start_pytest(cwd, args, env)
    out, _ = proc.communicate(timeout=timeout)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, "")
