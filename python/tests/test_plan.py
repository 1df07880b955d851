"""`--group-plan PLAN --group ID`: exactly the plan's tests of one job, and loud differences."""

import pytest

SUITE = """
import pytest

@pytest.mark.group(1)
def test_read(): pass

@pytest.mark.group(1)
@pytest.mark.parametrize("x", [0, 1, 2])
def test_p(x): pass

@pytest.mark.group(2)
class TestW:
    def test_write(self): pass

def test_loose(): pass
"""


@pytest.fixture
def suite(pytester):
    pytester.mkpydir("tests")
    pytester.path.joinpath("tests", "test_db.py").write_text(SUITE)
    return pytester


def plan_for(write_plan, path, extra_job1=(), skipped=()):
    f = "tests/test_db.py"
    return write_plan(
        path,
        [
            ("tests_test_db_py_group_1", 1, [f + "::test_read", {"function": f + "::test_p", "params": {"x": 0}},
                                             {"function": f + "::test_p", "params": {"x": 2}}, *extra_job1]),
            ("tests_test_db_py_group_1_2", 1, [{"function": f + "::test_p", "params": {"x": 1}}]),
            ("tests_test_db_py_group_2", 2, [f + "::TestW::test_write"]),
            ("tests_test_db_py_ungrouped", None, [f + "::test_loose"]),
        ],
        skipped=skipped,
    )


def test_plan_selects_the_jobs_entries_with_params(suite, selected, write_plan):
    plan = plan_for(write_plan, suite.path / "plan.json")
    assert selected("--group-plan", plan, "--group", "tests_test_db_py_group_1") == [
        "tests/test_db.py::test_read",
        "tests/test_db.py::test_p[0]",
        "tests/test_db.py::test_p[2]",
    ]
    assert selected("--group-plan", plan, "--group", "tests_test_db_py_group_1_2") == ["tests/test_db.py::test_p[1]"]
    assert selected("--group-plan", plan, "--group", "tests_test_db_py_ungrouped") == ["tests/test_db.py::test_loose"]


def test_plan_from_env(suite, selected, write_plan, monkeypatch):
    plan = plan_for(write_plan, suite.path / "plan.json")
    monkeypatch.setenv("GROUP_MATRIX_PLAN", plan)
    monkeypatch.setenv("GROUP_MATRIX_ID", "tests_test_db_py_group_2")
    assert selected() == ["tests/test_db.py::TestW::test_write"]
    assert selected("--group", "tests_test_db_py_ungrouped") == ["tests/test_db.py::test_loose"]


def test_entry_without_params_stands_for_every_parametrization(suite, selected, write_plan):
    f = "tests/test_db.py"
    plan = write_plan(
        suite.path / "plan.json",
        [("all", None, [{"function": f + "::test_read", "group": 1}, {"function": f + "::test_p", "group": 1},
                        {"function": f + "::TestW::test_write", "group": 2}, f + "::test_loose"])],
    )
    result = suite.runpytest("--group-plan", plan, "--group", "all")
    result.assert_outcomes(passed=6)


def test_skipped_entries_are_deselected_without_complaint(suite, selected, write_plan):
    plan = plan_for(write_plan, suite.path / "plan.json")
    f = "tests/test_db.py"
    plan = write_plan(suite.path / "plan2.json", [("j", None, [{"function": f + "::test_read", "group": 1},
                                                                {"function": f + "::test_p", "group": 1},
                                                                {"function": f + "::TestW::test_write", "group": 2}])],
                      skipped=[{"function": f + "::test_loose"}])
    result = suite.runpytest("--group-plan", plan, "--group", "j")
    result.assert_outcomes(passed=5, deselected=1)


def test_test_added_after_the_plan_fails_in_mode_fail(suite, write_plan):
    plan = plan_for(write_plan, suite.path / "plan.json")
    suite.path.joinpath("tests", "test_new.py").write_text("def test_brand_new(): pass\n")
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_2", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "*the tests collected here differ from the plan *plan.json (job tests_test_db_py_group_2)*",
            "*not in the plan*(1):",
            "*tests/test_new.py::test_brand_new",
            "Why this happens: a test was added*",
            "What to do: re-run the collect job*--collect-groups*",
            "To run anyway, pass --group-plan-mismatch=run (the default; or set GROUP_MATRIX_MISMATCH=run): each test "
            "then runs in exactly one job, which names it.",
        ]
    )
    assert "passed" not in result.stdout.str()


def test_planned_but_not_collected(suite, write_plan):
    plan = plan_for(write_plan, suite.path / "plan.json", extra_job1=["tests/test_db.py::test_removed"])
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_1", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*planned but not collected*(1):", "*tests/test_db.py::test_removed"])
    # By default the job runs what it has and names the missing test (the report counts it as never ran).
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_1")
    result.assert_outcomes(passed=3, deselected=3, warnings=1)
    result.stdout.fnmatch_lines(["*plan mismatch (warning)*", "*planned but not collected*(1):", "*tests/test_db.py::test_removed"])


def test_only_this_jobs_planned_entries_must_be_collected(suite, write_plan):
    # The workflow passes only the job's files: other jobs' entries in other files are fine.
    suite.path.joinpath("tests", "test_other.py").write_text("def test_o(): pass\n")
    f = "tests/test_db.py"
    plan = write_plan(suite.path / "plan.json", [
        ("db", None, [{"function": f + "::test_read", "group": 1}, {"function": f + "::test_p", "group": 1},
                      {"function": f + "::TestW::test_write", "group": 2}, f + "::test_loose"]),
        ("other", None, ["tests/test_other.py::test_o"]),
    ])
    result = suite.runpytest("tests/test_db.py", "--group-plan", plan, "--group", "db")
    result.assert_outcomes(passed=6)
    result = suite.runpytest("tests/test_db.py", "--group-plan", plan, "--group", "other", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*planned but not collected*", "*tests/test_other.py::test_o"])


def test_marker_added_at_runtime_by_a_conftest_hook_fails_in_mode_fail(suite, write_plan):
    suite.makeconftest(
        """
        import pytest
        def pytest_collection_modifyitems(items):
            for item in items:
                if item.name == "test_read":
                    item.add_marker(pytest.mark.group(9), append=False)
        """
    )
    plan = plan_for(write_plan, suite.path / "plan.json")
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_1", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*group differs*", "*tests/test_db.py::test_read: group 9 at run time, group 1 in the plan", "*conftest hook*"]
    )


def test_a_planned_ungrouped_test_carrying_a_group_fails_in_mode_fail(suite, write_plan):
    # It ran on silently before: planned ungrouped, it carries a group at run time.
    suite.makeconftest(
        """
        import pytest
        def pytest_collection_modifyitems(items):
            for item in items:
                if item.name == "test_loose":
                    item.add_marker(pytest.mark.group(2))
        """
    )
    plan = plan_for(write_plan, suite.path / "plan.json")
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_ungrouped", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*group differs*", "*tests/test_db.py::test_loose: group 2 at run time, no group in the plan"])


@pytest.mark.parametrize("how", ["default", "option", "env", "option warn", "env warn"])
def test_run_mode_and_its_earlier_name_warn(suite, write_plan, monkeypatch, how):
    plan = plan_for(write_plan, suite.path / "plan.json", extra_job1=["tests/test_db.py::test_removed"])
    suite.path.joinpath("tests", "test_new.py").write_text("def test_brand_new(): pass\n")
    args = ["--group-plan", plan, "--group", "tests_test_db_py_group_1"]
    mode = how.split()[-1] if " " in how else "run"
    if how.startswith("option"):
        args.append(f"--group-plan-mismatch={mode}")
    elif how.startswith("env"):
        monkeypatch.setenv("GROUP_MATRIX_MISMATCH", mode)
    result = suite.runpytest(*args, "-v")
    assert result.ret == 0
    # test_new.py is in no job's files: the plan's first pytest job (this one) owns it.
    result.assert_outcomes(passed=4, deselected=3, warnings=1)
    result.stdout.fnmatch_lines(
        [
            "*tests/test_new.py::test_brand_new PASSED*",
            "*GroupMatrixMismatchWarning*",
            "*group-matrix: plan mismatch (warning)*",
            "*not in the plan, run in this job (1):",
            "*tests/test_new.py::test_brand_new: no group at run time, not in the plan",
            "*planned but not collected*(1):",
            "*tests/test_db.py::test_removed",
        ]
    )
    # Another job of the same plan deselects it, quietly.
    other = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_2")
    other.assert_outcomes(passed=1, deselected=6)
    assert "test_brand_new" not in other.stdout.str()


def test_command_line_mismatch_mode_wins_over_env(suite, write_plan, monkeypatch):
    plan = plan_for(write_plan, suite.path / "plan.json", extra_job1=["tests/test_db.py::test_removed"])
    monkeypatch.setenv("GROUP_MATRIX_MISMATCH", "warn")
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_1", "--group-plan-mismatch=fail")
    assert result.ret == pytest.ExitCode.USAGE_ERROR


def test_k_deselection_is_not_a_mismatch(suite, write_plan):
    plan = plan_for(write_plan, suite.path / "plan.json")
    result = suite.runpytest("--group-plan", plan, "--group", "tests_test_db_py_group_1", "-k", "not test_read")
    result.assert_outcomes(passed=2, deselected=4)


def test_node_ids_are_relative_to_the_invocation_directory(suite, write_plan):
    # The action ran in `tests/` (working-directory: tests): plan ids have no `tests/` prefix.
    f = "test_db.py"
    plan = write_plan(suite.path / "tests" / "plan.json", [
        ("one", 1, [f + "::test_read", f + "::test_p"]),
        ("rest", None, [f + "::TestW::test_write", f + "::test_loose"]),
    ])
    suite.makeini("[pytest]\n")  # rootdir stays at the top, so node ids keep `tests/`
    result = suite.runpytest("--rootdir", str(suite.path), "--group-plan", "plan.json", "--group", "one",
                             "-p", "no:cacheprovider", str(suite.path / "tests"), "--co", "-q")
    # run from the top: the plan's ids do not match
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    monkey_dir = suite.path / "tests"
    import os
    old = os.getcwd()
    os.chdir(monkey_dir)
    try:
        result = suite.runpytest("--rootdir", str(suite.path), "--group-plan", "plan.json", "--group", "one", "-v")
    finally:
        os.chdir(old)
    result.assert_outcomes(passed=4)


def test_split_plan_path_outside_the_directory_is_refused(suite, write_plan, tmp_path_factory):
    # pytest would take the separate path word for a test path while finding its config, and
    # move the rootdir to the plan's directory: the suite's ini settings would be dropped.
    elsewhere = tmp_path_factory.mktemp("artifacts") / "plan.json"
    plan = plan_for(write_plan, elsewhere)
    result = suite.runpytest_subprocess("--group-plan", str(plan), "--group", "tests_test_db_py_group_2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*pytest read this path as a test path*Write --group-plan={plan} (one word)*"])
    joined = suite.runpytest_subprocess(f"--group-plan={plan}", "--group", "tests_test_db_py_group_2")
    assert joined.ret == pytest.ExitCode.OK
    joined.assert_outcomes(passed=1)


STACKED = """
import pytest

@pytest.mark.parametrize("y", ["a", "b"])
@pytest.mark.parametrize("x", [1, 2])
def test_stack(x, y): pass
"""


def test_stacked_parametrize_matches_on_every_pytest_version(pytester, selected, write_plan):
    # pytest 8.0-8.3 number stacked parametrize per decorator, 7.4/8.4+/9 by position among all
    # combinations; the plan carries both and the plugin must select right on whichever runs here.
    pytester.makepyfile(test_stack=STACKED)
    f = "test_stack.py::test_stack"

    def entry(flat, x, y):
        return {"function": f, "params": {"x": flat, "y": flat}, "params_per_call": {"x": x, "y": y}}

    plan = write_plan(
        pytester.path / "plan.json",
        [
            ("odd", None, [entry(1, 0, 1), entry(2, 1, 0)]),
            ("even", None, [entry(0, 0, 0), entry(3, 1, 1)]),
        ],
    )
    assert selected(f"--group-plan={plan}", "--group", "odd") == ["test_stack.py::test_stack[1-b]", "test_stack.py::test_stack[2-a]"]
    assert selected(f"--group-plan={plan}", "--group", "even") == ["test_stack.py::test_stack[1-a]", "test_stack.py::test_stack[2-b]"]


@pytest.mark.parametrize(
    "version, per_call",
    [("7.4.4", False), ("8.0.0", True), ("8.3.5", True), ("8.4.0", False), ("9.2.0", False), ("10.0.0.dev1", False), ("x", False)],
)
def test_which_pytest_versions_number_stacked_parametrize_per_call(version, per_call):
    from pytest_group_matrix.plan import _per_call_indices

    assert _per_call_indices(version) is per_call
