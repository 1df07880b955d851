"""A throwaway PostgreSQL server for the Postgres tests and bench: initdb into a new temporary
directory, listen on 127.0.0.1 (password auth) and on a socket in that directory (trust), stop
and delete everything at the end. Uses Debian's postgresql package (apt-get install postgresql).

As root, the server runs as the `postgres` user (PostgreSQL refuses to run as root).
"""

from __future__ import annotations

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile
from typing import List, Optional


class ServerUnavailable(Exception):
    """A tool or user the throwaway server needs is missing; the message says how to get it."""


def find_bindir() -> str:
    """The directory of initdb/pg_ctl: $GROUP_MATRIX_PG_BINDIR, the newest Debian
    /usr/lib/postgresql/N/bin, or the one of `initdb` on PATH."""
    explicit = os.environ.get("GROUP_MATRIX_PG_BINDIR")
    if explicit:
        if not os.path.exists(os.path.join(explicit, "initdb")):
            raise ServerUnavailable(f"GROUP_MATRIX_PG_BINDIR={explicit}: no initdb there")
        return explicit
    debian = glob.glob("/usr/lib/postgresql/*/bin/initdb")
    if debian:
        newest = max(debian, key=lambda p: int(p.split("/")[-3]) if p.split("/")[-3].isdigit() else 0)
        return os.path.dirname(newest)
    on_path = shutil.which("initdb")
    if on_path:
        return os.path.dirname(on_path)
    raise ServerUnavailable(
        "initdb not found (looked in /usr/lib/postgresql/*/bin and on PATH): install the server, "
        "e.g. `apt-get install postgresql` on Debian, or set GROUP_MATRIX_PG_BINDIR"
    )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayServer:
    """`start()`, then `dsn` (superuser `postgres` over 127.0.0.1 with a password), `stop()`."""

    def __init__(self, fsync: bool = False) -> None:
        self.fsync = fsync
        self.bindir = find_bindir()
        self.dir: Optional[str] = None
        self.port = 0
        self.password = secrets.token_hex(12)
        self._as_user: List[str] = []

    @property
    def data(self) -> str:
        assert self.dir is not None
        return os.path.join(self.dir, "data")

    @property
    def dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres password={self.password} dbname=postgres"

    @property
    def socket_dsn(self) -> str:
        """Superuser over the Unix socket (trust auth, no password)."""
        return f"host={self.dir} port={self.port} user=postgres dbname=postgres"

    def _run(self, *args: str) -> None:
        result = subprocess.run(self._as_user + list(args), capture_output=True, text=True)
        if result.returncode != 0:
            raise ServerUnavailable(
                f"{' '.join(args)} exited {result.returncode}:\n{result.stdout}{result.stderr}{self._log_tail()}"
            )

    def _log_tail(self) -> str:
        log = os.path.join(self.dir or "", "server.log")
        if not os.path.exists(log):
            return ""
        with open(log, encoding="utf-8", errors="replace") as f:
            return "\nserver log:\n" + "".join(f.readlines()[-20:])

    def start(self) -> "ThrowawayServer":
        self.dir = tempfile.mkdtemp(prefix="gm-pg-")
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable(
                    "running as root, but there is no `postgres` user to run the server as "
                    "(Debian's postgresql package creates it: apt-get install postgresql)"
                ) from None
            os.chown(self.dir, user.pw_uid, user.pw_gid)
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            self._as_user = [runuser, "-u", "postgres", "--"]
        pwfile = os.path.join(self.dir, "pw")
        with open(pwfile, "w", encoding="utf-8") as f:
            f.write(self.password + "\n")
        if self._as_user:
            os.chown(pwfile, pwd.getpwnam("postgres").pw_uid, -1)
        self._run(
            os.path.join(self.bindir, "initdb"), "-D", self.data, "-U", "postgres", "--pwfile", pwfile,
            "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync",
        )
        os.unlink(pwfile)
        self.port = _free_port()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir} "
            f"-c max_connections=200 -c fsync={'on' if self.fsync else 'off'}"
        )
        self._run(
            os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-l", os.path.join(self.dir, "server.log"),
            "-o", options, "-w", "-t", "60", "start",
        )
        return self

    def stop(self) -> None:
        if self.dir is None:
            return
        if os.path.exists(os.path.join(self.data, "postmaster.pid")):
            subprocess.run(
                self._as_user + [os.path.join(self.bindir, "pg_ctl"), "-D", self.data, "-m", "immediate", "-w", "stop"],
                capture_output=True,
            )
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir = None
