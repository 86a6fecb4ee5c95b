"""Speed levers that must not change a record: lazy tagging, the store's stories pass at scale."""

from __future__ import annotations

import gzip
import json
from itertools import islice

from pipeline.facts import dates, events, figures, officials
from pipeline.language.analysis import Sentence, Token, analyse
from pipeline.language.grid import Grid
from pipeline.language.textnorm import normalize
from tests.conftest import SHARED, require

BENCH = SHARED / "bench" / "vi-news-2956.jsonl.gz"


def _facts(text: str, lazy: bool) -> list:
    """Every extractor's output on one text, the way `to_record` calls them."""
    analysis = analyse(text, lazy=lazy)
    found_dates = dates.extract(analysis, None)
    return [officials.extract(analysis), figures.extract(analysis), events.extract(analysis, found_dates), found_dates]


def test_lazy_tagging_gives_the_facts_of_tagging_every_sentence_on_a_slice_of_the_bench_corpus():
    require(BENCH.exists(), "../shared/bench/vi-news-2956.jsonl.gz is not beside the checkout")
    with gzip.open(BENCH, "rt", encoding="utf-8") as fh:
        texts = [normalize(json.loads(line)["text"]) for line in islice(fh, 1000, 1060)]
    differ = [text[:80] for text in texts if repr(_facts(text, lazy=True)) != repr(_facts(text, lazy=False))]
    assert differ == []
    assert sum(bool(f[0] or f[1] or f[2]) for f in (_facts(t, lazy=True) for t in texts[:20])) >= 5


def test_lazy_tokens_are_the_eager_ones_and_are_made_once():
    text = "Ngày 10/3/2024, Thứ trưởng Bộ Công Thương Phan Thị Thắng dự hội nghị. Tổng vốn hơn 1.200 tỷ đồng."
    lazy, eager = analyse(text), analyse(text, lazy=False)
    assert not any(s.tagged for s in lazy.sentences)
    assert all(s.tagged for s in eager.sentences)
    assert [s.tokens for s in lazy.sentences] == [s.tokens for s in eager.sentences]
    first = lazy.sentences[0]
    assert first.tagged and first.tokens is first.tokens
    assert any(t.text == "Phan Thị Thắng" and t.pos == "Np" for t in first.tokens)


def test_a_grid_tags_its_sentence_only_when_tags_are_read():
    text = "Ông Nguyễn Văn An, Giám đốc Sở Công Thương tỉnh Lâm Đồng, phát biểu."
    sentence = analyse(text).sentences[0]
    grid = Grid(sentence)
    assert len(grid) > 5 and not sentence.tagged
    assert grid.pos_at(grid.by_start[text.index("phát")]).startswith("V")
    assert sentence.tagged


def test_a_sentence_built_with_tokens_keeps_them():
    token = Token("Hà Nội", 0, 6, "Np")
    sentence = Sentence("Hà Nội", 0, 6, 0, (token,))
    assert sentence.tokens == (token,) and sentence.tagged


def _pairwise_stories(items: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """The stories by brute force: every pair joined when the text hashes are equal, or when the signatures
    share a band and agree on at least THRESHOLD of their values; then connected components."""
    import numpy as np

    from pipeline.run import dedup

    sigs = {rid: dedup.minhash(text) for rid, text, _ in items}
    hashes = {rid: dedup.text_hash(text) for rid, text, _ in items}
    parent = {rid: rid for rid, _, _ in items}

    def find(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    rows = dedup._ROWS
    for i, (a, _, _) in enumerate(items):
        for b, _, _ in items[:i]:
            share = any(np.array_equal(sigs[a][k * rows:(k + 1) * rows], sigs[b][k * rows:(k + 1) * rows])
                        for k in range(dedup.BANDS))
            if hashes[a] == hashes[b] or (share and dedup.similarity(sigs[a], sigs[b]) >= dedup.THRESHOLD):
                ra, rb = find(a), find(b)
                parent[max(ra, rb)] = min(ra, rb)
    order = {rid: key for rid, _, key in items}
    groups: dict[str, list[str]] = {}
    for rid in parent:
        groups.setdefault(find(rid), []).append(rid)
    return {rid: sorted(g, key=lambda r: (order[r], r)) for g in groups.values() for rid in g}


def test_stories_from_sqlite_buckets_are_the_pairwise_stories_on_real_reposts():
    from pipeline.run.dedup import stories

    require(BENCH.exists(), "../shared/bench/vi-news-2956.jsonl.gz is not beside the checkout")
    with gzip.open(BENCH, "rt", encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in islice(fh, 2000, 2060)]
    items = [(f"a{i:03}", text, f"2024-01-{i % 28 + 1:02}") for i, text in enumerate(texts)]
    # reposts: a dateline and a credit line, a dropped sentence, the same text in capitals
    items += [(f"b{i:03}", "HÀ NỘI - " + text.split(". ", 1)[-1] + "\nTheo TTXVN", "2024-02-01") for i, text in enumerate(texts[:15])]
    items += [(f"c{i:03}", text.upper(), "2023-12-31") for i, text in enumerate(texts[10:20])]
    expected = _pairwise_stories(items)
    assert stories(reversed(items)) == expected
    assert expected["c000"][0] == "c000" and "a010" in expected["c000"]
    assert sum(len(set(g)) > 1 for g in expected.values()) >= 20
    assert sum(f"a{i:03}" in expected[f"b{i:03}"] for i in range(15)) >= 10


def test_a_sentence_takes_its_tokens_by_keyword_too():
    sentence = Sentence(text="Hà Nội", start=0, end=6, paragraph=0, tokens=())
    assert sentence.tokens == () and sentence.tagged
