"""Mode `run` (the default) with every job of one plan run side by side, as a matrix runs them:
each test pytest collects runs in exactly one job, the one every job computes as its owner, and
that job names it; a test whose group has no job stops exactly one job, naming it.

The plan is made by the built CLI from the suite as first written; the suite then changes the
way real suites drift from a static plan (a parametrization added, a marker added by a conftest
hook, a new file), and one function's parameters come from a call the planner cannot read, so
it is planned as one entry standing for all of its items."""

import collections
import json
import re

import pytest

SUITE = """
import pytest


def clouds():
    return [pytest.param("vm", marks=pytest.mark.group(2)), pytest.param("bare")]


@pytest.mark.group(1)
def test_read(): pass


@pytest.mark.group(1)
@pytest.mark.parametrize("x", [0, 1])
def test_p(x): pass


@pytest.mark.group(2)
def test_write(): pass


def test_loose(): pass


def test_tagged(): pass


@pytest.mark.parametrize("cloud", clouds())
def test_deploy(cloud): pass
"""

ONE = "tests_test_deploy_py_group_1"
TWO = "tests_test_deploy_py_group_2"
UNGROUPED = "tests_test_deploy_py_ungrouped"
JOBS = [ONE, TWO, UNGROUPED]
F = "tests/test_deploy.py"


@pytest.fixture
def drifted(pytester, cli_plan):
    """The suite, its plan (made before the suite drifted), and the suite after drifting."""
    pytester.mkdir("tests")
    deploy = pytester.path / F
    deploy.write_text(SUITE)
    plan = cli_plan(pytester.path, pytester.path / "plan.json")
    # After planning: one more parametrization, a group added at run time to a test planned
    # ungrouped, and a file no job of the plan runs.
    deploy.write_text(SUITE.replace('parametrize("x", [0, 1])', 'parametrize("x", [0, 1, 2])'))
    pytester.makeconftest(
        """
        import pytest
        def pytest_collection_modifyitems(items):
            for item in items:
                if item.name == "test_tagged":
                    item.add_marker(pytest.mark.group(1))
        """
    )
    pytester.path.joinpath("tests", "test_new.py").write_text("def test_brand_new(): pass\n")
    return pytester, plan


def run_job(pytester, plan, job, *args):
    result = pytester.runpytest(f"--group-plan={plan}", "--group", job, "-v", "-p", "no:randomly", *args)
    ran = re.findall(r"^(\S+::\S+) PASSED", result.stdout.str(), re.M)
    return result, ran


def full_collection(pytester):
    result = pytester.runpytest("--collect-only", "-q", "-p", "no:randomly")
    assert result.ret == 0, result.stdout.str()
    return [line for line in result.outlines if "::" in line]


def test_the_plan_is_what_the_test_expects(drifted):
    # Guards the premises below: if the planner learns to read clouds(), test_deploy gets params.
    pytester, plan = drifted
    jobs = {j["id"]: j for j in json.load(open(plan))["jobs"]}
    assert sorted(jobs) == sorted(JOBS)
    deploy = [t for t in jobs[UNGROUPED]["tests"] if t["function"] == F + "::test_deploy"]
    assert len(deploy) == 1 and "params" not in deploy[0] and deploy[0]["group"] is None
    assert [t["id"] for t in jobs[ONE]["tests"]] == [F + "::test_read", F + "::test_p[0]", F + "::test_p[1]"]


def test_every_test_runs_in_exactly_one_job_and_its_owner_names_it(drifted):
    pytester, plan = drifted
    results = {job: run_job(pytester, plan, job) for job in JOBS}
    for job, (result, _) in results.items():
        assert result.ret == 0, (job, result.stdout.str(), result.stderr.str())
    ran = {job: r for job, (_, r) in results.items()}
    union = [nodeid for r in ran.values() for nodeid in r]
    twice = [n for n, c in collections.Counter(union).items() if c > 1]
    assert not twice, f"ran in more than one job: {twice}"
    assert sorted(union) == sorted(full_collection(pytester))

    # An unplanned parametrization: the job of its group among the jobs that run its file.
    assert F + "::test_p[2]" in ran[ONE]
    # Planned ungrouped, carries group 1 at run time: group 1's job runs it.
    assert F + "::test_tagged" in ran[ONE]
    # One entry for the whole function stands for all its items: the one of its planned group
    # stays in its planned job, the one carrying group 2 runs in group 2's job.
    assert F + "::test_deploy[bare]" in ran[UNGROUPED]
    assert F + "::test_deploy[vm]" in ran[TWO]
    # A file no job runs: the plan's first pytest job.
    assert "tests/test_new.py::test_brand_new" in ran[ONE]

    one = results[ONE][0]
    one.stdout.fnmatch_lines(
        [
            "*group-matrix: plan mismatch (warning)*",
            f"*differ from the plan *plan.json (job {ONE}); each still runs in exactly one job:",
            "*not in the plan, run in this job (2):",
            f"*{F}::test_p[[]2[]]: group 1 at run time, not in the plan",
            "*tests/test_new.py::test_brand_new: no group at run time, not in the plan",
            "*group differs from the plan, run in this job (the job of its group) (1):",
            f"*{F}::test_tagged: group 1 at run time, no group in the plan (job {UNGROUPED})",
        ]
    )
    results[TWO][0].stdout.fnmatch_lines(
        ["*group differs from the plan, run in this job*", f"*{F}::test_deploy[[]vm[]]: group 2 at run time, no group in the plan (job {UNGROUPED})"]
    )
    # The planned job says where its tests went.
    results[UNGROUPED][0].stdout.fnmatch_lines(
        [
            "*planned in this job, but its group differs: another job owns it (2):",
            f"*{F}::test_tagged: group 1 at run time, no group in the plan (job {UNGROUPED}); run in job {ONE}",
            f"*{F}::test_deploy[[]vm[]]: group 2 at run time, no group in the plan (job {UNGROUPED}); run in job {TWO}",
        ]
    )


def test_a_group_with_no_job_stops_exactly_one_job_naming_the_test(drifted):
    pytester, plan = drifted
    deploy = pytester.path / F
    deploy.write_text(
        deploy.read_text().replace('pytest.param("bare")', 'pytest.param("bare"), pytest.param("k8s", marks=pytest.mark.group("k8s"))')
    )
    results = {job: run_job(pytester, plan, job) for job in JOBS}
    stopped = [job for job, (result, _) in results.items() if result.ret != 0]
    assert stopped == [UNGROUPED], {job: r.stdout.str() + r.stderr.str() for job, (r, _) in results.items()}
    result, ran = results[UNGROUPED]
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert ran == []
    result.stderr.fnmatch_lines(
        [
            f"*group-matrix: job {UNGROUPED} stops before running any test: it owns tests whose group at run time has no job*",
            "*group with no job of its file in the plan (1):",
            f"*{F}::test_deploy[[]k8s[]]: group 'k8s' at run time, no group in the plan (job {UNGROUPED})",
            "*What to do: re-run the collect job on this commit*",
        ]
    )
    others = [nodeid for job in (ONE, TWO) for nodeid in results[job][1]]
    assert F + "::test_deploy[k8s]" not in others
    assert len(others) == len(set(others))
    # The other jobs run what they own, as before.
    assert F + "::test_tagged" in results[ONE][1] and F + "::test_deploy[vm]" in results[TWO][1]


def test_the_stopping_job_under_xdist(drifted, xdist):
    pytester, plan = drifted
    deploy = pytester.path / F
    deploy.write_text(deploy.read_text().replace('pytest.param("bare")', 'pytest.param("k8s", marks=pytest.mark.group("k8s"))'))
    result = pytester.runpytest_subprocess(f"--group-plan={plan}", "--group", UNGROUPED, "-n", "2")
    assert result.ret == pytest.ExitCode.USAGE_ERROR, result.stdout.str()
    result.stdout.fnmatch_lines(["*group-matrix: error*", f"*{F}::test_deploy[[]k8s[]]: group 'k8s' at run time*"])
    assert "PASSED" not in result.stdout.str() and "INTERNALERROR" not in result.stdout.str()


def test_mode_fail_stops_every_job_that_sees_a_difference(drifted):
    pytester, plan = drifted
    for job in JOBS:
        result, ran = run_job(pytester, plan, job, "--group-plan-mismatch=fail")
        assert result.ret == pytest.ExitCode.USAGE_ERROR, job
        assert ran == []
