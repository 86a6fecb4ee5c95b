"""Things counted right before a link (`Tỉnh có 47 dự án FDI còn hiệu lực | với tổng vốn đăng ký`): they own the measure
after it, not the clause's opening (`Tỉnh`); a size there (`diện tích 4ha đất và 305ha biển | với tổng vốn`) counts nothing.
Also whether a token lies inside a figure (`in_figure`), which the phrase readers ask everywhere."""

from __future__ import annotations

from pipeline.facts.subject_lexicon import NOUN, low
from pipeline.language.analysis import Token


def in_figure(t: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether token `t` overlaps one of the figures' (start, end) `spans`."""
    return any(s < t.end and t.start < e for s, e in spans)


# the scope written after the words of a counted thing (`trong và ngoài nước`), as the tagger cuts it
_SCOPES = (["trong", "và", "ngoài", "nước"], ["trong", "nước", "và", "quốc tế"], ["trong", "và", "ngoài", "tỉnh"])


def past_counted_words(tokens: list[Token], w: int, spans: list[tuple[int, int]]) -> int:
    """`47 dự án FDI còn hiệu lực | với`: the token before the words of a counted thing written after its count and
    before token `w` (at most five: nouns, verbs, adjectives, `còn`/`đang`/`đã`/`được`); it is the count's when they are."""
    j = w - 1
    for scope in _SCOPES:  # (`6 hoạt động xúc tiến đầu tư | trong và ngoài nước với`: where they are, s66 set P193)
        if j + 1 >= len(scope) and [low(t.text) for t in tokens[j + 1 - len(scope):j + 1]] == scope:
            j, w = j - len(scope), w - len(scope)
            break
    while j >= 0 and w - j <= 5 and not in_figure(tokens[j], spans) and (tokens[j].pos in NOUN | {"V", "A"} or low(tokens[j].text) in (
            "còn", "đang", "đã", "được", "tại", "ở")):  # (`172 dự án FDI | còn hiệu lực, với tổng vốn`; `3 dự án đầu tư | tại Việt Nam với`)
        j -= 1  # (`3 chiếc | máy lọc nước với`)
    return j


def counts_things(tokens: list[Token], j: int, spans: list[tuple[int, int]]) -> bool:
    """Whether token `j` ends a count of things, the counted noun inside the figure (`47 dự án`, not `27 ha`, `510km`)."""
    return j >= 1 and in_figure(tokens[j], spans) and tokens[j].pos in ("N", "Nc") and in_figure(tokens[j - 1], spans) \
        and not any(c.isdigit() for c in tokens[j].text)


def after_count(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> bool:
    """Whether token `k` is a `với` or `có` right after things counted (see the module)."""
    return k > 0 and low(tokens[k].text) in ("với", "có") and counts_things(tokens, past_counted_words(tokens, k, spans), spans)
