"""pytest plugin: a PostgreSQL database per job and per xdist worker, cloned from a template
that is built once.

Opt in from the rootdir's conftest.py (it needs psycopg 3: pip install 'pytest-group-matrix[postgres]'):

    pytest_plugins = ["pytest_group_matrix.postgres"]

and define the session fixture `group_matrix_postgres_template` returning a `Template`. Tests
then ask for `group_matrix_postgres`, a `Database` (name, conninfo, url, connect()). The admin
connection comes from env GROUP_MATRIX_POSTGRES_DSN, else ini group_matrix_postgres_dsn, else
libpq's defaults (PGHOST, PGPORT, PGUSER, PGPASSWORD); its role needs CREATEDB.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional

import pytest

from .info import GroupMatrixInfo
from .postgres_settings import ENV_DSN, INI_DSN, DsnSetting, PostgresSetupError
from .postgres_template import FIXTURE, Template, resolve

try:
    import psycopg
except ImportError as exc:
    psycopg = None  # type: ignore[assignment]
    MISSING = f"pytest_group_matrix.postgres needs psycopg 3 ({exc}): pip install 'pytest-group-matrix[postgres]'"
else:
    MISSING = ""
    from .postgres_admin import Database
    from .postgres_clones import RunReport, WorkerDatabase, finish_run

__all__ = ["Database", "PostgresSetupError", "Template"]

WORKERINPUT_RUN = "group_matrix_postgres_run"
WORKEROUTPUT_KEY = "group_matrix_postgres"


@dataclass
class RunState:
    """One pytest process's view of the run (a CI job): its token, and what its workers did."""

    setting: DsnSetting
    run: str
    #: Template name -> keep, for every template this run's workers cloned from.
    templates: Dict[str, bool] = field(default_factory=dict)
    #: One line per worker database, for the terminal summary.
    lines: List[str] = field(default_factory=list)
    crashed: List[str] = field(default_factory=list)
    report: Optional["RunReport"] = None
    error: str = ""


STATE_KEY = pytest.StashKey[RunState]()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini(
        INI_DSN,
        f"group-matrix postgres: admin connection string (role with CREATEDB); env {ENV_DSN} wins",
        default="",
    )


def _is_worker(config: pytest.Config) -> bool:
    return hasattr(config, "workerinput")


def _setting(config: pytest.Config) -> DsnSetting:
    env = os.environ.get(ENV_DSN, "").strip()
    if env:
        return DsnSetting(env, f"env {ENV_DSN}")
    ini = (config.getini(INI_DSN) or "").strip()
    if ini:
        return DsnSetting(ini, f"ini {INI_DSN} in {config.inipath}")
    return DsnSetting("", "libpq defaults")


def pytest_configure(config: pytest.Config) -> None:
    if MISSING:
        raise pytest.UsageError(MISSING)
    workerinput = getattr(config, "workerinput", None)
    # One token per run: the controller makes it and hands it to its workers.
    run = workerinput.get(WORKERINPUT_RUN) if workerinput is not None else None
    config.stash[STATE_KEY] = RunState(setting=_setting(config), run=run or uuid.uuid4().hex)


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node: Any) -> None:
    node.workerinput[WORKERINPUT_RUN] = node.config.stash[STATE_KEY].run


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: Any) -> None:
    state = node.config.stash.get(STATE_KEY, None)
    if state is None:
        return
    out = getattr(node, "workeroutput", {}).get(WORKEROUTPUT_KEY)
    if out:
        state.templates.update(out["templates"])
        state.lines.extend(out["lines"])
    if error is not None:
        state.crashed.append(str(getattr(getattr(node, "gateway", None), "id", node)))


@pytest.fixture(scope="session")
def group_matrix_postgres_template() -> Template:
    """Override in conftest.py: what the template database is built from."""
    pytest.fail(
        f"group-matrix postgres: define a session fixture {FIXTURE} in your conftest.py that returns "
        "pytest_group_matrix.postgres.Template(prefix=..., sql_file=... | command=... | build=...)",
        pytrace=False,
    )


@pytest.fixture(scope="session")
def group_matrix_postgres(
    request: pytest.FixtureRequest, group_matrix: GroupMatrixInfo, group_matrix_postgres_template: Any
) -> Iterator["Database"]:
    """This job's and worker's own database, cloned from the template; dropped at the end."""
    config = request.config
    state = config.stash[STATE_KEY]
    # pytest.fail outside the `except` blocks: the report shows the message alone, no chain.
    problem = ""
    try:
        template = resolve(group_matrix_postgres_template, config.rootpath)
    except PostgresSetupError as exc:
        problem = str(exc)
    if problem:
        pytest.fail(problem, pytrace=False)
    worker = WorkerDatabase(state.setting, state.run, group_matrix.worker)
    try:
        db = worker.open(template, group_matrix.database_name(template.spec.prefix))
    except PostgresSetupError as exc:
        problem = str(exc)
        try:
            worker.close()
        except (PostgresSetupError, psycopg.Error):
            pass  # the setup error is the one to show
    if problem:
        pytest.fail(problem, pytrace=False)
    how = "reused" if worker.build_seconds is None else f"built here in {worker.build_seconds:.2f} s"
    state.templates[template.name] = template.spec.keep
    state.lines.append(
        f"{group_matrix.worker}: database {db.name} cloned in {worker.clone_seconds:.2f} s "
        f"from template {template.name} ({how})"
    )
    if _is_worker(config):
        config.workeroutput[WORKEROUTPUT_KEY] = {"templates": state.templates, "lines": state.lines}  # type: ignore[attr-defined]
    yield db
    try:
        worker.close()
    except PostgresSetupError as exc:
        problem = str(exc)
    if problem:
        pytest.fail(problem, pytrace=False)


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    # trylast: after pytest's own sessionfinish has torn the session fixtures down.
    config = session.config
    state = config.stash.get(STATE_KEY, None)
    if state is None or _is_worker(config) or not (state.templates or state.crashed):
        return
    try:
        state.report = finish_run(state.setting, state.run, dict(state.templates))
    except (PostgresSetupError, psycopg.Error) as exc:
        state.error = f"group-matrix postgres: could not clean up at the end of the run: {exc}"
        if state.templates and session.exitstatus == pytest.ExitCode.OK:
            session.exitstatus = pytest.ExitCode.TESTS_FAILED


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    state = config.stash.get(STATE_KEY, None)
    if state is None or _is_worker(config) or not (state.lines or state.crashed or state.error):
        return
    tr = terminalreporter
    tr.write_sep("-", "group-matrix postgres")
    for line in sorted(state.lines):
        tr.write_line(line)
    report = state.report
    if report is not None:
        if report.leftovers:
            crashed = f" (crashed: {', '.join(state.crashed)})" if state.crashed else ""
            tr.write_line(f"dropped {len(report.leftovers)} database(s) left by workers{crashed}: {', '.join(report.leftovers)}", yellow=True)
        if report.templates_dropped:
            tr.write_line(f"dropped template(s): {', '.join(report.templates_dropped)}")
        if report.templates_kept:
            tr.write_line(f"kept template(s) (Template(keep=True), or another run still uses them): {', '.join(report.templates_kept)}")
    if state.error:
        tr.write_line(state.error, red=True)
