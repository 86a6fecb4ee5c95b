"""A measure written after `với` right before its amount is the figure's, of the name that opens the sentence (s57, from set
P135):

    TP. HCM là địa phương dẫn đầu cả nước với trị giá xuất khẩu đạt 40,37 tỷ USD, tăng 13,4% ...
        40,37 tỷ USD: `trị giá xuất khẩu của TP. HCM` (not the predicate `địa phương dẫn đầu cả nước`); 13,4%: chained to it
    Tỉnh dẫn đầu với trị giá xuất khẩu đạt 40,37 tỷ USD        `trị giá xuất khẩu` (no name of two capitalised words opens
                                                               the sentence)

The words after `với` (three syllables at least: a bare `với giá` keeps the goods it prices) must open with a measure of the
lexicon (`trị giá`, `doanh thu`, `diện tích`, ...) and run over no
comma or number to the amount, with at most a link (`đạt`, `là`, `lên tới`) and a qualifier between; only a subject
read before `với` is replaced (a phrase of the clause's predicate), or the bare measure itself when a name opens the
sentence (`Bắc Ninh tiếp tục khẳng định vị thế ..., với số vốn đăng ký đạt 1,42 tỷ USD`: `số vốn đăng ký của Bắc Ninh`).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import AMOUNT_LEAD
from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_WITH = re.compile(r"(?<!\w)(?i:với)\s+(?P<m>[^\W\d][^,;:()\d]{2,50}?)\s+(?:(?i:đạt|là|lên tới|lên đến|ở mức|đạt mức)\s+)?"
                   rf"{AMOUNT_LEAD}$")
_NAME = re.compile(r"\W*(?P<n>(?:TP\.\s*|Tp\.\s*)?[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*)+)\s+(?i:là|đã|đang|có|vẫn|tiếp tục|dẫn đầu|đứng)(?!\w)")
_COUNTED = re.compile(r"^(?i:số|tổng số)\s+")  # `số vốn đăng ký`: the measure after `số`
_LINK_WORDS = re.compile(r"(?<!\w)(?i:đạt|là|của|và|có|được|tăng|giảm)(?!\w)")


def with_measure(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with a measure written after `với` right before them (see the module)."""
    base, text = sentence.start, sentence.text
    for k, f in enumerate(out):
        if f.unit in ("percent", "count"):
            continue
        m = _WITH.search(text[:f.evidence.start - base])
        said = m.group("m") if m else ""
        bare = bool(f.subject) and f.subject == said  # `Bắc Ninh tiếp tục ..., với số vốn đăng ký đạt`: the measure alone, read after
        # `với`, takes the name that opens the sentence too (s65, set P192)
        if len(said.split()) < 3 or not measured(_COUNTED.sub("", said)) or _LINK_WORDS.search(said) or not f.subject or f.subject not in text[:m.start()] and not bare:  # type: ignore[union-attr]
            continue  # (only in place of a phrase read before `với`: `với kinh phí ước đạt`, `với giá thấp hơn` keep theirs)
        name = _NAME.match(text[:m.start()])  # type: ignore[union-attr]
        if bare and name is None:
            continue
        out[k] = f.model_copy(update={"subject": f"{said} của {name.group('n')}" if name else said})
    return out
