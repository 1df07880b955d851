"""Bad options: `pytest.UsageError`, exit code 4, a message that says what to do."""

import json

import pytest

USAGE = pytest.ExitCode.USAGE_ERROR


@pytest.fixture
def suite(pytester):
    pytester.makepyfile(test_s="""
        import pytest
        @pytest.mark.group(1)
        def test_a(): pass
        @pytest.mark.group("db")
        def test_b(): pass
        def test_c(): pass
        """)
    return pytester


def usage_error(pytester, *args, lines):
    result = pytester.runpytest(*args)
    assert result.ret == USAGE, result.stdout.str() + result.stderr.str()
    result.stderr.fnmatch_lines(lines)
    return result


def test_unknown_group_lists_the_groups(suite):
    usage_error(suite, "--group", "7", lines=["ERROR: --group '7': no collected test has group '7'*Groups found: 1, db, ungrouped;*"])


def test_unknown_group_lists_at_most_20(pytester):
    body = "import pytest\n" + "".join(f"@pytest.mark.group({i})\ndef test_{i}(): pass\n" for i in range(25))
    pytester.makepyfile(test_many=body)
    result = usage_error(pytester, "--group", "99", lines=["*Groups found: 0, 1, 2, *, 19, ... (5 more)*"])
    assert ", 20," not in result.stderr.str()


def test_unknown_group_from_env_names_the_variable(suite, monkeypatch):
    monkeypatch.setenv("GROUP_MATRIX_ID", "nope")
    usage_error(suite, lines=["ERROR: GROUP_MATRIX_ID 'nope': no collected test*"])


def test_unknown_job_in_plan(suite, write_plan):
    plan = write_plan(suite.path / "plan.json", [("j1", 1, ["test_s.py::test_a"]), ("j2", None, ["test_s.py::test_c"])])
    usage_error(suite, "--group-plan", plan, "--group", "j3", lines=["*'j3' is not a job id of group plan *plan.json; its jobs are: j1, j2"])


def test_missing_plan(suite):
    usage_error(suite, "--group-plan", "nowhere.json", "--group", "j", lines=["ERROR: --group-plan: cannot read group plan nowhere.json: No such file*"])


def test_malformed_plan(suite):
    suite.path.joinpath("bad.json").write_text("{not json")
    usage_error(suite, "--group-plan", "bad.json", "--group", "j", lines=["ERROR: --group-plan: group plan bad.json is not valid JSON:*"])


@pytest.mark.parametrize(
    "data, problem",
    [
        ([], "the top level: expected a JSON object, found []; re-run the collect step*"),
        ({"version": 2}, "version: this plugin reads version 1, found 2; use the same group-matrix release*"),
        ({"version": 1, "marker": "group", "scope": "file", "jobs": {}}, "jobs: expected a list, found {}; *"),
        ({"version": 1, "marker": "group", "scope": "file", "jobs": [{"id": "j", "tests": [{"function": 3}]}]},
         "jobs[[]0[]].tests[[]0[]].function: expected a non-empty string, found 3; *"),
        ({"version": 1, "marker": "group", "scope": "sideways", "jobs": []},
         'scope: expected "file" or "global", found "sideways"; *'),
        ({"version": 1, "marker": "group", "scope": "file"}, "jobs: expected a list, found nothing (the field is missing); *"),
    ],
)
def test_plan_with_wrong_shape(suite, data, problem):
    suite.path.joinpath("p.json").write_text(json.dumps(data))
    usage_error(suite, "--group-plan", "p.json", "--group", "j", lines=[f"ERROR: --group-plan: group plan p.json: {problem}"])


def test_plan_from_another_marker(suite, write_plan):
    plan = write_plan(suite.path / "plan.json", [("j", "db", ["test_s.py::test_b"])], marker="group_*")
    usage_error(suite, "--group-plan", plan, "--group", "j", "--group-marker", "group",
                lines=["*was made for marker 'group_*', but this run uses --group-marker/group_marker 'group'*"])


def test_plan_from_another_scope(suite, write_plan):
    plan = write_plan(suite.path / "plan.json", [("j", "db", ["test_s.py::test_b"])], scope="global")
    usage_error(suite, "--group-plan", plan, "--group", "j", "--group-scope", "file",
                lines=["*was made with scope 'global', but this run uses --group-scope/group_scope 'file'*"])


def test_plan_without_group(suite, write_plan):
    plan = write_plan(suite.path / "plan.json", [("j", 1, ["test_s.py::test_a"])])
    usage_error(suite, "--group-plan", plan, lines=["ERROR: --group-plan *plan.json needs --group ID (or env GROUP_MATRIX_ID)*"])


def test_plan_env_without_group(suite, write_plan, monkeypatch):
    monkeypatch.setenv("GROUP_MATRIX_PLAN", write_plan(suite.path / "plan.json", [("j", 1, ["test_s.py::test_a"])]))
    usage_error(suite, lines=["ERROR: GROUP_MATRIX_PLAN *plan.json needs --group ID*"])


def test_collect_groups_with_group(suite):
    usage_error(suite, "--collect-groups", "--group", "1", lines=["ERROR: --collect-groups lists every group; do not combine*"])


@pytest.mark.parametrize("marker", ["group*db*", "9lives", "a-b", "*"])
def test_bad_marker(suite, marker):
    usage_error(suite, "--group-marker", marker, "--group", "1", lines=[f"ERROR: --group-marker: invalid group marker '{marker}'*"])


def test_bad_mismatch_env(suite, monkeypatch):
    monkeypatch.setenv("GROUP_MATRIX_MISMATCH", "ignore")
    usage_error(suite, "--group", "1", lines=["ERROR: GROUP_MATRIX_MISMATCH='ignore': expected 'run', 'fail' or 'warn'"])


def test_bad_scope_option(suite):
    result = suite.runpytest_subprocess("--group-scope", "galaxy")
    assert result.ret == USAGE
    result.stderr.fnmatch_lines(["*--group-scope: invalid choice: 'galaxy'*"])


def test_marker_without_value(pytester):
    pytester.makepyfile(test_v="import pytest\n@pytest.mark.group\ndef test_a(): pass\n")
    usage_error(pytester, "--group", "1", lines=["ERROR: group-matrix: test_v.py::test_a: @pytest.mark.group has no value*"])


def test_collection_errors_are_not_hidden(suite):
    suite.makepyfile(test_broken="import nowhere_to_be_found\n")
    result = suite.runpytest("--group", "7")
    assert result.ret == pytest.ExitCode.INTERRUPTED
    result.stdout.fnmatch_lines(["*ModuleNotFoundError*nowhere_to_be_found*"])


def test_an_in_repo_group_plugin_in_a_conftest_is_named_not_a_traceback(pytester):
    # The predecessor many suites carry: a conftest that defines --group / --collect-groups itself.
    pytester.makeconftest("""
        def pytest_addoption(parser):
            parser.addoption("--collect-groups", action="store_true")
            parser.addoption("--group", type=int)
        """)
    pytester.makepyfile(test_s="def test_a(): pass\n")
    result = pytester.runpytest_subprocess("--collect-only", "-q")
    assert result.ret != 0
    err = result.stderr.str()
    assert "Traceback" not in err, err
    result.stderr.fnmatch_lines(
        ["*ERROR: group-matrix: conftest.py defines --collect-groups*which the group-matrix plugin defines too*-p no:group_matrix*"]
    )
