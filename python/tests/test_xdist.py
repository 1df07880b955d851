"""Under pytest-xdist every worker makes the same selection; the controller reports."""

import re

import pytest

pytestmark = pytest.mark.usefixtures("xdist")

SUITE = """
import pytest
pytestmark = pytest.mark.group(2)

@pytest.mark.group(1)
def test_one(): pass

@pytest.mark.parametrize("x", range(6))
def test_two(x): pass

@pytest.mark.group(1)
@pytest.mark.parametrize("y", range(5))
def test_one_p(y): pass
"""


@pytest.fixture
def suite(pytester):
    pytester.makepyfile(test_x=SUITE, test_loose="def test_free(): pass\ndef test_free2(): pass\n")
    return pytester


def ran(result):
    return sorted(set(re.findall(r"PASSED (\S+::\S+)", result.stdout.str())))


def test_same_selection_with_two_workers(suite, selected):
    expected = sorted(selected("--group", "1"))
    result = suite.runpytest_subprocess("-n", "2", "-v", "--group", "1")
    assert result.ret == 0, result.stdout.str()
    assert ran(result) == expected
    assert re.search(r"\[gw0\] .*PASSED", result.stdout.str()) and re.search(r"\[gw1\] .*PASSED", result.stdout.str())
    # the summary comes from the controller
    result.stdout.fnmatch_lines(
        ["*group 1: 6 tests selected, 8 deselected*", "2 tests have no group and were not run in this job:", "  test_loose.py::test_free"]
    )


def test_plan_with_two_workers_and_mismatch(suite, write_plan):
    plan = write_plan(suite.path / "plan.json", [
        ("one", 1, ["test_x.py::test_one", "test_x.py::test_one_p"]),
        ("two", 2, ["test_x.py::test_two"]),
        ("loose", None, ["test_loose.py::test_free", "test_loose.py::test_free2"]),
    ])
    result = suite.runpytest_subprocess("-n", "2", "-v", "--group-plan", plan, "--group", "one")
    assert result.ret == 0, result.stdout.str()
    assert len(ran(result)) == 6
    suite.makepyfile(test_late="def test_added_later(): pass\n")
    result = suite.runpytest_subprocess("-n", "2", "--group-plan", plan, "--group", "one", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stdout.fnmatch_lines(["*group-matrix: error*", "*not in the plan*", "*test_late.py::test_added_later"])
    assert "PASSED" not in result.stdout.str() and "INTERNALERROR" not in result.stdout.str()
    # By default the plan's first pytest job owns a test of a file no job runs, and names it.
    result = suite.runpytest_subprocess("-n", "2", "-v", "--group-plan", plan, "--group", "one")
    assert result.ret == 0, result.stdout.str()
    assert "test_late.py::test_added_later" in ran(result)
    result.stdout.fnmatch_lines(["*GroupMatrixMismatchWarning*", "*plan mismatch (warning)*", "*test_late.py::test_added_later*"])


def test_unknown_group_with_two_workers(suite):
    result = suite.runpytest_subprocess("-n", "2", "--group", "nope")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stdout.fnmatch_lines(["*group-matrix: error*", "*no collected test has group 'nope'*"])
