"""The owner of a bare measure that a thing named by a common noun earns or reaches: `Ngành dệt may đạt doanh thu 44 tỷ
USD` (`doanh thu của Ngành dệt may`), `Hàng thủ công mỹ nghệ luôn mang lại kim ngạch xuất khẩu hơn 1,7 tỷ USD/năm`
(`kim ngạch xuất khẩu của Hàng thủ công mỹ nghệ`), `Các hợp tác xã đạt doanh thu bình quân 1,2 tỷ đồng/năm`.

`subject_named_owner` reads owners with a proper name; this reads the plain noun phrase that opens the measure's clause
(a noun, a classifier or `các`/`những` first; no preposition, no time, no pronoun, at most six words) when a verb of
having or earning (`đạt`, `có`, `ghi nhận`, `thu về`, `mang lại`, `đem lại`, `mang về`) stands between it and the
measure, adverbs aside. A measure of `figure_owned_measures.txt` only: a thing's own amount, which names nothing alone."""

from __future__ import annotations

from pipeline.facts.subject_lexicon import SAYING, low
from pipeline.facts.subject_named_owner import ADVERBS, AUTHORITIES, bare_owned
from pipeline.language.analysis import Sentence, Token

_EARNING = frozenset({"đạt", "có", "ghi nhận", "thu về", "mang về", "mang lại", "đem lại", "đem về", "thu", "đạt được"})
_STILL = ADVERBS | frozenset({"luôn", "đều", "thường", "phải", "cần", "có thể", "bình quân", "mỗi năm", "hằng năm", "hàng năm"})
_NOT_THINGS = frozenset({"năm", "tháng", "quý", "tuần", "ngày", "đây", "đó", "này", "nó", "họ", "chúng tôi", "tôi", "ta", "tổng",
                         "mức", "số", "con số", "trong đó", "riêng", "còn", "cùng kỳ"})
_BOUNDS = frozenset({",", ";", ":", "(", ")", "nhưng", "trong khi", "trong đó", "và", "còn"})
_MOST = 6  # words of an owner at most


def _verb_before(tokens: list[Token], m: int) -> int | None:
    """The index of the first token of the verb of earning right before token `m` (adverbs between), or None."""
    k = m - 1
    while k >= 0 and low(tokens[k].text) in _STILL - {"lại"}:
        k -= 1
    if k >= 1 and f"{low(tokens[k - 1].text)} {low(tokens[k].text)}" in _EARNING:
        return k - 1
    return k if k >= 0 and low(tokens[k].text) in _EARNING else None


def thing_owner(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """`<measure> của <thing>` for a bare owned measure right before the figure at `sentence.text[start]` whose clause
    opens with the plain noun phrase that earns or reaches it; else `subject`."""
    if subject is None or not bare_owned(subject):
        return subject
    key = low(subject)
    at = sentence.text.lower().rfind(key, 0, start)
    tokens = list(sentence.tokens)
    m = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + at), None) if at >= 0 else None
    v = _verb_before(tokens, m) if m else None
    if v is None:
        return subject
    k = v - 1
    while k >= 0 and low(tokens[k].text) in _STILL:
        k -= 1
    c = max((n for n in range(k + 1) if low(tokens[n].text) in _BOUNDS), default=-1) + 1
    run = tokens[c:k + 1]
    words = " ".join(t.text for t in run).split()
    if not run or len(words) > _MOST or run[0].pos not in ("N", "Nc", "L") or low(run[0].text) in _NOT_THINGS | AUTHORITIES \
            or any(t.pos in ("E", "CH", "P", "M", "C", "CC") or low(t.text) in _NOT_THINGS | SAYING for t in run[1:]) \
            or run[0].pos == "L" and len(run) < 2 or any(ch.isdigit() for ch in "".join(words)):
        return subject  # (`Năm 2022 đạt doanh thu`: a time; `theo ông X`: a source; `trong tỉnh có`: a place)
    thing = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]
    return f"{subject} của {thing}"
