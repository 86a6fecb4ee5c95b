"""Noun phrases around a figure, from a sentence's tagged words: the phrase ending at a token, the one opening a clause,
one with its relative clause, tests on a phrase's place (opens its clause, object)."""

from __future__ import annotations

import re

from pipeline.facts import periods
from pipeline.facts.subject_counted_before import in_figure
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
    qualifiers,
    stop_words,
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
        if i >= 1 and tokens[i].text in ("x", "X", "×") and re.fullmatch(r"\d{1,2}", tokens[i - 1].text):
            i -= 2  # `công suất thiết kế 2 x | 622,5 MW`: how many units of the size, no part of the measure
            continue
        unit = 2 if i >= 3 and low(" ".join(t.text for t in tokens[i - 2:i])) == "tổ máy" else 1  # (the segmenter may split `tổ máy`)
        if i > unit and tokens[i].text in ("x", "X", "×") and (unit == 2 or low(tokens[i - 1].text) == "tổ máy") \
                and re.fullmatch(r"\d{1,2}", tokens[i - unit - 1].text):
            i -= unit + 2  # (`2 tổ máy x | 300 MW`)
            continue
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


PERIOD_CLOSERS = frozenset({"qua", "vừa qua", "trước", "tới", "nay", "này"})  # the word closing a period (`5 năm | qua`)


# sectors of the statistics whose names hold a comma (VSIC): `chế biến, chế tạo`, `điện, khí đốt`, `bán buôn, bán lẻ`
_SECTOR_PAIRS = frozenset({("chế biến", "chế tạo"), ("điện", "khí đốt"), ("bán buôn", "bán lẻ"), ("nông", "lâm"), ("lâm", "thủy sản"),
                           ("cấp nước", "quản lý"), ("khai khoáng", "khai thác"), ("nước", "hoạt động"), ("cấp nước", "hoạt động"),
                           ("rác thải", "nước thải"), ("khí đốt", "nước nóng"), ("nước nóng", "hơi nước")})  # (`cung cấp nước, hoạt
# động quản lý và xử lý rác thải, nước thải`: the statistics office's water and waste sector, s58 set P144)


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
        if word == "không" and run and low(run[0].text) in ("tiền mặt", "dùng") and j > 0 and low(tokens[j - 1].text) == "thanh toán":
            run.insert(0, t)  # `doanh số thanh toán không | tiền mặt`: cashless, one kind of payment, no negation (s66, set P196)
            j -= 1
            continue
        if word == "!" and j > 0 and tokens[j - 1].end == t.start and re.fullmatch(r"[A-ZĐ]{1,4}", tokens[j - 1].text):
            run.insert(0, t)  # `GO! Tuyên Quang`, `Đại siêu thị GO!`: a brand's exclamation mark is part of its name
            j -= 1
            continue
        if word == "," and run and j > 0 and (low(tokens[j - 1].text), low(run[0].text)) in _SECTOR_PAIRS:
            run.insert(0, t)  # `ngành công nghiệp chế biến, chế tạo (+25,4%)`: one sector of the statistics, across its comma
            j -= 1
            continue
        if word == "%" and run and low(run[0].text) == "tấm" and j > 1 and re.fullmatch(r"\d+(?:,\d+)?", tokens[j - 1].text):
            run[:0] = tokens[j - 1:j + 1]  # `gạo 5% tấm`: a grade of rice, part of its name
            j -= 2
            continue
        if word in QUOTES or word in ("–", "-") and run and (run[0].pos == "Np" and j > 0 and tokens[j - 1].pos == "Np" or sum(
                u.text in QUOTES for u in tokens[j + 1:i + 1]) % 2):  # (`dự án "Giải quyết ngập ... - giai đoạn 1"`: a dash in quotes)
            j -= 1
            continue  # `giá "khuyến mãi" 43 triệu đồng`; `KCN Tam Anh – An Hòa`: one name across a dash
        if word in ("–", "-") and len(run) == 1 and run[0].pos in NOUN | {"V"} and j > 1 and tokens[j - 1].pos in NOUN | {"V"} \
                and t.start > tokens[j - 1].end and run[0].start > t.end and (kind_of(tokens[j - 2:j]) or ("",))[0] == "measure":
            run.insert(0, t)  # `Tổng doanh thu thương mại - dịch vụ`: two sectors of one measure joined by a spaced dash (s54)
            j -= 1
            continue
        if word == "và":  # `A và B` inside a phrase, but `1.200 MW và điện mặt trời 29 MW` is two parts, and so is `bị cáo và | tổng số
            if run and low(run[0].text) == "tổng" and low(tokens[j - 1].text) != "tổng":  # tiền thiệt hại`: a total opens its own phrase
                break
            if not (run and j > 0 and not in_figure(tokens[j - 1], spans) and ((run[0].pos in NOUN or low(run[0].text) in ("các", "những")) and tokens[j - 1].pos in NOUN or ( " " in run[0].text and run[0].pos == tokens[j - 1].pos == "V")) or _two_measures(tokens, j, run, spans)):  # `nghỉ dưỡng/V và giải trí/V`
                break
        elif run and (t.pos == "E" and word in INNER_PREPOSITIONS or (word, low(run[0].text)) in INNER_PAIRS or word == "về" and j > 0 and low(
                tokens[j - 1].text) in _LOSS_HEADS):  # (`Tổng giá trị thiệt hại về tài sản`: the loss of what)
            pass  # `doanh thu của công ty`, `thiệt hại từ hợp đồng này`, `giá trị theo giá so sánh`, `khu vực trong nước`
        elif word in DETERMINERS and run or word in DEMONSTRATIVES or word in ("các", "những") and run and j > 0 and (low(tokens[j - 1].text) == "của" or tokens[j - 1].pos in NOUN | {"V", "A"} and (kind_of(phrase_before(tokens, j - 1, spans)) or ("",))[0] in ("measure", "attribute") or low(run[0].text) == "loại" and tokens[j - 1].pos in NOUN | {"V"} or low(tokens[j - 1].text) == "và" and j > 1 and tokens[j - 2].pos == "N" and tokens[j - 2].text.islower()):  # (`sợi tơ tằm các loại`: of all kinds; `giấy và các | sản phẩm từ giấy`)
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
           and (kind_of(run[k + 1:]) or ("",))[0] in ("measure", "attribute")
           and not (low(run[k].text) == "từ" and run[k + 1].pos in ("N", "Np") and (kind_of(run[:k]) or ("",))[0] == "measure")]
    # (`lợi nhuận từ | điện`: a measure's source; not `doanh thu từ | xuất khẩu/V` + 5.590 tấn giấy)
    if cut:
        run = run[cut[-1] + 1:]  # `tàu đổ bộ USS Boxer ở | phạm vi khoảng một km`: a measure after a place is its own phrase
    run = _recipient(tokens, run)
    run = _agent_clause(tokens, run, spans)
    if run and run[0].pos == "Np" and any(t.pos in ("N", "Nc") for t in run[1:]) and (kind_of(run) or ("inner",))[0] == "inner":  # `Cụm/Np công nghiệp`
        k = max(i for i, t in enumerate(run) if t.pos == "Np" and all(u.pos == "Np" for u in run[:i + 1]))
        run = run if low(" ".join(t.text for t in run[k + 1:])) in ("giá", "giá bán") else run[k + 1:]  # `DAB số tiền`: two
        # phrases side by side (but `Cherry Hàn Quốc giá` + 800.000 đồng/kg: a named thing and its price)
    if len(run) > 2 and (kind_of(run[:1]) or ("",))[0] == "time" and low(run[1].text) in PERIOD_CLOSERS:
        run = run[2:] if (kind_of(run[2:]) or ("",))[0] in ("measure", "attribute", "qualified") else run  # `Trong 5 năm qua | diện tích sắn`
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


def _agent_clause(tokens: list[Token], run: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """The thing before `do` when `run` is the agent of a relative clause closed by its verb (`Dự án Khu CNTT tập trung Đà Nẵng
    (Danang IT Park) do | tập đoàn Trung Nam Group đầu tư | có tổng diện tích`: the project has the area, not its investor;
    s63, set P173); else `run`."""
    at = tokens.index(run[0]) if run else 0
    if at < 2 or low(tokens[at - 1].text) != "do" or run[-1].pos != "V":
        return run
    k = at - 2
    if tokens[k].text == ")":  # past an aside in brackets (`(Danang IT Park)`)
        k = max((n for n in range(k) if tokens[n].text == "("), default=0) - 1
    thing = phrase_before(tokens, k, spans) if k >= 0 else []
    return thing if thing and (kind_of(thing) or ("",))[0] in ("entity", "inner") else run


_GRANTS = frozenset({"cấp", "trao", "giao", "cấp mới", "cấp lại", "trao tặng", "phê duyệt", "chấp thuận", "điều chỉnh"})  # verbs granting a paper


def _recipient(tokens: list[Token], run: list[Token]) -> list[Token]:
    """The part of `run` after `cho` when what stands before `cho` is a paper (no word of the lexicon) that a verb of
    `_GRANTS` right before the run grants (`cấp phép cho | dự án nhà máy ...`, `trao giấy chứng nhận cho | doanh nghiệp`):
    the paper is not what a later figure measures; its receiver is. `kinh phí cho dự án` (a measure) stays whole."""
    k = next((n for n in range(1, len(run) - 1) if run[n].pos == "E" and low(run[n].text) == "cho"), None)
    if k is None or run[k + 1].pos not in NOUN:
        return run
    at = tokens.index(run[0])
    for j in range(k - 1, max(-1, k - 4), -1):  # the paper: one to three words before `cho`, after the verb granting it (`giấy/N
        # chứng nhận/V`)
        verb = run[j - 1] if j > 0 else tokens[at - 1] if at > 0 else None
        if verb is not None and low(verb.text) in _GRANTS and run[j].pos in NOUN and kind_of(run[j:k]) is None:
            return run[k + 1:]
    return run


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
            if word in SAYING or word == "cho" and k + 1 < len(tokens) and low(tokens[k + 1].text) in ("biết", "rằng", "hay", "thấy"):
                end = start - 1  # `Công ty Điện lực X cho biết: ...`: a source owns nothing of what it says
                break
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


def skip_period(sentence: Sentence, tokens: list[Token], j: int) -> int:
    """Token `j`, or the last token before a period that ends at it (`đóng góp của Anh | trong giai đoạn 2014-2020 |
    lên tới 143 tỷ euro`), links before the period skipped too."""
    if j < 0:
        return j
    end = tokens[j].end - sentence.start
    for start, stop in sorted(periods.spans(sentence.text)):  # (the longest ending there first: `3 năm qua`, not `năm qua`)
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
                      or low(tokens[k].text) in PERIOD_PREPOSITIONS | {"sau", "tính hết", "từ", "đầu", "cuối", "đầu năm"} and times):
        if low(tokens[k].text) in _PERIOD_WORDS and not any(re.search(r"\d|^[IVX]+$", tokens[n].text) for n in (k - 1, k + 1) if 0 <= n <= j) \
                and not (k > 0 and low(tokens[k - 1].text) in ("đầu", "cuối", "giữa") and low(tokens[k].text) == "năm"):
            break  # `kim loại quý | trong tháng 8`: `quý` with no number beside it is no period (but `6 tháng đầu năm` is one)
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
