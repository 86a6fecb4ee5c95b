"""`vnie export --format dataset`: the articles with their facts as JSON Lines split by year, read back by
Arrow's JSON reader (what the dataset hubs' loaders use), and a dataset card whose front matter the hubs
can read (configs/data_files pointing at files that exist, licence, language, task categories)."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pyarrow.json as pa_json
import pytest
import yaml

from pipeline.cli import main
from pipeline.db import DB_NAME
from pipeline.db.dataset import export_dataset
from pipeline.db.schema import connect
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.conftest import read_jsonl


@pytest.fixture(scope="module")
def store(tmp_path_factory, monkeypatch_session_cwd) -> Path:
    out = tmp_path_factory.mktemp("dataset-store")
    run(["corpus", "tests/data/answers"], out, Settings(progress=False))
    return out / DB_NAME


def _front_matter(card: str) -> dict:
    assert card.startswith("---\n")
    return yaml.safe_load(card.split("---\n")[1])


def test_the_dataset_holds_every_article_once_by_year_with_its_facts(store, tmp_path):
    summary = export_dataset(store, tmp_path)
    db = connect(store, create=False)
    years = dict(db.execute("SELECT COALESCE(substr(dated, 1, 4), 'undated'), COUNT(*) FROM articles "
                            "WHERE is_copy = 0 GROUP BY 1").fetchall())
    facts = {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("officials", "figures", "events", "dates")}
    db.close()
    assert summary.splits == years
    files = sorted(p.name for p in (tmp_path / "data").iterdir())
    assert files == sorted(f"{y}.jsonl" for y in years)
    records = [r for f in files for r in read_jsonl(tmp_path / "data" / f)]
    assert len(records) == len({r["id"] for r in records}) == sum(years.values())
    assert {k: sum(len(r[k]) for r in records) for k in facts} == facts
    for record in records:
        year = record["dated"][:4] if record["dated"] else "undated"
        assert record["id"] in {r["id"] for r in read_jsonl(tmp_path / "data" / f"{year}.jsonl")}
        for kind in ("officials", "figures", "events", "dates"):
            for fact in record[kind]:
                assert "article_id" not in fact
                assert record["text"][fact["start"]:fact["end"]] in fact["sentence"], (kind, fact)
        for event in record["events"]:
            assert isinstance(event["organizers"], list | type(None))
    minh = [o for r in records for o in r["officials"] if o["name"] == "Trương Văn Minh"]
    assert len({o["person_id"] for o in minh}) == 1 and len(minh) >= 3, "people keep their merged id"
    for path in (tmp_path / "data").iterdir():  # what a hub's loader does with JSON Lines
        table = pa_json.read_json(path)
        assert table.num_rows == summary.splits[path.stem]
        assert {"id", "text", "officials", "figures", "events", "dates", "provinces"} <= set(table.column_names)


def test_the_card_is_read_by_the_hubs_and_says_what_it_holds(store, tmp_path):
    summary = export_dataset(store, tmp_path)
    card = (tmp_path / "README.md").read_text(encoding="utf-8")
    meta = _front_matter(card)
    assert meta["language"] == ["vi"] and meta["license"] == "other" and meta["license_name"]
    assert set(meta["task_categories"]) <= {"token-classification", "text-classification"}
    assert meta["size_categories"] == ["n<1K"]
    (config,) = meta["configs"]
    assert config["config_name"] == "default"
    splits = {f["split"]: f["path"] for f in config["data_files"]}
    assert all(re.fullmatch(r"\w+(\.\w+)*", name) for name in splits), "split names the hubs accept"
    assert all((tmp_path / p).is_file() for p in splits.values())
    assert len(splits) == len(summary.splits)
    body = card.split("---\n", 2)[2]
    for heading in ("## Counts", "## Sources", "## Provinces", "## Fields", "## How it was built", "## Licence"):
        assert heading in body
    assert f"Articles: {summary.articles} " in body
    assert f"figures {summary.facts['figures']}" in body
    assert f"{summary.first} to {summary.last}" in body
    assert "| Kiên Giang |" in body and "| baokiengiang.vn |" in body
    assert "vnie 0.1.0" in body and "record schema" in body
    assert "relevant articles only" in body  # every record carries topic relevance
    licence = body.split("## Licence", 1)[1]
    assert "No licence is stated" in licence and "publishers" in licence


def test_relevance_filters_when_the_store_has_it_and_texts_can_be_left_out(store, tmp_path):
    path = tmp_path / DB_NAME
    shutil.copyfile(store, path)
    db = sqlite3.connect(path)
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]
    db.execute("UPDATE articles SET relevant = (rowid % 2)")  # the store's own columns, set by hand here
    db.execute("DELETE FROM article_topics")
    kept = [r[0] for r in db.execute("SELECT id FROM articles WHERE relevant = 1")]
    db.executemany("INSERT INTO article_topics VALUES (?, 'energy', 0.9, '[]')", [(i,) for i in kept])
    db.commit()
    db.close()
    summary = export_dataset(path, tmp_path / "relevant", with_text=False)
    records = [r for f in (tmp_path / "relevant" / "data").iterdir() for r in read_jsonl(f)]
    assert sorted(r["id"] for r in records) == sorted(kept)
    assert all(r["relevant"] is True and r["topics"] == ["energy"] and "text" not in r for r in records)
    assert summary.not_relevant_left_out == len(ids) - len(kept)
    card = (tmp_path / "relevant" / "README.md").read_text(encoding="utf-8")
    assert "relevant articles only" in card and "## Topics" in card and "| energy |" in card
    assert "--without-text" in card
    everything = export_dataset(path, tmp_path / "all", all_articles=True)
    assert everything.articles == len(ids)
    again = export_dataset(path, tmp_path / "relevant")
    assert again.articles == len(kept), "a re-export replaces the splits"
    assert sum(1 for f in (tmp_path / "relevant" / "data").iterdir() for _ in read_jsonl(f)) == len(kept)


def test_vnie_export_dataset_from_the_command_line(store, tmp_path, capsys):
    out = tmp_path / "dataset"
    assert main(["export", "--format", "dataset", "--db", str(store), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.startswith("articles ") and "README.md" in printed
    meta = _front_matter((out / "README.md").read_text(encoding="utf-8"))
    assert json.dumps(meta)  # plain data
    assert main(["export", "--format", "dataset", "--db", str(tmp_path / "none.db"), "-o", str(out)]) == 1


def test_copies_are_left_out_unless_asked_for(store, tmp_path):
    path = tmp_path / DB_NAME
    shutil.copyfile(store, path)
    db = sqlite3.connect(path)
    first, second = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id LIMIT 2")]
    db.execute("UPDATE articles SET is_copy = 1, story_id = ? WHERE id = ?", (first, second))
    db.commit()
    total = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    db.close()
    without = export_dataset(path, tmp_path / "without")
    assert (without.articles, without.copies_left_out) == (total - 1, 1)
    ids = {r["id"] for f in (tmp_path / "without" / "data").iterdir() for r in read_jsonl(f)}
    assert second not in ids and first in ids
    assert main(["export", "--format", "dataset", "--with-copies", "--db", str(path), "-o", str(tmp_path / "with")]) == 0
    records = {r["id"]: r for f in (tmp_path / "with" / "data").iterdir() for r in read_jsonl(f)}
    assert len(records) == total and records[second]["story_id"] == first
    assert "copies of an earlier story kept" in (tmp_path / "with" / "README.md").read_text(encoding="utf-8")
