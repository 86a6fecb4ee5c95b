"""The fact store: sync from records, search (with and without diacritics, every filter), people, exports."""

from __future__ import annotations

import json
import multiprocessing
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cli import main
from pipeline.db.export import EXPORTED, VIETNAM, export, to_date, to_timestamp
from pipeline.db.people import find_people
from pipeline.db.schema import connect
from pipeline.db.search import Query, search
from pipeline.db.sync import sync_lines, sync_records
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.conftest import DATA, read_jsonl


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("store")
    run([str(DATA / "store")], out, Settings(progress=False))
    return out


@pytest.fixture()
def db(store):
    connection = connect(store / "vnie.db", create=False)
    yield connection
    connection.close()


def _count(db, table):
    return db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_vnie_run_writes_the_store_and_a_resync_changes_nothing(store, db):
    records = read_jsonl(store / "records.jsonl")
    assert _count(db, "articles") == len(records) == 6
    assert _count(db, "officials") == sum(len(r["officials"]) for r in records)
    assert _count(db, "figures") == sum(len(r["figures"]) for r in records)
    assert db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0]
    before = {t: _count(db, t) for t in ("articles", "officials", "figures", "events", "dates", "people", "positions", "fts")}
    assert sync_records(store / "vnie.db", store / "records.jsonl") == (0, 6)
    assert {t: _count(db, t) for t in before} == before
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_a_changed_record_is_replaced_not_duplicated(store, tmp_path):
    lines = (store / "records.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "vnie.db"
    sync_lines(path, lines)
    record = json.loads(lines[0])
    record["figures"] = record["figures"][:1]
    record["title"] = "Tiêu đề mới"
    assert sync_lines(path, [json.dumps(record, ensure_ascii=False)]) == (1, 0)
    check = connect(path, create=False)
    assert check.execute("SELECT title FROM articles WHERE id = ?", (record["id"],)).fetchone()[0] == "Tiêu đề mới"
    assert check.execute("SELECT COUNT(*) FROM figures WHERE article_id = ?", (record["id"],)).fetchone()[0] == 1
    assert check.execute("SELECT COUNT(*) FROM fts WHERE article_id = ? AND kind = 'figure'", (record["id"],)).fetchone()[0] == 1
    check.close()


def _sync_worker(args):
    db_path, lines = args
    return sync_lines(db_path, lines)


def test_two_syncs_at_once_do_not_corrupt_the_store(store, tmp_path):
    lines = (store / "records.jsonl").read_text(encoding="utf-8").splitlines()
    path = tmp_path / "vnie.db"
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        results = pool.map(_sync_worker, [(path, lines), (path, lines)])
    assert sorted(changed for changed, _ in results)[1] == 6  # one of them wrote everything; the other waited
    check = connect(path, create=False)
    assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert check.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 6
    assert check.execute("SELECT COUNT(*) FROM fts WHERE kind = 'article'").fetchone()[0] == 6
    check.close()


@settings(max_examples=25, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_text_reads_back_unchanged(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("h") / "vnie.db"
    record = {"id": "x1", "source": {"url": "https://a.vn/x"}, "title": text, "published": "2024-01-02", "text": text,
              "officials": [], "figures": [], "events": [], "dates": [], "story_id": "x1", "duplicates": []}
    sync_lines(path, [json.dumps(record, ensure_ascii=False)])
    check = connect(path, create=False)
    assert tuple(check.execute("SELECT title, text FROM articles").fetchone()) == (text, text)
    check.close()


def _summaries(hits):
    return [h.summary for h in hits]


@pytest.mark.parametrize("typed", ["nguyen van hung", "Nguyễn Văn Hùng", "NGUYEN VAN HUNG", "nguyễn văn hùng"])
def test_names_are_found_with_or_without_diacritics(db, typed):
    hits = search(db, Query(typed, kind="official"))
    assert hits and all(h.summary.startswith("Nguyễn Văn Hùng") for h in hits)
    assert all("«Nguyễn» «Văn» «Hùng»" in h.marked() for h in hits)


def test_dien_mat_troi_finds_dien_mat_troi_and_d_folds(db):
    hits = search(db, Query("dien mat troi"))
    assert hits and any("điện mặt trời" in h.sentence for h in hits)
    assert search(db, Query("đien mat troi"))[0].id == hits[0].id


def test_old_and_new_tone_placement_match(db, tmp_path):
    record = {"id": "h1", "source": {"url": "https://a.vn/h"}, "title": "Khánh Hòa", "published": "2024-01-02",
              "text": "Ông Lê Văn Hòa phát biểu tại Khánh Hòa.", "officials": [], "figures": [], "events": [], "dates": [],
              "story_id": "h1", "duplicates": []}
    sync_lines(tmp_path / "t.db", [json.dumps(record, ensure_ascii=False)])
    other = connect(tmp_path / "t.db", create=False)
    for typed in ("Hoà", "Hòa", "hoa"):
        assert [h.id for h in search(other, Query(typed))] == ["h1"], typed
    assert search(other, Query("Hoà"))[0].exact, "Hoà is Hòa as written"
    other.close()


def test_exact_diacritics_rank_first(db):
    hits = search(db, Query("nam", kind="official", limit=50))
    assert hits[0].summary == "Trần Quốc Nam · Phó Chủ tịch UBND tỉnh Ninh Thuận" and hits[0].exact
    assert any("năm" in h.sentence for h in hits[1:]) and not any(h.exact for h in hits[1:])
    hits = search(db, Query("năm", limit=50))
    assert hits[0].exact and "năm" in hits[0].sentence
    first_inexact = next(i for i, h in enumerate(hits) if not h.exact)
    assert all(h.exact for h in hits[:first_inexact])


def test_unit_and_range_filters(db):
    megawatts = search(db, Query(unit="MW"))
    assert sorted(h.fact["value"] for h in megawatts) == [150, 450]
    assert [h.fact["value"] for h in search(db, Query(unit="MW", min=200))] == [450]
    assert [h.fact["value"] for h in search(db, Query(unit="GW", min=0.1, max=0.2))] == [150], "GW converts to MW"
    hectares = search(db, Query(unit="ha", min=100))
    assert [h.fact["value"] for h in hectares] == [180]
    billions = search(db, Query(unit="đồng", min=1e12))
    assert {h.fact["value"] for h in billions} == {3.2e12, 1.2e13}


def test_province_filter_matches_the_old_and_the_2025_province(db):
    for name in ("Kiên Giang", "kien giang", "An Giang"):
        hits = search(db, Query(kind="official", province=name))
        assert [h.fact["name"] for h in hits] == ["Lê Thị Thu Hà"], name
    figures = search(db, Query("dien", kind="figure", province="An Giang"))
    assert figures and all(h.url.startswith("https://baokiengiang.vn") for h in figures)
    assert not search(db, Query(kind="official", province="Cà Mau"))


def test_person_since_until_and_site_filters(db):
    hits = search(db, Query(person="nguyen van hung"))
    assert len(hits) == 3 and {h.kind for h in hits} == {"official"}
    hits = search(db, Query(person="nguyen van hung", since="2020-01-01", until="2023-12-31"))
    assert [h.fact["title"] for h in hits] == ["Giám đốc Sở Công Thương tỉnh Nghệ An"]
    hits = search(db, Query("khuyen cong", site="baonghean.vn", limit=50))
    assert hits and all(h.site == "baonghean.vn" for h in hits)
    events = search(db, Query(kind="event", since="2024-01-01"))
    assert events and all((h.fact["date"] or h.published) >= "2024" for h in events)


def test_copies_are_counted_once(db):
    hits = search(db, Query("tong ket cong tac khuyen cong", kind="article"))
    assert len(hits) == 1 and hits[0].site == "baonghean.vn"
    with_copies = search(db, Query("tong ket cong tac khuyen cong", kind="article", with_copies=True))
    assert {h.site for h in with_copies} == {"baonghean.vn", "congthuong.vn"}


def test_people_merge_two_posts_and_keep_the_namesake_apart(db):
    people = find_people(db, "Nguyen Van Hung")
    assert len(people) == 2
    nghe_an = next(p for p in people if len(p["positions"]) == 2)
    assert [p["title"] for p in nghe_an["positions"]] == ["Phó Giám đốc Sở Công Thương tỉnh Nghệ An",
                                                          "Giám đốc Sở Công Thương tỉnh Nghệ An"]
    assert nghe_an["positions"][0]["first_seen"] == "2019-03-10" and nghe_an["positions"][1]["first_seen"] == "2023-06-02"
    assert nghe_an["n_articles"] == 2, "the repost is the same story"
    other = next(p for p in people if p is not nghe_an)
    assert [p["title"] for p in other["positions"]] == ["Chủ tịch UBND huyện Tuy Phước, tỉnh Bình Định"]


@pytest.mark.parametrize("args, message", [
    (["search", '"unterminated'], "bad query"),
    (["search", "--unit", "parsec"], "unknown unit"),
    (["search", "--province", "Atlantis"], "unknown province"),
    (["search"], "give words to search for"),
])
def test_bad_queries_get_one_line(store, args, message, capsys):
    assert main([*args, "--db", str(store / "vnie.db")]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("vnie: error:") and message in err and "\n" not in err


def test_a_min_that_is_not_a_number_is_one_line(store, capsys):
    with pytest.raises(SystemExit):
        main(["search", "--unit", "MW", "--min", "nhiều", "--db", str(store / "vnie.db")])
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a number" in err


def test_search_and_people_commands_print_sentences_and_links(store, capsys):
    assert main(["search", "nguyen van hung", "--db", str(store / "vnie.db"), "--since", "2023-01-01"]) == 0
    out = capsys.readouterr().out
    assert "«Nguyễn» «Văn» «Hùng»" in out and "https://baonghean.vn/" in out and "2023-06-02" in out
    assert main(["search", "--unit", "MW", "--json", "--db", str(store / "vnie.db")]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert {x["fact"]["value"] for x in lines} == {150, 450} and all(x["url"] for x in lines)
    assert main(["people", "nguyen van hung", "--db", str(store / "vnie.db")]) == 0
    out = capsys.readouterr().out
    assert "Phó Giám đốc Sở Công Thương tỉnh Nghệ An" in out and "Chủ tịch UBND huyện Tuy Phước" in out


def test_parquet_round_trip_keeps_types(store, tmp_path):
    import pyarrow as pa
    import pyarrow.dataset as ds

    counts = export(store / "vnie.db", tmp_path, "parquet")
    source = sqlite3.connect(store / "vnie.db")
    copies = source.execute("SELECT COUNT(*) FROM articles WHERE is_copy = 1").fetchone()[0]
    assert counts["articles"] == source.execute("SELECT COUNT(*) FROM articles").fetchone()[0] - copies == 5
    part = "hive"
    figures = ds.dataset(tmp_path / "figures", format="parquet", partitioning=part).to_table()
    assert figures.schema.field("value").type == pa.float64()
    assert figures.schema.field("published").type == pa.date32()
    assert figures.schema.field("start_offset").type == pa.int64()
    assert figures.schema.field("year").type == figures.schema.field("figure_year").type == pa.int32()
    assert figures.schema.field("in_totals").type == pa.bool_()
    assert figures.schema.field("value").metadata[b"description"].startswith(b"The number")
    want = dict(source.execute("SELECT f.id, f.value FROM figures f JOIN articles a ON a.id = f.article_id WHERE a.is_copy = 0"))
    assert dict(zip(figures.column("id").to_pylist(), figures.column("value").to_pylist(), strict=False)) == want
    assert sorted({p.name for p in (tmp_path / "figures").iterdir()}) == ["year=2019", "year=2023", "year=2024"]
    events = ds.dataset(tmp_path / "events", format="parquet", partitioning=part).to_table().to_pylist()
    assert all(e["date_start"] == to_date(e["date"]) for e in events)
    assert all(isinstance(e["organizers"], list) for e in events)
    articles = ds.dataset(tmp_path / "articles", format="parquet", partitioning=part).to_table()
    assert articles.schema.field("is_copy").type == pa.bool_()
    assert articles.schema.field("published_at").type == pa.timestamp("us", tz="UTC")
    published = dict(source.execute("SELECT id, published FROM articles"))
    assert all(a["published_at"] == to_timestamp(published[a["id"]], VIETNAM) for a in articles.to_pylist())
    people = ds.dataset(tmp_path / "people", format="parquet").to_table()
    assert people.schema.field("first_seen").type == pa.date32()
    assert (tmp_path / "columns.md").read_text(encoding="utf-8").count("| value | float64 |") == 1
    positions = ds.dataset(tmp_path / "positions", format="parquet").to_table()
    assert positions.schema.field("article_ids").type == pa.list_(pa.string())
    assert json.loads((tmp_path / "record.schema.json").read_text(encoding="utf-8"))["title"]


def test_jsonl_and_csv_exports_have_every_table(store, tmp_path):
    import csv

    jsonl = export(store / "vnie.db", tmp_path / "j", "jsonl")
    csvs = export(store / "vnie.db", tmp_path / "c", "csv")
    assert jsonl == csvs and jsonl["officials"] == 5
    figures = read_jsonl(tmp_path / "j" / "figures.jsonl")
    assert all(isinstance(f["value"], (int, float)) and len(f["published"]) == 10 for f in figures)
    with (tmp_path / "c" / "officials.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["name"] for r in rows} >= {"Nguyễn Văn Hùng", "Lê Thị Thu Hà", "Trần Quốc Nam"}


def _documented(columns_md: str) -> dict[tuple[str, str], str]:
    """(table, column) -> type as `columns.md` documents it."""
    out, table = {}, None
    for line in columns_md.splitlines():
        if line.startswith("## "):
            table = line[3:].strip()
        elif table and line.startswith("| ") and not line.startswith(("| column", "| ---")):
            name, kind = (cell.strip() for cell in line.strip("|").split("|")[:2])
            out[table, name] = kind
    return out


def test_every_parquet_column_has_its_documented_type(store, tmp_path):
    import pyarrow.dataset as ds

    export(store / "vnie.db", tmp_path, "parquet", with_copies=True)
    documented = _documented((tmp_path / "columns.md").read_text(encoding="utf-8"))
    found = {}
    for table in EXPORTED:
        schema = ds.dataset(tmp_path / table, format="parquet", partitioning="hive").schema
        for field in schema:
            kind = str(field.type)
            found[table, field.name] = {"double": "float64", "date32[day]": "date", "timestamp[us, tz=UTC]": "timestamp",
                                        "list<element: string>": "list<string>", "list<item: string>": "list<string>"}.get(kind, kind)
    assert found == documented


def test_sqlite_utils_search_finds_articles_and_facts(store, tmp_path):
    import sqlite_utils

    db = sqlite_utils.Database(store / "vnie.db")
    hits = list(db["articles"].search("điện"))
    want = {r[0] for r in db.execute("SELECT id FROM articles WHERE text LIKE '%điện%' OR title LIKE '%điện%'")}
    assert hits and {h["id"] for h in hits} == want
    assert {h["name"] for h in db["officials"].search("Hùng")} == {"Nguyễn Văn Hùng"}
    assert len(list(db["officials"].search("hung"))) == len(list(db["officials"].search("Hùng")))  # tone marks ignored
    assert any("tỷ đồng" in h["text"] for h in db["figures"].search("tỷ đồng"))
    assert db["events"].detect_fts() == "events_fts" and db["dates"].detect_fts() is None
    db.conn.close()
    from pipeline.cli import main

    assert main(["search", "nguyen van hung", "--db", str(store / "vnie.db")]) == 0  # the folded search still works


def test_sqlite_utils_cli_search(store):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "sqlite_utils", "search", str(store / "vnie.db"), "articles", "điện",
                          "-c", "id", "-c", "title"], capture_output=True, text=True, check=True).stdout
    assert '"id"' in out and "not configured" not in out


def test_timestamps_are_utc_and_a_day_alone_is_none():
    assert to_timestamp("2014-12-24T11:16:00+07:00").isoformat() == "2014-12-24T04:16:00+00:00"
    assert to_timestamp("2014-12-24T11:16:00", VIETNAM).isoformat() == "2014-12-24T04:16:00+00:00"
    assert to_timestamp("2024-05-01T08:00:00Z").isoformat() == "2024-05-01T08:00:00+00:00"
    assert to_timestamp("2023-10-05") is None and to_timestamp("hôm qua") is None and to_timestamp(None) is None


def test_to_date_reads_every_precision():
    assert [str(to_date(x)) for x in ("2024-10-11", "2024-10", "2024-Q3", "2024", "2014-12-24T11:16:00+07:00")] == [
        "2024-10-11", "2024-10-01", "2024-07-01", "2024-01-01", "2014-12-24"]
    assert to_date("sắp tới") is None and to_date(None) is None


def test_fts_rows_are_numbered_by_kind_and_an_older_store_is_renumbered_with_the_same_hits(store, tmp_path):
    from pipeline.db.schema import FTS_SQL, fts_by_kind, fts_rowids

    path = tmp_path / "vnie.db"
    lines = (store / "records.jsonl").read_text(encoding="utf-8").splitlines()
    sync_lines(path, lines)
    queries = [Query("nguyen van hung"), Query("dien mat troi"), Query("nam", limit=50), Query("năm", kind="figure"),
               Query("cong thuong", kind="official"), Query("hoi nghi", since="2019"), Query("điện OR hội"),
               Query("ninh thuan", province="Ninh Thuận", with_copies=True)]

    def hits(db):
        return [[(h.kind, h.id, h.match, h.exact, round(h.score, 9)) for h in search(db, q)] for q in queries]

    def ranges_hold(db):
        return all(fts_rowids(kind)[0] <= low <= high <= fts_rowids(kind)[1]
                   for kind, low, high in db.execute("SELECT kind, min(rowid), max(rowid) FROM fts GROUP BY kind"))

    db = connect(path, create=False)
    assert fts_by_kind(db) and ranges_hold(db)
    expected = hits(db)
    assert sum(map(len, expected)) > 40 and all(expected[:6])
    # the store as vnie wrote it before: index rows numbered in the order they were written, kinds mixed
    db.execute("BEGIN")
    db.execute(FTS_SQL.replace("fts USING", "fts_old USING"))
    db.execute("INSERT INTO fts_old (rowid, kind, ref, article_id, exact, folded) SELECT row_number() OVER "
               "(ORDER BY article_id, rowid), kind, ref, article_id, exact, folded FROM fts")
    db.execute("DROP TABLE fts")
    db.execute("ALTER TABLE fts_old RENAME TO fts")
    db.execute("DELETE FROM fts_docs")
    db.execute("INSERT INTO fts_docs SELECT rowid, article_id FROM fts")
    db.execute("DELETE FROM meta WHERE key = 'fts_rowids'")
    db.execute("COMMIT")
    assert not fts_by_kind(db) and not ranges_hold(db)
    assert hits(db) == expected, "an older store is searched as before"
    db.close()
    db = connect(path)  # as a sync opens it: renumbered once
    assert fts_by_kind(db) and ranges_hold(db) and hits(db) == expected
    assert db.execute("SELECT count(*) FROM fts_docs d JOIN fts ON fts.rowid = d.fts_rowid").fetchone()[0] == _count(db, "fts")
    record = json.loads(lines[0])
    record["officials"] = record["officials"][:1]
    sync_lines(path, [json.dumps(record, ensure_ascii=False)])
    assert ranges_hold(db) and _count(db, "fts") == _count(db, "fts_docs") == (
        _count(db, "articles") + _count(db, "officials") + _count(db, "figures") + _count(db, "events"))
    db.close()


def test_fts_operators_typed_with_words_without_diacritics_stay_operators(db):
    either = search(db, Query("điện OR hội", limit=100))
    assert any("hội" in h.sentence.lower() and "điện" not in h.sentence.lower() for h in either)
    assert any("điện" in h.sentence.lower() and "hội" not in h.sentence.lower() for h in either)
    assert {h.id for h in search(db, Query("dien OR hoi", limit=100))} == {h.id for h in either}
    without = search(db, Query("hoi nghi NOT ninh", limit=100))
    assert without and not any("ninh" in h.sentence.lower() for h in without if h.kind != "article")


def test_a_large_store_ranks_the_newest_matches_by_words_and_keeps_the_tiers(db, monkeypatch):
    """Past `WHOLE` index rows, each kind and tier takes its newest `POOL` matches that pass the filters and
    scores them here: hits stay found with or without diacritics, exact diacritics and phrases still first."""
    from pipeline.db import search as module

    whole = {q: [(h.kind, h.id) for h in search(db, Query(q, limit=50))] for q in ("nguyen van hung", "nam", "dien mat troi")}
    monkeypatch.setattr(module, "WHOLE", 0)
    for typed in ("nguyen van hung", "Nguyễn Văn Hùng"):
        hits = search(db, Query(typed, kind="official"))
        assert hits and all(h.summary.startswith("Nguyễn Văn Hùng") for h in hits)
    hits = search(db, Query("nam", kind="official", limit=50))
    assert hits[0].summary == "Trần Quốc Nam · Phó Chủ tịch UBND tỉnh Ninh Thuận" and hits[0].exact
    assert not any(h.exact for h in hits[1:])
    for q, expected in whole.items():  # a small store: every match is in the pool, the same hits
        assert sorted(h.id for h in search(db, Query(q, limit=50))) == sorted(i for _, i in expected)
    hits = search(db, Query("dien mat troi", limit=50))
    tiers = [module.MATCHES.index(h.match) for h in hits]
    assert tiers == sorted(tiers) and hits[0].match in ("summary", "phrase")
    monkeypatch.setattr(module, "POOL", 1)  # a pool of 5 (5 × the limit): the newest 5 matches
    newest = [r[0] for r in db.execute("SELECT ref FROM fts WHERE fts MATCH 'folded : nam' AND kind = 'figure' "
                                       "ORDER BY rowid DESC")]
    assert len(newest) > 5
    assert {h.id for h in search(db, Query("nam", kind="figure", limit=1, with_copies=True))} <= set(newest[:5])
    assert all(h.fact["unit"] == "MW" for h in search(db, Query("mw", unit="MW", limit=5)))
