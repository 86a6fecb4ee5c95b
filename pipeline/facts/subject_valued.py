"""The thing a value is put on: `tấm vé trúng giải jackpot 1 trị giá hơn 44 tỷ đồng`, `bộ váy có giá dưới 2 triệu`.

A figure right after a valuing link (`trị giá`, `có giá`, `có giá trị`, past a qualifier such as `hơn`, `khoảng`,
`dưới`) values the noun phrase right before the link: read leftwards over nouns, adjectives, a number that ends a
name (`giải jackpot 1`) and a verb (with an adverb before it) that a noun precedes (`sổ tiết kiệm`, `voucher tham
gia khóa học`, `mây tre đan của làng nghề`, `cây sầu riêng đang kinh doanh, có giá trị`), up to and with a classifier (`tấm`, `cuốn`), and not
past a preposition other than one between two nouns (`kho hàng trong cảng`), a punctuation mark or a verb of the clause (`nhận được | voucher`).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import NOUN, low
from pipeline.language.analysis import Token

_LINKS = ("trị giá", "có giá", "có giá trị")
_QUALIFIERS = {"hơn", "khoảng", "gần", "dưới", "trên", "chừng", "tới", "đến", "lên tới", "lên đến", "ước", "ước tính", "là",
               "chỉ", "tối đa", "tối thiểu", "xấp xỉ", "hàng", "cỡ"}
_ADVERBS = {"hiện", "đều", "cũng", "vẫn", "chỉ", "hiện nay", "nay"}
_AGENTS = {"người", "đơn vị", "chủ nhân", "khách hàng", "doanh nghiệp", "công ty", "anh", "chị", "ông", "bà"}
_MAX_WORDS = 9
_TIMES = {"tháng", "năm", "ngày", "tuần", "giờ", "quý", "giải"}
_INNER_PREPOSITIONS = {"của", "trong", "tại", "ở"}


def valued_thing(tokens: list[Token], i: int) -> list[Token]:
    """The phrase valued by the figure whose first token follows `tokens[i]`, or [] when no valuing link is there."""
    while i >= 0 and low(tokens[i].text) in _QUALIFIERS:
        i -= 1
    words: list[str] = []
    k = i
    while k >= 0 and len(words) < 3 and tokens[k].pos != "CH":
        words[:0] = low(tokens[k].text).split()
        if " ".join(words) in _LINKS:
            break
        k -= 1
    else:
        return []
    if k < 0 or " ".join(words) not in _LINKS:
        return []
    j = k - 1
    if j >= 0 and low(tokens[j].text) in ("tổng", "với", "mức"):
        return []  # `với tổng trị giá 5,5 tỷ USD`: a measure of the thing before, read by the other rules
    j -= int(j >= 0 and low(tokens[j].text) == "có")  # `một shophouse có | trị giá`: the link's own verb
    while j >= 0 and low(tokens[j].text) in _ADVERBS:
        j -= 1  # `tài sản của bà Bettencourt hiện | có giá trị`
    comma = j >= 1 and tokens[j].text == "," and low(" ".join(words)).startswith("có")
    if comma:
        j -= 1  # `12 cây sầu riêng đang kinh doanh, có giá trị khoảng 800 triệu đồng`
    run: list[Token] = []
    while j >= 0 and len(run) < _MAX_WORDS:
        t = tokens[j]
        if t.pos == "M" and not run:
            run.insert(0, t)  # `giải jackpot 1`
        elif t.pos in NOUN | {"A", "Ny", "FW"}:
            run.insert(0, t)
            if t.pos == "Nc" and not (j > 0 and low(tokens[j - 1].text) == "của"):
                break  # a classifier opens the phrase (`tấm vé`, `cuốn sổ`; but `tài sản của | bà Bettencourt`)
            if t.pos in ("N", "Nc") and j > 0 and tokens[j - 1].pos == "Np":
                break  # `dành cho Việt Nam | gói tín dụng`: a name before a common noun is another phrase
        elif t.pos == "V" and j > 0 and (tokens[j - 1].pos in NOUN and (not _opens_clause(tokens, j - 1) or run and low(
                run[0].text) == "của") or comma and not run
                                         and tokens[j - 1].pos == "R" and j > 1 and tokens[j - 2].pos in NOUN):
            run.insert(0, t)  # a verb inside the phrase, after its noun (`sổ tiết kiệm`), not a clause's verb after its
            # subject (`Doanh nghiệp ký | hợp đồng`)
        elif t.pos == "R" and run and run[0].pos == "V" and comma and j > 0 and tokens[j - 1].pos in NOUN:
            run.insert(0, t)  # `sầu riêng đang kinh doanh, có giá trị`: a relative clause set off by the comma
        elif low(t.text) in _INNER_PREPOSITIONS and run and run[0].pos in NOUN and j > 0 and (
                tokens[j - 1].pos in NOUN or low(t.text) == "của" and tokens[j - 1].pos == "V"):
            run.insert(0, t)  # `Kho hàng trong cảng`, `Sản phẩm mây tre đan của làng nghề`
        else:
            break
        j -= 1
    while run and run[0].pos not in NOUN:
        run = run[1:]
    if not run or not any(t.pos in NOUN for t in run) or not run[0].text[:1].isalpha():
        return []
    if any(re.search(r"\d", t.text) for t in run[:-1]) or (len(run) == 1 and low(run[0].text) in _TIMES):
        return []  # `loại 80-100 con`, `6 | tháng`: a count or a grade, not a thing
    verbs = [n for n, t in enumerate(run) if t.pos == "V" and n > 0 and n < len(run) - 1]
    if verbs and low(run[verbs[0] - 1].text) in _AGENTS:
        run = run[verbs[0] + 1:]  # `người trúng | giải Jackpot 1`, `đơn vị đạt | giải nhì`: the prize, not who wins it
    before = tokens[tokens.index(run[0]) - 1] if tokens.index(run[0]) > 0 else None
    if all(t.pos == "Np" for t in run) and before is not None and before.pos in ("E", "V"):
        return []  # `nhập khẩu từ New Zealand, có giá`: where it comes from, not what it is
    return run


def prefer(valued: str, other: str | None) -> bool:
    """Whether the valued phrase is a better subject than what the other rules read: not when theirs is the same
    phrase with what qualifies it before (`căn hộ penhouse ở | Hong Kong`, `Hàng hóa xuất khẩu sang | Nhật Bản`),
    unless theirs runs back over the clause's verb (`Cơ quan chức năng đã thu giữ | lô hàng ...`)."""
    if other is None or not low(other).endswith(low(valued)) or low(other) == low(valued):
        return True
    return re.search(r"(?i)(?<!\w)(?:đã|sẽ|đang|vừa|mới|được|bị)\s", other[: len(other) - len(valued)]) is not None


def _opens_clause(tokens: list[Token], j: int) -> bool:
    """Whether the nouns ending at token `j` open their clause (the sentence's start, a punctuation mark or a
    conjunction before them)."""
    while j >= 0 and tokens[j].pos in NOUN | {"A", "M", "L"}:
        j -= 1
    return j < 0 or tokens[j].pos == "CH" or low(tokens[j].text) in ("và", "thì", "còn", "nhưng", "mà")
