"""`--collect-groups`: the action's `groups` JSON, byte for byte."""

import hashlib
import json

import pytest

from pytest_group_matrix import groups_json

FILE_KEYS = ["id", "name", "index", "group_id", "files", "tests", "runner", "path_to_test_file", "group_number", "job_name"]
GLOBAL_KEYS = ["id", "name", "index", "group_id", "files", "tests", "runner"]

ORDER_SUITE = """
import pytest
@pytest.mark.group("b")
def test_b(): pass
def test_none(): pass
@pytest.mark.group(10)
def test_ten(): pass
@pytest.mark.group("a")
def test_a(): pass
@pytest.mark.group(2)
@pytest.mark.parametrize("x", [1, 2])
def test_two(x): pass
"""


@pytest.fixture
def ordered(pytester):
    for d in ("Zeta", "alpha"):
        pytester.path.joinpath("tests", d).mkdir(parents=True)
    pytester.path.joinpath("tests", "alpha", "test_al.py").write_text(ORDER_SUITE)
    pytester.path.joinpath("tests", "Zeta", "test_z.py").write_text("import pytest\n@pytest.mark.group(1)\ndef test_z(): pass\n")
    return pytester


def test_file_scope_shape_and_order(ordered, collect_groups):
    text, _ = collect_groups()
    jobs = json.loads(text)
    assert all(list(job) == FILE_KEYS for job in jobs)
    # files in code-point order (Z < a), then int groups numerically, strings, ungrouped last
    assert [(j["path_to_test_file"], j["group_number"]) for j in jobs] == [
        ("tests/Zeta/test_z.py", 1),
        ("tests/alpha/test_al.py", 2),
        ("tests/alpha/test_al.py", 10),
        ("tests/alpha/test_al.py", "a"),
        ("tests/alpha/test_al.py", "b"),
        ("tests/alpha/test_al.py", None),
    ]
    assert jobs[1] == {
        "id": "tests_alpha_test_al_py_group_2",
        "name": "test_al.py | group 2",
        "index": 1,
        "group_id": "2",
        "files": ["tests/alpha/test_al.py"],
        "tests": 2,
        "runner": "pytest",
        "path_to_test_file": "tests/alpha/test_al.py",
        "group_number": 2,
        "job_name": "tests/alpha/test_al.py | group 2",
    }
    assert jobs[5]["id"] == "tests_alpha_test_al_py_ungrouped"
    assert jobs[5]["name"] == "test_al.py | ungrouped"
    assert jobs[5]["job_name"] == "tests/alpha/test_al.py | ungrouped"
    assert jobs[5]["group_id"] == "ungrouped"
    assert [j["index"] for j in jobs] == list(range(6))
    # compact, no ASCII escaping, exactly as the action writes it
    assert text == json.dumps(jobs, separators=(",", ":"), ensure_ascii=False)


def test_global_scope_shape_and_order(ordered, collect_groups):
    text, _ = collect_groups("--group-scope", "global")
    jobs = json.loads(text)
    assert all(list(job) == GLOBAL_KEYS for job in jobs)
    assert [(j["id"], j["name"], j["group_id"], j["tests"]) for j in jobs] == [
        ("group_1", "group 1", "1", 1),
        ("group_2", "group 2", "2", 2),
        ("group_10", "group 10", "10", 1),
        ("group_a", "group a", "a", 1),
        ("group_b", "group b", "b", 1),
        ("ungrouped", "ungrouped", "ungrouped", 1),
    ]
    assert jobs[0]["files"] == ["tests/Zeta/test_z.py"]


def test_global_scope_files_sorted(pytester, collect_groups):
    for name in ("test_b.py", "test_a.py"):
        pytester.makepyfile(**{name[:-3]: "import pytest\n@pytest.mark.group(1)\ndef test_x(): pass\n"})
    jobs = json.loads(collect_groups("--group-scope", "global")[0])
    assert jobs == [{"id": "group_1", "name": "group 1", "index": 0, "group_id": "1",
                     "files": ["test_a.py", "test_b.py"], "tests": 2, "runner": "pytest"}]


def test_ids_truncation_digit_prefix_and_collisions(pytester, collect_groups):
    long_name = "test_a_really_long_module_name_for_the_truncation_rule"
    pytester.makepyfile(**{long_name: "import pytest\n@pytest.mark.group('Integration DB')\ndef test_x(): pass\n"})
    pytester.path.joinpath("2024").mkdir()
    pytester.path.joinpath("2024", "test_year.py").write_text("import pytest\n@pytest.mark.group(1)\ndef test_y(): pass\n")
    # `test_a-b.py` and `test_a_b.py` slug alike; `-` sorts before `_`
    for name in ("test_a_b.py", "test_a-b.py"):
        pytester.path.joinpath(name).write_text("import pytest\n@pytest.mark.group(1)\ndef test_c(): pass\n")
    jobs = json.loads(collect_groups()[0])
    ids = [j["id"] for j in jobs]
    full = long_name + "_py_group_integration_db"
    truncated = full[:39] + "_" + hashlib.sha256(full.encode()).hexdigest()[:8]
    assert len(truncated) == 48
    assert ids == ["t_2024_test_year_py_group_1", "test_a_b_py_group_1", "test_a_b_py_group_1_2", truncated]
    assert [j["path_to_test_file"] for j in jobs[1:3]] == ["test_a-b.py", "test_a_b.py"]


def test_int_and_str_spellings_are_one_group(pytester, collect_groups):
    pytester.makepyfile(test_clash="""
        import pytest
        @pytest.mark.group("1")
        def test_str(): pass
        @pytest.mark.group(1)
        def test_int(): pass
        """)
    jobs = json.loads(collect_groups()[0])
    assert [(j["id"], j["group_number"], j["tests"]) for j in jobs] == [("test_clash_py_group_1", 1, 2)]


def test_github_output_is_appended(ordered, collect_groups, monkeypatch, tmp_path):
    out = tmp_path / "github_output"
    out.write_text("earlier=1\n")
    monkeypatch.setenv("GITHUB_OUTPUT", str(out))
    text, _ = collect_groups()
    assert out.read_text(encoding="utf-8") == f"earlier=1\ngroups={text}\ncount=6\n"


def test_no_tests_gives_empty_list(pytester, collect_groups, monkeypatch, tmp_path):
    out = tmp_path / "github_output"
    monkeypatch.setenv("GITHUB_OUTPUT", str(out))
    text, _ = collect_groups()
    assert text == "[]"
    assert out.read_text() == "groups=[]\ncount=0\n"


def test_collect_groups_runs_no_tests(ordered):
    result = ordered.runpytest("--collect-groups")
    assert result.ret == 0
    assert "passed" not in result.stdout.str()


def test_collect_groups_ignores_env_of_a_matrix_job(ordered, collect_groups, monkeypatch):
    monkeypatch.setenv("GROUP_MATRIX_ID", "2")
    assert len(json.loads(collect_groups()[0])) == 6


def test_collect_groups_with_xdist_collects_once(ordered, collect_groups, xdist):
    text, _ = collect_groups("-n", "2")
    assert len(json.loads(text)) == 6


def test_pattern_marker_and_non_ascii(pytester, collect_groups):
    pytester.makepyfile(test_u="""
        import pytest
        @pytest.mark.group_db
        def test_a(): pass
        @pytest.mark.group("Ünïcode")
        def test_b(): pass
        """)
    jobs = json.loads(collect_groups("--group-marker", "group_*")[0])
    assert [(j["id"], j["group_number"]) for j in jobs] == [("test_u_py_group_db", "db"), ("test_u_py_ungrouped", None)]
    text, _ = collect_groups()
    assert '"group_id":"Ünïcode"' in text
    assert json.loads(text)[0]["id"] == "test_u_py_group_n_code"


def test_slug_rules():
    assert groups_json.slug("Tests/Test-DB.py") == "tests_test_db_py"
    assert groups_json.slug("__a__b__") == "a_b"
    assert groups_json.job_id("global", None, 7) == "group_7"
    assert groups_json.job_id("file", "1.py", None) == "t_1_py_ungrouped"
