"""`vnie load`: the fact store mirrored in a real PostgreSQL server, idempotently.

The server is found through $VNIE_TEST_POSTGRES or .ci/postgres.dsn (written by .ci/setup-postgres.sh);
without one the tests that need it are skipped, unless $VNIE_TEST_POSTGRES_REQUIRED=1 makes that a failure.
The session works in a throwaway database `vnie_test_<random>`, dropped at the end, one schema per test.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from pipeline.cli import main
from pipeline.db import postgres
from pipeline.db.postgres import describe, load, primary_key
from pipeline.db.schema import INDEXES, TABLES, columns
from pipeline.errors import VnieError
from pipeline.run.runner import run
from pipeline.settings import Settings

from .conftest import ROOT

DSN_FILE = ROOT / ".ci" / "postgres.dsn"


def _unavailable(reason: str) -> None:
    if os.environ.get("VNIE_TEST_POSTGRES_REQUIRED") == "1":
        pytest.fail(f"{reason} (and VNIE_TEST_POSTGRES_REQUIRED=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_database():
    """A libpq DSN of a fresh database on the test server, dropped after the session."""
    try:
        import psycopg
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'psycopg[binary]')")
    admin = os.environ.get("VNIE_TEST_POSTGRES") or (DSN_FILE.read_text().strip() if DSN_FILE.exists() else "")
    if not admin:
        _unavailable("no PostgreSQL for the tests: set VNIE_TEST_POSTGRES or run .ci/setup-postgres.sh as root")
    try:
        server = psycopg.connect(admin, autocommit=True, connect_timeout=5)
    except psycopg.Error as exc:
        _unavailable(f"cannot connect to the test PostgreSQL ({' '.join(str(exc).split())}); "
                     "run .ci/setup-postgres.sh or fix VNIE_TEST_POSTGRES")
    name = f"vnie_test_{uuid.uuid4().hex[:12]}"
    with server:
        server.execute(f"CREATE DATABASE {name} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0")
        try:
            yield psycopg.conninfo.make_conninfo(admin, dbname=name)
        finally:
            server.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg(pg_database, request):
    """DSN of an empty schema of its own for one test (through search_path)."""
    import psycopg

    schema = f"t_{request.node.name.removeprefix('test_')[:40]}_{uuid.uuid4().hex[:6]}".lower()
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    return psycopg.conninfo.make_conninfo(pg_database, options=f"-c search_path={schema}")


@pytest.fixture
def store(corpus_run, tmp_path):
    """A copy of the corpus run's output folder (records and vnie.db) that a test may change."""
    _, out = corpus_run
    return Path(shutil.copytree(out, tmp_path / "store"))


def store_rows(db_path: Path, table: str) -> dict[tuple, tuple]:
    names = ", ".join(f'"{n}"' for n, _, _ in columns(table))
    key = [n for n, _, _ in columns(table)].index
    db = sqlite3.connect(db_path)
    try:
        rows = db.execute(f"SELECT {names} FROM {table}").fetchall()
    finally:
        db.close()
    return {tuple(r[key(k)] for k in primary_key(table)): tuple(r) for r in rows}


def pg_rows(dsn: str, table: str) -> dict[tuple, tuple]:
    import psycopg

    names = [n for n, _, _ in columns(table)]
    with psycopg.connect(dsn) as conn:
        rows = conn.execute(f"SELECT {', '.join(chr(34) + n + chr(34) for n in names)} FROM {table}").fetchall()
    return {tuple(r[names.index(k)] for k in primary_key(table)): tuple(r) for r in rows}


def query(dsn: str, sql: str, params: tuple = ()) -> list[tuple]:
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        cursor = conn.execute(sql, params)
        return cursor.fetchall() if cursor.description else []


def assert_mirrors(dsn: str, db_path: Path) -> None:
    for table in TABLES:
        assert pg_rows(dsn, table) == store_rows(db_path, table), table


def test_load_mirrors_the_store_and_a_second_load_changes_nothing(pg, corpus_run):
    db_path = corpus_run[1] / "vnie.db"
    first = load(db_path, pg)
    assert first.schema == "created"
    assert list(first.tables) == list(TABLES)
    for table, counts in first.tables.items():
        n = len(store_rows(db_path, table))
        assert n > 0, table
        assert (counts.rows, counts.inserted, counts.updated, counts.unchanged, counts.deleted) == (n, n, 0, 0, 0), table
        assert query(pg, f"SELECT count(*) FROM {table}") == [(n,)], table
    assert_mirrors(pg, db_path)
    before = {table: query(pg, f"SELECT count(*) FROM {table}") for table in TABLES}

    second = load(db_path, pg)
    assert second.schema == "up to date"
    assert second.changed == 0
    for table, counts in second.tables.items():
        assert (counts.inserted, counts.updated, counts.deleted, counts.unchanged) == (0, 0, 0, counts.rows), table
    assert {table: query(pg, f"SELECT count(*) FROM {table}") for table in TABLES} == before
    assert query(pg, "SELECT value FROM vnie_meta WHERE key = 'schema_version'") == [(postgres.STORE_SCHEMA_VERSION,)]
    lines = describe(second).splitlines()
    assert len(lines) == 1 + len(TABLES)
    assert "figures" in lines[4] and "0 inserted, 0 updated" in lines[4] and "0 deleted" in lines[4]


def test_a_load_after_new_articles_adds_only_those(pg, store, monkeypatch_session_cwd):
    db_path = store / "vnie.db"
    load(db_path, pg)
    before = {table: store_rows(db_path, table) for table in TABLES}
    run(["tests/data/articles"], store, Settings(progress=False))
    after = {table: store_rows(db_path, table) for table in TABLES}
    assert len(after["articles"]) > len(before["articles"])

    summary = load(db_path, pg)
    for table in TABLES:
        old, new = before[table], after[table]
        expected = {"inserted": len(new.keys() - old.keys()), "deleted": len(old.keys() - new.keys()),
                    "updated": sum(old[k] != new[k] for k in old.keys() & new.keys())}
        counts = summary.tables[table]
        assert {k: getattr(counts, k) for k in expected} == expected, table
        if table not in ("officials", "people", "positions"):  # people are merged again: person ids may move
            assert (counts.inserted, counts.updated, counts.deleted) == (len(new) - len(old), 0, 0), table
    assert summary.tables["articles"].inserted == len(after["articles"]) - len(before["articles"])
    assert_mirrors(pg, db_path)
    assert load(db_path, pg).changed == 0


def test_facts_an_article_lost_and_stale_people_are_deleted(pg, store):
    db_path = store / "vnie.db"
    load(db_path, pg)
    db = sqlite3.connect(db_path)
    with db:
        lost, changed = [r[0] for r in db.execute("SELECT id FROM figures ORDER BY id LIMIT 2")]
        db.execute("DELETE FROM figures WHERE id = ?", (lost,))
        db.execute("UPDATE figures SET value = value + 0.5 WHERE id = ?", (changed,))
        db.execute("DELETE FROM article_provinces WHERE rowid = (SELECT min(rowid) FROM article_provinces)")
        person = db.execute("SELECT person_id FROM positions LIMIT 1").fetchone()[0]
        n_positions = db.execute("SELECT count(*) FROM positions WHERE person_id = ?", (person,)).fetchone()[0]
        db.execute("DELETE FROM positions WHERE person_id = ?", (person,))
        db.execute("DELETE FROM people WHERE id = ?", (person,))
    db.close()

    summary = load(db_path, pg)
    figures = summary.tables["figures"]
    assert (figures.inserted, figures.updated, figures.deleted) == (0, 1, 1)
    assert summary.tables["article_provinces"].deleted == 1
    assert (summary.tables["people"].deleted, summary.tables["positions"].deleted) == (1, n_positions)
    assert summary.changed == 2 + 1 + 1 + n_positions
    assert_mirrors(pg, db_path)


def test_an_article_deleted_in_postgres_comes_back_with_its_facts(pg, corpus_run):
    db_path = corpus_run[1] / "vnie.db"
    load(db_path, pg)
    article = query(pg, "SELECT article_id FROM figures GROUP BY article_id ORDER BY count(*) DESC LIMIT 1")[0][0]
    n_figures = query(pg, "SELECT count(*) FROM figures WHERE article_id = %s", (article,))[0][0]
    query(pg, "DELETE FROM articles WHERE id = %s", (article,))  # ON DELETE CASCADE takes its facts
    assert query(pg, "SELECT count(*) FROM figures WHERE article_id = %s", (article,)) == [(0,)]

    summary = load(db_path, pg)
    assert (summary.tables["articles"].inserted, summary.tables["sources"].inserted) == (1, 1)
    assert summary.tables["figures"].inserted == n_figures
    for table in ("people", "positions"):
        counts = summary.tables[table]
        assert (counts.inserted, counts.updated, counts.deleted) == (0, 0, 0), table
    assert_mirrors(pg, db_path)


def test_types_keys_and_indexes(pg, corpus_run):
    import psycopg

    load(corpus_run[1] / "vnie.db", pg)
    types = dict(((t, c), k) for t, c, k in query(
        pg, "SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema()"))
    assert types["figures", "value"] == "double precision"
    assert types["articles", "year"] == types["figures", "start"] == types["events", "edition"] == "bigint"
    assert types["articles", "published"] == "text" and types["articles", "published_date"] == "date"
    assert {(t, c) for t, c in types if t in TABLES} == {(t, c) for t in TABLES for c, _, _ in columns(t)} | {
        ("articles", "published_date")}
    assert "fts" not in {t for t, _ in types} and "meta" not in {t for t, _ in types}
    dates = query(pg, "SELECT published, published_date FROM articles WHERE published IS NOT NULL")
    assert dates and all(str(day) == published[:10] for published, day in dates)

    keys = query(pg, "SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                     "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = 'article_provinces'::regclass AND i.indisprimary "
                     "ORDER BY a.attname")
    assert keys == [("article_id",), ("province",)]
    rules = query(pg, "SELECT tc.table_name, rc.delete_rule FROM information_schema.referential_constraints rc "
                      "JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name) "
                      "WHERE tc.table_schema = current_schema()")
    assert sorted(rules) == sorted([(t, "CASCADE") for t in TABLES if t not in ("articles", "people")])
    indexes = {name for (name,) in query(pg, "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")}
    assert {statement.split()[5] for statement in INDEXES} <= indexes

    with pytest.raises(psycopg.IntegrityError):
        query(pg, 'INSERT INTO officials (id, article_id, name, title, role, sentence, start, "end") '
                  "VALUES ('x:o0', 'no-such-article', 'A', 'B', 'C', 'D', 0, 1)")


def test_schema_versions(pg, corpus_run, monkeypatch):
    db_path = corpus_run[1] / "vnie.db"
    load(db_path, pg)
    query(pg, "UPDATE vnie_meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(postgres.PostgresSchemaError, match="version 99") as error:
        load(db_path, pg)
    assert "\n" not in str(error.value)

    query(pg, "UPDATE vnie_meta SET value = '0' WHERE key = 'schema_version'")
    monkeypatch.setattr(postgres, "MIGRATIONS", {"0": ("1", ["COMMENT ON TABLE articles IS 'migrated'"]), **postgres.MIGRATIONS})
    summary = load(db_path, pg)
    assert summary.schema == "migrated from 0" and summary.changed == 0
    assert query(pg, "SELECT value FROM vnie_meta WHERE key = 'schema_version'") == [(postgres.STORE_SCHEMA_VERSION,)]
    assert query(pg, "SELECT obj_description('articles'::regclass)") == [("migrated",)]


def test_a_schema_1_database_is_migrated_and_filled(pg, corpus_run):
    db_path = corpus_run[1] / "vnie.db"
    load(db_path, pg)
    for table, column in postgres.ADDED_IN_2:
        query(pg, f'ALTER TABLE {table} DROP COLUMN "{column}"')
    query(pg, "UPDATE vnie_meta SET value = '1' WHERE key = 'schema_version'")
    summary = load(db_path, pg)
    assert summary.schema == "migrated from 1"
    store = sqlite3.connect(db_path)
    want = sorted(store.execute("SELECT id, figure_year, in_totals FROM figures").fetchall())
    assert sorted(query(pg, "SELECT id, figure_year, in_totals FROM figures")) == want
    assert any(year for _, year, _ in want), "the corpus has figures with the year they refer to"
    assert query(pg, "SELECT col_description('figures'::regclass, attnum) FROM pg_attribute "
                     "WHERE attrelid = 'figures'::regclass AND attname = 'per'")[0][0].startswith("For a rate")
    assert load(db_path, pg).changed == 0


def test_tables_not_made_by_vnie_are_left_alone(pg, corpus_run):
    query(pg, "CREATE TABLE articles (id INTEGER)")
    with pytest.raises(postgres.PostgresSchemaError, match="not made by vnie"):
        load(corpus_run[1] / "vnie.db", pg)


def test_the_cli_loads_a_postgresql_url(pg, corpus_run, capsys):
    import psycopg

    info = psycopg.conninfo.conninfo_to_dict(pg)
    url = (f"postgresql://{quote(info['user'], safe='')}:{quote(info.get('password') or '', safe='')}@"
           f"{info.get('host', 'localhost')}:{info.get('port', 5432)}/{info['dbname']}?options={quote(info['options'])}")
    assert main(["load", url, "--db", str(corpus_run[1] / "vnie.db")]) == 0
    assert main(["load", url, "--db", str(corpus_run[1] / "vnie.db")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[-len(TABLES) - 1] == f"PostgreSQL schema {postgres.STORE_SCHEMA_VERSION}: up to date"
    assert all(" 0 inserted, 0 updated," in line and line.endswith(" 0 deleted") for line in out[-len(TABLES):])


@pytest.mark.parametrize("dsn", ["postgresql://nobody:sekrit@127.0.0.1:1/none", "not a dsn at all",
                                 "postgresql://nobody@127.0.0.1:notaport/none"])
def test_bad_dsn_is_one_line_error(dsn, corpus_run):
    with pytest.raises(VnieError) as error:
        load(corpus_run[1] / "vnie.db", dsn)
    message = str(error.value)
    assert "\n" not in message and "sekrit" not in message
    assert "PostgreSQL" in message or "psycopg" in message


def test_cli_bad_dsn_prints_one_line(corpus_run, capsys):
    assert main(["load", "postgresql://nobody@127.0.0.1:1/none", "--db", str(corpus_run[1] / "vnie.db")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("vnie: error: ") and "Traceback" not in err
