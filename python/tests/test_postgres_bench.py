"""The Postgres bench (npm run bench -- --only postgres) runs, compares equal schemas and prints
the ratio; here on a small schema so the test stays quick."""

import json
import pathlib
import re
import subprocess
import sys

from pg_support import require_modules

require_modules("psycopg")

from pg_support import drop_all, server_dsn, user_databases  # noqa: E402

BENCH = pathlib.Path(__file__).resolve().parents[1] / "scripts" / "bench_postgres.py"


def test_bench_prints_the_ratio_on_equal_schemas(tmp_path):
    dsn = server_dsn()
    drop_all(dsn)
    report = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, str(BENCH), "--tables", "12", "--reps", "2", "--dsn", dsn, "--json", str(report)],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = result.stdout
    assert "group-matrix postgres bench: 12 tables (15 migrations)" in text, text
    assert re.search(r"\| migrations into an empty database \(CREATE DATABASE, 15 migrations\) +\| +\d+ \| +\d+ \|", text)
    assert re.search(r"\| clone from the template \(the helper: .*\) +\| +\d+ \| +\d+ \|", text)
    assert re.search(r'schemas equal: yes \{"tables": 13, ', text), text
    ratio = float(re.search(r"^migrations / clone \(medians\): (\d+\.\d)x$", text, re.M).group(1))
    data = json.loads(report.read_text())
    assert data["schemas_equal"] is True and len(data["migrate_ms"]) == len(data["clone_ms"]) == 2
    assert round(data["ratio"], 1) == ratio
    assert user_databases(dsn) == []
