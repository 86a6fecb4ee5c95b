"""Quality gate: the annotated dev set and vnie's own test articles, scored by ../shared/eval/score.py."""

from __future__ import annotations

from pathlib import Path

from pipeline.run.runner import run
from pipeline.settings import Settings

from .conftest import DATA, SHARED, load_scorer, read_jsonl, require


def _score(records_dir: Path, gold_dir: Path):
    scorer = load_scorer()
    records = read_jsonl(records_dir / "records.jsonl")
    golds = [scorer.json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    result, lines = scorer.score(records, golds, verbose=True)
    return result, "\n".join(lines)


def test_dev_set_floors(corpus_run):
    summary, out = corpus_run
    assert summary.written == 5
    result, report = _score(out, SHARED / "eval" / "gold" / "dev")
    assert not result["missing_records"], report
    assert result["officials"]["f1"] >= 0.95, report
    assert result["official_titles"] == 1.0, report
    assert result["figures"]["f1"] >= 0.95, report
    assert result["events"]["f1"] >= 0.8, report
    assert result["event_dates"] == 1.0, report
    assert result["published"] == 1.0, report
    assert result["boilerplate_officials"] == 0, report
    assert result["boilerplate_removed"] == 1.0, report


def test_own_articles_floors(tmp_path):
    """Invented articles in other shapes, provinces and years (tests/data/articles/README.md)."""
    articles = DATA / "articles"
    require(any(articles.glob("*.json")), "no own articles in tests/data/articles/")
    inputs = sorted(p for p in articles.iterdir() if p.suffix in (".txt", ".html"))
    summary = run(inputs, tmp_path, Settings(progress=False))
    assert summary.written == len(inputs)
    result, report = _score(tmp_path, articles)
    print(report)
    assert result["officials"]["f1"] >= OWN_FLOORS["officials"], report
    assert result["figures"]["f1"] >= OWN_FLOORS["figures"], report
    assert result["events"]["f1"] >= OWN_FLOORS["events"], report
    assert result["published"] >= OWN_FLOORS["published"], report
    assert result["boilerplate_officials"] == 0, report
    assert result["boilerplate_removed"] >= OWN_FLOORS["boilerplate"], report


def test_real_dev_set_floors(tmp_path):
    """The 50 real annotated articles of ../shared/eval/dev-real (read at test time, never committed)."""
    corpus = SHARED / "eval" / "dev-real" / "corpus.jsonl"
    require(corpus.exists(), "../shared/eval/dev-real/corpus.jsonl is not beside the checkout")
    summary = run([corpus], tmp_path, Settings(progress=False))
    assert summary.written == 50
    result, report = _score(tmp_path, corpus.parent / "gold")
    print(report)
    for kind, floor in REAL_FLOORS.items():
        value = result[kind]["f1"] if isinstance(result[kind], dict) else result[kind]
        assert value >= floor, f"{kind} {value} < {floor}\n{report}"
    assert result["boilerplate_officials"] == 0, report


# Pinned at the scores measured when the articles were added; raise them as the rules improve. measured when the articles were added; raise them as the rules improve.
OWN_FLOORS = {"officials": 0.93, "figures": 0.95, "events": 0.8, "published": 1.0, "boilerplate": 0.95}
# The real dev set, pinned at what the extractors reach (2026-11-30); raise them as the rules improve.
REAL_FLOORS = {"officials": 0.99, "official_titles": 0.96, "figures": 0.99, "events": 0.68, "event_dates": 0.41,
               "published": 1.0, "titles": 1.0}
