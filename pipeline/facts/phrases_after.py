"""The noun phrase right after a figure (`trút 16 tấn | bom`, `áp thuế 25% với 60 tỷ USD | hàng hóa Mỹ`,
`bằng 82,4% | kế hoạch năm`): what an amount is of when nothing before it says so."""

from __future__ import annotations

import re

from pipeline.facts.noun_phrases import in_figure
from pipeline.facts.subject_lexicon import (
    CLAUSE_WORDS,
    COMPARATIVES,
    DEMONSTRATIVES,
    DETERMINERS,
    FORMULA,
    INNER_PAIRS,
    INNER_PREPOSITIONS,
    NOUN,
    SAYING,
    entries,
    kind_of,
    low,
    not_a_number,
    stop_words,
    timely,
    words_of,
)
from pipeline.facts.subject_shares import selected
from pipeline.language.analysis import Token

_AFTER_POS = NOUN | {"A", "V", "FW"}  # `bãi container`


def phrase_after(tokens: list[Token], at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The noun phrase right after a figure ending at offset `at` that says what the amount is of (`16 tấn bom`,
    `60 tỷ USD hàng hóa Mỹ`, `hơn 10.000 km đường`), or []: it starts with a common noun that is not a period, a
    generic word or a unit of its own (`5 tỷ đồng năm 2020`, `20% số tiền`), runs over nouns and adjectives and the
    verbs inside a compound (`rác thải nhựa`), and ends at a preposition, a clause word, punctuation or a number."""
    k = next((n for n, t in enumerate(tokens) if t.start >= at), len(tokens))
    if k >= len(tokens) or in_figure(tokens[k], spans) or not _opens_phrase_after(tokens, k):
        return []
    if timely(tokens[k]) or low(tokens[k].text) in stop_words() | DETERMINERS | INNER_PREPOSITIONS or tuple(words_of([tokens[k]])) in entries().links:
        return []  # `13% năm ngoái`, `73% người được hỏi`, `5 tỷ đồng mỗi năm`, `3% tương đương 49 điểm`
    listed = _listed_nouns(tokens, k, spans)
    if listed:
        return listed  # `15.978 tấn tôm, cua, cá sống`: all the goods listed, not the first
    run: list[Token] = []
    for n in range(k, len(tokens)):
        t, word, nxt = tokens[n], low(tokens[n].text), tokens[n + 1] if n + 1 < len(tokens) else None
        clause = _relative_clause(tokens, n, run, spans) if n > k else []
        if clause:
            run += clause  # `34% số người nhiễm HIV mới là nữ giới`, `67,5% số người được hỏi khẳng định`: who is counted
            break
        if word in ("những", "các") and len(run) == 1 and low(run[0].text) in _COUNTING:
            run.append(t)  # `34% số | những người nhiễm HIV ...`
            continue
        if run and nxt is not None and (word, low(nxt.text)) in INNER_PAIRS:
            run += [t, nxt]  # `30 tỷ đồng vốn đầu tư | trong nước`, `giá trị | theo giá so sánh`
            break
        if word in DEMONSTRATIVES and run:
            run.append(t)  # `hàng hóa nước này`
            break
        if run and nxt is not None and not in_figure(nxt, spans) and (word == "của" and nxt.pos in ("N", "Np") or word == "và" and (
                nxt.pos == "N" and low(nxt.text) != "tổng" and (kind_of([nxt]) is None or kind_of(run[:1]) is not None) and not _new_clause(tokens, n + 1))):
            run.append(t)  # `50% rác thải của thành phố`, `4 tấn thịt và mỡ heo` (not `... và 2 tấn cá`, `... và tổng vốn`)
            continue
        if (t.pos not in _AFTER_POS and not (t.pos == "M" and run and not_a_number(t))  # (`hàng/N hóa/M`: glued badly)
                or in_figure(t, spans) or word in stop_words() or word in CLAUSE_WORDS or word in SAYING or word == "tiếp tục"  # (`30 tấn nhãn | tiếp tục được`)
                or timely(t) or re.search(r"\d", t.text) and not FORMULA.fullmatch(t.text)):
            if timely(t) and run and low(run[-1].text) == "hàng":
                run.pop()  # `thu nhập hàng tháng`: `hàng` is `every`
            negated = word in ("không", "chưa", "chẳng", "sắp", "sẽ", "đã", "đang", "vẫn", "từng") and nxt is not None and nxt.pos in ("V", "A")
            # (`70% giáo viên | không có ...`, `95% thuê bao | sắp được chuyển mạng ...`)
            if (t.pos == "V" or negated) and (chosen := selected(tokens, k, run, n, spans)):
                return chosen  # `43% doanh nghiệp đánh giá ...`: a verb of saying is a predicate too
            break
        if t.pos == "V" and n > k:  # the first word may be a measure tagged as a verb (`40% sản lượng`)
            after = tokens[n + 2] if n + 2 < len(tokens) else None
            ends = (nxt is None or nxt.pos in ("CH", "E") or low(nxt.text) in ("và", "được", "bị")) and bool(run) and run[-1].pos == "N" and word not in (
                "phục vụ", "dùng", "sử dụng", "dành") and not any(  # (`quặng III nguyên liệu | phục vụ cho ...`: a purpose)
                low(u.text) == "của" for u in run)  # `chi phí bồi thường,`, but not `dân số của Rio sống trong`
            split = len(run) == 1 and nxt is not None and nxt.pos in ("N", "Nc", "A") and (" " not in run[0].text or (kind_of(run) or ("",))[0] == "measure") or len(
                run) == 1 and low(run[0].text) in ("khoản", "mức")  # `rác thải nhựa`, `chi phí thuê gian hàng`, `khoản tài trợ/V`
            if not run or not (ends or split) or nxt is not None and nxt.pos in NOUN and after is not None and after.pos == "Np":
                return selected(tokens, k, run, n, spans) or _ended(tokens, run)  # `10.000 km đường bị phá hủy`: a predicate,
                # not a compound; but a share of people with it names which (`52% cử tri ủng hộ nước này`: `subject_shares`)
        run.append(t)
        own_verb = len(run) > 1 and run[1].pos == "V" and (kind_of(run[:1]) or ("",))[0] == "measure"  # `kinh phí mua thẻ bảo hiểm y tế`
        if len(words_of(run)) > (9 if own_verb else 8 if all(u.pos != "V" for u in run) else 6):  # (`thủ tục hành chính công trực tuyến`)
            of = [n for n, u in enumerate(run) if low(u.text) in ("của", "và")]
            if not of:  # (a measure's own verb phrase that runs long: `kinh phí mua thẻ bảo hiểm y tế trong ...`)
                return run[:1] if (kind_of(run[:1]) or ("",))[0] == "measure" and run[1].pos == "V" else []
            run = run[:of[-1]]  # `1.000 tỷ đồng vốn góp | của Tổng công ty Đầu tư và Kinh doanh vốn nhà nước`
            break
    return _ended(tokens, run)


def _listed_nouns(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """Three or more bare lowercase nouns from token `k` joined by commas (the last may follow `và`), ending their phrase
    (`tôm, cua, cá | sống`): the things an amount before them is of; else []."""
    def bare(n: int) -> bool:
        return n < len(tokens) and tokens[n].pos == "N" and tokens[n].text.islower() and not in_figure(tokens[n], spans) \
            and kind_of(tokens[n:n + 1]) is None and low(tokens[n].text) not in stop_words()
    items, n = [k], k + 1
    while bare(k) and n + 1 < len(tokens) and (tokens[n].text == "," or low(tokens[n].text) == "và") and bare(n + 1):
        items.append(n + 1)
        n += 2
        if low(tokens[n - 2].text) == "và":
            break
    ends = n >= len(tokens) or tokens[n].pos not in NOUN | {"A", "M"}
    return tokens[k:n] if len(items) >= 3 and ends else []


def _ended(tokens: list[Token], run: list[Token]) -> list[Token]:
    """The phrase after a figure, checked: no comparative at its end, no generic word, not the next clause's subject."""
    k = tokens.index(run[0]) if run else 0
    while run and run[-1].pos == "A" and low(run[-1].text) in COMPARATIVES:
        run.pop()
    if not run or (kind_of(run) or ("",))[0] in ("generic", "time", "other"):
        return []
    follows = tokens.index(run[-1]) + 1
    if follows < len(tokens) and low(tokens[follows].text) == "là" and kind_of(run) is None:
        return []  # `nộp bảo lãnh dự thầu 1 triệu USD | quá ư là đơn giản`: the subject of the next clause
    return run if any(t.pos in ("N", "Np") or (kind_of([t]) or ("",))[0] == "measure" for t in run) or _opens_phrase_after(tokens, k) else []


def _new_clause(tokens: list[Token], k: int) -> bool:
    """Whether the noun phrase at token `k` (after `và`) is the subject of a clause of its own: an adverb of time or mood
    follows it (`80% chương trình và | chính quyền các bang sẽ chịu ...`), not a thing joined to the one before."""
    while k < len(tokens) and (tokens[k].pos in NOUN or low(tokens[k].text) in DETERMINERS | {"các", "những"}):
        k += 1
    return k < len(tokens) and low(tokens[k].text) in ("sẽ", "đã", "đang", "cũng", "vẫn", "thì", "phải", "cần", "có thể")


_COUNTING = frozenset({"số", "tổng số", "số lượng", "tỷ lệ", "tỉ lệ"})
_OBJECT_POS = frozenset({"N", "Np", "Ny", "Nc", "M"})


def _relative_clause(tokens: list[Token], n: int, run: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """The clause right after `số người` that says which people are counted: a verb (after `được`, `bị`, `đã`) and its
    object with a `mới` (`nhiễm HIV mới`, `được hỏi`, `đồng ý`), up to the next verb, preposition or punctuation; or []."""
    run = [u for u in run if low(u.text) not in ("những", "các")]
    if len(run) != 2 or low(run[0].text) not in _COUNTING or run[1].pos not in ("N", "Nc"):
        return []
    m = n
    while m < len(tokens) and low(tokens[m].text) in ("được", "bị", "đã"):
        m += 1
    if m >= len(tokens) or tokens[m].pos != "V" or in_figure(tokens[m], spans) or low(tokens[m].text) in ("là", "chiếm", "đạt", "có"):
        return []
    m += 1
    while m < len(tokens) and low(tokens[m].text) in ("lại", "ra", "lên", "xuống", "vào") and tokens[m].pos == "V":
        m += 1  # `số tiền còn lại`
    while m < len(tokens) and tokens[m].pos in _OBJECT_POS and not in_figure(tokens[m], spans) and low(tokens[m].text) not in stop_words():
        m += 1
    if m < len(tokens) and low(tokens[m].text) == "mới":
        m += 1
    return tokens[n:m]


def _opens_phrase_after(tokens: list[Token], k: int) -> bool:
    """Whether token `k` can open the phrase after an amount: a common noun, a measure of the lexicon whatever its tag
    (`30% GDP`), or a word of several syllables tagged as an adjective before `của` or a noun (`50% rác thải của`)."""
    t = tokens[k]
    if t.pos in ("N", "Nc") or (kind_of([t]) or ("",))[0] == "measure":
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (t.pos == "A" and " " in t.text and low(t.text) not in COMPARATIVES and nxt is not None
            and (low(nxt.text) == "của" or nxt.pos == "N"))


def qualifies(text: str, start: int, after: list[Token]) -> bool:
    """Whether the words `after` a figure in brackets right after another (`diện tích ... đạt 391ha (27,5ha chứng nhận hữu
    cơ)`) qualify the measure before it (a verb, or a noun with an adjective, that the lexicon does not know as a thing):
    the figure is that part of the measure, not the qualifier's."""
    return text[:start].rstrip().endswith("(") and kind_of(after) is None and (
        after[0].pos == "V" or any(t.pos == "A" for t in after[1:]))
