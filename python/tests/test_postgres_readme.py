"""The README's Postgres example runs as written: its files and its command, taken from the README."""

import pathlib
import re
import shlex

from pg_support import require_modules

require_modules("psycopg", "xdist")

from pg_support import drop_all, pytest_env, run_pytest, server_dsn, user_databases  # noqa: E402
from pytest_group_matrix.resource_names import resource_name  # noqa: E402

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"
SECTION = "## A PostgreSQL database per job and per xdist worker"
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)
#: A block whose first line is a comment naming a file is that file.
FILE_COMMENT = re.compile(r"^(?:#|--) ([\w./-]+\.(?:py|sql))\n")


def section(title):
    text = README.read_text(encoding="utf-8")
    assert title in text, f"{README} has no section {title!r}"
    body = text.split(title, 1)[1]
    return body.split("\n## ", 1)[0]


def example():
    files, commands, outputs = {}, [], []
    for lang, body in FENCE.findall(section(SECTION)):
        named = FILE_COMMENT.match(body)
        if named:
            files[named.group(1)] = body
        elif lang == "sh" and "pytest " in body:
            commands += [line for line in body.splitlines() if "pytest " in line and not line.startswith("pip ")]
        elif lang == "text":
            outputs.append(body)
    return files, commands, outputs


def test_the_readme_example_runs_as_written(tmp_path):
    files, commands, outputs = example()
    assert sorted(files) == ["conftest.py", "schema.sql", "tests/test_orders.py"], files
    assert len(commands) == 1 and len(outputs) == 1, (commands, outputs)
    for name, body in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body)

    words = shlex.split(commands[0])
    assert words[0].startswith("GROUP_MATRIX_POSTGRES_DSN=") and words[1] == "pytest", words
    dsn = server_dsn()  # the README's DSN names the reader's server; this is ours
    drop_all(dsn)
    result = run_pytest(str(tmp_path), words[2:], pytest_env(dsn))
    assert result.returncode == 0, result.stdout
    assert re.search(r"\b4 passed in ", result.stdout.splitlines()[-1]), result.stdout

    # The summary looks as the README shows it (times, fingerprint and which worker built differ).
    def shape(line):
        line = re.sub(r"\d+\.\d+ s", "T s", line)
        line = re.sub(r"_template_[0-9a-f]{8}", "_template_H", line)
        line = re.sub(r"gw\d", "gwN", line)
        return re.sub(r"\((built here in T s|reused)\)", "(built or reused)", line)

    shown = [shape(line) for line in outputs[0].strip().splitlines()]
    got = [shape(line) for line in result.stdout.splitlines()]
    for line in shown:
        assert line in got, f"README line {line!r} not in the output:\n{result.stdout}"
    assert sum("(built here in" in line for line in result.stdout.splitlines()) == 1, result.stdout
    assert user_databases(dsn) == []


def test_the_resource_name_examples_are_what_the_code_gives():
    body = section("## Resource names for other systems")
    # The example runs as job tests_test_io_py_group_2 (tests/test_io.py, group 2), worker gw0.
    job, worker = "tests_test_io_py_group_2", "gw0"
    examples = re.findall(r'group_matrix\.resource_name\("(\w+)", "([\w-]+)"\)\s+# (\S+)$', body, re.M)
    assert len(examples) == 2, examples
    for kind, prefix, shown in examples:
        assert resource_name(kind, prefix, job, worker) == shown
    per_test = re.search(r"# One topic per test: (\S+)-<hash of the node id>", body).group(1)
    topic = resource_name("kafka", "orders", job, worker, test="tests/test_io.py::test_upload")
    assert re.fullmatch(re.escape(per_test) + "-[0-9a-f]{8}", topic), topic
