"""The selection functions on plain data: no pytest session, no pytester."""

import json

import pytest

from pytest_group_matrix.items import ItemFacts
from pytest_group_matrix.plan import parse_plan
from pytest_group_matrix.plan_selection import select_by_plan
from pytest_group_matrix.selection import SelectionError, select_by_group


def fact(nodeid, group=None, indices=None, error=None):
    function = nodeid.split("[", 1)[0]
    return ItemFacts(nodeid=nodeid, file=nodeid.split("::")[0], function=function, indices=indices,
                     group=group, group_error=error)


FACTS = [fact("a.py::t1", 1), fact("a.py::t2", "db"), fact("a.py::t3"), fact("b.py::t4", 1)]


def by_group(target, facts=FACTS, others=(), scope="file"):
    return select_by_group(list(facts), target, "--group", "group", scope, list(others), tests_failed=False)


def test_group_value_selects_across_files_and_names_the_ungrouped():
    sel = by_group("1")
    assert sel.keep == [True, False, False, True]
    assert (sel.outcome.selected, sel.outcome.deselected, sel.outcome.ungrouped_count) == (2, 2, 1)
    assert sel.outcome.ungrouped_examples == ["a.py::t3"]
    assert (sel.job_id, sel.group, sel.index) == ("group_1", "1", None)


def test_a_job_id_of_collect_groups_selects_one_file():
    sel = by_group("b_py_group_1")
    assert sel.keep == [False, False, False, True]
    assert sel.outcome.label == "job b_py_group_1"


def test_ungrouped():
    sel = by_group("ungrouped")
    assert sel.keep == [False, False, True, False]
    assert sel.outcome.ungrouped_count == 0 and sel.group == "ungrouped"


def test_unknown_group_lists_the_groups_found():
    with pytest.raises(SelectionError, match=r"no collected test has group '7'.*Groups found: 1, db, ungrouped"):
        by_group("7")


def test_a_group_only_k_removed_is_not_unknown():
    sel = by_group("9", others=[fact("c.py::t9", 9)])
    assert sel.keep == [False] * 4


def test_an_unreadable_marker_stops_the_selection():
    with pytest.raises(SelectionError, match="group-matrix: a.py::bad: no value"):
        by_group("1", facts=FACTS + [fact("a.py::bad", error="a.py::bad: no value")])


PLAN = {
    "version": 1, "tool": "group-matrix", "marker": "group", "scope": "file",
    "jobs": [
        {"id": "one", "index": 0, "group_value": 1, "files": ["a.py"], "tests": [
            {"id": "a.py::t1", "function": "a.py::t1", "file": "a.py", "group": 1},
            {"id": "a.py::p[0]", "function": "a.py::p", "file": "a.py", "group": 1, "params": {"x": 0}},
        ]},
        {"id": "rest", "index": 1, "group_value": None, "files": ["a.py"], "tests": [
            {"id": "a.py::t3", "function": "a.py::t3", "file": "a.py", "group": None},
            {"id": "a.py::p[1]", "function": "a.py::p", "file": "a.py", "group": None, "params": {"x": 1}},
        ]},
    ],
}


def by_plan(facts, job, mode="fail", others=()):
    plan = parse_plan(json.dumps(PLAN), "plan.json")
    return select_by_plan(list(facts), plan, job, list(others), mode, tests_failed=False, invocation_dir="/w")


def test_plan_keeps_its_jobs_entries_by_params():
    facts = [fact("a.py::t1", 1), fact("a.py::p[0]", 1, {"x": 0}), fact("a.py::p[1]", None, {"x": 1}), fact("a.py::t3")]
    one = by_plan(facts, "one")
    rest = by_plan(facts, "rest")
    assert one.keep == [True, True, False, False] and (one.index, one.group) == (0, "1")
    assert rest.keep == [False, False, True, True] and rest.job_id == "rest"
    assert not one.warning and not rest.warning


def test_plan_difference_is_an_error_naming_the_test_in_mode_fail():
    facts = [fact("a.py::t1", 1), fact("a.py::p[0]", 1, {"x": 0}), fact("a.py::new")]
    with pytest.raises(SelectionError) as info:
        by_plan(facts, "one")
    assert "not in the plan: collected here, in no job of the plan (1):\n    a.py::new" in str(info.value)


# --------------------------------------------------------------------------- ownership

from pytest_group_matrix.ownership import GROUP_DIFFERS, NOT_IN_PLAN, Owners  # noqa: E402

OWNED = {
    "version": 1, "tool": "group-matrix", "marker": "group", "scope": "global",
    "jobs": [
        {"id": "web", "runner": "vitest", "files": ["web/a.test.ts"], "tests": [
            {"id": "web/a.test.ts::x", "function": "web/a.test.ts::x", "file": "web/a.test.ts", "group": None}]},
        {"id": "g1", "group_value": 1, "files": ["a.py", "b.py"], "tests": [
            {"id": "a.py::t1", "function": "a.py::t1", "file": "a.py", "group": 1},
            {"id": "b.py::t1", "function": "b.py::t1", "file": "b.py", "group": 1}]},
        {"id": "g2", "group_value": 2, "files": ["b.py"], "tests": [
            {"id": "b.py::t2", "function": "b.py::t2", "file": "b.py", "group": 2}]},
        {"id": "u", "group_value": None, "group_id": "ungrouped", "files": ["a.py"], "tests": [
            {"id": "a.py::whole", "function": "a.py::whole", "file": "a.py", "group": None}]},
    ],
    "skipped": [{"id": "a.py::left", "function": "a.py::left", "file": "a.py", "group": None}],
}


def owner(f):
    plan = parse_plan(json.dumps(OWNED), "plan.json")
    o = Owners(plan).owner(f)
    return (None if o.job is None else plan.jobs[o.job].id), o.reason, o.stop


def test_owner_is_the_planned_job_while_the_group_agrees():
    assert owner(fact("a.py::t1", 1)) == ("g1", "", "")
    # An entry without params stands for every item of its function.
    assert owner(fact("a.py::whole[0]", None, {"p": 0})) == ("u", "", "")


def test_owner_of_a_regrouped_or_unplanned_item_is_the_job_of_its_group_that_runs_its_file():
    assert owner(fact("a.py::whole[1]", 1, {"p": 1})) == ("g1", GROUP_DIFFERS, "")
    assert owner(fact("b.py::new", 2)) == ("g2", NOT_IN_PLAN, "")
    # Planned in group 1 but ungrouped at run time: its file's ungrouped job.
    assert owner(fact("a.py::t1", None)) == ("u", GROUP_DIFFERS, "")


def test_an_ungrouped_item_with_no_ungrouped_job_goes_to_the_first_job_of_its_file():
    assert owner(fact("b.py::new", None)) == ("g1", NOT_IN_PLAN, "")


def test_a_file_no_job_runs_belongs_to_the_first_pytest_job():
    assert owner(fact("c.py::new", None)) == ("g1", NOT_IN_PLAN, "")


def test_a_group_no_job_of_its_file_holds_stops_its_owner_only():
    # Group 2 has a job, but not one that runs a.py: it stops a.py's ungrouped job.
    assert owner(fact("a.py::new", 2)) == ("u", NOT_IN_PLAN, "group 2 has no job that runs a.py in the plan")
    assert owner(fact("b.py::new", "k8s"))[0::2] == ("g1", "group 'k8s' has no job that runs b.py in the plan")


def test_skipped_on_purpose_has_no_owner_until_its_group_differs():
    assert owner(fact("a.py::left", None)) == (None, "", "")
    assert owner(fact("a.py::left", 1)) == ("g1", GROUP_DIFFERS, "")


def test_an_unreadable_marker_stops_the_planned_job():
    assert owner(fact("a.py::t1", error="a.py::t1: no value")) == ("g1", "", "a.py::t1: no value")
