"""`vnie doctor`: one line per check with what to do, exit status 1 when any check fails; real stores,
the real PostgreSQL of `.ci/setup-postgres.sh` when its DSN is there, Debian's Chromium."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.run.runner import run
from pipeline.settings import Settings

from .conftest import ROOT

DSN_FILE = ROOT / ".ci" / "postgres.dsn"


@pytest.fixture(scope="module")
def good_store(tmp_path_factory, monkeypatch_session_cwd) -> Path:
    out = tmp_path_factory.mktemp("doctor")
    run(["corpus"], out, Settings(progress=False))
    return out / "vnie.db"


def _doctor(capsys, *args: str) -> tuple[int, dict[str, str]]:
    code = main(["doctor", *args])
    lines = capsys.readouterr().out.splitlines()
    checks = {line.split()[1]: line for line in lines[:-1]}
    assert lines[-1].startswith(f"{len(checks)} checks:")
    return code, checks


def test_a_good_installation_passes(good_store, tmp_path, capsys):
    code, checks = _doctor(capsys, "--db", str(good_store), "-o", str(tmp_path / "out"))
    assert code == 0, checks
    assert list(checks) == ["models", "lexicons", "store", "disk"]
    assert all(line.startswith("ok") for line in checks.values()), checks
    from pipeline.db.schema import STORE_SCHEMA_VERSION

    assert "integrity ok, 5 articles" in checks["store"] and f"schema {STORE_SCHEMA_VERSION}," in checks["store"]


def test_no_store_yet_is_fine(tmp_path, capsys):
    code, checks = _doctor(capsys, "--db", str(tmp_path / "none.db"))
    assert code == 0 and "no store" in checks["store"]


def test_bad_stores_fail_with_what_to_do(good_store, tmp_path, capsys):
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database" * 100)
    code, checks = _doctor(capsys, "--db", str(garbage))
    assert code == 1 and checks["store"].startswith("fail") and "move it away" in checks["store"]

    old = tmp_path / "old.db"
    old.write_bytes(good_store.read_bytes())
    with sqlite3.connect(old) as db:
        db.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    code, checks = _doctor(capsys, "--db", str(old))
    assert code == 1 and "schema 0" in checks["store"] and "rebuild" in checks["store"]

    damaged = tmp_path / "damaged.db"
    data = bytearray(good_store.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):  # scribble over some b-tree pages
        data[start + 8:start + 200] = os.urandom(192)
    damaged.write_bytes(bytes(data))
    code, checks = _doctor(capsys, "--db", str(damaged))
    assert code == 1 and checks["store"].startswith("fail"), checks["store"]


def test_postgres_is_checked_and_the_password_never_shown(capsys):
    code, checks = _doctor(capsys, "--pg", "postgresql://vnie:Top-s3cret@127.0.0.1:1/vnie")
    assert code == 1 and checks["postgres"].startswith("fail") and "s3cret" not in checks["postgres"]
    dsn = os.environ.get("VNIE_TEST_POSTGRES") or (DSN_FILE.read_text().strip() if DSN_FILE.exists() else "")
    if not dsn:
        if os.environ.get("CI"):
            pytest.fail("no PostgreSQL DSN ($VNIE_TEST_POSTGRES or .ci/postgres.dsn) in CI")
        pytest.skip("no PostgreSQL DSN ($VNIE_TEST_POSTGRES or .ci/postgres.dsn)")
    code, checks = _doctor(capsys, "--pg", dsn)
    assert code == 0 and checks["postgres"].startswith("ok") and "PostgreSQL" in checks["postgres"]


def test_chromium_is_found_when_asked(capsys):
    code, checks = _doctor(capsys, "--chromium", "/nonexistent/chromium")
    assert code == 1 and checks["chromium"].startswith("fail") and "apt-get install chromium" in checks["chromium"]
    chromium = os.environ.get("VNIE_CHROMIUM", "/usr/bin/chromium")
    if not os.access(chromium, os.X_OK):
        if os.environ.get("CI"):
            pytest.fail(f"no Chromium at {chromium} in CI")
        pytest.skip(f"no Chromium at {chromium}")
    code, checks = _doctor(capsys, "--chromium", chromium)
    assert code == 0 and checks["chromium"].startswith("ok") and "Chromium" in checks["chromium"]
