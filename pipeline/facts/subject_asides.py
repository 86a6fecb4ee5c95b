"""Subjects given by what stands beside a figure rather than before it: a second figure in brackets, a change whose
clause opens with a period, the measure named after `về`, and the group that a count of people makes up.

    ... tăng 16,6% so cùng kỳ (cùng kỳ tăng 13,3%)              a period opens the change   -> the figure before's subject
    vốn hóa ... 205.000 tỉ đồng (tương đương 9 tỉ USD)          the same amount restated    -> the figure before's subject
    Tình hình phạm pháp giảm 472 vụ (giảm 20% ...)             a change of an unowned count -> what opens the clause
    tăng 6,2% về số doanh nghiệp và 34,8% về số vốn đăng ký    the measure after `về`       -> số vốn đăng ký
    Đội tiền trạm gồm 7 người                                 a group and its members      -> Đội tiền trạm
    đạt 364 tỷ đồng, vượt 21% so với kế hoạch và tăng 35%     changes chained after it     -> the figure before's subject
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import rows
from pipeline.facts.noun_phrases import in_figure, opens_clause, phrase_before
from pipeline.facts.phrases_after import phrase_after
from pipeline.facts.subject_changes import change_list, change_verb_before
from pipeline.facts.subject_lexicon import NOUN, figure_verbs, kind_of, low, qualifiers, words_of
from pipeline.language.analysis import Sentence, Token

RESTATING = frozenset({"tương đương", "tương đương với", "tương ứng", "tương ứng với", "tức", "tức là", "khoảng", "gần", "hơn", "+", "-", "–"})
_RESTATING_AFTER_COMMA = frozenset({"tương đương", "tương đương với", "tức", "tức là", "tương ứng", "tương ứng với"})  # (`chiếm 80%, tương ứng
# 1.976 tỷ đồng`: the share's amount, s62 set P172)
_PERIOD_OPENERS = frozenset({"cùng kỳ", "cùng kỳ năm trước", "năm trước", "năm ngoái", "kỳ trước"})
_MEMBERS = frozenset({"gồm", "gồm có", "có", "với"})


def restated(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the figure after token `i` opens brackets right after another figure, alone or after a word that restates
    or signs it (`205.000 tỉ đồng (tương đương 9 tỉ USD)`, `tăng 0,06 điểm (+0,11%)`), or follows it after `thay vì`: the
    same thing measured again."""
    k = i
    while k >= 0 and tokens[k].text != "(" and i - k < 3:
        k -= 1
    words = low(" ".join(t.text for t in tokens[k + 1:i + 1]))
    instead = next((n for n in (i, i - 1) if n >= 1 and low(" ".join(t.text for t in tokens[n:i + 1])) == "thay vì"), None)
    if instead is not None:  # `tăng 3% thay vì 5%`: the measure the figure before is of, as it would have been
        return in_figure(tokens[instead - 1], spans)
    if k >= 1 and tokens[k].text == "(" and (not words or words in RESTATING) and in_figure(tokens[k - 1], spans):
        return True
    n = next((n for n in (i, i - 1) if n >= 2 and low(" ".join(t.text for t in tokens[n:i + 1])) in _RESTATING_AFTER_COMMA), None)
    return n is not None and tokens[n - 1].text == "," and in_figure(tokens[n - 2], spans)  # `200 triệu USD, tương đương 4.500 tỷ đồng`


def past_foreign(tokens: list[Token], i: int) -> int:
    """The bracket that opens before the figure after token `i` when the brackets restate an amount in a currency vnie
    does not convert (`25 triệu bảng Anh (tương đương 31,6 triệu USD)`): the subject is that amount's, read from there;
    else `i`."""
    k = i
    while k >= 0 and tokens[k].text != "(" and i - k < 3:
        k -= 1
    words = low(" ".join(t.text for t in tokens[k + 1:i + 1]))
    opened = k >= 1 and tokens[k].text == "(" and (not words or words in RESTATING)
    return k if opened and before_foreign_amount(tokens, k - 1) != k - 1 else i


def chained_change(tokens: list[Token], i: int, spans: list[tuple[int, int]], figure: str) -> bool:
    """Whether the figure after token `i` (its text `figure`) is one more change of the amount before, chained after it
    or after its comparison by a comma or `và`: `đạt 364 tỷ đồng, vượt 21% so với kế hoạch và tăng 35% so với năm 2012`."""
    verb = change_verb_before(tokens, i)
    if verb is not None and verb >= 1 and low(tokens[verb].text) == "chiếm" and low(tokens[verb - 1].text) == "và":
        return _after_share(tokens, verb - 1, spans)  # `X chiếm khoảng 10% giá căn hộ và chiếm khoảng 30% giá nhà phố`
    if verb is None and not _CHANGE_OPENS.match(figure):
        return False  # (a figure can carry its own verb: `vượt 21%`)
    k = (i if verb is None else verb - 1)
    if k < 1 or low(tokens[k].text) not in (",", "và"):
        return False
    for n in range(k - 1, max(-1, k - 9), -1):
        if in_figure(tokens[n], spans):
            return n == k - 1 or low(tokens[n + 1].text) == "so"  # `..., vượt 21%`; `tăng 16% so với cùng kỳ và ...`
        if tokens[n].pos == "CH" or low(tokens[n].text) in ("và", "của"):
            return False
    return False


def _after_share(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `và` at token `k` follows a share after `chiếm` and the noun phrase it is of, in the same clause."""
    for n in range(k - 1, max(-1, k - 10), -1):
        if in_figure(tokens[n], spans):
            m = n
            while m > 0 and in_figure(tokens[m - 1], spans):
                m -= 1
            return m > 0 and low(tokens[m - 1].text) == "chiếm"
        if tokens[n].pos == "CH" or low(tokens[n].text) == "và":
            return False
    return False


_CHANGE_OPENS = re.compile(r"(?:vượt|tăng|giảm)\s", re.IGNORECASE)


def period_opens_change(tokens: list[Token], i: int) -> bool:
    """Whether the figure after token `i` is a change whose clause opens with a period in brackets or after a comma
    (`(cùng kỳ tăng 13,3%)`, `; năm trước tăng 5%`): the same measure in another period."""
    verb = change_verb_before(tokens, i)
    if verb is None or verb < 2:
        return False
    for n in range(verb - 1, max(-1, verb - 7), -1):
        if tokens[n].pos == "CH":
            return low(" ".join(t.text for t in tokens[n + 1:verb])) in _PERIOD_OPENERS
    return False


def change_of_amount(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """For a change in brackets right after an amount (`giảm 472 vụ (giảm 20%`), or a share restating it after an amount
    vnie counts no figure of (`HNX tăng 0,77 điểm (tương ứng 0,72%)`): the subject opening the clause of the change
    before that amount, read as `subject_changes` reads it; else []."""
    verb = change_verb_before(tokens, i)
    o = verb - 1 if verb is not None and verb >= 3 and tokens[verb - 1].text == "(" else -1
    if o < 0:  # `tăng 0,77 điểm (tương ứng 0,72%)`, `(+0,11%)`: the change restated as a share
        o = max((n for n in range(max(0, i - 2), i + 1) if tokens[n].text == "("), default=-1)
        words = low(" ".join(t.text for t in tokens[o + 1:i + 1])) if o >= 0 else "-"
        if o < 3 or words and words not in RESTATING or in_figure(tokens[o - 1], spans):
            return []  # after a figure of its own, `restated` gives the figure's subject
    k = o - 1
    if not in_figure(tokens[k], spans) and re.fullmatch(r"[\d.,]+ \w+", tokens[k].text):
        k -= 1  # `54,55 điểm`: a number and its noun in one token
    elif not in_figure(tokens[k], spans) and tokens[k].pos == "N" and re.fullmatch(r"[\d.,]+", tokens[k - 1].text):
        k -= 2  # `472 vụ`: a number of a noun vnie counts no figure of
    elif in_figure(tokens[k], spans):
        while k >= 0 and in_figure(tokens[k], spans):
            k -= 1
    else:
        return []
    found = change_list(tokens, k, spans) if k >= 0 else None
    return found[0] if found is not None else []


def measure_after_about(tokens: list[Token], at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The measure named after `về` right after a figure ending at offset `at` (`tăng 34,8% về số vốn đăng ký`), or []
    (a measure of one word, `về lượng`, `về giá trị`, is an attribute of what the clause is about)."""
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if k + 1 >= len(tokens) or low(tokens[k].text) != "về":
        return []
    run = phrase_after(tokens, tokens[k].end, spans)
    return run if len(run) >= 2 and (kind_of(run) or ("",))[0] in ("measure", "qualified", "attribute") else []  # `về lượng`: the X's own


@lru_cache(maxsize=1)
def _groups() -> frozenset[str]:
    """Nouns of a group of people (`figure_group_nouns.txt`): `đoàn`, `đội`, `nhóm`."""
    return frozenset(low(r[0]) for r in rows("figure_group_nouns.txt"))


def is_group(phrase: str) -> bool:
    """Whether a phrase opens with a group noun (`đội cổ động`, `thủy thủ đoàn`): a count after it counts its members."""
    words = low(phrase).split()
    return any(" ".join(words[:n]) in _groups() for n in (1, 2, 3))


def group_of(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """For a count after token `i`: the group or the owner it counts the members of, else [].

    A group (a phrase of nouns starting with a group noun, no verb) right before the count or before `gồm`/`có`/`với`
    (`Đội tiền trạm gồm 7 người`, `cử một đoàn 150 người`, `đoàn nghệ thuật gồm 140 người`); or a thing that opens
    its clause before `có` (`Thôn A Liêng có 84 hộ dân`, `Việt Nam có 59 dự án`): a name, a place, a body, not a
    person or a word of time (`Năm nay có 30 doanh nghiệp`).
    """
    if i < 1:
        return []
    member = low(tokens[i].text) in _MEMBERS
    k = (i - 1 if low(tokens[i - 1].text) != "gồm" else i - 2) if member else i
    run = phrase_before(tokens, k, spans)
    if run and tokens.index(run[-1]) != k:
        return []  # (`Vietlott xác định có 24 người`: the phrase must stand right before the count or `có`)
    run = run[:next((n for n in range(1, len(run)) if run[n].pos == "V" and run[n - 1].pos == "Np"), len(run))]  # `Triều Tiên | dự kiến`
    while run and low(run[0].text) in ("một", "các", "những") or run and run[0].pos == "M":
        run = run[1:]  # `cử một | đoàn 150 người`
    while run and low(run[-1].text) in _CLAUSE_TAIL:
        run = run[:-1]  # `Nhóm bác sĩ | cần`, `Chứng khoán phái sinh | hôm nay`
    if not run or any(t.pos not in NOUN | {"A", "V"} for t in run) or len(words_of(run)) > 6:
        return []
    grouped = low(run[0].text.split()[0]) in _groups() or low(run[0].text) in _groups() or low(" ".join(t.text for t in run[:2])) in _groups()
    grouped = grouped and not re.match(r"đoàn\s+(?:xe|tàu|thuyền)(?!\w)", low(" ".join(t.text for t in run[:2])))  # (a convoy carries, no members)
    named = len(run) >= 2 and run[1].pos == "V" and low(run[1].text) not in figure_verbs() and k == i and not opens_clause(tokens, run)
    if grouped and (len(run) == 1 or run[-1].pos == "V") and not member and not _counts_people(tokens, i):
        return []  # `nhóm 4 | dự án đầu tư ...`, `đoàn 20 doanh nghiệp`: a bare group of things is no subject; the things counted are
        # (also what a group acts on: `Hội đồng quyết định chọn | 2 sản phẩm`, `Hội đồng đồng ý | 10 sản phẩm`)
    if grouped and (opens_clause(tokens, run) or member or named or not any(t.pos == "V" for t in run)):  # (`gồm đội cổ động 229 người`)
        return run
    if low(tokens[i].text) == "có" and opens_clause(tokens, run) and run[0].pos in ("N", "Np", "Ny") and not any(
            t.pos == "V" for t in run) and low(run[0].text) not in _NOT_OWNERS and (kind_of(run) or ("named",))[0] != "time":
        return run
    return []


_PEOPLE_COUNTED = frozenset({"người", "thành viên", "cán bộ", "hội viên", "học viên", "học sinh", "sinh viên", "vận động viên", "nghệ nhân",
                             "đại biểu", "khách", "du khách", "lao động", "công nhân", "chiến sĩ", "bác sĩ", "y bác sĩ", "cầu thủ", "nghệ sĩ",
                             "diễn viên", "thí sinh", "em", "cháu", "chuyên gia", "phóng viên", "nhà báo", "thuyền viên", "ngư dân", "binh sĩ"})


def _counts_people(tokens: list[Token], i: int) -> bool:
    """Whether the count after token `i` (its number, then its noun) counts people: only then is a bare group before it theirs."""
    noun = next((t for t in tokens[i + 2:i + 4] if t.pos in NOUN), None)
    return noun is None or low(noun.text) in _PEOPLE_COUNTED


_CLAUSE_TAIL = frozenset({"hôm nay", "hiện nay", "nay", "hiện", "cần", "phải", "sẽ", "đã", "được", "dự kiến", "xác định", "vẫn",
                          "chỉ", "cũng"})
_NOT_OWNERS = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "hiện", "hiện nay", "trong đó", "tổng cộng", "tổng số", "ông", "bà",
                         "anh", "chị", "em", "người", "gia đình", "nhà"})


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    """Currencies vnie does not convert and the dollar words (`figure_foreign_currencies.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_foreign_currencies.txt"))


def before_foreign_amount(tokens: list[Token], i: int) -> int:
    """The token before an amount in a currency of `figure_foreign_currencies.txt` that ends at token `i` (`650 triệu |
    bảng Anh`, `4,7 tỉ | đô la Canada`, before brackets that restate it), or `i` when token `i` ends no such amount."""
    for k in range(i, max(-1, i - 3), -1):
        word = low(tokens[k].text)
        word = word.split()[-1] if word.split()[0] in ("tỉ", "tỷ", "triệu", "nghìn", "ngàn") and " " in word else word  # (`8 | tỉ won`)
        if word in _currencies() and k > 0 and (tokens[k - 1].pos == "M" or re.search(r"\d", tokens[k - 1].text)):
            n = k - 1
            while n >= 0 and (tokens[n].pos == "M" or re.search(r"\d", tokens[n].text)):
                n -= 1
            while n >= 0 and low(tokens[n].text) in qualifiers():
                n -= 1  # `thiệt hại gần | 200 tỉ rupi`: the amount's qualifier
            return n
    return i


def counted_change(tokens: list[Token], i: int) -> bool:
    """Whether the figure after token `i` completes a verb of change (`..., tăng 2,24%`): only such a figure is of the
    things a count before it counts (`đón 1,2 triệu lượt khách, tăng 20%`), or a share after `bằng` (`..., bằng 44,6%
    kế hoạch`)."""
    return change_verb_before(tokens, i) is not None or i >= 0 and low(tokens[i].text) == "bằng"


def counted_phrase(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]]) -> str | None:
    """For a count from `sentence.text[start]` to `[end]`: its counted noun with the nouns right after it (`1,2 triệu
    lượt | du khách`), which a change after the count measures; None when that is a single syllable (`người`, `lượt`)."""
    base = sentence.start
    absolute = [(base + s, base + e) for s, e in spans]
    inside = [t for t in sentence.tokens if base + start <= t.start and t.end <= base + end]
    n = len(inside)
    while n > 0 and inside[n - 1].pos in NOUN and not re.search(r"\d", inside[n - 1].text):
        n -= 1
    run = inside[n:] + phrase_after(list(sentence.tokens), base + end, absolute)
    text = sentence.text[run[0].start - base:run[-1].end - base] if run else ""
    return text if len(text.split()) >= 2 else None


# A part of what the sentence counted or measured before: `..., trong đó (có) hơn 50% là X`, `trong đó, có 3 sản phẩm`.
PART_OF = re.compile(r"(?<!\w)(?i:trong đó|trong số đó|trong số này)\s*,?\s*(?:(?i:có)\s+)?(?:(?i:khoảng|hơn|gần|trên)\s+)?$")
_IS = re.compile(r"\s*(?i:là)\s+")
_WHOLE_IS = re.compile(r"\s*(?i:dân số|số dân|tổng số dân|số hộ|tổng số hộ|lao động|số lao động|diện tích|tổng diện tích)\s+(?i:là)\s+")


def share_named_after(sentence: Sentence, start: int, end: int) -> str | None:
    """For a share from `sentence.text[start]` to `[end]` that a `trong đó` opens and `là` follows (`trong đó có hơn 50%
    là cam được trồng theo tiêu chuẩn VietGap`): the words after `là` to the end of their clause, the part the share
    measures (at most ten words, no other figure); else None. So for a share of a whole named between it and `là`
    (`có đến 95% dân số là đồng bào dân tộc Xơ Đăng`: the part, not the whole)."""
    is_ = _IS.match(sentence.text, end) if PART_OF.search(sentence.text[:start]) else None
    is_ = is_ or _WHOLE_IS.match(sentence.text, end)
    if is_ is None:
        return None
    part = re.match(r"[^,;.()\d:]+", sentence.text[is_.end():])
    text = part.group().strip() if part else ""
    text = re.split(r"\s(?i:như|gồm|bao gồm)\s", text)[0].strip()  # (`các giống nhãn đặc sản như đường phèn`: the kind, not its examples)
    if re.match(r"(?i:do|vì|bởi|nhờ|từ|tại|ở|của)(?!\w)", text):
        return None  # `trong đó 49 tỷ đồng là do tham ô từ PVN`: a cause, not a part
    return text if text and len(text.split()) <= 10 and text[0].isalpha() else None


def foreign_lead(sentence: Sentence, start: int) -> int:
    """Where the amount in a currency vnie does not convert starts when the figure at `sentence.text[start]` restates it
    in brackets (`phạt Samsung BioLogics 8 tỉ won (6,8 triệu USD)`: at `8`), as a sentence offset; else `start`."""
    tokens = list(sentence.tokens)
    i = next((n for n, t in enumerate(tokens) if t.end > sentence.start + start), len(tokens)) - 1
    k = past_foreign(tokens, i) if i >= 0 else i
    n = before_foreign_amount(tokens, k - 1) if k >= 1 and tokens[k].text == "(" else k - 1
    return tokens[n + 1].start - sentence.start if n != k - 1 else start
