"""The `group_matrix` fixture and the environment exported for subprocesses."""

import os

import pytest

from pytest_group_matrix import GroupMatrixInfo

TEST = """
import os, subprocess, sys, pytest

@pytest.mark.group(3)
def test_info(group_matrix):
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.environ.get('GROUP_MATRIX_ID'), os.environ.get('GROUP_MATRIX_INDEX'))"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    print("INFO", group_matrix.id, group_matrix.index, group_matrix.group, group_matrix.worker,
          group_matrix.database_name(), group_matrix.database_name("App"), "CHILD", child)
"""


@pytest.fixture
def suite(pytester):
    pytester.mkpydir("tests")
    pytester.path.joinpath("tests", "test_f.py").write_text(TEST)
    return pytester


def info_line(result):
    return next(line for line in result.outlines if "INFO " in line).split("INFO ", 1)[1]


def test_fixture_with_group(suite, monkeypatch):
    monkeypatch.setenv("GROUP_MATRIX_INDEX", "4")
    result = suite.runpytest("-s", "tests/test_f.py", "--group", "3")
    result.assert_outcomes(passed=1)
    assert info_line(result) == (
        "tests_test_f_py_group_3 4 3 master test_tests_test_f_py_group_3_master "
        "app_tests_test_f_py_group_3_master CHILD tests_test_f_py_group_3 4"
    )
    # the in-process run leaves the environment as it found it
    assert "GROUP_MATRIX_ID" not in os.environ


def test_fixture_with_plan(suite, write_plan):
    plan = write_plan(suite.path / "plan.json", [("first", None, []), ("tests_f_3", 3, ["tests/test_f.py::test_info"])])
    result = suite.runpytest("-s", "--group-plan", plan, "--group", "tests_f_3")
    result.assert_outcomes(passed=1)
    assert info_line(result) == "tests_f_3 1 3 master test_tests_f_3_master app_tests_f_3_master CHILD tests_f_3 1"


def test_fixture_without_group(suite):
    result = suite.runpytest("-s")
    result.assert_outcomes(passed=1)
    assert info_line(result) == "None None None master test_master app_master CHILD None None"


def test_fixture_under_xdist(suite, xdist):
    result = suite.runpytest_subprocess("-s", "-n", "2", "--group", "3")
    assert result.ret == 0, result.stdout.str()
    # xdist does not show workers' stdout with -s; check through a failing assertion instead
    suite.path.joinpath("tests", "test_f.py").write_text(
        "def test_w(group_matrix):\n    assert group_matrix.worker.startswith('gw')\n"
        "    assert group_matrix.database_name().endswith(group_matrix.worker)\n"
    )
    result = suite.runpytest_subprocess("-n", "2")
    assert result.ret == 0, result.stdout.str()


def test_database_name_is_postgres_safe():
    info = GroupMatrixInfo(id="Tests_" + "x" * 80, index=0, group="1", worker="gw12")
    name = info.database_name("My-Prefix")
    assert len(name) == 63
    assert name == name.lower() and name.replace("_", "").isalnum()
    other = GroupMatrixInfo(id="Tests_" + "x" * 80, index=0, group="1", worker="gw13").database_name("My-Prefix")
    assert other != name
    assert GroupMatrixInfo(id="a", index=None, group=None, worker="master").database_name("9x") == "t_9x_a_master"
