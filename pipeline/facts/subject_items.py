"""Owners and subjects read from a sentence's layout rather than from one noun phrase: the named item of a list that
an attribute after a comma belongs to, the change in brackets after an amount, and the percentage of a target.

    Các KCN: Bãi Sậy, diện tích 150 ha; Dân Tiến, diện tích 130 ha    an item, then its attribute  -> Bãi Sậy, Dân Tiến
    nhà máy X quy mô 400 ha, tổng công suất 300 MW, kinh phí ...      one thing's attributes       -> nhà máy X
    ... thép 560 triệu USD (tăng 44,6%)                                a change of the amount before -> its subject
    ... ước đạt 1,5 tỷ USD, bằng 82,4% kế hoạch năm                    a share of a target           -> not `kế hoạch`
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import rows
from pipeline.facts.noun_phrases import (
    clause_subject,
    in_figure,
    is_bare_attribute,
    opens_clause,
    phrase_before,
    phrase_text,
    skip_links,
    skip_period,
)
from pipeline.facts.subject_changes import change_verb_before
from pipeline.facts.subject_lexicon import (
    CLAUSE_WORDS,
    NOUN,
    balance_verbs,
    change_verbs,
    entries,
    giving_verbs,
    honorific,
    kind_of,
    low,
    named,
    place_only,
    place_with_word,
    stop_words,
    verb_adverbs,
    without_modal_verb,
    words_of,
)
from pipeline.facts.subject_listed import ITEM_WORDS
from pipeline.language.analysis import Sentence, Token

_ITEM_BOUNDARIES = {":", ";", ","}


def change_after_amount(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the figure after token `i` is a change opening brackets right after an amount (`thép 560 triệu USD
    (tăng 44,6%)`): a change of that amount, whose subject it shares."""
    verb = change_verb_before(tokens, i)
    return verb is not None and verb >= 2 and tokens[verb - 1].text == "(" and in_figure(tokens[verb - 2], spans) \
        and not low(tokens[verb].text).startswith("chiếm")


@lru_cache(maxsize=1)
def _targets() -> frozenset[str]:
    """Targets a percentage is reached against (`figure_targets.txt`): `kế hoạch`, `chỉ tiêu`, `dự toán`."""
    return frozenset(low(r[0]) for r in rows("figure_targets.txt"))


def is_target(run: list[Token]) -> bool:
    """Whether the phrase after a percentage is a target it is a share of (`82,4% kế hoạch năm`), not what is measured."""
    words = words_of(run)
    return any(" ".join(words[:n]) in _targets() for n in range(1, min(len(words), 3) + 1)) and not any(
        re.search(r"\d", t.text) for t in run)


def names_own_measure(run: list[Token]) -> bool:
    """Whether a target after a percentage names the measure it is set for (`98% chỉ tiêu lợi nhuận sau thuế`, `9% mục tiêu
    doanh thu`): a measure of the lexicon after the target's word; not a period alone (`82,4% kế hoạch năm`)."""
    words = words_of(run)
    lead = next((n for n in range(1, min(len(words), 3) + 1) if " ".join(words[:n]) in _targets()), None)
    if lead is None:
        return False
    rest = run[_tokens_for(run, lead):]
    return any((kind_of(rest[j:j + n]) or ("",))[0] in ("measure", "qualified") for j in range(min(len(rest), 3)) for n in (1, 2, 3))


def _tokens_for(run: list[Token], n_words: int) -> int:
    """How many tokens of `run` hold its first `n_words` words."""
    seen = 0
    for k, t in enumerate(run):
        seen += len(t.text.split())
        if seen >= n_words:
            return k + 1
    return len(run)


def without_verb(sentence: Sentence, start: int, text: str) -> str | None:
    """A subject without the change verb after an adverb it ends with, or before the adverbs it ends with (`Giá gạo ...
    cũng tăng mạnh` -> `Giá gạo ...`, `cổ phiếu HNF tăng mạnh` -> `cổ phiếu HNF`; but `tốc độ tăng trưởng` stays); the subject as it was when it has none; None when nothing is left."""
    end = sentence.text.rfind(text, 0, start)
    words = [t for t in sentence.tokens if end >= 0 and sentence.start + end <= t.start < sentence.start + end + len(text)]
    verbs = [n for n, t in enumerate(words) if n and low(t.text) in change_verbs() and (words[n - 1].pos == "R" or n + 1 < len(words)
             and all(u.pos in ("A", "R") for u in words[n + 1:]) and words[n - 1].pos in NOUN
             and not any(tuple(words_of(words[m:n + 1])) in entries().kinds for m in range(n)))]  # `cổ phiếu HNF tăng mạnh`, not `tốc độ tăng trưởng`
    verbs = verbs or [n for n, t in enumerate(words) if n and t.pos == "V" and words[n - 1].pos in NOUN and n + 1 < len(words)
                      and all(u.pos == "A" for u in words[n + 1:]) and not any(tuple(words_of(words[m:k + 1])) in entries().kinds
                                                                               for m in range(n + 1) for k in range(n, len(words)) if (m, k) != (n, n))
                      and (any(low(u.text) == "của" for u in words[:n]) or (kind_of(words[:n]) or ("",))[0] not in ("measure", "attribute", "qualified", "generic"))]
    # `sản lượng vải thiều của tỉnh | tiêu thụ/V bình quân/A`, `Cột tro bụi | bay/V cao/A` (+ 6 km): a verb and its manner
    if not verbs:
        return without_modal_verb(text) if words and words[0].pos in NOUN else text
    words = words[:verbs[-1]]  # and what follows the verb (`tăng mạnh`)
    while words and words[-1].pos == "R":
        words.pop()
    return phrase_text(sentence, words) if words and words[0].pos in NOUN else None


def in_item(sentence: Sentence, tokens: list[Token], i: int, text: str) -> bool:
    """Whether the subject `text` of the figure before stands in the same item of a list as token `i` (after the last `;`)."""
    k = max((n for n in range(i) if tokens[n].text == ";"), default=-1)
    return text in sentence.text[(tokens[k].end - sentence.start) if k >= 0 else 0:tokens[i].start - sentence.start]


def before_other_amount(tokens: list[Token], i: int) -> int:
    """The token before an amount in a unit vnie does not count that ends at token `i` (`500 rupee`, `5 tỷ rupee`,
    before `(khoảng 7,4 USD)`), or `i` when token `i` does not end such an amount."""
    if i < 1 or tokens[i].pos not in NOUN | {"Nu"} or tokens[i - 1].pos != "M" and not re.search(r"\d", tokens[i - 1].text):
        return i
    k = i - 1
    while k >= 0 and (tokens[k].pos == "M" or re.search(r"\d", tokens[k].text)):
        k -= 1
    return k


def paid_into(tokens: list[Token], run: list[Token]) -> int | None:
    """`dự án sẽ đóng góp vào | ngân sách ... 45 tỷ đồng`: the index of the verb of giving before `vào` that the phrase
    follows (the phrase is where the amount goes, not what it measures), or None."""
    k = tokens.index(run[0]) - 1
    return k - 1 if k >= 1 and low(tokens[k].text) == "vào" and low(tokens[k - 1].text) in giving_verbs() else None


def token_at(sentence: Sentence, start: int) -> int:
    """The index of the first token at or after `sentence.text[start]`."""
    return next((n for n, t in enumerate(sentence.tokens) if t.start >= sentence.start + start), len(sentence.tokens) - 1)



def from_place(tokens: list[Token], run: list[Token]) -> bool:
    """Whether the phrase is where a distance or a share is counted from (`cách đường băng 1,6 km`, `so với ...`)."""
    k = tokens.index(run[0]) - 1
    return k >= 0 and low(tokens[k].text) in ("cách", "từ", "so với", "với", "đến", "tới")



def bracket_owner(tokens: list[Token], k: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The thing right before brackets that hold its bare attribute (`khu khách sạn (diện tích 1,94 ha)`): a short
    noun phrase (the object of a verb it may be, never of a preposition: `... chính của | tỉnh (`), naming no generic,
    period, side or measure; [] otherwise."""
    if k < 1 or tokens[k].text != "(":
        return []
    run = phrase_before(tokens, k - 1, spans)
    before = tokens.index(run[0]) - 1 if run else -1
    if not run or run[0].pos not in ("N", "Nc", "Np") or len(words_of(run)) > ITEM_WORDS + 2 or before >= 0 and tokens[before].pos == "E":
        return []
    return run if (kind_of(run) or ("",))[0] not in ("generic", "time", "other", "measure", "attribute", "qualified") else []


def before_balance_verb(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token] | None:
    """When a verb of spending or trade balance ends at token `i`, right before its figure (`Ngân sách tỉnh | chi`,
    `Doanh nghiệp FDI | xuất siêu`; the tagger may take `chi` for a pronoun): the phrase of nouns before it, opening its
    clause, a measure, thing or name but no person (`anh Thiện chi ra`), but no bare measure compound (`giá trị xuất siêu` is one measure), else [];
    None when no such verb ends there."""
    for n in (2, 1):
        if i - n + 1 >= 1 and " ".join(words_of(tokens[i - n + 1:i + 1])) in balance_verbs():
            head = phrase_before(tokens, i - n, spans)
            kind = kind_of(head) if head else None
            if head and tuple(words_of(head)) in entries().kinds and (kind or ("",))[0] == "measure":
                return None
            if (head and head[0].pos in NOUN and head[-1].pos in NOUN and opens_clause(tokens, head) and not honorific(head[0])
                    and (kind is not None and kind[0] in ("measure", "entity", "qualified") or any(t.pos == "Np" for t in head))):
                return head
            return []
    return None


_PHASES = re.compile(r"(?:\s*(?:,|và)\s*(?:(?i:giai đoạn)\s+)?(?:\d+|[IVX]+)(?!\w))+")


# the words joined to a subject's first word by spaced dashes (`nông - lâm - | ngư nghiệp`: one sector), from a clause's start
_DASHED = re.compile(r"(?:^|(?<=[,;:(])\s*)[^\W\d_]+(?:\s[^\W\d_A-ZĐ][^\W\d_]*){0,2}\s[-–]\s(?:[^\W\d_A-ZĐ][^\W\d_]*\s[-–]\s)*$")


def with_split_word(sentence: Sentence, start: int, text: str) -> str:
    """The subject with the part of a word the tokenizer merged with the figure's first word (`hàng | hóa ước` before
    `ước đạt 23,7 tỷ USD`): when the subject ends right before that token, its syllables before the figure are added;
    with the sectors a dash joins to its start; and with the other phases listed after the one it ends with (`Nhà máy X giai đoạn 1 | và giai đoạn 2 có ...`)."""
    at = sentence.text.rfind(text, 0, start)
    dashed = _DASHED.search(sentence.text, 0, at) if at > 0 and len(text.split()) <= 3 else None
    text, at = (sentence.text[dashed.start():at] + text, dashed.start()) if dashed else (text, at)  # `khu vực nông - lâm - | ngư nghiệp`
    phases = _PHASES.match(sentence.text, at + len(text)) if at >= 0 and re.search(r"(?i:giai đoạn)\s+(?:\d+|[IVX]+)$", text) else None
    text = text + sentence.text[at + len(text):phases.end()] if phases else text
    base = sentence.start
    split = next((t for t in sentence.tokens if t.start < base + start < t.end), None)
    if split is None:
        return text
    head = sentence.text[split.start - base:start].strip()
    before = sentence.text[:split.start - base].rstrip()
    if head and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+)*", head) and before.endswith(text) and low(head) not in stop_words():
        return f"{text} {head}"
    return text


def opening_thing(tokens: list[Token]) -> list[Token]:
    """The noun phrase that opens the sentence and is the subject of its first verb (`Khu rừng này | nằm phía sau ...`):
    nouns, a demonstrative closing them, at most six words, no person, generic, period or side; [] otherwise."""
    first = next((n for n, t in enumerate(tokens) if t.pos != "L"), len(tokens))  # `Những | sản phẩm này`
    n = first
    while n < len(tokens) and (tokens[n].pos in NOUN or n > first and low(tokens[n].text) in ("này", "đó", "ấy")):
        n += 1
    if first < n < len(tokens) - 1 and low(tokens[n - 1].text) in _WORK_HEADS and tokens[n].pos == "V" and tokens[n + 1].pos in NOUN:
        n += 1  # `Dự án tổ hợp | chế biến/V thịt MEATDeli | được khởi công`: a works named by what it does
        while n < len(tokens) and tokens[n].pos in NOUN:
            n += 1
    run = tokens[first:n]
    while n < len(tokens) and tokens[n].pos == "R" and low(tokens[n].text) not in ("được", "bị"):
        n += 1  # `đang được bán`
    if not run or n >= len(tokens) or tokens[n].pos != "V" or len(words_of(run)) > (12 if any(t.pos == "V" for t in run) else 6) \
            or run[0].pos not in ("N", "Nc"):
        return []
    if any(w in stop_words() or w in CLAUSE_WORDS or w in verb_adverbs() for w in words_of(run)):
        return []  # `Sau/N khi/N cầu sập`: a clause of time, not a thing; `Hiện/N kim ngạch`
    return run if (kind_of(run) or ("",))[0] not in ("generic", "time", "other") and not honorific(tokens[0]) else []


def defined_name(tokens: list[Token], i: int) -> list[Token]:
    """The name a sentence defines when an attribute after `với`/`có` (up to token `i`) describes it: `Phú Quốc hiện là
    huyện đảo lớn nhất với tổng diện tích 589 km2`, `Cửa khẩu Tà Lùng là ... có diện tích`; no person (`Ông X là ...`)."""
    n = next((m for m in range(1, min(i, 5)) if tokens[m].pos not in NOUN or low(tokens[m].text) in verb_adverbs()), 0)
    if not n or not named(tokens[n - 1]) or tokens[0].pos not in NOUN or honorific(tokens[0]):
        return []
    m = next((m for m in range(n, i) if low(tokens[m].text) not in verb_adverbs() and tokens[m].pos != "R"), i)
    return tokens[:n] if m < i and low(tokens[m].text) == "là" and any(low(t.text) in ("với", "có") for t in tokens[m + 1:i + 1]) else []


def _named_seller(tokens: list[Token], verb: int) -> list[Token] | None:
    """The named thing that opens the sentence and is sold by the verb at token `verb` (`Vivo V7+ | bán ra`, `Samsung
    Galaxy A50 được | bán ra`): proper nouns, nouns, numbers and symbols, at most six words, a proper noun among them; else None."""
    n = verb
    while n > 0 and low(tokens[n - 1].text) in ("được", "đã", "sẽ", "đang", "vừa", "chính thức"):
        n -= 1
    run = tokens[:n]
    if not run or len(words_of(run)) > 6 or not any(t.pos == "Np" for t in run) or any(
            t.pos not in NOUN | {"M"} and t.text.isalpha() for t in run):
        return None
    return run


_BARE_PRICES = frozenset({"giá", "mức giá", "giá bán", "mức giá bán"})
# attributes that say nothing without their owner, after `có` or `với` (`NASAMS có tầm bắn`, `mua thêm sản phẩm Mỹ với
# tổng trị giá`)
_BARE_ATTRIBUTES = frozenset({"tổng trị giá", "trị giá", "tầm bắn", "tổng vốn", "tổng diện tích", "tổng mức đầu tư"})
_LISTED = frozenset({"bán", "niêm yết", "chào bán", "rao bán", "bán ra", "mua", "định giá", "giao dịch", "cho thuê"})


def _passive_subject(tokens: list[Token], at: int) -> list[Token]:
    """The noun phrase right before `được` at `at` (past `sẽ`, `đang`, `cũng`), that opens its clause after a fronted
    adverbial (`Trong khi đó, Pixel 2 XL 64 GB sẽ được bán`): nouns, numbers, adjectives and `của` inside; [] when a
    comma cuts it from its clause's start (`tôm hùm nhập từ Trung Quốc, Mỹ đang được bán`: a list), or it is a place,
    a person or a word that says nothing."""
    n = at - 1
    while n >= 0 and tokens[n].pos == "R":
        n -= 1
    end = n + 1
    while n >= 0 and (tokens[n].pos in NOUN | {"M", "A", "L"} or low(tokens[n].text) == "của" or tokens[n].text.isdigit()):
        n -= 1
    run = tokens[n + 1:end]
    each = next((m for m, t in enumerate(run) if low(t.text) == "mỗi"), None)
    run = run[each + 2:] if each is not None and each + 2 < len(run) else run  # `mỗi cân | trám đen được bán`: what each unit is of
    while run and run[0].pos in ("A", "L", "M") or run and low(run[0].text) == "của":
        run = run[1:]
    if not run or run[0].pos not in NOUN or len(words_of(run)) > 9 or honorific(run[0]):
        return []
    opening = n < 0 or tokens[n].text == "," and not any(t.text == "," for t in tokens[:n]) and n <= 6
    if not opening or place_only(" ".join(t.text for t in run)):
        return []
    return run if (kind_of(run) or ("",))[0] not in ("generic", "time", "other") else []
_TRADED = _LISTED | {"thu mua", "mua vào", "nhập", "nhập khẩu", "xuất khẩu", "tiêu thụ", "bán lẻ", "bán buôn"}  # whose object is priced
_DIRECTIONS = frozenset({"ra", "vào", "lên", "xuống", "sang", "qua", "về", "tới", "đến"})  # after a verb of moving


_WORK_HEADS = frozenset({"nhà máy", "dự án", "công trình", "xưởng", "cơ sở", "tổ hợp", "dây chuyền", "mô hình", "hệ thống", "cụm"})


def price_owner(tokens: list[Token], run: list[Token], spans: list[tuple[int, int]]) -> list[Token] | None:
    """For a bare price after `với`, `tại` or `ở` (`một chiếc iPhone với giá 6 triệu đồng`, `Cổ phiếu QCG giao dịch tại
    mức giá 14.200 đồng`): the thing priced, a noun phrase right before the preposition (a named thing before the verb
    it does, the object of a verb), or None when there is none (`mang đi cầm với giá`) or the phrase is no bare price."""
    bare = " ".join(words_of(run)) if run else ""
    k = tokens.index(run[0]) - 1 if bare in _BARE_PRICES or bare in _BARE_ATTRIBUTES else -1
    if k < 1 or low(tokens[k].text) not in (("có",) if bare == "tầm bắn" else ("với", "có") if bare in _BARE_ATTRIBUTES
                                           else ("với", "tại", "ở", "có")):
        return None  # `mẫu xe BMW 320i có giá từ 1 tỷ đồng`, `NASAMS có tầm bắn khoảng 25 km`
    if bare in _BARE_ATTRIBUTES and low(tokens[k].text) == "có" and tokens[k - 1].text == ",":
        opening = opening_thing(tokens)  # `Hợp đồng nằm trong chương trình ..., có tổng trị giá 9,7 triệu USD`
        return opening if opening and (kind_of(opening) or ("",))[0] not in ("measure", "attribute") else None
    before = phrase_before(tokens, k - 2 if k > 1 and tokens[k - 1].text == "," else k - 1, spans)  # `5 lô đất, với giá`
    counted = [n for n, t in enumerate(before) if 0 < n < len(before) - 1 and (t.pos == "M" or re.fullmatch(r"[\d.]+", t.text))]
    before = before[counted[-1] + 1:] if counted else before  # `bán cho nhóm cán bộ 5 | lô đất`: the things counted are sold
    sold = bool(counted) or bool(before) and tokens.index(before[0]) > 0 and in_figure(tokens[tokens.index(before[0]) - 1], spans)  # `3 tấn | cà phê`
    while before and before[-1].pos == "V" and any(t.pos == "Np" for t in before[:-1]) and opens_clause(tokens, before):
        before = before[:-1]  # `Cổ phiếu QCG | giao dịch`
    traded = bool(before) and 0 < len(before) <= 3 and before[0].pos in NOUN and tokens.index(before[0]) > 0 and low(
        tokens[tokens.index(before[0]) - 1].text) in _TRADED  # `thu mua | cà phê nhân/V với giá`: the goods bought or sold,
    # though the tagger ends them with a verb
    works = bool(before) and low(before[0].text) in _WORK_HEADS  # (`nhà máy chế biến/V gỗ với tổng vốn`: a works named by what it does)
    before = before if traded or works else before[max([n + 1 for n, t in enumerate(before) if t.pos == "V" and t.text.islower()] or [0]):]  # `thu mua | cà phê`
    before = before[:next((n for n, t in enumerate(before) if low(t.text) == "cho"), len(before))]  # `bán X | cho Y với giá`
    passive = next((n for n in (k - 2, k - 3) if n >= 0 and low(tokens[n].text) == "được"
                    and all(t.pos == "V" for t in tokens[n + 1:k])), None)  # `được rao bán`
    if not before and low(tokens[k - 1].text) in _LISTED and passive is not None:
        before, sold = opening_thing(tokens) or _passive_subject(tokens, passive), True
        # `Căn hộ được bán với giá 2 tỷ đồng`, `Tại Việt Nam, Galaxy Note 8 được niêm yết với giá ...`: what is sold
    at = tokens.index(before[0]) - 1 if before else -1
    while at > 0 and tokens[at].pos in ("M", "L"):
        at -= 1  # `của | một | chủ hàng`
    if at >= 0 and not sold and (tokens[at].pos not in ("V", "P", "CH") or low(tokens[at].text) in _DIRECTIONS):
        sells = next((n for n in (at - 1, at) if n >= 0 and (low(tokens[n].text) in _LISTED or " ".join(
            low(t.text) for t in tokens[n:at + 1]) in _LISTED)), None)
        return _named_seller(tokens, sells) if sells is not None else None
        # `bán sang | Trung Quốc với giá`, `bán cho | nhà hàng với giá`: where it goes, not what is sold; what the sentence opens with
        # and sells is (`Vivo V7+ bán ra thị trường Việt với mức giá`)
    if (kind_of(before) or ("",))[0] in ("generic", "other") or any((kind_of([t]) or ("",))[0] == "time" for t in before):
        return None  # `8-17 h hàng ngày với mức giá`
    last = before[-1] if before else None
    numbered = last is not None and (last.pos == "M" or last.text.isdigit()) and any(t.pos == "Np" for t in before)  # `Galaxy Note 8`
    traded = traded or 0 < len(before) <= 3 and at >= 0 and low(tokens[at].text) in _TRADED  # `bán | lúa tươi/A với giá`
    described = last is not None and last.pos == "A" and 1 < len(before) <= 3 and before[-2].pos in NOUN and all(t.pos != "E" for t in before)  # `trám đen`
    return before if last and before[0].pos in NOUN and (last.pos in NOUN or numbered or traded or described or sold and low(last.text) in ("này", "đó", "ấy")) \
        and not honorific(before[0]) and not place_with_word(" ".join(t.text for t in before)) else None  # (not `TP Cẩm Phả | với ...`)


def without_adverb(before: str, text: str) -> str:
    """A subject without an adverb opening it (`Hiện/N kim ngạch năm 2018 đã đạt` -> `kim ngạch`) and without a word of
    time that a period cut in two left at its end (`... của thành phố năm | nay (trừ dầu thô) đạt`; `mỗi năm` stays);
    `before` is the sentence's text up to the figure."""
    words = text.split(" ")
    if len(words) > 1 and low(words[0]) in verb_adverbs():
        words = words[1:]
    rest = before[before.rfind(text) + len(text):].lstrip().lower() if text in before else ""
    if len(words) > 2 and low(words[-1]) in ("năm", "tháng") and low(words[-2]) not in ("mỗi", "cả", "hằng", "hàng") and re.match(r"nay\b|\d", rest):
        words = words[:-1]
    if len(words) > 3 and low(" ".join(words[-2:])) in ("vào đầu", "vào cuối", "vào giữa") and re.match(r"(năm|tháng|quý)\b", rest):
        words = words[:-2]  # `tài sản của bà X vào đầu | năm nay`: a period cut in two
    return " ".join(words)


_PLACE_HEADS = frozenset({"khu vực", "khu", "bãi", "nơi", "phòng", "sân", "nhà", "trạm", "điểm", "vùng", "kho", "xưởng"})


def place_use(run: list[Token], n: int) -> bool:
    """Whether the verb at `n` of a phrase says what a place right before it is for, inside one noun (`khu vực đỗ xe`,
    `bãi tập kết rác`, `nhà trưng bày sản phẩm`), not the phrase's predicate (`ngọn lửa lan ra toàn xưởng`)."""
    return n == 1 and low(run[0].text) in _PLACE_HEADS and n + 1 < len(run) and run[n + 1].pos in ("N", "Nc")


def after_preposition(tokens: list[Token], run: list[Token]) -> bool:
    """Whether a preposition comes right before the phrase: it is then the end of a longer one (`thị trường nội thất
    trong | nước trị giá 4 tỉ USD`)."""
    k = tokens.index(run[0]) - 1
    while k > 0 and low(tokens[k].text) in ("các", "những") and low(tokens[k - 1].text) in ("vào", "sang", "tới", "đến"):
        k -= 1  # `vào các | thị trường khu vực Âu – Mỹ`
    if run[0].pos == "Nc":
        return False  # `đồ đạc trong | căn nhà năm tầng rộng 100 m2`: a classifier opens a phrase of its own
    return k >= 0 and tokens[k].pos == "E" and low(tokens[k].text) not in ("của", "trên", "với")  # `trên khu đất rộng 2 ha` stays


_RAISING = frozenset({"nâng", "đưa", "mở rộng", "gia tăng", "tăng", "đẩy", "nâng cao", "điều chỉnh", "hạ", "giảm", "kéo",
                      "cắt giảm", "thu hẹp", "nới", "bổ sung"})
_ACTS = frozenset({"đầu tư", "sản xuất", "xuất khẩu", "nhập khẩu", "kinh doanh"})


def raised_object(tokens: list[Token], j: int, i: int) -> list[Token]:
    """`nâng|đưa|mở rộng|hạ X lên|xuống N`, `tăng X thêm N` (`_RAISING`): X, the tokens after the verb up to token `j` when
    `lên`, `xuống` or `thêm` follows it (before the figure after token `i`), cut before a figure it is raised from (`từ 17.127 tỷ đồng`) or
    compared with, when X opens with a noun (or a measure the tagger takes for a verb: `lãi suất`; not an act, `mở rộng
    đầu tư`) and has no comma nor another figure before it in its list (`giảm X xuống 4% và Y xuống 2%`); else []."""
    if not j < i or j + 1 >= len(tokens) or low(tokens[j + 1].text) not in ("lên", "xuống", "thêm"):
        return []
    verb = next((n for n in range(j - 1, max(-1, j - 12), -1) if low(tokens[n].text) in _RAISING or tokens[n].text in (",", ";", "(", ")")
                 or low(tokens[n].text) == "và" and n > 0 and (tokens[n - 1].pos in ("M", "Nu") or tokens[n - 1].text == "%")), None)
    if verb is None or low(tokens[verb].text) not in _RAISING:
        return []
    run = tokens[verb + 1:j + 1]
    if any(t.text == "," or low(t.text) in ("so", "so với") for t in tokens[verb + 1:j + 2]):
        return []  # `lợi nhuận giảm phân nửa so với năm trước, xuống còn`: the verb has its own amount
    run = run[:next((n for n, t in enumerate(run) if low(t.text) in ("từ", "thêm") or re.search(r"\d", t.text)), len(run))]
    first = run[0] if run else None
    if first is not None and first.pos == "Z" and low(first.text) == "tổng" and len(run) > 1:
        first = run[1]  # `nâng tổng/Z diện tích bảo vệ rừng lên 42,7ha`: a total of a measure
    if first is None or not (first.pos in ("N", "Nc") or first.pos == "V" and (kind_of([first]) or ("",))[0] in ("measure", "attribute")
                             and low(first.text) not in _ACTS or first.pos == "M" and not re.search(r"\d", first.text)):  # (`tỷ lệ/M`)
        return []
    return run


def aside_before(tokens: list[Token], j: int, i: int, spans: list[tuple[int, int]]) -> int | None:
    """The `(` of an aside that closes at token `j`, between a phrase and its link (`Tổng sản phẩm nội địa (GDP) ước đạt`)
    or right before the figure (`i`) after a measure (`Quy mô nền kinh tế (theo giá hiện hành) hơn 102.654 tỷ đồng`; not
    `Giám đốc công ty X (huyện Y) 10 triệu đồng`, nor a bracket with a figure of its own); else None."""
    if not (0 < j <= i and tokens[j].text == ")" and any(t.text == "(" for t in tokens[:j])):
        return None
    opening = max(n for n in range(j) if tokens[n].text == "(")
    if j < i:
        return opening
    measure = (kind_of(phrase_before(tokens, opening - 1, spans)) or ("",))[0] in ("measure", "attribute")
    return opening if measure and not any(in_figure(t, spans) for t in tokens[opening:j]) else None


def after_conjunction(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a conjunction that opens a clause (`nhưng`, `dù`, `vì`; not `và`, which joins two phrases)."""
    word = low(tokens[k].text)
    return word in ("dù", "mặc dù", "tuy", "nếu", "khi") or tokens[k].pos == "C" and word not in ("và", "hoặc", "hay", "cùng")


def attribute_tail(run: list[Token]) -> tuple[int, int] | None:
    """The thing before a trailing attribute (`hệ thống điện mặt trời | công suất`) as (start, end) in the run, if the
    run ends with an attribute after a thing (`loại | tên lửa đạn đạo | tầm bắn`: from the thing of the lexicon on)."""
    whole = kind_of(run)
    if whole is not None and whole[0] in ("attribute", "measure", "generic", "qualified"):
        return None  # `tổng diện tích`, `tổng chiều dài`
    for k in range(len(run) - 1, 0, -1):
        kind = kind_of(run[k:])
        if kind is not None and (kind[0] == "attribute" or kind[0] == "measure" and " ".join(words_of(run[k:])) in CAPITAL_TAILS) \
                and len(words_of(run[k:])) <= 4:  # (also a capital after a works: `nhà máy sợi | vốn gần 20 triệu USD`, s64 set P188)
            head = kind_of(run[:k])
            if head is not None and head[0] == "entity" or any(t.pos == "Np" for t in run[:k]):
                return 0, k
            inside = [n for n in range(1, k) if (kind_of(run[n:k]) or ("",))[0] == "entity"]
            return (inside[0], k) if inside else None
    return None


CAPITAL_TAILS = frozenset({"vốn", "vốn đầu tư", "tổng vốn", "tổng vốn đầu tư", "tổng mức đầu tư"})
_NOT_IN_MEASURE = frozenset({"đã", "sẽ", "được", "chỉ", "có", "so", "theo", "cũng", "vẫn", "đều", "mới", "lại", "đang"})


def long_measure(sentence: Sentence, start: int, spans: list[tuple[int, int]]) -> str | None:
    """For a figure at `sentence.text[start]` no rule found a subject for: the whole clause before it, links and a period
    skipped, when that clause opens with a measure or an attribute and reads as one phrase with its relative clause or
    place (`tỉ lệ bị bệnh hen ở Việt Nam | chiếm 4,1%`, `diện tích đất rừng bị thiệt hại trong vụ phá rừng này | hơn
    21ha`; `noun_phrases.clause_subject`); else None."""
    tokens = list(sentence.tokens)
    absolute = [(sentence.start + a, sentence.start + b) for a, b in spans]
    i = token_at(sentence, start) - 1
    j = skip_period(sentence, tokens, skip_links(tokens, i)) if i >= 0 else -1
    span = clause_subject(tokens, j, absolute) if j >= 0 else []
    if not span or (kind_of(span[:2]) or kind_of(span[:1]) or ("",))[0] not in ("measure", "attribute") or is_bare_attribute(span):
        return None  # (a bare `vốn đầu tư` after a comma is the thing's before it)
    if any(low(t.text) in _NOT_IN_MEASURE or low(t.text) in change_verbs() or low(t.text).split()[-1] in change_verbs() for t in span) or not any(t.pos in ("N", "Np", "Nc") for t in span[2:]):
        return None  # a predicate, not a relative clause (`lãi suất ... đã dừng lại gần mốc`, `lượng mưa ... giảm mạnh`)
    return phrase_text(sentence, span) if len(words_of(span)) >= 3 else None
