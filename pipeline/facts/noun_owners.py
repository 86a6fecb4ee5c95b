"""The thing an attribute belongs to (`Nhà máy X có công suất 50 MW`, `dự án Y tại xã Z, với diện tích 20 ha`): the
phrase before `với`/`có`, the thing a place is told of, or the thing opening the clause."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.facts.noun_phrases import after_verb, opens_clause, phrase_before, skip_links
from pipeline.facts.subject_acted import BUILT
from pipeline.facts.subject_counted_before import after_count, in_figure
from pipeline.facts.subject_firms import firm_whole
from pipeline.facts.subject_lexicon import (
    NOUN,
    SAYING,
    kind_of,
    low,
    place_with_word,
    stop_words,
    timely,
    words_of,
)
from pipeline.language.analysis import Token

_OWNER_REACH = 30  # tokens: farther than this, a thing opening a clause (not the sentence) does not own an attribute


def _says(tokens: list[Token], k: int) -> bool:
    """Whether a saying word (`cho biết`) comes at token `k` or later in its clause."""
    while k < len(tokens) and tokens[k].text not in (",", ";", ":"):
        if low(tokens[k].text) in SAYING:
            return True
        k += 1
    return False


_PLACE_END = re.compile(r"(?<!\w)(?i:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|sông|suối|thôn|ấp|bản|làng)\s+[A-ZĐ]\S*(?:\s+[A-ZĐ0-9]\S*){0,3}$")


def entity_before(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The thing an attribute belongs to: the phrase before `với`/`có` at token `i`, else the first thing from the lexicon (`Nhà máy`) that opens a clause (since the last `;`)."""
    j = skip_links(tokens, i)
    linked = 0 <= j < i and low(tokens[j + 1].text) in ("với", "có")
    counted = next((n for n in range(j - 1, max(0, j - 5), -1) if in_figure(tokens[n], spans) or tokens[n].pos not in NOUN | {"V", "A"}), -1)
    shifted = 1 < j < i and counted >= 0 and tokens[j].text == "," and low(tokens[j + 1].text) == "với" and in_figure(tokens[counted], spans)
    item = phrase_before(tokens, j - 1, spans) if 1 < j < i and tokens[j].text == "," and linked else []  # (`gồm có | nhà máy X, với`)
    if 1 < j < i and tokens[j].text == "," and (tokens[j - 1].text == ")" or shifted or item and low(tokens[max(0, tokens.index(item[0]) - 1)].text) in ("gồm", "bao gồm", ":") + ("có",) * (tokens.index(item[0]) > 1 and low(tokens[tokens.index(item[0]) - 2].text) == "gồm")):
        j -= 1  # `Cụm công nghiệp X (xã Y), với quy mô 53 ha`, `toàn tỉnh có 8 dự án điện gió nhỏ, với tổng công suất`, a listed item
    if 0 < j < i and tokens[j].text == ")" and any(t.text == "(" for t in tokens[:j]):
        j = max(n for n in range(j) if tokens[n].text == "(") - 1  # `Điểm mỏ X (xã Y) có trữ lượng`: past the place in brackets
    n = j if linked else -2
    while shifted and n > counted:
        n -= 1  # `8 dự án | điện gió/V nhỏ, với`: past the words after the count
    while n >= 0 and tokens[n].pos in NOUN and in_figure(tokens[n], spans):
        n -= 1  # `Tỉnh có 12 cụm công nghiệp với tổng diện tích 650 ha`: the things counted own the attribute
    if -1 <= n < j and (kind_of(tokens[n + 1:j + 1]) or ("",))[0] == "entity":
        return tokens[n + 1:j + 1]
    if j < i:
        run = phrase_before(tokens, j, spans) if j >= 0 else []
        if run and tokens.index(run[0]) >= 2 and low(tokens[tokens.index(run[0]) - 1].text) == "theo":
            run = phrase_before(tokens, tokens.index(run[0]) - 2, spans)  # `mô hình sản xuất chè theo | hướng hữu cơ, với`: a manner
            run = run[max([n for n in range(1, len(run)) if run[n - 1].pos == "V" and (kind_of(run[n:n + 3]) or ("",))[0] == "entity"], default=0):]
        run = _placed_thing(tokens, run, spans) or run  # `dự án X tại xã Y, thành phố Z | với diện tích`: the thing placed
        run = _works_of_means(tokens, run) or run  # `nhà máy điện chạy bằng | trấu tại huyện X với công suất`: the plant's
        joint = max((n for n, t in enumerate(run) if low(t.text) == "và"), default=-1)
        if joint > 0 and (kind_of(run[joint + 1:]) or ("",))[0] == "entity" and _PLACE_END.search(" ".join(t.text for t in run[:joint])):
            run = run[joint + 1:]  # `... thuộc xã Đăk Ring và | dự án Thủy điện Tà Âu có công suất 12 MW`: the works after `và`,
            # not the place that ends the item before (s65, set P189; `Nhà máy A và nhà máy B có ...`, `công viên phần mềm và cảng
            # cạn ICD` stay both)
        run = run[:next((n for n in range(1, len(run) - 1) if (run[n].pos == "V" or low(run[n].text) in _BEGUN) and timely(run[n + 1])), len(run))]
        if run and low(tokens[max(0, tokens.index(run[0]) - 1)].text) in ("tại", "ở", "trên", "từ", "đến", "tới", "vào") and not (
                low(tokens[max(0, tokens.index(run[0]) - 1)].text) == "vào" and linked and (kind_of(run) or ("",))[0] == "entity"):
            run = []  # `diễn ra tại Quảng trường X (TP. Y), có quy mô`: where it happens owns nothing (but `phụ thuộc vào trạm bơm X với`)
        if run and low(tokens[max(0, tokens.index(run[0]) - 1)].text) == "mỗi":
            return run  # `mỗi tua-bin có công suất 4 MW`: each one's, not the whole thing's (the project's before it)
        inside = [n for n in range(1, len(run)) if (kind_of(run[n:n + 3]) or ("",))[0] == "entity" and run[n - 1].pos == "V"
                  and (kind_of(run[n - 1:n]) or ("",))[0] != "entity"]
        if (kind_of(run) or ("inner",))[0] == "inner" and inside:
            run = run[inside[-1]:]  # `trao quyết định chủ trương đầu tư | dự án điện gió Kiên Hải có công suất 100 MW`
        run, k = firm_whole(tokens, run), kind_of(firm_whole(tokens, run))  # (`Công ty TNHH Kính nổi/R | siêu trắng Phú Mỹ`)
        if run and (k is not None and k[0] == "entity" or k is None and run[0].pos != "Np" and any(t.pos == "Np" for t in run)
                    or low(tokens[j + 1].text) == "có" and run[0].pos == "N" and not timely(run[0]) and BUILT.search(" ".join(t.text for t in tokens[max(0, tokens.index(run[0]) - 3):tokens.index(run[0])]))):
            return run  # (`đầu tư xây dựng 1 | bể xử lý có tổng vốn đầu tư`: the works a verb of building takes has the attribute)
        if run and k is None and run[0].pos == "N" and opens_clause(tokens, run) and any(
                low(t.text) in ("có", "với") for t in tokens[j + 1:i + 1]):
            return run  # `trực thăng mới sẽ có trọng lượng 40 tấn`: whatever opens the clause and has the attribute
    if j == i >= 0 and (tokens[i].pos in NOUN or tokens[i].pos == "M" and tokens[i].text.isalpha()) and not in_figure(tokens[i], spans):
        run = phrase_before(tokens, i, spans) if tokens[i].pos != "M" else phrase_before(tokens, i - 1, spans) + [tokens[i]]  # (`xút/M`: a word the tagger took for a number)
        if run and (kind_of(run) or ("",))[0] == "entity" and not after_verb(tokens, run):
            return run  # `trong đó có Nhà máy sản xuất xút | công suất 80.000 tấn/năm`: the works the measure is written on (s64, set P184)
    if linked and after_count(tokens, j + 1, spans):
        return []  # `Tỉnh có 47 dự án FDI còn hiệu lực với tổng vốn`: the things counted own it, not the clause's opening
    floor = max((k + 1 for k in range(i) if tokens[k].text == ";"), default=0)  # (`X có ... 4ha; Y có ... 7ha`: Y's)
    starts = [floor] + [k + 1 for k in range(floor, i) if tokens[k].text in (",", ":")]
    for start in starts:  # the thing the sentence (or its clause since a `;`) is about: a thing that opens it, not far away
        if start > 0 and i - start > _OWNER_REACH and not all(  # unless every clause since is an attribute with its figure
                any(in_figure(t, spans) for t in tokens[a:b]) for a, b in pairwise(starts[starts.index(start):])):
            continue
        k = kind_of(tokens[start:start + 3])
        if k is not None and k[0] == "entity" and (tokens[start].pos in NOUN or kind_of(tokens[start:start + 1]) == k):
            end = start
            while end + 1 <= i and not in_figure(tokens[end + 1], spans) and low(tokens[end + 1].text) not in stop_words() and (
                    tokens[end + 1].pos in (NOUN | {"M", "A"})
                    or tokens[end + 1].pos == "V" and end + 2 <= i and tokens[end + 2].pos in NOUN and not timely(tokens[end + 2])) and not (
                    low(tokens[end + 1].text) in _BEGUN and end + 2 <= i and timely(tokens[end + 2])):  # `thủy/V
                # điện/N`; not `Ngân hàng X | thành lập năm 1995, vốn điều lệ`: when the thing was founded
                end += 1
            run = tokens[start:end + 1]
            if _says(tokens, end + 1):
                continue  # `Trung tâm báo tin động đất cho biết, ...`: who says it owns nothing of what is said
            if len(words_of(run)) >= 2 or any(t.pos == "Np" for t in run) or start == 0:  # `Tàu dài 197 m, ...`
                return list(run)
    return []


_BEGUN = frozenset({"khởi công", "thành lập", "khánh thành", "ra đời", "hoàn thành", "xây dựng"})  # (tagged as nouns: `Dự án | khởi công năm 2020 với tổng vốn`: the thing, not when it began)


def _placed_thing(tokens: list[Token], run: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """The thing a place is told of (`dự án khu biệt thự tại | xã Y, thành phố Z`), when `run` is that place: the
    things of the lexicon before `tại`/`ở`, past the place's other units; else []."""
    k = tokens.index(run[0]) - 1 if run and place_with_word(" ".join(t.text for t in run)) else -1
    thing: list[Token] = []
    while k > 0 and tokens[k].text == ",":
        unit = phrase_before(tokens, k - 1, spans)  # `... tại xã Chư Hreng, | thành phố Kon Tum`
        at = max((n for n, t in enumerate(unit) if low(t.text) in ("tại", "ở")), default=-1)
        if not unit or not place_with_word(" ".join(t.text for t in unit[at + 1:])):
            return []
        if at >= 0:
            thing = unit[:at]
            break
        k = tokens.index(unit[0]) - 1
    else:
        thing = phrase_before(tokens, k - 1, spans) if k > 0 and low(tokens[k].text) in ("tại", "ở") else []
    inside = [n for n in range(len(thing)) if (kind_of(thing[n:n + 3]) or ("",))[0] == "entity" and (n == 0 or thing[n - 1].pos == "V")]
    at = tokens.index(thing[inside[-1]]) if inside else 0
    if not inside or at > 0 and low(tokens[at - 1].text) in ("trên", "tại", "ở", "trong", "thuộc"):
        return []  # (`Nhà máy xây dựng trên | khu đất ở xã X`: a place too)
    thing = thing[inside[-1]:]  # `đầu tư | dự án khu biệt thự`: the thing, not who invests
    thing = thing[:next((n for n in range(1, len(thing)) if low(thing[n].text) in ("trên", "tại", "ở")), len(thing))]
    while len(thing) > 1 and thing[-1].pos == "V":
        thing = thing[:-1]  # (`Nhà máy xây dựng | trên khu đất`)
    return thing


_MEANS = frozenset({"bằng", "sử dụng"})


def _works_of_means(tokens: list[Token], run: list[Token]) -> list[Token]:
    """A phrase after `bằng` or `sử dụng` is what a works runs on or uses (`nhà máy điện chạy bằng | trấu`, `dự án
    đầu tư có sử dụng | đất`): the works named before it in the clause, from its head to the end of `run`; else [] (s64,
    set P183)."""
    k = tokens.index(run[0]) - 1 if run else -1
    if k < 1 or low(tokens[k].text) not in _MEANS or timely(run[0]):
        return []
    for m in range(k - 1, max(-1, k - 12), -1):
        if tokens[m].text in (",", ";", ":", "(", ")"):
            return []
        if (kind_of(tokens[m:m + 3]) or kind_of(tokens[m:m + 2]) or kind_of(tokens[m:m + 1]) or ("",))[0] == "entity" and tokens[m].pos in NOUN:
            return tokens[m:tokens.index(run[-1]) + 1]
    return []

