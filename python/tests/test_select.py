"""`--group ID` alone: selection by the resolved group marker."""

import pytest

SUITE_A = """
import pytest
pytestmark = pytest.mark.group(2)

@pytest.mark.group(1)
def test_one(): pass

def test_module_level(): pass

@pytest.mark.parametrize("x", [1, pytest.param(2, marks=pytest.mark.group("db")), 3])
def test_p(x): pass

@pytest.mark.group(3)
class TestC:
    def test_class_level(self): pass

    @pytest.mark.group(1)
    def test_function_wins(self): pass

    @pytest.mark.parametrize("y", [pytest.param(0, marks=pytest.mark.group(4)), 1])
    def test_param_wins(self, y): pass
"""

SUITE_B = """
import pytest

def test_free(): pass

def test_free_too(): pass

@pytest.mark.group(1)
def test_b1(): pass

@pytest.mark.group(group=2)
def test_b_kwarg(): pass
"""


@pytest.fixture
def suite(pytester):
    pytester.mkpydir("tests")
    pytester.path.joinpath("tests", "test_a.py").write_text(SUITE_A)
    pytester.path.joinpath("tests", "test_b.py").write_text(SUITE_B)
    return pytester


def test_file_scope_selection_in_one_file(suite, selected):
    assert selected("tests/test_a.py", "--group", "2") == [
        "tests/test_a.py::test_module_level",
        "tests/test_a.py::test_p[1]",
        "tests/test_a.py::test_p[3]",
    ]


def test_global_scope_selection_spans_files(suite, selected):
    assert selected("--group", "1") == [
        "tests/test_a.py::test_one",
        "tests/test_a.py::TestC::test_function_wins",
        "tests/test_b.py::test_b1",
    ]
    assert selected("--group", "2", "--group-scope", "global") == [
        "tests/test_a.py::test_module_level",
        "tests/test_a.py::test_p[1]",
        "tests/test_a.py::test_p[3]",
        "tests/test_b.py::test_b_kwarg",
    ]


def test_closest_marker_wins(suite, selected):
    # function over class over module; a pytest.param mark on the parametrization itself
    assert selected("--group", "3") == [
        "tests/test_a.py::TestC::test_class_level",
        "tests/test_a.py::TestC::test_param_wins[1]",
    ]
    assert selected("--group", "4") == ["tests/test_a.py::TestC::test_param_wins[0]"]
    assert selected("--group", "db") == ["tests/test_a.py::test_p[2]"]


def test_group_matches_as_string_and_keyword(pytester, selected):
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.group("1")
        def test_str(): pass
        @pytest.mark.group(1)
        def test_int(): pass
        @pytest.mark.group(group=1)
        def test_kw(): pass
        def test_none(): pass
        """
    )
    assert [i.split("::")[1] for i in selected("--group", "1")] == ["test_str", "test_int", "test_kw"]


def test_ungrouped_tests_are_reported_not_run(suite):
    result = suite.runpytest("--group", "1")
    assert result.ret == 0
    result.assert_outcomes(passed=3, deselected=10)
    result.stdout.fnmatch_lines(
        [
            "*group 1: 3 tests selected, 10 deselected*",
            "2 tests have no group and were not run in this job:",
            "  tests/test_b.py::test_free",
            "  tests/test_b.py::test_free_too",
        ]
    )


def test_deselected_count_in_pytest_summary(suite):
    result = suite.runpytest("tests/test_b.py", "--group", "1")
    result.stdout.fnmatch_lines(["*collected 4 items / 3 deselected / 1 selected*", "*1 passed, 3 deselected*"])


def test_ungrouped_job_and_job_id(suite, selected):
    assert selected("--group", "ungrouped") == ["tests/test_b.py::test_free", "tests/test_b.py::test_free_too"]
    # the ids --collect-groups prints select the same tests, also when the whole suite is collected
    assert selected("--group", "tests_test_b_py_ungrouped") == [
        "tests/test_b.py::test_free",
        "tests/test_b.py::test_free_too",
    ]
    assert selected("--group", "tests_test_a_py_group_1") == ["tests/test_a.py::test_one", "tests/test_a.py::TestC::test_function_wins"]


def test_without_group_nothing_is_deselected(suite):
    result = suite.runpytest()
    result.assert_outcomes(passed=13)
    assert "group-matrix:" not in result.stdout.str()
    assert "-- group-matrix --" not in result.stdout.str()


def test_env_fallback_and_command_line_wins(suite, selected, monkeypatch):
    monkeypatch.setenv("GROUP_MATRIX_ID", "4")
    assert selected() == ["tests/test_a.py::TestC::test_param_wins[0]"]
    assert selected("--group", "db") == ["tests/test_a.py::test_p[2]"]


def test_marker_name_from_option_and_ini(pytester, selected):
    pytester.makepyfile(
        """
        import pytest
        @pytest.mark.shard(1)
        def test_a(): pass
        @pytest.mark.group(1)
        def test_b(): pass
        """
    )
    assert selected("--group-marker", "shard", "--group", "1") == ["test_marker_name_from_option_and_ini.py::test_a"]
    pytester.makeini("[pytest]\ngroup_marker = shard\n")
    assert selected("--group", "1") == ["test_marker_name_from_option_and_ini.py::test_a"]


def test_pattern_marker(pytester, selected):
    pytester.makepyfile(
        """
        import pytest
        pytestmark = pytest.mark.group_slow
        @pytest.mark.group_db
        def test_db(): pass
        def test_slow(): pass
        @pytest.mark.other
        @pytest.mark.group_api
        def test_api(): pass
        """
    )
    assert [i.split("::")[1] for i in selected("--group-marker", "group_*", "--group", "db")] == ["test_db"]
    assert [i.split("::")[1] for i in selected("--group-marker", "group_*", "--group", "slow")] == ["test_slow"]
    assert [i.split("::")[1] for i in selected("--group-marker", "group_*", "--group", "api")] == ["test_api"]


def test_strict_markers_name_mode(suite):
    result = suite.runpytest("--strict-markers", "--group", "1")
    assert result.ret == 0
    result = suite.runpytest("--strict-markers")
    result.assert_outcomes(passed=13)
    result = suite.runpytest("--markers")
    result.stdout.fnmatch_lines(["@pytest.mark.group(id): group-matrix group*"])


def test_strict_markers_pattern_mode_needs_registration(pytester, write_plan):
    # A pattern cannot be registered: unknown `group_*` names fail under --strict-markers unless
    # the user lists them in `markers`, or a plan names them.
    pytester.makepyfile(
        test_p="""
        import pytest
        @pytest.mark.group_db
        def test_db(): pass
        """
    )
    result = pytester.runpytest("--strict-markers", "--group-marker", "group_*", "--group", "db")
    assert result.ret != 0
    result.stdout.fnmatch_lines(["*'group_db' not found in `markers` configuration option*"])
    plan = write_plan(pytester.path / "plan.json", [("group_db", "db", ["test_p.py::test_db"])], marker="group_*")
    result = pytester.runpytest("--strict-markers", "--group-plan", plan, "--group", "group_db")
    result.assert_outcomes(passed=1)
    pytester.makeini("[pytest]\nmarkers =\n    group_db: db tests\n")
    result = pytester.runpytest("--strict-markers", "--group-marker", "group_*", "--group", "db")
    result.assert_outcomes(passed=1)


def test_k_before_group_is_not_an_unknown_group(suite):
    result = suite.runpytest("--group", "db", "-k", "not test_p")
    assert result.ret == 5, result.stdout.str()


def test_group_id_keyword(pytester, selected):
    # The marker's documented signature is `group(id)`: `group(id=2)` is group 2, as is `group(group=2)`.
    pytester.makepyfile(
        test_kw="""
import pytest

@pytest.mark.group(id=2)
def test_id(): pass

@pytest.mark.group(group=2)
def test_group(): pass

@pytest.mark.group(3)
def test_other(): pass
"""
    )
    assert selected("--group", "2") == ["test_kw.py::test_id", "test_kw.py::test_group"]
