"""The corpus report (`vnie report`): its numbers against the store's own answers, the optional topic and
relevance columns, and the page itself opened in a real headless Chromium from a file, with every request
other than the file refused: the charts must be drawn (SVG with marks) with no console error.

The browser part needs `playwright` (Python) and Debian's Chromium (`.ci/setup-chromium.sh`); in CI (`CI` set)
a missing one fails, elsewhere it is skipped.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.db import DB_NAME
from pipeline.db.answers import totals
from pipeline.db.schema import connect
from pipeline.report import ReportOptions, charts, corpus_data, render, write_report
from pipeline.run.runner import run
from pipeline.settings import Settings
from tests.test_serve import CHROMIUM, chromium, only, require


@pytest.fixture(scope="module")
def store(tmp_path_factory, monkeypatch_session_cwd) -> Path:
    """A fact store of the shipped corpus and the question-set articles (MW figures of several years and provinces,
    a repeated figure, rates, people seen in several articles)."""
    out = tmp_path_factory.mktemp("report-store")
    run(["corpus", "tests/data/answers"], out, Settings(progress=False))
    return out / DB_NAME


def _copy(store: Path, tmp_path: Path) -> Path:
    target = tmp_path / DB_NAME
    shutil.copyfile(store, target)
    return target


def test_figures_are_counted_as_vnie_totals_counts_them(store):
    db = connect(store, create=False)
    try:
        data = corpus_data(db)
        for unit, label, factor in (("MW", "MW", 1), ("tỷ đồng", "tỷ đồng", 1), ("ha", "ha", 1)):
            by_year = {t.keys["year"]: t.total * factor for t in totals(db, unit, ["year"]) if t.keys["year"] is not None}
            assert data.figures_by_year.get(label, {}) == pytest.approx(by_year)
            by_province = {t.keys["province"]: t.total for t in totals(db, unit, ["province"]) if t.keys["province"]}
            shown = data.figures_by_province.get(label, {})
            assert all(shown[p] == pytest.approx(by_province[p]) for p in shown)
            assert len(shown) == min(len(by_province), ReportOptions().top_provinces)
        # The question set: 50 MW in Kiên Giang 2019, 100 MW in 2024, 200 + 25 MW in Ninh Thuận; the repeat and the
        # rates are not summed.
        assert data.figures_by_province["MW"]["Kiên Giang"] == pytest.approx(150)
        assert data.figures_by_province["MW"]["Ninh Thuận"] == pytest.approx(225)
        articles = db.execute("SELECT COUNT(*) FROM articles WHERE is_copy = 0").fetchone()[0]
    finally:
        db.close()
    assert data.articles == articles and data.copies == 0
    assert sum(sum(m.values()) for m in data.per_month_site.values()) + data.undated == data.articles
    assert data.officials[0][0] == "Trương Văn Minh" and data.officials[0][2] >= 3, "the most cited person first"
    assert data.fact_articles["officials"] <= data.articles and data.fact_articles["figures"] > 0
    assert data.events and all(e["date"][:4].isdigit() for e in data.events)


def test_copies_are_left_out_and_relevance_is_used_when_the_store_has_it(store, tmp_path):
    path = _copy(store, tmp_path)
    db = sqlite3.connect(path)
    ids = [r[0] for r in db.execute("SELECT id FROM articles WHERE dated IS NOT NULL ORDER BY id")]
    db.execute("UPDATE articles SET is_copy = 1 WHERE id = ?", (ids[0],))
    db.commit()
    db.close()
    before = corpus_data(connect(store, create=False))
    db = connect(path, create=False)
    data = corpus_data(db)
    assert (data.articles, data.copies) == (before.articles - 1, 1)
    assert data.per_month_topic and "per-month-topic" in [c[0] for c in charts(data)]  # the records' topics
    # the store's relevance and topics, set by hand: three relevant articles, about energy and khuyến công
    db.execute("UPDATE articles SET relevant = 0")
    db.execute("DELETE FROM article_topics")
    db.execute("UPDATE articles SET relevant = 1 WHERE id IN (?, ?, ?)", (ids[1], ids[2], ids[3]))
    db.executemany("INSERT INTO article_topics VALUES (?, ?, 0.9, '[]')",
                   [(i, t) for i in ids[1:4] for t in ("energy", "industrial_promotion")])
    relevant = corpus_data(db, ReportOptions(relevant_only=True))
    everything = corpus_data(db)
    db.close()
    assert relevant.articles == 3 and relevant.relevant_filter == "relevant articles only"
    assert everything.articles == data.articles
    assert set(relevant.per_month_topic) == {"energy", "industrial_promotion"}
    assert sum(relevant.per_month_topic["energy"].values()) == 3
    assert "id='per-month-topic'" in render(relevant)


def test_an_empty_store_gives_a_page_that_says_so(tmp_path):
    db = connect(tmp_path / DB_NAME)
    data = corpus_data(db)
    db.close()
    assert data.articles == 0 and all(fig is None for _, _, fig, _ in charts(data))
    assert render(data).count("Nothing to draw") == len(charts(data))


def test_vnie_report_from_the_command_line(store, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--db", str(store), "-o", str(out)]) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    page = out.read_text(encoding="utf-8")
    assert "<script src=" not in page and "cdn." not in page.lower().split("<body>")[1], "nothing loaded from elsewhere"
    assert main(["report", "--db", str(store), "-o", str(out), "--relevant-only"]) == 0  # records carry relevance
    assert "relevant articles only" in out.read_text(encoding="utf-8")


def test_the_report_draws_its_charts_in_chromium_offline(store, tmp_path):
    require(os.access(CHROMIUM, os.X_OK), f"no Chromium at {CHROMIUM}")
    require(importlib.util.find_spec("playwright") is not None, "playwright (Python) is not installed")
    from playwright.sync_api import sync_playwright

    out = tmp_path / "report.html"
    data = write_report(store, out)
    drawn = [c for c in charts(data) if c[2] is not None]
    assert len(drawn) >= 7, "sites, MW/VND/ha over time and by province, officials, events, kinds of fact"
    errors: list[str] = []
    outside: list[str] = []

    with sync_playwright() as pw:
        browser = chromium(pw, tmp_path)
        try:
            browser.set_default_timeout(20_000)
            page = browser.new_page()
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", only(lambda url: url.startswith("file://"), outside))
            page.goto(out.as_uri())
            page.wait_for_function(f"document.querySelectorAll('.js-plotly-plot .main-svg').length >= {len(drawn)}")
            for chart_id, _, _, _ in drawn:
                plot = page.locator(f"#chart-{chart_id}")
                assert plot.locator(".main-svg").count() >= 1, chart_id
                marks = plot.locator(".bars path, .scatterlayer .point").count()
                assert marks > 0, f"{chart_id} has no bars or points"
            assert page.locator("#chart-officials text", has_text="Trương Văn Minh").count() == 1
            assert page.locator("#chart-events .scatterlayer .point").count() == len(data.events)
            shot = tmp_path / "report.png"
            page.screenshot(path=str(shot), full_page=True)
            assert shot.stat().st_size > 50_000
        finally:
            browser.close()
    assert errors == [], errors
    assert outside == [], outside
