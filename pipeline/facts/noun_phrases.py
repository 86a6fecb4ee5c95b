"""Noun phrases around a figure, from a sentence's tagged words: the phrase ending at a token, the one opening a clause,
one with its relative clause, the thing an attribute belongs to, tests on a phrase's place (opens its clause, object)."""

from __future__ import annotations

import re
from itertools import pairwise

from pipeline.facts import periods
from pipeline.facts.subject_acted import BUILT
from pipeline.facts.subject_counted_before import after_count, in_figure
from pipeline.facts.subject_firms import firm_whole
from pipeline.facts.subject_lexicon import (
    CLAUSE_WORDS,
    DEMONSTRATIVES,
    DETERMINERS,
    HARD_STOP_POS,
    INNER,
    INNER_PAIRS,
    INNER_PREPOSITIONS,
    LINK_VERBS,
    MAX_WORDS,
    NOUN,
    PERIOD_PREPOSITIONS,
    QUOTES,
    SAYING,
    entries,
    giving_verbs,
    kind_of,
    low,
    not_a_number,
    place_with_word,
    qualifiers,
    stop_words,
    timely,
    words_of,
)
from pipeline.language.analysis import Sentence, Token


def ends_entry(tokens: list[Token], i: int, before: int | None = None) -> bool:
    """Whether a phrase of `figure_subjects.tsv` that starts before token `before` (default `i`) ends at token `i`."""
    before = i if before is None else before
    return any(tuple(words_of(tokens[s:i + 1])) in entries().kinds for s in range(max(0, before - 3), before))


def skip_links(tokens: list[Token], i: int) -> int:
    """Index of the last token at or left of `i` that is not part of a link (`đạt`, `có công suất là`: `là`; adverbs)."""
    links = set(entries().links)
    while i >= 0:
        for n in (3, 2, 1):
            if i - n + 1 >= 0 and tuple(words_of(tokens[i - n + 1:i + 1])) in links:
                if ends_entry(tokens, i, i - n + 1):
                    return i  # `độ cao 70 km`, `chiều dài 5 km`: the link word ends a phrase of the lexicon
                i -= n
                break
        else:
            return i
    return i


def _two_measures(tokens: list[Token], j: int, run: list[Token], spans: list[tuple[int, int]]) -> bool:
    """Whether `và` at token `j` joins two measures (`tổng mức bán lẻ hàng hóa/V và doanh thu các ngành dịch vụ`)."""
    return bool(run) and tokens[j - 1].pos not in ("M", "Nu") and not in_figure(tokens[j - 1], spans) and (kind_of(run) or ("",))[0] == "measure" and (kind_of(phrase_before(tokens, j - 1, spans)) or ("",))[0] == "measure"


def _labelled(tokens: list[Token], j: int) -> bool:
    """Whether the number at token `j` labels the noun before it (`năm 2020`, `giai đoạn 1`, `gói thầu số 5`; not `trong số`)."""
    word = low(tokens[j - 1].text)
    return word in _LABELS or word == "số" and j >= 2 and tokens[j - 2].pos in ("N", "Nc", "Np", "Ny", "V")


_LOSS_HEADS = frozenset({"thiệt hại", "tổn thất", "chi phí", "giá trị"})  # `về` after them stays inside the phrase


def phrase_before(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The noun phrase ending at token `i` (inclusive), read leftwards, starting with a noun; [] if none."""
    run: list[Token] = []
    j = i
    while j >= 0:
        t = tokens[j]
        word = low(t.text)
        if in_figure(t, spans):
            break
        if word == ")" and run and (run[0].pos == "Np" or low(run[0].text) == "của" and all(t.pos != "V" for t in run)) and j >= 3 and tokens[j - 2].text == "(" and re.fullmatch(r"[A-ZĐ][A-ZĐ0-9&-]{1,7}", tokens[j - 1].text):
            j -= 3
            continue  # `Nhà máy Điện khí tự nhiên hóa lỏng (LNG) | Bạc Liêu`: an abbreviation inside a name
        if word == "!" and j > 0 and tokens[j - 1].end == t.start and re.fullmatch(r"[A-ZĐ]{1,4}", tokens[j - 1].text):
            run.insert(0, t)  # `GO! Tuyên Quang`, `Đại siêu thị GO!`: a brand's exclamation mark is part of its name
            j -= 1
            continue
        if word in QUOTES or word in ("–", "-") and run and (run[0].pos == "Np" and j > 0 and tokens[j - 1].pos == "Np" or sum(
                u.text in QUOTES for u in tokens[j + 1:i + 1]) % 2):  # (`dự án "Giải quyết ngập ... - giai đoạn 1"`: a dash in quotes)
            j -= 1
            continue  # `giá "khuyến mãi" 43 triệu đồng`; `KCN Tam Anh – An Hòa`: one name across a dash
        if word == "và":  # `A và B` inside a phrase, but `1.200 MW và điện mặt trời 29 MW` is two parts, and so is `bị cáo và | tổng số
            if run and low(run[0].text) == "tổng" and low(tokens[j - 1].text) != "tổng":  # tiền thiệt hại`: a total opens its own phrase
                break
            if not (run and j > 0 and not in_figure(tokens[j - 1], spans) and ((run[0].pos in NOUN or low(run[0].text) in ("các", "những")) and tokens[j - 1].pos in NOUN or ( " " in run[0].text and run[0].pos == tokens[j - 1].pos == "V")) or _two_measures(tokens, j, run, spans)):  # `nghỉ dưỡng/V và giải trí/V`
                break
        elif run and (t.pos == "E" and word in INNER_PREPOSITIONS or (word, low(run[0].text)) in INNER_PAIRS or word == "về" and j > 0 and low(
                tokens[j - 1].text) in _LOSS_HEADS):  # (`Tổng giá trị thiệt hại về tài sản`: the loss of what)
            pass  # `doanh thu của công ty`, `thiệt hại từ hợp đồng này`, `giá trị theo giá so sánh`, `khu vực trong nước`
        elif word in DETERMINERS and run or word in DEMONSTRATIVES or word in ("các", "những") and run and j > 0 and (low(tokens[j - 1].text) == "của" or tokens[j - 1].pos in NOUN | {"V"} and (kind_of(phrase_before(tokens, j - 1, spans)) or ("",))[0] in ("measure", "attribute")):
            pass  # `doanh thu toàn tổng công ty`, `giá mỗi kg`, `phương án này`, `vốn đối ứng của các đơn vị`, `Tổng công suất các nhà máy`
        elif t.pos == "R" and run and run[0].pos in NOUN | {"V"} and (kind_of([t, *run[:1]]) or ("",))[0] == "measure" and (
                j == 0 or tokens[j - 1].pos == "CH" or low(tokens[j - 1].text) in DEMONSTRATIVES):  # `trong đó, vốn/R vay 800 tỷ`
            pass
        elif t.pos == "R" and not run and j > 0 and tokens[j - 1].pos in NOUN and tuple(words_of(tokens[j - 1:j + 1])) in entries().kinds:
            pass  # `với tổng số vốn/R hơn 2.300 tỉ đồng`: the last word of a measure the tagger took for an adverb
        elif t.pos in HARD_STOP_POS or (word in stop_words() and t.pos not in NOUN and not ends_entry(tokens, j)) or word in CLAUSE_WORDS or word in SAYING:
            break
        elif t.pos == "E" and word not in INNER_PREPOSITIONS:
            break
        elif t.pos == "M" and (j > 0 and (tokens[j - 1].pos in NOUN and not_a_number(t) or low(tokens[j - 1].text) in _RANKED and not re.search(
                r"\d", t.text)) or run and (kind_of([t]) or ("",))[0] == "measure"):
            pass  # `Kinh phí khuyến công/M`, `làng nghề gốm/M`, `Tỷ lệ/M hộ nghèo`: a word the tagger took for a number
        elif (t.pos == "M" or re.search(r"\d", t.text)) and not (
                j > 0 and (tokens[j - 1].pos == "Np" or _labelled(tokens, j) or run and run[0].text[:1].isupper() and any(
                    c.isupper() for c in tokens[j - 1].text))) and not (  # (`iPhone/N 8 Plus`: a model's number inside its name; `giai đoạn 1`)
                run and low(run[0].text) in _PERIOD_WORDS and j > 0 and tokens[j - 1].pos in NOUN | {"V"}  # `xuất khẩu | 8 tháng`
                and not in_figure(tokens[j - 1], spans) and any(low(u.text) == "của" for u in run)) and not (
                run and run[0].pos in ("N", "Nc") and j > 0 and (tokens[j - 1].pos == "N" or low(tokens[j - 1].text) == "của" and len(t.text) <= 3 and low(t.text) != "một") and low(tokens[j - 1].text) not in qualifiers()
                and (kind_of(run[:1]) or ("",))[0] != "time" and not in_figure(tokens[j - 1], spans)):
            break  # but `tổng giá trị hai bản hợp đồng`, `tổng vốn của hai dự án`: a count inside a phrase, between nouns
        elif t.pos not in INNER:
            break
        run.insert(0, t)
        j -= 1
        if len(run) > MAX_WORDS:
            return [] if not any(t.pos == "Np" for t in run) else run  # a long run is kept only to find a thing in it
    for k in range(len(run) - 1, 0, -1):
        if (run[k].pos == "V" and (run[k - 1].pos == "Np" or low(run[k - 1].text) in DEMONSTRATIVES)
                and kind_of(run[k:k + 1]) is None and k + 1 < len(run) and not (run[k].text[:1].isupper() and run[k + 1].text[:1].isupper())):
            run = run[k + 1:]  # `Thủ tướng Campuchia khẳng định mục tiêu ...`: a clause, not a phrase (but `Sàn Giao dịch/V Hàng hóa`: a name)
            break
    run = phrase_start(run)
    while run and (run[-1].pos == "E" or low(run[-1].text) == "và"):
        run.pop()
    while run and low(run[0].text) == "và":
        run = run[1:]  # `Canada và | tài sản của ông X`
    cut = [k for k in range(1, len(run) - 1) if run[k].pos == "E" and low(run[k].text) in ("ở", "tại", "trên", "từ")
           and (kind_of(run[k + 1:]) or ("",))[0] in ("measure", "attribute")]
    if cut:
        run = run[cut[-1] + 1:]  # `tàu đổ bộ USS Boxer ở | phạm vi khoảng một km`: a measure after a place is its own phrase
    if run and run[0].pos == "Np" and any(t.pos in ("N", "Nc") for t in run[1:]) and (kind_of(run) or ("inner",))[0] == "inner":  # `Cụm/Np công nghiệp`
        k = max(i for i, t in enumerate(run) if t.pos == "Np" and all(u.pos == "Np" for u in run[:i + 1]))
        run = run if low(" ".join(t.text for t in run[k + 1:])) in ("giá", "giá bán") else run[k + 1:]  # `DAB số tiền`: two
        # phrases side by side (but `Cherry Hàn Quốc giá` + 800.000 đồng/kg: a named thing and its price)
    if len(run) > 1 and (kind_of(run[:1]) or ("",))[0] == "time" and (kind_of(run[1:]) or ("",))[0] in ("measure", "qualified"):
        run = run[1:]  # `đi theo tháng | giá vé 200.000 đồng`: a bare period word before a measure is not part of it
    k = 1  # `Năm 2023 doanh thu ...`: a period opening the phrase is not part of it
    while k < len(run) and run[k].pos == "M":
        k += 1
    if 1 < k < len(run) and (kind_of(run[:1]) or ("",))[0] == "time":
        run = phrase_start(run[k:])
    k = next((n for n in range(len(run) - 1, -1, -1) if run[n].pos != "M" and not re.search(r"\d", run[n].text)), 0)
    labelled = k < len(run) - 1 and low(run[k].text) in _LABELS - {"năm", "tháng", "quý"} | {"số"}  # a label's number ends it
    return [] if labelled and (kind_of(run[:k]) or ("",))[0] not in ("measure", "attribute", "entity") else run  # (`Tổng mức đầu tư
    # giai đoạn 1`, `Dự án DAP số 2`; not a bare `giai đoạn 1`, `Trung Lương giai đoạn 1`)


def phrase_start(run: list[Token]) -> list[Token]:
    """The run from its first noun (or the first word of a measure tagged otherwise, `vận tốc`) on."""
    while run and (run[0].pos not in NOUN and (kind_of(run[:3]) or ("",))[0] not in ("measure", "attribute", "entity")
                   or len(run) > 1 and low(run[0].text) in ("hiện", "hiện nay", "hiện tại", "nay")):  # (`Hiện/N diện tích ...`)
        run = run[1:]
    return run


def clause_topic(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The phrase that opens the figure's clause, else the sentence (`Cổ phiếu Amazon ..., sau đó chốt phiên ở mức
    1.822 USD`), when it is a measure or a thing from the lexicon; [] otherwise."""
    starts = [0] + [k + 1 for k in range(i) if tokens[k].text in (",", ";", ":")]
    for start in (starts[-1], 0) if len(starts) > 1 else (0,):
        end = start - 1
        for k in range(start, i):
            t, word = tokens[k], low(tokens[k].text)
            if in_figure(t, spans) or word in CLAUSE_WORDS or word in stop_words() and t.pos not in NOUN:
                break
            if t.pos in HARD_STOP_POS and not (word in DEMONSTRATIVES or word in DETERMINERS):
                break
            if t.pos == "E" and word not in INNER_PREPOSITIONS or t.pos not in INNER | {"P", "L"}:
                break
            if t.pos == "A" and k + 1 < len(tokens) and low(tokens[k + 1].text) in ("nhất", "hơn"):
                break  # `giá mua thấp nhất`
            end = k
        run = phrase_before(tokens, end, spans) if end >= start else []
        kind = kind_of(run) if run else None
        if run and run[0] is tokens[start] and kind is not None and kind[0] in ("measure", "entity", "qualified", "attribute"):
            return run
    return []


def clause_subject(tokens: list[Token], j: int, spans: list[tuple[int, int]]) -> list[Token]:
    """Everything from the start of the clause (or after `cho biết`) to token `j`, when it opens with a measure or a
    thing from the lexicon and is a phrase with a relative clause (`tỉ lệ vốn mới được giải ngân`), not a sentence."""
    start = j
    while start > 0:
        prev = tokens[start - 1]
        if prev.pos == "CH" and low(prev.text) not in QUOTES or low(prev.text) in SAYING or start > 1 and low(f"{tokens[start - 2].text} {prev.text}") in SAYING:
            break  # (`cho/V thấy/V`: a verb of saying in two tokens)
        start -= 1
    span = tokens[start:j + 1 if tokens[j].text != "(" else j]  # (`X tăng mạnh nhất ... (tăng trên 23%`: X, which changed)
    span = span[:next((k for k, t in enumerate(span) if k and (low(t.text) == "là" or tokens[j].text == "(" and low(t.text) in ("tăng", "giảm"))), len(span))]
    while span and span[-1].pos in ("R", "E", "C"):
        span = span[:-1]
    if not span or len(words_of(span)) > MAX_WORDS:
        return []
    if span[0].pos not in NOUN and (kind_of(span) or ("",))[0] not in ("measure", "attribute"):
        return []  # a phrase starts with a noun, or a measure tagged as a verb (`Xuất khẩu đạt 30 tỷ USD`)
    for k, t in enumerate(span):
        word = low(t.text)
        if in_figure(t, spans) or word in CLAUSE_WORDS or word in SAYING or t.pos in ("C", "CC", "P") and word not in DEMONSTRATIVES and word != "và":
            return []
        if (t.pos == "M" or re.search(r"\d", t.text)) and not (
                k > 0 and (span[k - 1].pos == "Np" or low(span[k - 1].text) in ("năm", "tháng", "quý"))):
            return []  # `chả bò giá 340.000 phải đóng`: a clause with its own number
    kind = kind_of(span)
    return span if kind is not None and kind[0] in ("measure", "qualified", "entity", "attribute") else []


_OWNER_REACH = 30  # tokens: farther than this, a thing opening a clause (not the sentence) does not own an attribute


def _says(tokens: list[Token], k: int) -> bool:
    """Whether a saying word (`cho biết`) comes at token `k` or later in its clause."""
    while k < len(tokens) and tokens[k].text not in (",", ";", ":"):
        if low(tokens[k].text) in SAYING:
            return True
        k += 1
    return False


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


def skip_period(sentence: Sentence, tokens: list[Token], j: int) -> int:
    """Token `j`, or the last token before a period that ends at it (`đóng góp của Anh | trong giai đoạn 2014-2020 |
    lên tới 143 tỷ euro`), links before the period skipped too."""
    if j < 0:
        return j
    end = tokens[j].end - sentence.start
    for start, stop in periods.spans(sentence.text):
        if stop == end:
            k = j
            while k >= 0 and tokens[k].start - sentence.start >= start:
                k -= 1
            while k >= 0 and low(tokens[k].text) in PERIOD_PREPOSITIONS:
                k -= 1
            return skip_links(tokens, k) if k >= 0 else j
    k = period_tail(tokens, j)
    return skip_links(tokens, k) if k != j else j


def period_tail(tokens: list[Token], j: int) -> int:
    """The last token before a period written into the end of a phrase at token `j` (`CPI | tháng 9`, `Kim ngạch xuất
    khẩu | 9 tháng`, `quý III/2024`): time words and numbers, one of each at least, after a noun, verb or adjective; or a bare
    year (`mục tiêu tăng trưởng | 2019`)."""
    k, times, numbers = j, 0, 0
    while k >= 0 and (low(tokens[k].text) in _PERIOD_WORDS or tokens[k].text in ("/", "-") or re.fullmatch(r"[\d/.-]+|[IVX]+", tokens[k].text)
                      or low(tokens[k].text) in PERIOD_PREPOSITIONS | {"sau", "tính hết", "đầu", "cuối", "đầu năm"} and times):
        if low(tokens[k].text) in _PERIOD_WORDS and not any(re.search(r"\d|^[IVX]+$", tokens[n].text) for n in (k - 1, k + 1) if 0 <= n <= j):
            break  # `kim loại quý | trong tháng 8`: `quý` with no number beside it is no period
        times += low(tokens[k].text) in _PERIOD_WORDS
        numbers += bool(re.search(r"\d|^[IVX]+$", tokens[k].text))
        k -= 1
    year = k == j - 1 and re.fullmatch(r"(?:19|20)\d{2}", tokens[j].text) is not None  # `mục tiêu tăng trưởng | 2019 | từ 9 - 9,5%`
    return k if (times or year) and numbers and k >= 0 and (tokens[k].pos in NOUN | {"V", "A"} or tokens[k].text == ")") and k < j else j

_RANKED = frozenset({"giải", "hạng", "loại", "giữa"})  # `giải nhất/M`, `hạng ba/M`: a rank in words, no count; `giữa hai/M bên`
_PERIOD_WORDS = frozenset({"ngày", "tuần", "tháng", "quý", "năm"})
_LABELS = frozenset({"năm", "tháng", "quý", "giai đoạn", "đợt", "gói thầu", "lô", "phân khu", "tuyến", "khóa", "kỳ", "lần"})


def opens_clause(tokens: list[Token], run: list[Token]) -> bool:
    """Whether nothing but a boundary (start, punctuation, `và`) comes before the phrase."""
    k = tokens.index(run[0]) - 1
    return k < 0 or tokens[k].pos == "CH" or low(tokens[k].text) in ("và", "còn")


def after_verb(tokens: list[Token], run: list[Token]) -> bool:
    """Whether the phrase is the object of a verb or of `cho` (`hỗ trợ gia đình 5 triệu`, `đem về cho Hàng Kênh 153 triệu`);
    a thing from the lexicon is an object only after a verb of giving (`khánh thành nhà máy 500 tỷ đồng` is the plant's)."""
    k = tokens.index(run[0]) - 1
    if k < 0:
        return False
    word = low(tokens[k].text)
    if (kind_of(run) or ("",))[0] == "entity" and word not in ("cho", "của"):
        return word in giving_verbs()
    return tokens[k].pos == "V" and word not in LINK_VERBS or word in ("cho", "của")


def is_bare_attribute(run: list[Token]) -> bool:
    """`công suất`, `công suất lắp đặt`, `tổng vốn đầu tư`: an attribute not followed by what it belongs to (`của`,
    a name, `mỗi tuôcbin`, a thing of the lexicon: `vốn đầu tư dự án`)."""
    if any(low(t.text) in ("của", "mỗi") or t.pos == "Np" for t in run):
        return False
    return len(words_of(run)) <= 5 and not any((kind_of(run[k:]) or ("",))[0] == "entity" for k in range(1, len(run)))


def phrase_text(sentence: Sentence, run: list[Token]) -> str:
    text = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]
    text = re.sub(r"^[\d.,]+\s+", "", text)  # `9.642 giải Ba`: the number counts the prizes
    text = re.sub(r"^(?:và|hoặc)\s+", "", text, flags=re.IGNORECASE)  # `Canada và | tài sản của ông X`: a conjunction opens no phrase
    text = re.sub(r"\s+(?:ước tính|ước)$", "", text, flags=re.IGNORECASE)  # `Chỉ số sản xuất công nghiệp ước | tăng`: a qualifier
    return re.sub(r"\s+", " ", re.sub("[\"“”]", "", text)).strip(" ,;:-–")
