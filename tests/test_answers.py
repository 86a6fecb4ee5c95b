"""The journalist's question set: questions with answers written by hand, asked of a store built from
invented articles (`tests/data/answers/`); plus people merged by assignment, `vnie who`, `vnie totals`,
and the CLI and Datasette giving the same counts."""

from __future__ import annotations

import json
import subprocess
import time

import pytest

from pipeline.cli import main
from pipeline.db import serve
from pipeline.db.answers import totals, who
from pipeline.db.people import find_people
from pipeline.db.schema import connect
from pipeline.db.search import Query, search
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.conftest import DATA

ANSWERS = DATA / "answers"
QUESTIONS = json.loads((ANSWERS / "questions.json").read_text(encoding="utf-8"))["questions"]
ENTRIES = [json.loads(line)["id"] for line in (ANSWERS / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
# Questions the store answers wrongly today, each with the reason (the extractors' part, not the store's).
KNOWN_MISSES = {
    "q29": "the officials extractor gives no province for `Chủ tịch UBND huyện Tuy Phước, tỉnh Bình Định`",
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("answers")
    run([str(ANSWERS)], out, Settings(progress=False))
    return out / "vnie.db"


@pytest.fixture(scope="module")
def db(store):
    connection = connect(store, create=False)
    yield connection
    connection.close()


def _entries(db) -> dict[str, str]:
    """article id -> corpus entry id (through the line the article was read from)."""
    return {row[0]: ENTRIES[row[1] - 1] for row in db.execute("SELECT article_id, line FROM sources")}


def answer(db, question: dict) -> set[str]:
    """The store's answer to one question, as the items the hand-written answers use."""
    kind, args = question["kind"], dict(question["args"])
    entry = _entries(db)
    if kind == "who":
        return {f"{h.name} · {h.role}" for h in who(db, args["organisation"], args.get("role"), args.get("year"))}
    if kind in ("people", "people_dates"):
        found = find_people(db, args["name"])
        if kind == "people":
            return {f"{p['name']}: " + " / ".join(sorted(x["title"] for x in p["positions"])) for p in found}
        return {f"{p['name']}: {p['first_seen']} – {p['last_seen']}" for p in found}
    if kind == "totals":
        by = args.pop("by")
        unit = args.pop("unit")
        return {"|".join([*(str(v) for v in t.keys.values()), f"{t.total:g}"]) for t in totals(db, unit, by, **args)}
    if kind == "rates":
        return {f"{r[0]}/{r[1]} @ {entry[r[2]]}" for r in db.execute("SELECT text, per, article_id FROM figures WHERE per IS NOT NULL")}
    if kind == "title":
        ids = [a for a, e in entry.items() if e == args["entry"]]
        return {db.execute("SELECT title FROM articles WHERE id = ?", ids).fetchone()[0]}
    hits = search(db, Query(limit=200, **({"kind": "figure"} if kind == "figures" else {}), **args))
    if kind == "confident":
        hits = [h for h in hits if h.match in ("summary", "phrase")]
    if kind in ("officials",) or (kind == "confident" and args.get("kind") == "official"):
        return {h.summary for h in hits}
    if kind == "events":
        return {f"{h.fact['type']} @ {entry[h.article_id]}" for h in hits}
    return {f"{h.fact['text']} @ {entry[h.article_id]}" for h in hits}


def score(db) -> tuple[float, float, dict[str, tuple[set, set]]]:
    """Micro precision and recall of the answer items over the whole set, and the questions answered wrongly."""
    right = got = wanted = 0
    wrong = {}
    for question in QUESTIONS:
        have, want = answer(db, question), set(question["answer"])
        right, got, wanted = right + len(have & want), got + len(have), wanted + len(want)
        if have != want:
            wrong[question["id"]] = (have, want)
    return right / max(got, 1), right / max(wanted, 1), wrong


def test_the_question_set_is_at_least_forty_questions_of_every_kind():
    assert len(QUESTIONS) >= 40
    assert {q["kind"] for q in QUESTIONS} >= {"who", "people", "officials", "figures", "totals", "events", "confident"}
    assert sum(1 for q in QUESTIONS if not q["answer"]) >= 3, "questions with no right answer"


@pytest.mark.parametrize("question", QUESTIONS, ids=[q["id"] for q in QUESTIONS])
def test_each_question(db, question):
    have, want = answer(db, question), set(question["answer"])
    if question["id"] in KNOWN_MISSES:
        assert have != want, f"{question['id']} is answered right now: take it out of KNOWN_MISSES"
        pytest.xfail(KNOWN_MISSES[question["id"]])
    assert have == want, question["question"]


def test_precision_and_recall_of_the_whole_set(db):
    precision, recall, wrong = score(db)
    assert set(wrong) == set(KNOWN_MISSES)
    assert precision >= 0.99 and recall >= 0.97, (precision, recall)


def test_who_lists_the_newest_first(db):
    holders = who(db, "Sở Công Thương tỉnh Kiên Giang", role="giam doc")
    assert [(h.name, h.first_seen, h.last_seen) for h in holders] == [
        ("Lê Thị Thu Hà", "2021-01-15", "2024-08-20"), ("Trương Văn Minh", "2019-05-10", "2019-05-10")]
    assert who(db, "Sở Công Thương") and not who(db, "Công Thương Kiên")[0:0]


def test_a_stray_namesake_seen_first_does_not_split_the_prime_minister(db):
    people = {p["positions"][0]["title"]: p for p in find_people(db, "Phạm Minh Chính")}
    assert set(people) == {"Thủ tướng", "Giám đốc Công ty TNHH Cơ khí Minh Phát"}
    assert people["Thủ tướng"]["n_articles"] == 2


def test_rates_and_repeats_stay_out_of_totals(db):
    rows = dict(db.execute("SELECT text, in_totals FROM figures WHERE per IS NOT NULL OR repeat_of IS NOT NULL"))
    assert rows and not any(rows.values())
    assert [t.total for t in totals(db, "MW", [])] == [375]
    assert [t.total for t in totals(db, "MW", [], with_repeats=True)] == [475], "100 MW twice in one article"


def test_cli_who_totals_and_no_match_exit_codes(store, capsys):
    assert main(["who", "so", "cong", "thuong", "kien", "giang", "--db", str(store)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2021-01-15 – 2024-08-20  Lê Thị Thu Hà · Giám đốc Sở Công Thương tỉnh Kiên Giang")
    assert main(["totals", "--unit", "MW", "--by", "province,year", "--db", str(store)]) == 0
    assert "Ninh Thuận  2024  25 MW  (1 figures)" in capsys.readouterr().out.splitlines()
    assert main(["who", "Sở Công Thương Hậu Giang", "--db", str(store)]) == 1
    assert main(["search", "khong co tu nay", "--db", str(store)]) == 1
    assert main(["totals", "--unit", "MW", "--province", "Cà Mau", "--db", str(store)]) == 1
    assert capsys.readouterr().err.count("no match") == 3
    assert main(["search", "--unit", "MW", "--since", "2024", "--until", "2024-12", "--db", str(store)]) == 0
    with pytest.raises(SystemExit):
        main(["search", "--since", "2024-13", "--db", str(store)])
    assert "not a date" in capsys.readouterr().err


def test_search_ranks_the_phrase_first(db):
    hits = search(db, Query("giam doc so cong thuong kien giang", kind="official"))
    assert [h.match for h in hits[:3]] == ["summary"] * 3
    assert all(h.match not in ("summary", "phrase") for h in hits[3:])
    assert all("Kiên Giang" in h.summary for h in hits[:3])


def test_cli_and_datasette_give_the_same_province_counts(store, tmp_path):
    from tests.test_serve import HOST, free_port, get, get_json, require

    require(__import__("importlib").util.find_spec("datasette") is not None, "datasette is not installed")
    metadata_path, plugins_dir = serve.write_config(store, tmp_path)
    port = free_port()
    process = subprocess.Popen(serve.command(store, HOST, port, metadata_path, plugins_dir),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                get(base, "/-/versions.json")
                break
            except OSError:
                assert time.monotonic() < deadline and process.poll() is None, "datasette did not start"
                time.sleep(0.2)
        facets = get_json(base, "/vnie/officials.json", _size="0")["facet_results"]
        db = connect(store, create=False)
        try:
            for column in ("province", "province_2025"):
                for row in facets[column]["results"]:
                    hits = search(db, Query(kind="official", province=row["value"], limit=500, with_copies=True))
                    cli = sum(1 for h in hits if h.fact[column] == row["value"])
                    assert cli == row["count"], (column, row["value"])
            for row in facets["province_2025"]["results"]:
                assert len(search(db, Query(kind="official", province=row["value"], limit=500, with_copies=True))) == row["count"]
            sums = get_json(base, "/vnie/totals.json", _shape="array", unit="MW")
            assert {(r["province"], r["year"], r["total"]) for r in sums} == {
                (t.keys["province"], t.keys["year"], t.total) for t in totals(db, "MW", ["province", "year"])}
        finally:
            db.close()
    finally:
        process.terminate()
        process.wait(timeout=10)
