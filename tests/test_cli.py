"""The command line, in process: run with workers, show, schema, one-line errors."""

from __future__ import annotations

import json

import pytest

from pipeline.cli import build_parser, main

from .conftest import ROOT, read_jsonl, store_rows


def test_workers_give_the_same_records_and_store(tmp_path, monkeypatch_session_cwd):
    assert main(["run", "corpus", "-o", str(tmp_path / "one"), "--quiet"]) == 0
    assert main(["run", "corpus", "-o", str(tmp_path / "two"), "--workers", "2", "--quiet"]) == 0
    assert read_jsonl(tmp_path / "one" / "records.jsonl") == read_jsonl(tmp_path / "two" / "records.jsonl")
    # With a pool the store is filled by a thread while the workers run; the result is the same store.
    one, two = store_rows(tmp_path / "one" / "vnie.db"), store_rows(tmp_path / "two" / "vnie.db")
    assert any(row.startswith("people:") for row in two) and one == two


def test_the_store_feeder_keeps_a_store_error_for_the_store_step(tmp_path):
    from pipeline.run.storefeed import StoreFeeder

    record = read_jsonl(ROOT / "extracted" / "records.jsonl")[0]
    folder = tmp_path / "a folder, not a store"
    folder.mkdir()
    feeder = StoreFeeder(folder)
    for _ in range(3):
        feeder.add(json.dumps(record, ensure_ascii=False))
    feeder.close()
    assert feeder.error is not None and not feeder.changed
    good = StoreFeeder(tmp_path / "vnie.db")
    good.add(json.dumps(record, ensure_ascii=False))
    good.close()
    assert good.error is None and good.changed == {record["id"]}


def test_show_html_highlights_facts(tmp_path, corpus_run):
    _, out = corpus_run
    rec = next(r for r in read_jsonl(out / "records.jsonl") if r["officials"])
    page = tmp_path / "show.html"
    assert main(["show", rec["id"][:8], "--records", str(out / "records.jsonl"), "--html", "-o", str(page)]) == 0
    html = page.read_text(encoding="utf-8")
    assert rec["officials"][0]["name"] in html and "OFFICIAL" in html and "FIGURE" in html


def test_show_text(capsys, corpus_run):
    _, out = corpus_run
    rec = read_jsonl(out / "records.jsonl")[2]
    assert main(["show", rec["id"], "--records", str(out / "records.jsonl")]) == 0
    assert "Phan Thị Thắng — Thứ trưởng Bộ Công Thương" in capsys.readouterr().out


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Record"


def test_errors_are_one_line(tmp_path, capsys):
    assert main(["run", str(tmp_path / "missing"), "-o", str(tmp_path)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("vnie: error: no such file") and "\n" not in err
    assert main(["show", "ffffffff", "--records", str(tmp_path / "none.jsonl")]) == 1
    with pytest.raises(SystemExit):
        main(["run", "corpus", "--workers", "zero"])


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    for name in commands:
        assert f"vnie {name}" in readme
