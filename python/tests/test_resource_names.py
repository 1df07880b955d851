"""Resource names per job, worker and test, within each system's rules."""

import re

import pytest

from pytest_group_matrix import GroupMatrixInfo
from pytest_group_matrix.resource_names import KINDS, resource_name

# Each system's own rule, written from its documentation rather than from our rules table.
VALID = {
    "postgres": re.compile(r"^[a-z_][a-z0-9_]{0,62}$"),
    # S3: 3-63, [a-z0-9.-], letter or digit at both ends, no `..`, not an IP, reserved affixes.
    "s3": re.compile(r"^(?!xn--|sthree-|amzn-s3-demo-)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$(?<!-s3alias)(?<!--ol-s3)(?<!\.mrap)(?<!--x-s3)(?<!--table-s3)"),
    "kafka": re.compile(r"^[a-zA-Z0-9._-]{1,249}$"),
    # DNS-1123 label, and RFC 1035 (a letter first) for Kubernetes Services.
    "dns": re.compile(r"^[a-z]([-a-z0-9]{0,61}[a-z0-9])?$"),
}
MAX = {"postgres": 63, "s3": 63, "kafka": 249, "dns": 63}

AWKWARD_PARTS = [
    ("app", "tests_test_db_py_group_2", "gw0"),
    ("9lives", "group_db", "master"),
    ("My Prefix!", "ünïcode-✓", "gw12"),
    ("x" * 300, "y" * 300, "gw3"),
    ("sthree", "a", "gw0"),
    ("amzn-s3-demo", "b", "gw1"),
    ("ab", None, None),
    ("", "", "gw0"),
    ("data", "s3alias", None),
]


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("parts", AWKWARD_PARTS, ids=lambda p: "-".join(x or "none" for x in p)[:30])
@pytest.mark.parametrize("test", [None, "tests/test_x.py::TestA::test_b[1-2]"])
def test_names_follow_the_rules(kind, parts, test):
    name = resource_name(kind, *parts, test=test)
    assert VALID[kind].match(name), name
    assert len(name.encode()) <= MAX[kind]
    assert name == resource_name(kind, *parts, test=test), "names are stable"


def test_readable_parts_and_separators():
    parts = ("app", "tests_test_db_py_group_2", "gw0")
    assert resource_name("postgres", *parts) == "app_tests_test_db_py_group_2_gw0"
    assert resource_name("s3", *parts) == "app-tests-test-db-py-group-2-gw0"
    assert resource_name("kafka", *parts) == "app-tests-test-db-py-group-2-gw0"
    assert resource_name("dns", *parts) == "app-tests-test-db-py-group-2-gw0"
    # A digit first: PostgreSQL and DNS labels need a letter, S3 and Kafka do not.
    assert resource_name("postgres", "9x", "a") == "t_9x_a"
    assert resource_name("dns", "9x", "a") == "t-9x-a"
    assert resource_name("s3", "9x", "a") == "9x-a"


def test_cut_names_end_in_a_hash_and_stay_distinct():
    long_id = "tests_integration_" + "very_long_directory_name_" * 4
    names = {resource_name(kind, "app", long_id + suffix, "gw0") for kind in ("postgres",) for suffix in ("a", "b")}
    assert len(names) == 2
    for kind in KINDS:
        a = resource_name(kind, "app", "z" * 400 + "a", "gw0")
        b = resource_name(kind, "app", "z" * 400 + "b", "gw0")
        assert a != b and a[:-9] == b[:-9], (a, b)
        assert re.search(r"[_-][0-9a-f]{8}$", a)
        assert len(a) <= MAX[kind]
    # Short names keep no hash.
    assert not re.search(r"[0-9a-f]{8}$", resource_name("s3", "app", "job", "gw0"))


def test_reserved_s3_forms_get_a_hash():
    assert re.match(r"^t-sthree-a-[0-9a-f]{8}$", resource_name("s3", "sthree", "a"))
    assert resource_name("s3", "t-sthree", "a") == "t-sthree-a"  # the user's own `t-` stays distinct
    name = resource_name("s3", "data", "s3alias")
    assert not name.endswith("-s3alias") and name.startswith("data-s3alias-")
    assert len(resource_name("s3", "ab")) >= 3


def test_test_names_differ_where_the_systems_drop_characters():
    # Parametrize ids that differ only in characters no system keeps.
    a = resource_name("dns", "app", "job", "gw0", test="tests/test_x.py::test_y[a-b]")
    b = resource_name("dns", "app", "job", "gw0", test="tests/test_x.py::test_y[a_b]")
    c = resource_name("dns", "app", "job", "gw0", test="tests/other/test_x.py::test_y[a-b]")
    assert len({a, b, c}) == 3
    assert a.startswith("app-job-gw0-test-y-a-b-")


def test_unknown_kind_is_a_clear_error():
    with pytest.raises(ValueError, match=r"unknown resource kind 'gcs': expected one of dns, kafka, postgres, s3"):
        resource_name("gcs", "a")


def test_info_names_agree_with_database_name():
    info = GroupMatrixInfo(id="tests_test_db_py_group_2", index=1, group="2", worker="gw1")
    assert info.database_name("app") == info.resource_name("postgres", "app") == "app_tests_test_db_py_group_2_gw1"
    assert info.resource_name("s3", "acme-uploads") == "acme-uploads-tests-test-db-py-group-2-gw1"
    long_info = GroupMatrixInfo(id="Tests_" + "x" * 80, index=0, group="1", worker="gw12")
    assert long_info.database_name("My-Prefix") == resource_name("postgres", "My-Prefix", long_info.id, "gw12")
    per_test = info.resource_name("kafka", "orders", test="tests/test_db.py::test_write")
    assert per_test.startswith("orders-tests-test-db-py-group-2-gw1-test-write-")
