"""The Postgres helper against a real PostgreSQL server: real pytest processes (each a CI job),
with real pytest-xdist workers, cloning real databases."""

import json
import os
import re
import socket
import textwrap

import pytest

from pg_support import require_modules

require_modules("psycopg", "xdist")

import psycopg  # noqa: E402
from psycopg.conninfo import make_conninfo  # noqa: E402

from pg_support import drop_all, pytest_env, run_pytest, server_dsn, start_pytest, user_databases  # noqa: E402


@pytest.fixture
def dsn():
    dsn = server_dsn()
    drop_all(dsn)
    yield dsn
    drop_all(dsn)


def write(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())


def out(result):
    return f"exit {result.returncode}\n{result.stdout}"


# ------------------------------------------------------------------ two jobs, two workers each

TWO_JOBS_CONFTEST = """
    import json, os, time
    import pytest
    from pytest_group_matrix.postgres import Template

    pytest_plugins = ["pytest_group_matrix.postgres"]
    LOG = os.environ["SUITE_LOG"]
    WORKERS = 4  # 2 jobs x 2 xdist workers


    def build(db):
        with open(os.path.join(LOG, "builds.log"), "a") as f:
            f.write(f"{os.getpid()} {db.name}\\n")
        time.sleep(1.0)  # a slow migration: the other job's workers arrive while it runs
        with db.connect() as conn:
            conn.execute("CREATE TABLE marks (job text, worker text, test text)")


    @pytest.fixture(scope="session")
    def group_matrix_postgres_template():
        return Template(prefix="it", build=build)


    @pytest.fixture
    def db(group_matrix_postgres, group_matrix, request):
        me = [group_matrix.id, group_matrix.worker]
        with group_matrix_postgres.connect(autocommit=True) as conn:
            conn.execute("INSERT INTO marks VALUES (%s, %s, %s)", [*me, request.node.nodeid])
            with open(os.path.join(LOG, f"db-{group_matrix.id}-{group_matrix.worker}"), "w") as f:
                f.write(group_matrix_postgres.name)
            # Wait until every worker of both jobs has its database: the jobs run at the same time.
            deadline = time.monotonic() + 90
            while len([n for n in os.listdir(LOG) if n.startswith("db-")]) < WORKERS:
                assert time.monotonic() < deadline, "the other job's workers never arrived"
                time.sleep(0.05)
            time.sleep(0.2)
            seen = sorted(list(r) for r in conn.execute("SELECT DISTINCT job, worker FROM marks"))
            with open(os.path.join(LOG, "seen.log"), "a") as f:
                f.write(json.dumps({"me": me, "db": group_matrix_postgres.name,
                                    "current": conn.execute("SELECT current_database()").fetchone()[0],
                                    "seen": seen, "test": request.node.nodeid}) + "\\n")
            assert seen == [me], f"rows of another worker are visible: {seen}"
            yield conn
"""

ORDERS = """
    import pytest
    pytestmark = pytest.mark.group(1)

    @pytest.mark.parametrize("n", range(4))
    def test_order(db, n):
        db.execute("INSERT INTO marks VALUES ('x', 'x', 'never seen: rolled into this db only')")
        db.execute("DELETE FROM marks WHERE job = 'x'")

    def test_fails(db):
        assert False, "this test fails on purpose"
"""

USERS = """
    import os
    import pytest
    pytestmark = pytest.mark.group(2)

    @pytest.mark.parametrize("n", range(4))
    def test_user(db, n):
        pass

    def test_crashes_its_worker(db):
        os._exit(1)
"""


def test_two_jobs_of_one_plan_at_once_with_two_workers_each(tmp_path, dsn, write_plan):
    suite, log = tmp_path / "suite", tmp_path / "log"
    log.mkdir()
    write(suite, {"conftest.py": TWO_JOBS_CONFTEST, "tests/test_orders.py": ORDERS, "tests/test_users.py": USERS})
    plan = write_plan(suite / "plan.json", [
        ("orders", 1, ["tests/test_orders.py::test_order", "tests/test_orders.py::test_fails"]),
        ("users", 2, ["tests/test_users.py::test_user", "tests/test_users.py::test_crashes_its_worker"]),
    ])
    env = pytest_env(dsn, SUITE_LOG=str(log))
    jobs = {
        job: start_pytest(str(suite), ["-n", "2", f"--group-plan={plan}", "--group", job, "-rfE"], env)
        for job in ("orders", "users")
    }
    results = {job: proc.communicate(timeout=240)[0] for job, proc in jobs.items()}
    orders, users = results["orders"], results["users"]

    # The failing test and the crashed worker fail their jobs, and nothing else does.
    assert jobs["orders"].returncode == 1, orders
    assert re.search(r"1 failed, 4 passed", orders), orders
    assert jobs["users"].returncode == 1, users
    assert "worker 'gw" in users and "crashed while running 'tests/test_users.py::test_crashes_its_worker'" in users, users
    assert re.search(r"1 failed, 4 passed", users), users
    for text in (orders, users):
        assert "ERROR" not in text and "never arrived" not in text, text

    # The template was built once, for both jobs.
    builds = (log / "builds.log").read_text().splitlines()
    assert len(builds) == 1, builds

    # Every worker of each job had its own database, and saw only its own rows.
    seen = [json.loads(line) for line in (log / "seen.log").read_text().splitlines()]
    assert len(seen) == 10
    db_of = {}
    for s in seen:
        assert s["seen"] == [s["me"]], s
        assert s["current"] == s["db"], s
        db_of.setdefault(tuple(s["me"]), set()).add(s["db"])
    assert all(len(names) == 1 for names in db_of.values()), db_of
    names = [next(iter(v)) for v in db_of.values()]
    assert len(set(names)) == len(names) >= 4, db_of
    assert {job for job, _ in db_of} == {"orders", "users"}
    for (job, worker), (name,) in db_of.items():
        assert name == f"it_{job}_{worker}"

    # Everything is dropped: the crashed worker's database by its job's end, the template by
    # the last job to end.
    assert user_databases(dsn) == []
    assert re.search(r"dropped 1 database\(s\) left by workers \(crashed: gw\d\): it_users_gw\d", users), users
    dropped = [t for t in (orders, users) if re.search(r"dropped template\(s\): it_template_[0-9a-f]{8}", t)]
    assert len(dropped) == 1, orders + users


# ------------------------------------------------------------------ a template in use

SIMPLE_CONFTEST = """
    import pytest
    from pytest_group_matrix.postgres import Template

    pytest_plugins = ["pytest_group_matrix.postgres"]

    @pytest.fixture(scope="session")
    def group_matrix_postgres_template():
        return Template(prefix="ko", sql_file="schema.sql", keep=True)
"""
SIMPLE_TEST = """
    def test_rows(group_matrix_postgres):
        with group_matrix_postgres.connect() as conn:
            assert conn.execute("SELECT count(*) FROM items").fetchone()[0] == 0
"""


def test_template_with_an_open_connection_is_named_in_the_error(tmp_path, dsn):
    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST, "test_a.py": SIMPLE_TEST, "schema.sql": "CREATE TABLE items (id int);\n"})
    first = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert first.returncode == 0, out(first)
    template = re.search(r"kept template\(s\) .*: (ko_template_[0-9a-f]{8})", first.stdout).group(1)
    assert user_databases(dsn) == [template]

    with psycopg.connect(make_conninfo(dsn, dbname=template, application_name="holder")) as holder:
        pid = holder.info.backend_pid
        second = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert second.returncode == 1, out(second)
    assert (
        f"cannot clone template database '{template}' into 'ko_master': it has 1 other connection(s): "
        f"pid {pid} (user postgres, application 'holder', from 127.0.0.1:"
    ) in second.stdout, out(second)
    assert "disconnect the other clients (psql, an IDE, an app) from" in second.stdout
    assert "Template(prefix=...)" in second.stdout
    assert "Traceback" not in second.stdout
    assert user_databases(dsn) == [template]

    third = run_pytest(str(tmp_path), ["-q", "-rA"], pytest_env(dsn))
    assert third.returncode == 0, out(third)
    assert "master: database ko_master cloned in" in third.stdout and "(reused)" in third.stdout


LEAKY_CONFTEST = """
    import pytest
    from pytest_group_matrix.postgres import Template

    pytest_plugins = ["pytest_group_matrix.postgres"]
    LEAKED = []

    def leaky_build(db):
        conn = db.connect(autocommit=True)
        conn.execute("CREATE TABLE items (id int)")
        LEAKED.append(conn)  # never closed

    @pytest.fixture(scope="session")
    def group_matrix_postgres_template():
        return Template(prefix="leak", build=leaky_build)
"""


def test_build_that_leaves_a_connection_open_is_a_clear_error(tmp_path, dsn):
    write(tmp_path, {"conftest.py": LEAKY_CONFTEST, "test_a.py": SIMPLE_TEST})
    result = run_pytest(str(tmp_path), ["-q", "-n", "2"], pytest_env(dsn))
    assert result.returncode == 1, out(result)
    assert re.search(
        r"the build of template database 'leak_template_[0-9a-f]{8}' \(Template\(build=conftest.leaky_build\)\) "
        r"ended with 1 connection\(s\) to it still open: pid \d+ \(user postgres", result.stdout,
    ), out(result)
    assert "close them in conftest.leaky_build (`with db.connect() as conn:` closes on exit)" in result.stdout
    assert "Traceback" not in result.stdout
    assert user_databases(dsn) == []


# ------------------------------------------------------------------ unreachable server, missing rights


def _closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_names_the_setting(tmp_path, dsn):
    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST, "test_a.py": SIMPLE_TEST, "schema.sql": "CREATE TABLE items (id int);\n"})
    port = _closed_port()
    bad = f"host=127.0.0.1 port={port} user=postgres dbname=postgres"

    by_env = run_pytest(str(tmp_path), ["-q"], pytest_env(bad))
    assert by_env.returncode == 1, out(by_env)
    assert (
        f"group-matrix postgres: cannot reach the PostgreSQL server (host=127.0.0.1 port={port} user=postgres "
        f"dbname=postgres, from env GROUP_MATRIX_POSTGRES_DSN): connection to server at \"127.0.0.1\", port {port} "
        "failed: Connection refused."
    ) in by_env.stdout, out(by_env)
    assert "Start the server, or set env GROUP_MATRIX_POSTGRES_DSN to a connection string" in by_env.stdout
    assert "Traceback" not in by_env.stdout and "During handling" not in by_env.stdout

    (tmp_path / "pytest.ini").write_text(f"[pytest]\ngroup_matrix_postgres_dsn = {bad}\n")
    by_ini = run_pytest(str(tmp_path), ["-q"], pytest_env(None))
    assert by_ini.returncode == 1, out(by_ini)
    assert f"or set ini group_matrix_postgres_dsn in {tmp_path / 'pytest.ini'} to a connection string" in by_ini.stdout, out(by_ini)

    (tmp_path / "pytest.ini").unlink()
    by_default = run_pytest(str(tmp_path), ["-q"], pytest_env(None, PGHOST="127.0.0.1", PGPORT=str(port)))
    assert by_default.returncode == 1, out(by_default)
    assert (
        f"(host=127.0.0.1 port={port}, from libpq defaults)" in by_default.stdout
        and "set GROUP_MATRIX_POSTGRES_DSN (unset, as is ini group_matrix_postgres_dsn, so libpq's defaults and "
        "PGHOST, PGPORT, PGUSER, PGPASSWORD apply)" in by_default.stdout
    ), out(by_default)


@pytest.fixture
def weak_role(dsn):
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS weak")
        conn.execute("CREATE ROLE weak LOGIN PASSWORD 'weakpw'")  # no CREATEDB
    yield make_conninfo(dsn, user="weak", password="weakpw")
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("DROP ROLE IF EXISTS weak")


def test_missing_rights_name_the_grant_and_the_setting(tmp_path, weak_role, dsn):
    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST, "test_a.py": SIMPLE_TEST, "schema.sql": "CREATE TABLE items (id int);\n"})
    result = run_pytest(str(tmp_path), ["-q", "-n", "2"], pytest_env(weak_role))
    assert result.returncode == 1, out(result)
    assert (
        "group-matrix postgres: role 'weak' may not create databases (permission denied to create database) on "
        "the server of env GROUP_MATRIX_POSTGRES_DSN. Grant it (ALTER ROLE \"weak\" CREATEDB), or set env "
        "GROUP_MATRIX_POSTGRES_DSN to a connection string"
    ) in result.stdout, out(result)
    assert "with a role that has CREATEDB" in result.stdout
    assert "Traceback" not in result.stdout

    wrong_password = run_pytest(str(tmp_path), ["-q"], pytest_env(make_conninfo(weak_role, password="nope")))
    assert wrong_password.returncode == 1
    assert "refused the login: connection to server at" in wrong_password.stdout, out(wrong_password)
    assert 'password authentication failed for user "weak". Fix the user or password: set env GROUP_MATRIX_POSTGRES_DSN' in wrong_password.stdout

    # With CREATEDB the same role works, and drops what it made.
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("ALTER ROLE weak CREATEDB")
    granted = run_pytest(str(tmp_path), ["-q", "-n", "2", "-p", "no:randomly"], pytest_env(weak_role))
    assert granted.returncode == 0, out(granted)
    drop_all(dsn)  # the kept template belongs to weak; drop it before the role


# ------------------------------------------------------------------ templates: sources, reuse, leftovers

COMMAND_CONFTEST = """
    import sys
    import pytest
    from pytest_group_matrix.postgres import Template

    pytest_plugins = ["pytest_group_matrix.postgres"]

    @pytest.fixture(scope="session")
    def group_matrix_postgres_template():
        return Template(prefix="cmd", command=[sys.executable, "migrate.py"], inputs=["migrations"])
"""
MIGRATE = """
    import os, pathlib, sys
    import psycopg
    # The helper hands the template to the command as libpq variables and DATABASE_URL.
    assert os.environ["PGDATABASE"].startswith("cmd_template_")
    if os.environ.get("MIGRATE_FAIL"):
        print("migration 2 failed: column exists")
        sys.exit(3)
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        for path in sorted(pathlib.Path("migrations").glob("*.sql")):
            conn.execute(path.read_text())
"""
COMMAND_TEST = """
    def test_tables(group_matrix_postgres):
        with group_matrix_postgres.connect() as conn:
            names = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")]
        print("TABLES", names)
        assert names
"""


def test_command_template_with_inputs_and_its_failure(tmp_path, dsn):
    write(tmp_path, {
        "conftest.py": COMMAND_CONFTEST, "migrate.py": MIGRATE, "test_a.py": COMMAND_TEST,
        "migrations/001.sql": "CREATE TABLE a (id int);", "migrations/002.sql": "CREATE TABLE b (id int);",
    })
    ok = run_pytest(str(tmp_path), ["-q", "-s"], pytest_env(dsn))
    assert ok.returncode == 0, out(ok)
    assert "TABLES ['a', 'b']" in ok.stdout
    first_template = re.search(r"from template (cmd_template_[0-9a-f]{8})", ok.stdout).group(1)
    assert user_databases(dsn) == []

    # A changed migration is another template (its content is in the name).
    (tmp_path / "migrations/003.sql").write_text("CREATE TABLE c (id int);")
    again = run_pytest(str(tmp_path), ["-q", "-s"], pytest_env(dsn))
    assert "TABLES ['a', 'b', 'c']" in again.stdout, out(again)
    assert first_template not in again.stdout

    failed = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn, MIGRATE_FAIL="1"))
    assert failed.returncode == 1, out(failed)
    assert re.search(
        r"building template database 'cmd_template_[0-9a-f]{8}' with Template\(command=\[.*'migrate.py'\]\) failed: "
        r"exit code 3; its last output:\n  migration 2 failed: column exists", failed.stdout,
    ), out(failed)
    assert user_databases(dsn) == []


def test_sql_file_error_and_template_fixture_mistakes(tmp_path, dsn):
    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST.replace("keep=True", "keep=False"), "test_a.py": SIMPLE_TEST,
                     "schema.sql": "CREATE TABLE items (id int);\nCREATE TABLE items (id int);\n"})
    bad_sql = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert bad_sql.returncode == 1
    assert re.search(
        r"building template database 'ko_template_[0-9a-f]{8}' with Template\(sql_file='schema.sql'\) failed: "
        r"42P07 relation \"items\" already exists", bad_sql.stdout,
    ), out(bad_sql)
    assert user_databases(dsn) == []

    (tmp_path / "conftest.py").write_text('pytest_plugins = ["pytest_group_matrix.postgres"]\n')
    missing = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert missing.returncode == 1
    assert "group-matrix postgres: define a session fixture group_matrix_postgres_template in your conftest.py" in missing.stdout

    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST.replace('sql_file="schema.sql", ', 'sql_file="schema.sql", build=print, ')})
    two = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert "Template needs exactly one of sql_file, command, build; got sql_file, build" in two.stdout, out(two)

    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST.replace("schema.sql", "nope.sql")})
    nofile = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert (
        f"group_matrix_postgres_template: Template(sql_file='nope.sql') cannot be read: {tmp_path / 'nope.sql'} "
        "(No such file or directory); relative paths are taken from pytest's rootdir"
    ) in nofile.stdout, out(nofile)
    assert "Traceback" not in two.stdout + nofile.stdout + missing.stdout


def test_kept_template_is_reused_and_a_dead_runs_leftover_rebuilt(tmp_path, dsn):
    conftest = """
        import os
        import pytest
        from pytest_group_matrix.postgres import Template

        pytest_plugins = ["pytest_group_matrix.postgres"]

        def build(db):
            with open("builds.log", "a") as f:
                f.write(db.name + "\\n")
            with db.connect() as conn:
                conn.execute("CREATE TABLE items (id int)")

        @pytest.fixture(scope="session")
        def group_matrix_postgres_template():
            return Template(prefix="re", build=build, keep=bool(os.environ.get("KEEP")))
    """
    write(tmp_path, {"conftest.py": conftest, "test_a.py": SIMPLE_TEST})
    for _ in range(2):
        kept = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn, KEEP="1"))
        assert kept.returncode == 0, out(kept)
    template = (tmp_path / "builds.log").read_text().split()
    assert len(template) == 1, "a kept template is reused by the next run"
    assert user_databases(dsn) == template

    # What a run killed mid-way leaves: a complete template built by a run that is gone, with
    # the wrong content. Not kept, nobody uses it: it is rebuilt, never trusted.
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'ALTER DATABASE "{template[0]}" IS_TEMPLATE false')
        conn.execute(f'DROP DATABASE "{template[0]}"')
        conn.execute(f'CREATE DATABASE "{template[0]}" IS_TEMPLATE true')
        conn.execute(f"COMMENT ON DATABASE \"{template[0]}\" IS 'group-matrix template run=0123dead fingerprint=x'")
    rebuilt = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert rebuilt.returncode == 0, out(rebuilt)
    assert len((tmp_path / "builds.log").read_text().split()) == 2
    assert user_databases(dsn) == []


def test_databases_not_made_by_the_helper_are_left_alone(tmp_path, dsn):
    write(tmp_path, {"conftest.py": SIMPLE_CONFTEST, "test_a.py": SIMPLE_TEST, "schema.sql": "CREATE TABLE items (id int);\n"})
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute("CREATE DATABASE ko_master")
    result = run_pytest(str(tmp_path), ["-q"], pytest_env(dsn))
    assert result.returncode == 1
    assert (
        "database 'ko_master' already exists on the server of env GROUP_MATRIX_POSTGRES_DSN and was not made by "
        "group-matrix (its comment does not start with 'group-matrix'), so it is left alone"
    ) in result.stdout, out(result)
    assert "ko_master" in user_databases(dsn)


def test_missing_psycopg_says_what_to_install(tmp_path, dsn):
    # A stand-in psycopg that fails to import, as in an environment without it (this venv has it).
    write(tmp_path, {
        "hide/psycopg.py": "raise ImportError(\"No module named 'psycopg'\")\n",
        "conftest.py": 'pytest_plugins = ["pytest_group_matrix.postgres"]\n', "test_a.py": "def test_x(): pass\n",
    })
    env = pytest_env(dsn, PYTHONPATH=os.pathsep.join(filter(None, [str(tmp_path / "hide"), os.environ.get("PYTHONPATH")])))
    result = run_pytest(str(tmp_path), ["-q"], env)
    assert result.returncode == pytest.ExitCode.USAGE_ERROR, out(result)
    assert (
        "ERROR: pytest_group_matrix.postgres needs psycopg 3 (No module named 'psycopg'): "
        "pip install 'pytest-group-matrix[postgres]'"
    ) in result.stdout, out(result)
    assert "Traceback" not in result.stdout


# ------------------------------------------------------------------ the admin functions


def test_drop_with_clients_connected_with_and_without_force(dsn):
    from pytest_group_matrix import postgres_admin as admin

    setting = admin.DsnSetting(dsn, "test")
    with admin.connect_admin(setting) as conn:
        for force in (True, False):  # False: the path for servers before 13, also valid on 13+
            admin.create_database(conn, setting, "victim")
            client = psycopg.connect(make_conninfo(dsn, dbname="victim"))
            assert admin.drop_database(conn, setting, "victim", force=force) is True
            assert admin.database_state(conn, "victim") is None
            with pytest.raises(psycopg.OperationalError):
                client.execute("SELECT 1")
        assert admin.drop_database(conn, setting, "victim") is False


def test_database_url_and_conninfo_reach_the_database(dsn):
    from pytest_group_matrix.postgres_admin import Database

    db = Database("postgres", dsn)
    assert re.match(r"^postgresql://postgres:[0-9a-f]+@127\.0\.0\.1:\d+/postgres$", db.url), db.url
    with psycopg.connect(db.url) as conn:
        assert conn.execute("SELECT current_database()").fetchone()[0] == "postgres"
    # A socket directory (and odd characters in a password) go in the query, quoted.
    sock = Database("my db", "host=/var/run/postgresql port=5432 user=me password='p@ss w/rd'")
    assert sock.url == "postgresql://me:p%40ss%20w%2Frd@/my%20db?host=%2Fvar%2Frun%2Fpostgresql&port=5432"
    parsed = psycopg.conninfo.conninfo_to_dict(sock.url)
    assert parsed == {"user": "me", "password": "p@ss w/rd", "dbname": "my db", "host": "/var/run/postgresql", "port": "5432"}
