"""docs/plan.schema.json against real plans (written by the built CLI, dist/cli/index.js, on the
repository's fixture suites), and the plugin's reader against the schema: every plan the CLI
writes is valid and readable, and every broken plan below is refused by both, the reader naming
the field's JSON path and the value it found."""

import copy
import json
from pathlib import Path

import pytest
from conftest import REPO, make_cli_plan

from pytest_group_matrix.plan import PlanError, parse_plan

SCHEMA = REPO / "docs" / "plan.schema.json"
EXAMPLE = "examples/pytest-suite"

#: (working directory, extra CLI arguments): every pytest fixture suite, every runner, and the
#: example suite under each option that changes the plan's shape.
PLANS = [
    *[(f"__tests__/fixtures/pytest-suites/{name}", []) for name in
      ("aliases", "basic", "classes", "module_marks", "naming", "parametrize", "unicode")],
    ("__tests__/fixtures/pytest-suites/pattern", ["--marker", "group_*"]),
    (EXAMPLE, []),
    (EXAMPLE, ["--scope", "global"]),
    (EXAMPLE, ["--ungrouped", "skip"]),
    (EXAMPLE, ["--ungrouped", "balance", "--max-jobs", "3"]),
    (EXAMPLE, ["--runners", '{"1": "big", "db*": ["self-hosted", "gpu"], "default": "small"}']),
    # pytest, Vitest and Playwright jobs, with playwright_configs; and Jest, the one runner left.
    ("__tests__/fixtures/mixed-repo", []),
    ("__tests__/fixtures/js-suites/jest", []),
]


@pytest.fixture(scope="module")
def validator():
    try:
        import jsonschema
    except ImportError:
        pytest.fail("the jsonschema package is not installed here: pip install jsonschema (python/scripts/test-matrix.sh does)")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


@pytest.fixture(scope="module")
def make_plan(tmp_path_factory):
    """make_plan(cwd, args) -> (the plan as JSON data, its text); each plan is made once."""
    made = {}

    def make(cwd, args):
        key = (cwd, tuple(args))
        if key not in made:
            made[key] = _run_cli(tmp_path_factory.mktemp("plan"), cwd, args)
        doc, text = made[key]
        return json.loads(text), text

    return make


def _run_cli(tmp_path, cwd, args):
    out = make_cli_plan(REPO / cwd, tmp_path / "plan.json", *args)
    text = Path(out).read_text(encoding="utf-8")
    return json.loads(text), text


def errors(validator, doc):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(doc)]


@pytest.mark.parametrize("cwd, args", PLANS, ids=[f"{c.split('/')[-1]}{''.join(a[:1])}{len(a)}" for c, a in PLANS])
def test_every_plan_the_cli_writes_is_valid_and_readable(make_plan, validator, cwd, args):
    doc, text = make_plan(cwd, args)
    assert doc["jobs"], "the suite planned no job: the check below would prove little"
    assert errors(validator, doc) == []
    plan = parse_plan(text, "plan.json")
    assert [j.id for j in plan.jobs] == [j["id"] for j in doc["jobs"]]
    assert sum(len(j.tests) for j in plan.jobs) + len(plan.skipped) == doc["total_tests"]


def test_the_plans_cover_every_optional_field(make_plan):
    # Otherwise a field of the schema could be wrong with every plan above still valid.
    seen = set()
    for cwd, args in PLANS:
        doc, _ = make_plan(cwd, args)
        seen.update(k for k in doc if k in ("playwright_configs",) or (k == "skipped" and doc[k]))
        for job in doc["jobs"]:
            seen.update(k for k in job if k in ("runs-on", "groups", "seconds"))
            for t in job["tests"]:
                seen.update(k for k in t if k in ("params", "params_per_call"))
    assert seen == {"playwright_configs", "skipped", "runs-on", "groups", "seconds", "params", "params_per_call"}


def _set(doc, path, value):
    *parents, last = path
    target = doc
    for key in parents:
        target = target[key]
    if value is DELETE:
        del target[last]
    else:
        target[last] = value


DELETE = object()

#: (where, new value or DELETE, the reader's JSON path in its message, the value it names).
BROKEN = [
    (["version"], 2, "version", "found 2"),
    (["scope"], "sideways", "scope", 'found "sideways"'),
    (["marker"], "", "marker", 'found ""'),
    (["marker"], DELETE, "marker", "found nothing (the field is missing)"),
    (["tool"], "other-tool", "tool", 'found "other-tool"'),
    (["ungrouped"], "sometimes", "ungrouped", 'found "sometimes"'),
    (["total_tests"], -1, "total_tests", "found -1"),
    (["jobs"], {}, "jobs", "found {}"),
    (["skipped"], None, "skipped", "found null"),
    (["jobs", 0], "a job", "jobs[0]", 'found "a job"'),
    (["jobs", 0, "id"], DELETE, "jobs[0].id", "found nothing"),
    (["jobs", 0, "id"], 7, "jobs[0].id", "found 7"),
    (["jobs", 0, "tests"], DELETE, "jobs[0].tests", "found nothing"),
    (["jobs", 0, "index"], True, "jobs[0].index", "found true"),
    (["jobs", 0, "group_value"], 1.5, "jobs[0].group_value", "found 1.5"),
    (["jobs", 0, "group_id"], 1, "jobs[0].group_id", "found 1"),
    (["jobs", 0, "files"], "tests/a.py", "jobs[0].files", 'found "tests/a.py"'),
    (["jobs", 0, "files", 0], None, "jobs[0].files[0]", "found null"),
    (["jobs", 0, "name"], ["x"], "jobs[0].name", 'found ["x"]'),
    (["jobs", 0, "runs-on"], [], "jobs[0].runs-on", "found []"),
    (["jobs", 0, "seconds"], "5s", "jobs[0].seconds", 'found "5s"'),
    (["jobs", 0, "tests", 0, "function"], 3, "jobs[0].tests[0].function", "found 3"),
    (["jobs", 0, "tests", 0, "group"], [1], "jobs[0].tests[0].group", "found [1]"),
    (["jobs", 0, "tests", 0, "group"], False, "jobs[0].tests[0].group", "found false"),
    (["jobs", 0, "tests", 0, "line"], 0, "jobs[0].tests[0].line", "found 0"),
    (["jobs", 0, "tests", 0, "params"], {"x": "1"}, "jobs[0].tests[0].params", 'found {"x": "1"}'),
    (["jobs", 0, "tests", 0, "params_per_call"], {"x": -1}, "jobs[0].tests[0].params_per_call", 'found {"x": -1}'),
    (["jobs", 0, "tests", 0, "file"], 4, "jobs[0].tests[0].file", "found 4"),
]


@pytest.mark.parametrize("where, value, field, found", BROKEN, ids=[f"{b[2]}={b[3]}" for b in BROKEN])
def test_a_broken_plan_is_refused_by_the_schema_and_the_reader(make_plan, validator, where, value, field, found):
    doc, _ = make_plan(EXAMPLE, [])
    broken = copy.deepcopy(doc)
    _set(broken, where, value)
    assert errors(validator, broken), "the schema accepts it"
    with pytest.raises(PlanError) as info:
        parse_plan(json.dumps(broken), "plan.json")
    message = str(info.value)
    assert message.startswith(f"group plan plan.json: {field}: "), message
    assert found in message, message


def test_the_reader_ignores_fields_it_does_not_know(make_plan):
    # Additions to version 1 (as playwright_configs was) must not break a plugin already released.
    doc, _ = make_plan(EXAMPLE, [])
    doc["something_new"] = {"a": 1}
    doc["jobs"][0]["something_new"] = 1
    doc["jobs"][0]["tests"][0]["something_new"] = 1
    assert parse_plan(json.dumps(doc), "plan.json").jobs[0].id == doc["jobs"][0]["id"]
