"""The central promise: the union of every job's selection is the full collection, no test twice."""

import collections
import json

import pytest

FILES = {
    "tests/api/test_users.py": """
import pytest
pytestmark = pytest.mark.group(1)

def test_list(): pass

@pytest.mark.group(2)
def test_create(): pass

@pytest.mark.parametrize("role", ["admin", pytest.param("guest", marks=pytest.mark.group(2)), "bot"])
def test_roles(role): pass

class TestAuth:
    def test_login(self): pass

    @pytest.mark.group("slow")
    def test_sso(self): pass
""",
    "tests/api/test_orders.py": """
import pytest

def test_plain(): pass

@pytest.mark.group(10)
class TestPay:
    @pytest.mark.parametrize("n", [pytest.param(1, marks=pytest.mark.group(2)), 2, 3])
    def test_amount(self, n): pass

    def test_refund(self): pass

@pytest.mark.parametrize("x", [0, 1])
def test_loose(x): pass
""",
    "tests/test_db.py": """
import pytest

@pytest.mark.group("db")
@pytest.mark.parametrize("a,b", [(1, 2), (3, 4)])
def test_pairs(a, b): pass

def test_ungrouped(): pass

@pytest.mark.group(2)
class TestOuter:
    class TestInner:
        def test_nested(self): pass
""",
}

PARAM_NAMES = {"test_roles": "role", "test_amount": "n", "test_loose": "x", "test_pairs": "a"}


@pytest.fixture
def suite(pytester):
    for path, body in FILES.items():
        target = pytester.path / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body)
    return pytester


def assert_partition(full, selections):
    union = [nodeid for sel in selections for nodeid in sel]
    twice = [n for n, c in collections.Counter(union).items() if c > 1]
    assert not twice, f"selected twice: {twice}"
    assert sorted(union) == sorted(full)


def test_file_scope_jobs_partition_the_suite(suite, selected, collect_groups):
    full = selected()
    assert len(full) == 18
    jobs = json.loads(collect_groups()[0])
    selections = []
    for job in jobs:
        group = "ungrouped" if job["group_number"] is None else str(job["group_number"])
        sel = selected(job["path_to_test_file"], "--group", group)
        assert len(sel) == job["tests"], job
        selections.append(sel)
    assert_partition(full, selections)
    # the job ids select the same tests with the whole suite collected
    by_id = [selected("--group", job["id"]) for job in jobs]
    assert by_id == selections


def test_global_scope_jobs_partition_the_suite(suite, selected, collect_groups):
    full = selected()
    jobs = json.loads(collect_groups("--group-scope", "global")[0])
    assert [j["group_id"] for j in jobs] == ["1", "2", "10", "db", "slow", "ungrouped"]
    selections = [selected("--group", job["group_id"]) for job in jobs]
    assert [len(s) for s in selections] == [j["tests"] for j in jobs]
    assert_partition(full, selections)


def groups_of(selected, collect_groups):
    """node id -> its group at run time (as a string, None when ungrouped), from pytest itself."""
    out = {}
    for job in json.loads(collect_groups("--group-scope", "global")[0]):
        group = None if job["group_id"] == "ungrouped" else job["group_id"]
        out.update((nodeid, group) for nodeid in selected("--group", job["group_id"]))
    return out


@pytest.mark.parametrize("with_params", [True, False])
def test_plan_jobs_partition_the_suite(suite, selected, write_plan, collect_groups, with_params):
    full = selected()
    group = groups_of(selected, collect_groups)
    seen = collections.Counter()
    entries = []
    for nodeid in full:
        function, _, rest = nodeid.partition("[")
        # Without params, the entry has the group of the function's first item; its items of
        # other groups run in a job of their group (each exactly once all the same).
        entry = {"id": nodeid, "function": function, "group": group[nodeid]}
        if rest and with_params:
            name = function.rsplit("::", 1)[1]
            entry["params"] = {PARAM_NAMES[name]: seen[function]}
        seen[function] += 1
        if rest and not with_params and seen[function] > 1:
            continue  # one entry without params stands for every parametrization
        entries.append(entry)
    jobs = [(f"job_{k}", None, entries[k::3]) for k in range(3)]
    plan = write_plan(suite.path / "plan.json", jobs, scope="global")
    selections = []
    for job_id, _, _ in jobs:
        sel = selected("--group-plan", plan, "--group", job_id)
        selections.append(sel)
    assert all(selections)
    assert_partition(full, selections)
