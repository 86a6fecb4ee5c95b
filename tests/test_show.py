"""`vnie show` over the fact store (--db or $VNIE_DB), with readable values, and values written for people."""

from __future__ import annotations

import sqlite3

import pytest

from pipeline.cli import main
from pipeline.db.readable import amount, article_label, number, qualifier
from pipeline.show import from_store, render_html


@pytest.mark.parametrize(("value", "unit", "counted", "want"), [
    (560e9, "VND", None, "560 tỷ đồng"),
    (73809e9, "VND", None, "73.809 tỷ đồng"),
    (2442e12, "VND", None, "2.442 nghìn tỷ đồng"),
    (12.5e6, "USD", None, "12,5 triệu USD"),
    (500_000, "VND", None, "500.000 đồng"),
    (1200, "MW", None, "1.200 MW"),
    (10.73, "percent", None, "10,73%"),
    (162810, "count", "lao động", "162.810 lao động"),
    (8498, "ha", None, "8.498 ha"),
])
def test_amounts_the_vietnamese_way(value, unit, counted, want):
    assert amount(value, unit, counted) == want


def test_numbers_qualifiers_and_labels():
    assert number(1234567.891) == "1.234.567,89" and number(7) == "7"
    assert (qualifier("more_than"), qualifier("about"), qualifier("nearly"), qualifier(None)) == ("hơn", "khoảng", "gần", None)
    assert article_label(None, "\n  Dòng đầu của bài\nDòng hai") == "Dòng đầu của bài"
    assert article_label("Tiêu đề", "x") == "Tiêu đề" and len(article_label(None, "a" * 300)) == 90


def _an_id(db_path) -> str:
    db = sqlite3.connect(db_path)
    try:
        return db.execute("SELECT article_id FROM officials ORDER BY article_id LIMIT 1").fetchone()[0]
    finally:
        db.close()


def test_show_reads_the_store_with_readable_values(corpus_run, capsys):
    db_path = corpus_run[1] / "vnie.db"
    assert main(["show", "7154a04", "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Phan Thị Thắng — Thứ trưởng Bộ Công Thương" in out
    assert "hơn 73.809 tỷ đồng" in out and "e+" not in out and "{" not in out
    assert "source: corpus/seeds/002_d76d8008020dd247.txt" in out


def test_show_uses_vnie_db(corpus_run, capsys, monkeypatch, tmp_path):
    db_path = corpus_run[1] / "vnie.db"
    monkeypatch.setenv("VNIE_DB", str(db_path))
    monkeypatch.chdir(tmp_path)  # no extracted/ here: the store comes from VNIE_DB
    record_id = _an_id(db_path)
    assert main(["show", record_id[:10]]) == 0
    assert record_id in capsys.readouterr().out
    assert main(["search", "nguyen van hoa"]) == 0  # every reader of the store takes VNIE_DB
    monkeypatch.setenv("VNIE_DB", str(tmp_path / "none.db"))
    assert main(["show", record_id]) == 1
    assert "none.db" in capsys.readouterr().err


def test_show_html_escapes_what_the_article_says(corpus_run, tmp_path):
    record = from_store(corpus_run[1] / "vnie.db", _an_id(corpus_run[1] / "vnie.db"))
    record = {**record, "title": "<script>alert(1)</script>", "text": "<b>" + record["text"]}
    page = render_html(record)
    assert "<script>alert" not in page and "&lt;script&gt;" in page and "<b>" not in page
    assert record["officials"][0]["name"] in page and "OFFICIAL" in page
