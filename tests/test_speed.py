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
        texts = [normalize(json.loads(line)["text"]) for line in islice(fh, 1000, 1080)]
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
