"""The subject of a change or attainment read from the clause's structure: what opens the clause of `tăng`, `giảm`,
`đạt` when it is a list or a long phrase, and what a change in parentheses after a figure is a change of.

    Trong đó, ngành chế biến, chế tạo tăng 4,4%            a list of sectors           -> ngành chế biến, chế tạo
    ...; dịch vụ lưu trú và ăn uống tăng 13,17%            items joined by `và`        -> dịch vụ lưu trú và ăn uống
    Nhờ đó, mặt bằng lãi suất cho vay giảm bình quân 1%    adverbs between verb, figure -> mặt bằng lãi suất cho vay
    1.751 doanh nghiệp thành lập mới (tăng 16,1%)          a change in parentheses     -> doanh nghiệp thành lập mới

A list is read leftwards from the change verb, item by item (`,` or `và` between), each item a run of nouns, verbs
and adjectives with no number, period, preposition or clause word; it must reach a boundary: the sentence's start,
`;`, `:`, `(`, a connective of `clause_openers.txt`, or a comma after a clause of its own (one with a figure or a
number, or opening with a preposition: `Trong quý,`). A list that runs into anything else (`Công ty đã đầu tư, ...`)
gives nothing, so a list's last item alone is never taken for the subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts import subject_bracket_restated
from pipeline.facts.lexicon import rows
from pipeline.facts.noun_phrases import in_figure, period_tail, phrase_text
from pipeline.facts.subject_lexicon import (
    CLAUSE_WORDS,
    INNER_PAIRS,
    INNER_PREPOSITIONS,
    LINK_QUALIFIERS,
    NOUN,
    SAYING,
    UNIT_KINDS,
    change_verbs,
    clause_openers,
    entries,
    figure_verbs,
    giving_verbs,
    kind_of,
    low,
    stop_words,
    timely,
    verb_adverbs,
    words_of,
)
from pipeline.language.analysis import Sentence, Token
from pipeline.record import Figure

_ITEM_POS = NOUN | {"V", "A", "FW"}
_ITEM_WORDS = 8  # words of one item
_LIST_WORDS = 24  # words of the whole subject
_BOUNDARIES = {";", ":", "("}
_ELLIPSES = {"...", "…"}
_NOT_IN_ITEM = CLAUSE_WORDS | {"được", "bị", "có", "là", "và", "của", "với", "đã", "sẽ", "đang", "so", "theo", "trong", "từ", "đến", "tới"}


@lru_cache(maxsize=1)
def _between_words() -> frozenset[str]:
    """Words that may stand between a change verb and its figure (`bình quân`, `cao nhất với`, `ở mức`):
    `figure_change_adverbs.txt`."""
    return frozenset(low(r[0]) for r in rows("figure_change_adverbs.txt"))


@lru_cache(maxsize=1)
def _list_markers() -> frozenset[str]:
    """Words that open an enumeration (`figure_list_markers.txt`)."""
    return frozenset(low(r[0]) for r in rows("figure_list_markers.txt"))


def change_verb_before(tokens: list[Token], i: int) -> int | None:
    """Index of the change verb (`tăng`, `giảm`, `đạt`) that the figure right after token `i` completes, allowing up to
    four words of degree or qualification in between (`giảm bình quân khoảng`, `tăng cao nhất với`), or None."""
    verbs = change_verbs()
    between = _between_words()
    k = i
    while k >= 0 and i - k <= 4:
        for n in (2, 1):
            words = low(" ".join(t.text for t in tokens[k - n + 1:k + 1])) if k - n + 1 >= 0 else ""
            if words in verbs and (tokens[k - n + 1].pos == "V" or " " in words):  # `ước đạt/N`, but not `mức tăng/N`
                return k - n + 1
        if low(tokens[k].text) not in between and tokens[k].pos not in ("R", "A"):
            return None
        k -= 1
    return None


def _item(tokens: list[Token], end: int, spans: list[tuple[int, int]]) -> int:
    """The first index of the item of a list that ends at token `end` (`end + 1` when there is none); a preposition
    between nouns stays inside it (`bảng giá thịt heo của Vissan tại khu vực TP.HCM`)."""
    s = end
    while s >= 0:
        t, word = tokens[s], low(tokens[s].text)
        opening = max((n for n in range(max(0, s - 4), s) if tokens[n].text == "("), default=-1) if word == ")" and s < end else -1
        if opening > 0 and tokens[opening - 1].pos in _ITEM_POS and all(u.pos in NOUN for u in tokens[opening + 1:s]):
            s = opening - 1  # `chỉ số sản xuất công nghiệp (IIP) của tỉnh`: an acronym in brackets inside the item
            continue
        if word in ("-", "–") and 0 < s < end and all(re.fullmatch(r"[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*", u.text) and low(u.text) not in _NOT_IN_ITEM
                                                      for u in (tokens[s - 1], tokens[s + 1])):
            s -= 2  # (the word before the dash too, whatever its tag: `lâm/M`)
            continue  # `khu vực công nghiệp - xây dựng tăng 26,26%`, `nông - lâm - ngư nghiệp`: sectors joined by a dash, one item
        if word == "các" and 0 < s < end and low(tokens[s + 1].text) == "loại":
            s -= 1
            continue  # `sợi các loại tăng 12,9%`: `các loại` (of all kinds) closes an item
        if ((word in INNER_PREPOSITIONS and t.pos == "E" or word in ("đến", "tới") and tokens[s + 1].pos == "Np") and 0 < s < end
                and tokens[s + 1].pos in NOUN
                and (tokens[s - 1].pos in NOUN | {"V", "A"} or tokens[s - 1].text == ")") and not in_figure(tokens[s - 1], spans)):
            s -= 1
            continue
        numbered = bool(re.fullmatch(r"\d+", t.text)) and s > 0 and s == end and tokens[s - 1].pos in NOUN and (kind_of(tokens[s - 1:s]) or ("",))[0] != "time"  # `vùng 1`
        if (t.pos not in _ITEM_POS and not numbered or in_figure(t, spans) or re.search(r"\d", t.text) and not numbered or word in _NOT_IN_ITEM
                or word in SAYING or word in stop_words() and kind_of([t]) is None or (kind_of([t]) or ("",))[0] == "time" and not (s > 0 and tokens[s - 1].pos in NOUN and s == end)):
            break  # but `kim loại quý`: a word of time closing a phrase of nouns
        s -= 1
    return s + 1


def _opener_before(tokens: list[Token], k: int) -> bool:
    """Whether tokens up to `k` (inclusive) end with a connective that opens a clause (`Trong đó`, `Riêng`)."""
    for n in range(max(0, k - 2), k + 1):
        if (n == 0 or tokens[n - 1].pos == "CH") and low(" ".join(t.text for t in tokens[n:k + 1])) in clause_openers():
            return True
    return False


def _clause_before(tokens: list[Token], comma: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the comma at `comma` closes a clause of its own: one with a figure or a number, a period, or one that
    opens with a preposition or a connective (`Trong quý,`, `Tính chung 8 tháng,`, `Cụ thể,`)."""
    start = max((n + 1 for n in range(comma) if tokens[n].pos == "CH" and tokens[n].text not in _ELLIPSES), default=0)
    part = tokens[start:comma]
    if not part:
        return True
    if _opener_before(tokens, comma - 1) or part[0].pos in ("E", "C", "CC", "P", "T", "R") or low(part[0].text) in _NOT_IN_ITEM | {"tại", "ở"}:
        return True
    return any(in_figure(t, spans) or re.search(r"\d", t.text) or (kind_of([t]) or ("",))[0] == "time" for t in part)


def change_list(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> tuple[list[Token], int] | None:
    """The subject opening the clause of a change verb right before token `i` + 1 (the figure's first token), as the
    tokens from its first to its last and the number of items, or None (no change verb, or no clean list)."""
    verb = change_verb_before(tokens, i)
    if verb is None:
        return None
    end = verb - 1
    if end >= 0 and (kind_of(tokens[end:end + 1]) or ("",))[0] == "generic":
        return None  # `áp dụng mức giảm 15%`: `mức giảm` is a noun, no verb of change
    if any(tuple(words_of(tokens[m:verb + 1])) in entries().kinds for m in range(max(0, verb - 3), verb)):
        return None  # `Chỉ tiêu tăng trưởng 9%`, `Tỉnh đặt tốc độ tăng trưởng 8%`: a measure named with its verb
    while end >= 0 and (tokens[end].pos == "R" and low(tokens[end].text) not in ("được", "bị") or low(tokens[end].text) in verb_adverbs()):
        end -= 1  # `cũng tăng`, `ước tăng`
    while end >= 0 and tokens[end].text in _ELLIPSES:
        end -= 1  # `trái cây... tăng`
    opening = max((n for n in range(max(0, end - 14), end) if tokens[n].text == "("), default=-1) if end > 0 and tokens[end].text == ")" else -1
    if opening > 0 and any(in_figure(t, spans) for t in tokens[opening:end]) and not any(t.text in (")", ";") for t in tokens[opening + 1:end]):
        end = opening - 1  # `thị trường châu Âu (chiếm tỷ trọng 6,33%) tăng 70,94%`: past the aside with its own figure
    end = period_tail(tokens, end) if end >= 0 else end  # `CPI tháng 9 tăng`: the period is not part of the subject
    last, items = end, 0
    while True:
        s = _item(tokens, end, spans)
        if s > end:
            return None
        items += 1
        sep = s - 1
        if sep < 0 or tokens[sep].text in _BOUNDARIES or _opener_before(tokens, sep) or _ranked(tokens, sep):
            break
        if sep > 0 and in_figure(tokens[sep - 1], spans) and low(tokens[sep].text) in (",", "và", "hay", "hoặc", "còn"):
            break  # `..., X giảm 8% và Y giảm 36%`, `than đá tăng 103,6% hay điện thoại tăng 37,8%`
        if low(tokens[sep].text) in CLAUSE_WORDS - {"hoặc"} | {"nhưng", "còn", "song"}:
            break  # `trong khi lượng khách quốc tế tăng 5,8%`: a conjunction opens the clause
        if low(tokens[sep].text) in _list_markers() and items == 1:
            break  # `như than đá tăng 103,6%`: an item of an enumeration with its own change
        if tokens[sep].text != "," and low(tokens[sep].text) not in ("và", "hoặc"):
            return None  # `Sở Tài chính đồng ý giảm`: something else before the subject
        if tokens[sep].text == "," and _opener_before(tokens, sep - 1):
            break  # `Cụ thể, cao su giảm 3%`
        before = _item(tokens, sep - 1, spans)
        if tokens[sep].text == "," and any(low(t.text) in _ASPECT for t in tokens[max(before, 0):sep]):
            break  # `Lĩnh vực thương mại tiếp tục phát triển, | tổng mức bán lẻ ...`: a clause of its own, no item
        whole = max((n + 1 for n in range(sep) if tokens[n].pos == "CH" and tokens[n].text not in _ELLIPSES), default=0)
        if before <= sep - 1 and (before == whole or low(tokens[before - 1].text) in ("và", "hay", "hoặc") or _opener_before(tokens, before - 1)
                                  or _ranked(tokens, before - 1)):
            end = sep - 1  # another item: `ngành chế biến, | chế tạo`, `Riêng | ngành hàng thịt heo, | trứng`
            continue
        if before <= sep - 1 and before > 0 and low(tokens[before - 1].text) in _list_markers():
            if _goods_listed(tokens, before - 1):
                s, items = before, items + 1  # `Một số mặt hàng ..., tiêu biểu là thiết bị, linh kiện điện tử tăng 110,98%`: the
                break  # goods the enumeration lists change (s54, set P114)
            return None  # `Ở kênh truyền thống như chợ, cửa hàng tiện lợi, hàng Việt vẫn chiếm`: one enumeration
        if tokens[sep].text == "," and _clause_before(tokens, sep, spans):
            break  # `Trong quý, thủy sản tăng`, `Tính chung 8 tháng năm 2018, ...`
        return None
    run = tokens[s:last + 1]
    at = last_item(run) if items > 1 else len(run)
    cut = role_predicate(run, at + 1)
    run = run[:cut] if cut else run  # `..., chế biến, chế tạo | giữ vai trò chủ đạo chiếm 73%`: a predicate ran into the last item
    if _goods_read_as_verb(tokens, s, run, spans):
        return run, items
    return (run, items) if _plausible(run, items) else None


def _goods_read_as_verb(tokens: list[Token], s: int, run: list[Token], spans: list[tuple[int, int]]) -> bool:
    """Whether the run is one compound the tagger read as a verb, an item after an amount and `,` or `và` (`thủy sản đạt
    300 triệu USD và tơ tằm/V đạt 20 triệu USD`): goods, not a clause's verb (the verbs of figures never are)."""
    return len(run) == 1 and run[0].pos == "V" and len(run[0].text.split()) >= 2 and s >= 2 and (
        tokens[s - 1].text == "," or low(tokens[s - 1].text) == "và") and in_figure(tokens[s - 2], spans) and \
        low(run[0].text) not in figure_verbs() | change_verbs() | giving_verbs()


def _goods_listed(tokens: list[Token], marker: int) -> bool:
    """Whether the enumeration marker at token `marker` follows a word for goods or groups of goods in its clause
    (`Một số mặt hàng có tốc độ tăng trưởng cao, tiêu biểu là`, `Một số nhóm hàng khác ... như`)."""
    words = " ".join(low(t.text) for t in tokens[max(0, marker - 14):marker])
    return re.search(r"(?<!\w)(?:mặt hàng|nhóm hàng|ngành hàng|nhóm ngành hàng|sản phẩm xuất khẩu)(?!\w)", words) is not None and not any(
        t.text in (";", ".") for t in tokens[max(0, marker - 14):marker])


_ASPECT = frozenset({"tiếp tục", "đang", "đã", "vẫn", "sẽ", "cũng", "vừa"})  # words of a predicate, never of a list's item


def _ranked(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is the `là` of a ranking (`kế tiếp là | ngành công nghiệp chế biến, chế tạo tăng 9%`)."""
    return k > 0 and low(tokens[k].text) == "là" and low(" ".join(t.text for t in tokens[max(0, k - 2):k])).endswith(
        ("kế tiếp", "tiếp theo", "tiếp đến", "tiếp đó", "thứ hai", "thứ ba", "đứng thứ hai", "đứng thứ ba"))


def role_predicate(run: list[Token], start: int = 1) -> int | None:
    """Where a predicate that ran into a phrase starts in it, from token `start` on: a verb after a verb and before a
    noun (`chế tạo giữ vai trò`), or a verb of holding a role (`da giày giữ vị trí dẫn đầu`); else None."""
    return next((n for n in range(max(1, start), len(run) - 1) if run[n].pos == "V" and (
        run[n - 1].pos == "V" and run[n + 1].pos == "N" or low(run[n].text) in ("giữ", "đóng", "chiếm")
        and low(run[n + 1].text) in ("vai trò", "vị trí"))), None)


def last_item(run: list[Token]) -> int:
    """Where the last item of a list starts in it (after its last `,` or `và`)."""
    return max((n + 1 for n, t in enumerate(run) if t.text == "," or low(t.text) == "và"), default=0)


def _plausible(run: list[Token], items: int) -> bool:
    """A subject starts with a noun (a list's first item may be a sector named by a verb, `cung cấp nước`), has a noun,
    is not too long, is no generic, period or side word, and ends with a verb only in a list of sectors."""
    if not run or len(words_of(run)) > _LIST_WORDS:
        return False
    if not any(t.pos in ("N", "Np", "Nc") for t in run) and not (items == 1 and (kind_of(run) or ("",))[0] == "measure"):
        return False  # but `trong đó xuất khẩu/V chiếm 60%`: a measure the tagger took for a verb
    if (kind_of(run) or ("",))[0] in ("generic", "time", "other"):
        return False
    at = last_item(run)
    if items > 1 and run[at - 1].text == "," and (kind_of(run[at:]) or ("",))[0] in ("measure", "qualified", "attribute"):
        return False  # `..., BRG Retail, tỷ lệ hàng hóa sản xuất nội địa chiếm`: a measure is a subject of its own
    if items == 1:
        measure = (kind_of(run) or ("",))[0] in ("measure", "qualified", "attribute")  # `Giá thép xây dựng/V giảm`; the
        # clause's boundary bounds a single phrase: `bảng giá thịt heo bán lẻ của Vissan tại khu vực TP.HCM dao động`
        joined = len(run) > 2 and run[-2].text in ("-", "–")  # (`công nghiệp - xây dựng`: a sector named by a verb, joined by a dash)
        return (run[0].pos in ("N", "Nc", "Np") or measure) and (run[-1].pos != "V" or measure or joined) and len(words_of(run)) <= 2 * _ITEM_WORDS
    if run[-1].pos == "V" and any(t.pos == "Np" for t in run):
        return False  # `Sở A và Sở B đồng ý`: who does something, not what changes
    return run[0].pos in ("N", "Nc", "V")


def _linked(sentence: Sentence, tokens: list[Token], i: int, start: int | None) -> int:
    """Token `i`, or the verb inside the figure when its text opens with a linking qualifier (`xơ, sợi các loại | ước
    đạt 26,9 triệu USD`: the verb the phrase before is the subject of)."""
    link = re.match(LINK_QUALIFIERS, sentence.text[start:], re.IGNORECASE) if start is not None else None
    at = sentence.start + start + link.end() if link and start is not None else None
    return max((k for k, t in enumerate(tokens) if t.end <= at), default=i) if at is not None else i


def listed_subject(sentence: Sentence, tokens: list[Token], i: int, spans: list[tuple[int, int]], start: int | None = None) -> str | None:
    """The text of a list of two items or more opening the clause of the change before the figure, or of a list's later
    item the tagger read as a verb (`và tơ tằm/V đạt 20 triệu USD`: `_goods_read_as_verb`), or None."""
    found = change_list(tokens, _linked(sentence, tokens, i, start), spans)
    goods = found is not None and found[1] == 1 and len(found[0]) == 1 and found[0][0].pos == "V"
    return phrase_text(sentence, found[0]) if found is not None and (found[1] >= 2 or goods) else None


def long_subject(sentence: Sentence, tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> str | None:
    """The text of one plain noun phrase opening the clause of the change before the figure, or None."""
    found = change_list(tokens, i, spans)
    return phrase_text(sentence, found[0]) if found is not None and found[1] == 1 else None


def in_parentheses(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token] | None:
    """For a change opening a parenthesis after a count (`1.751 doanh nghiệp thành lập mới (tăng 16,1%`), or after a
    comma (`gần 9 triệu trường hợp tử vong trong năm 2016, tăng 17%`): the counted noun with the words after it up to the
    parenthesis (after a comma, up to a preposition or a time), or None (no such change, or an amount right before it)."""
    verb = change_verb_before(tokens, i)
    if verb is None or verb < 2 or tokens[verb - 1].text not in ("(", ",") or low(tokens[verb].text).startswith("chiếm"):  # a share: of what follows
        return None
    k = verb - 2
    while k >= 0 and not in_figure(tokens[k], spans):
        k -= 1
    while k >= 0 and in_figure(tokens[k], spans) and tokens[k].pos in ("N", "Nc") and not re.search(r"\d", tokens[k].text):
        k -= 1  # `1.751 doanh nghiệp`: the counted noun is the phrase's start
    if k < 0 or not in_figure(tokens[k], spans):
        return None
    run = tokens[k + 1:verb - 1]
    if tokens[verb - 1].text == ",":  # `gần 9 triệu trường hợp tử vong trong năm 2016, tăng 17%`: the things counted, not when
        run = run[:next((n for n, t in enumerate(run) if t.pos == "E" or timely(t)), len(run))]
        if not run or not run[0].text[:1].isalpha() or any(t.text == "/" for t in tokens[k:verb]):
            return None  # (not after a share or a rate: `bằng 44,6% kế hoạch, tăng ...`, `50.000 đồng / lượng chiều mua vào, tăng ...`)
    if not run or in_figure(run[-1], spans):
        return None  # `đạt 11,76 tỷ đồng (tăng 12,47%)`, `là 54,32 triệu người (giảm 0,38%)`: the figure's own subject
    if run[0].pos not in ("N", "Nc") or any(t.pos not in _ITEM_POS | {"R"} or t.text in (",", ";") for t in run) or len(words_of(run)) > _ITEM_WORDS:
        return None
    return run


def _items(run: list[Token]) -> list[list[Token]]:
    """The items of a list, split at its commas and at `và`."""
    items: list[list[Token]] = [[]]
    for t in run:
        if t.text == "," or low(t.text) == "và":
            items.append([])
        else:
            items[-1].append(t)
    return items


def respective_item(sentence: Sentence, tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> str | None:
    """`A và B lần lượt đạt X và Y`: for the figure right after token `i`, the item of the list before `lần lượt` in the
    same place as the figure among the figures after it (X is A's, Y is B's), when there are as many items as figures
    in the clause; None otherwise."""
    boundary = max((n for n in range(i + 1) if tokens[n].text in (";", ".")), default=-1)
    at = max((n for n in range(boundary + 1, i + 1) if low(tokens[n].text) == "lần lượt"
              or low(tokens[n].text) == "lượt" and n > 0 and low(tokens[n - 1].text) == "lần"), default=-1)
    if at < 0:
        return None
    end = next((n for n in range(i + 1, len(tokens)) if tokens[n].text in (";", ".")), len(tokens))
    after = sorted({s for s, e in spans if tokens[at].end <= s and s < (tokens[end].start if end < len(tokens) else 10**9)})
    first = next((n for n in range(at + 1, len(tokens)) if in_figure(tokens[n], spans)), None)
    if first is None or not after:
        return None
    found = change_list(tokens, first - 1, spans)
    if found is None:  # `Xuất khẩu/V và nhập khẩu/V lần lượt`: a list of activities, with no noun
        start = max((n + 1 for n in range(at) if tokens[n].pos == "CH" and tokens[n].text != ","), default=0)
        run = tokens[start:at]
        last = max((n for n, t in enumerate(run) if in_figure(t, spans)), default=-1)
        run = run[last + 1:] if last >= 0 else run  # (`chiếm 4,5%, và | Myanmar và Ấn Độ lần lượt là`: after another item's figures)
        while run and (run[0].text == "," or low(run[0].text) == "và"):
            run = run[1:]
        if run and all(t.pos in _ITEM_POS or t.text == "," or low(t.text) in ("và", "của") for t in run) and run[0].pos in _ITEM_POS:
            found = (run, len(_items(run)))
    place = sum(1 for s in after if s < tokens[i].end)
    if found is None or found[1] != len(after) or not 0 <= place < found[1]:
        return None
    item = _items(found[0])[place]
    if low(" ".join(t.text for t in item[:1])) in ("các", "những"):
        return None
    if not item or item[0].pos not in NOUN | {"V"}:
        return None
    head = _respective_head(_items(found[0])[0]) if place else []
    return f"{phrase_text(sentence, head)} {phrase_text(sentence, item)}" if head else phrase_text(sentence, item)


_LIST_LINKS = frozenset({"sang", "của", "tại", "ở", "từ", "vào", "với", "đối với", "cho"})


def _respective_head(first: list[Token]) -> list[Token]:
    """The measure a respective list's items share, written in its first item up to a preposition (`Xuất khẩu sang |
    Philippin, Indonesia và Malaysia lần lượt đạt ...`: the second item's is `Xuất khẩu sang Indonesia`); else none."""
    k = max((n for n in range(1, len(first) - 1) if low(first[n].text) in _LIST_LINKS), default=-1)
    head = first[:k + 1] if k > 0 else []
    if not head or len(words_of(head)) > 8 or head[0].pos not in NOUN | {"V"} or any(
            t.pos in ("M", "CH", "P") or re.search(r"\d", t.text) for t in head):
        return []
    return head


def is_changed(tokens: list[Token], run: list[Token], j: int, i: int, spans: list[tuple[int, int]]) -> bool:
    """Whether the plain noun phrase `run`, ending at token `j`, is the grammatical subject of a verb of change or
    attainment between it and the figure (`nông nghiệp giảm 2%`, `giày dép đạt 2 tỷ USD`): it opens its clause after
    punctuation, at the start or after `và` that follows a figure, starts with a noun, is short, and is no side, time or generic word."""
    if not run or run[-1] is not tokens[j] or run[0].pos not in ("N", "Nc", "Np") or kind_of(run) is not None:
        return False
    k = tokens.index(run[0]) - 1
    listed = k > 0 and low(tokens[k].text) in ("và", "còn") and in_figure(tokens[k - 1], spans)  # `..., X giảm 8% và Y giảm 36%`
    for n in range(max(0, k - 2), k + 1):  # `trong đó xe du lịch chiếm 67%`: after a connective that opens its clause
        if (n == 0 or tokens[n - 1].pos == "CH") and low(" ".join(t.text for t in tokens[n:k + 1])) in clause_openers():
            listed = True
    if not (k < 0 or listed or tokens[k].pos == "CH" and tokens[k].text not in ("(", ")", '"', "“", "”")):
        return False
    paired = {m for n in range(len(run) - 1) if (low(run[n].text), low(run[n + 1].text)) in INNER_PAIRS for m in (n, n + 1)}
    plain = [t for n, t in enumerate(run) if n not in paired]  # `khu vực kinh tế trong/E nước`: one adjective
    if len(words_of(plain)) > 4 or any(t.pos not in NOUN | {"V", "A"} or (kind_of([t]) or ("",))[0] == "time" for t in plain):
        return False  # `hàng năm đều tăng`: a period, not a subject
    if run[-1].pos == "V" and not (len(run) == 2 and run[0].pos == "N"):
        return False  # `Bộ GT-VT đồng ý giảm 25% phí`: a subject and its verb; but `Hàng dệt may đạt`
    end = k
    while end > 0 and tokens[end].text == ",":  # `khu vực nông, lâm nghiệp, thủy sản tăng`: the last item of a list
        before = [n for n in range(end) if tokens[n].pos == "CH"]
        item = tokens[(before[-1] + 1 if before else 0):end]
        if not 0 < len(item) <= 3 or any(t.pos not in ("N", "V", "A") or (kind_of([t]) or ("",))[0] == "time" for t in item):
            break
        if any(t.pos == "N" for t in item):
            return False
        end = before[-1] if before else 0
    between = tokens[j + 1:i + 1]
    while between and between[0].pos == "R" and low(between[0].text) not in ("được", "bị"):
        between = between[1:]  # `cũng tăng`, `chỉ tăng`
    links = low(" ".join(t.text for t in between))
    if any(word in ("được", "bị") for word in links.split()):
        return False  # `chị được giảm 10.000 đồng`: who gets the change, not what changes
    return any(links == verb or links.startswith(verb + " ") for verb in change_verbs())  # not `áp dụng mức giảm`


def opening_subject(sentence: Sentence, start: int, spans: list[tuple[int, int]]) -> str | None:
    """The long phrase opening the clause of a change before the figure at `sentence.text[start]` (`long_subject`), or None."""
    tokens = list(sentence.tokens)
    i = max((k for k, t in enumerate(tokens) if t.start < sentence.start + start and t.end <= sentence.start + start), default=-1)
    i = _linked(sentence, tokens, i, start) if i >= 0 else i  # (`ngành khai thác khoáng sản | ước đạt 180 tỷ đồng`)
    return long_subject(sentence, tokens, i, [(sentence.start + s, sentence.start + e) for s, e in spans]) if i >= 0 else None



_TO_END = re.compile(r"\s*(?:/\s*[^\W\d]+)?\s*(?:[^\W\d][^\d,.;:()]{0,40}?)?\s*(?:(?i:trong|vào)\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}\s+)?(?:(?i:tăng|giảm)\s+)?(?i:lên|xuống|còn)\s+(?:(?i:mức|con số)\s+)?")
# (`từ 5,589 triệu tấn trong năm 2018 | tăng lên | 7,12 triệu tấn`)


def from_end(sentence: Sentence, figures: list[Figure]) -> list[Figure]:
    """The figures of a sentence, the amount a change starts from given the subject of the amount it ends at (`Dự án
    nâng công suất nhà máy từ 100 MW lên 150 MW`: both `công suất nhà máy`, not `Dự án nâng`)."""
    out = list(figures)
    mains = [k for k in range(len(out)) if not (k and subject_bracket_restated.restates(sentence.text, out[k - 1], out[k], sentence.start))]
    for k, j in zip(mains, mains[1:], strict=False):  # (past a bracket that restates the start: `từ 1,2 tỷ sản phẩm/năm (tương
        a, b = out[k], out[j]  # đương 420 tấn) lên 3,6 tỷ sản phẩm/năm`)
        between = subject_bracket_restated.past_bracket(sentence.text[a.evidence.end - sentence.start:b.evidence.start - sentence.start])
        if (b.subject or b.per) and re.match(r"(?i:từ)\s", a.text) and _TO_END.fullmatch(between) \
                and (a.unit == b.unit or UNIT_KINDS.get(a.unit or "") == UNIT_KINDS.get(b.unit or "", "-")):
            keeps = a.unit == "percent" or a.unit == "count" and a.subject  # a share keeps its own (its end may name its base:
            # `tỉ lệ đóng góp ngân sách, từ 2% lên 4% GDP`), and so does a count (`từ 15 lớp khác nhau xuống còn 5 lớp`)
            subject = a.subject if keeps else b.subject or a.subject
            out[k] = a.model_copy(update={"subject": subject, "per": a.per or b.per})  # (and its rate's unit)
            said = sentence.text.find(b.subject or "\0")
            if keeps and a.subject and b.subject and b.subject != a.subject and 0 <= said < sentence.text.find(a.subject):
                out[j] = b.model_copy(update={"subject": a.subject})  # `X nói rằng tăng trưởng GDP ... từ 2,6% ... lên 7,5%`:
                # the end's subject from before the start's is the speaker's or the clause's, not the change's
    return out
