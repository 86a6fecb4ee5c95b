"""The subject of a figure: the noun phrase it measures, read from the sentence's tagged words, or None.

Looking left from the figure, inside its clause:

    doanh thu toàn tổng công ty đạt 8.172 tỉ đồng        phrase, link word, figure      -> doanh thu toàn tổng công ty
    ... và điện mặt trời 29 MW                            phrase right before the figure -> điện mặt trời
    Nhà máy Sông Hậu 1 với công suất là 1.200 MW          attribute of a thing named     -> Nhà máy Sông Hậu 1
    ... đạt 11,76 tỷ đồng, tăng 12,47%                    a change with no phrase        -> the figure before's subject

A phrase is a run of nouns (and the verbs, adjectives and `của` that Vietnamese compounds put between
them) that starts with a noun. It is kept only when it says what is measured: it starts with a measure or
a thing from `figure_subjects.tsv`, or it names something (a proper noun). A phrase right before a figure
that ends in a verb is a predicate (`Công ty xuất khẩu 30.000 tấn`), not a subject, unless it starts with a
measure (`vốn đầu tư 2 tỷ`). Everything else gives None: no subject is better than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facts import periods
from pipeline.facts.lexicon import rows
from pipeline.language.analysis import Sentence, Token


def _low(text: str) -> str:
    """Lower case, diacritics kept (`phí` is not `phi`), spaces collapsed: how phrases are compared with the lexicons."""
    return " ".join(text.lower().split())


_NOUN = {"N", "Np", "Nc", "Ny", "Nb"}
_INNER = _NOUN | {"V", "A", "M", "Nu", "E"}
_INNER_PREPOSITIONS = {"của", "cho", "tại", "ở", "trên", "từ"}  # between nouns they stay inside the phrase
_HARD_STOP_POS = {"CH", "C", "CC", "R", "P", "T", "I", "X", "L", "Z", "Y"}
_CLAUSE_WORDS = frozenset("khi nếu mà thì rằng vì để nhưng hoặc".split())  # never inside a phrase, whatever their tag
_STOP_WORDS = frozenset(_low(w) for w in (
    "được bị đã sẽ đang thì mà là rằng khi nếu vì do nhưng hoặc hay với trong vào theo từ đến tới "
    "so sau trước về để nhằm mỗi các những biết").split()) | frozenset(_low(w) for w in (
    "cho biết", "cho hay", "cho rằng", "cho thấy", "nói", "khẳng định", "nhấn mạnh", "thông tin", "thông báo", "báo cáo",
    "công bố", "dự báo", "đánh giá", "tuyên bố", "chia sẻ", "trả lời", "xác nhận", "tiết lộ", "phát biểu", "đề nghị", "yêu cầu"))
_DETERMINERS = frozenset({"toàn", "cả", "mỗi"})
_QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
_DEMONSTRATIVES = frozenset({"này", "đó", "ấy", "kia"})
_MAX_WORDS = 16


@lru_cache(maxsize=1)
def _figure_verbs() -> frozenset[str]:
    """Verbs after which a figure belongs to the thing opening the clause (`figure_verbs.txt`)."""
    return frozenset(_low(r[0]) for r in rows("figure_verbs.txt"))


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    """Words a phrase does not run across: clause words and the one-word links (`có`, `đạt`)."""
    return _STOP_WORDS | {link[0] for link in _lexicon().links if len(link) == 1}


@dataclass(frozen=True)
class _Lexicon:
    links: tuple[tuple[str, ...], ...]  # link phrases (lower case), longest first
    kinds: dict[tuple[str, ...], tuple[str, bool]]  # phrase (lower case) -> (kind, alone)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    links = sorted({tuple(_low(r[0]).split()) for r in rows("figure_links.txt")}, key=len, reverse=True)
    kinds = {tuple(_low(r[0]).split()): (r[1], len(r) > 2 and r[2] == "yes") for r in rows("figure_subjects.tsv")}
    return _Lexicon(tuple(links), kinds)


def _words(tokens: list[Token]) -> list[str]:
    return [w for t in tokens for w in _low(t.text).split()]


def kind_of(tokens: list[Token]) -> tuple[str, bool] | None:
    """The kind (`measure`, `attribute`, `entity`, `generic`, `time`) of the longest lexicon phrase a phrase starts
    with, ending where a word ends (`tiền lệ` does not start with `tiền`); `inner` when a measure of two words or
    more comes later in it (`tờ tiền mệnh giá`)."""
    words = _words(tokens)
    ends, n = set(), 0
    for t in tokens:
        n += len(_low(t.text).split())
        ends.add(n)
    found = _kind(words, ends)
    if found is None:
        starts = sorted({0} | ends)
        for at in starts[1:-1]:
            later = _kind(words[at:], {e - at for e in ends if e > at})
            if later is not None and later[0] == "measure" and len(words) - at >= 2:
                return ("inner", False)
    return found


def _kind(words: list[str], ends: set[int]) -> tuple[str, bool] | None:
    kinds = _lexicon().kinds
    for n in range(min(len(words), 5), 0, -1):
        hit = kinds.get(tuple(words[:n])) if n in ends or n >= 2 else None  # `tiền lệ` is not `tiền`; `tổng tài sản thực` is `tổng tài sản`
        if hit is not None:
            if hit[0] == "generic" and n < len(words):
                return ("qualified", False)  # `số tiền đền bù`, `mức thu phí` say more than `số tiền`, `mức`
            return hit
    return None


def _skip_links(tokens: list[Token], i: int) -> int:
    """Index of the last token at or left of `i` that is not part of a link (`đạt`, `có công suất là`: `là`; adverbs)."""
    links = set(_lexicon().links)
    while i >= 0:
        for n in (3, 2, 1):
            if i - n + 1 >= 0 and tuple(_words(tokens[i - n + 1:i + 1])) in links:
                i -= n
                break
        else:
            return i
    return i


def _in_figure(t: Token, spans: list[tuple[int, int]]) -> bool:
    return any(s < t.end and t.start < e for s, e in spans)


def _phrase(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The noun phrase ending at token `i` (inclusive), read leftwards, starting with a noun; [] if none."""
    run: list[Token] = []
    j = i
    while j >= 0:
        t = tokens[j]
        word = _low(t.text)
        if _in_figure(t, spans):
            break
        if word in _QUOTES:
            j -= 1
            continue  # `giá "khuyến mãi" 43 triệu đồng`
        if word == "và":  # `A và B` inside a phrase, but `1.200 MW và điện mặt trời 29 MW` is two parts
            if not (run and run[0].pos in _NOUN and j > 0 and tokens[j - 1].pos in _NOUN and not _in_figure(tokens[j - 1], spans)):
                break
        elif t.pos == "E" and word in _INNER_PREPOSITIONS and run:
            pass  # `doanh thu của công ty`, `tổng thiệt hại từ hợp đồng này`
        elif word in _DETERMINERS and run or word in _DEMONSTRATIVES:
            pass  # `doanh thu toàn tổng công ty`, `giá mỗi kg`, `phương án này`
        elif t.pos in _HARD_STOP_POS or (word in _stop_words() and t.pos not in _NOUN) or word in _CLAUSE_WORDS or word in _SAYING:
            break
        elif t.pos == "E" and word not in _INNER_PREPOSITIONS:
            break
        elif (t.pos == "M" or re.search(r"\d", t.text)) and not (
                j > 0 and (tokens[j - 1].pos == "Np" or _low(tokens[j - 1].text) in ("năm", "tháng", "quý"))):
            break
        elif t.pos not in _INNER:
            break
        run.insert(0, t)
        j -= 1
        if len(run) > _MAX_WORDS:
            return [] if not any(t.pos == "Np" for t in run) else run  # a long run is kept only to find a thing in it
    for k in range(len(run) - 1, 0, -1):
        if (run[k].pos == "V" and (run[k - 1].pos == "Np" or _low(run[k - 1].text) in _DEMONSTRATIVES)
                and kind_of(run[k:k + 1]) is None and k + 1 < len(run)):
            run = run[k + 1:]  # `Thủ tướng Campuchia khẳng định mục tiêu ...`: a clause, not a phrase
            break
    run = _phrase_start(run)
    while run and (run[-1].pos == "E" or _low(run[-1].text) == "và"):
        run.pop()
    if run and run[0].pos == "Np" and any(t.pos in ("N", "Nc") for t in run[1:]):
        k = max(i for i, t in enumerate(run) if t.pos == "Np" and all(u.pos == "Np" for u in run[:i + 1]))
        run = run[k + 1:]  # `DAB số tiền`: two phrases side by side
    # `Năm 2023 doanh thu ...`: a period opening the phrase is not part of it
    k = 1
    while k < len(run) and run[k].pos == "M":
        k += 1
    if 1 < k < len(run) and (kind_of(run[:1]) or ("",))[0] == "time":
        run = _phrase_start(run[k:])
    return run


def _phrase_start(run: list[Token]) -> list[Token]:
    """The run from its first noun (or the first word of a measure tagged otherwise, `vận tốc`) on."""
    while run and run[0].pos not in _NOUN and (kind_of(run[:3]) or ("",))[0] not in ("measure", "attribute", "entity"):
        run = run[1:]
    return run


def _topic(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The phrase that opens the figure's clause, else the sentence (`Cổ phiếu Amazon ..., sau đó chốt phiên ở mức
    1.822 USD`), when it is a measure or a thing from the lexicon; [] otherwise."""
    starts = [0] + [k + 1 for k in range(i) if tokens[k].text in (",", ";", ":")]
    for start in (starts[-1], 0) if len(starts) > 1 else (0,):
        end = start - 1
        for k in range(start, i):
            t, word = tokens[k], _low(tokens[k].text)
            if _in_figure(t, spans) or word in _CLAUSE_WORDS or word in _stop_words() and t.pos not in _NOUN:
                break
            if t.pos in _HARD_STOP_POS and not (word in _DEMONSTRATIVES or word in _DETERMINERS):
                break
            if t.pos == "E" and word not in _INNER_PREPOSITIONS or t.pos not in _INNER | {"P", "L"}:
                break
            if t.pos == "A" and k + 1 < len(tokens) and _low(tokens[k + 1].text) in ("nhất", "hơn"):
                break  # `giá mua thấp nhất`
            end = k
        run = _phrase(tokens, end, spans) if end >= start else []
        kind = kind_of(run) if run else None
        if run and run[0] is tokens[start] and kind is not None and kind[0] in ("measure", "entity", "qualified", "attribute"):
            return run
    return []


def _clause_subject(tokens: list[Token], j: int, spans: list[tuple[int, int]]) -> list[Token]:
    """Everything from the start of the clause (or after `cho biết`) to token `j`, when it opens with a measure or a
    thing from the lexicon and is a phrase with a relative clause (`tỉ lệ vốn mới được giải ngân`), not a sentence."""
    start = j
    while start > 0:
        prev = tokens[start - 1]
        if prev.pos == "CH" and _low(prev.text) not in _QUOTES or _low(prev.text) in _SAYING:
            break
        start -= 1
    span = tokens[start:j + 1]
    while span and span[-1].pos in ("R", "E", "C"):
        span = span[:-1]
    if not span or len(_words(span)) > _MAX_WORDS:
        return []
    if span[0].pos not in _NOUN and (kind_of(span) or ("",))[0] not in ("measure", "attribute"):
        return []  # a phrase starts with a noun, or a measure tagged as a verb (`Xuất khẩu đạt 30 tỷ USD`)
    for k, t in enumerate(span):
        word = _low(t.text)
        if _in_figure(t, spans) or word in _CLAUSE_WORDS or word in _SAYING or t.pos in ("C", "CC", "P") and word not in _DEMONSTRATIVES and word != "và":
            return []
        if (t.pos == "M" or re.search(r"\d", t.text)) and not (
                k > 0 and (span[k - 1].pos == "Np" or _low(span[k - 1].text) in ("năm", "tháng", "quý"))):
            return []  # `chả bò giá 340.000 phải đóng`: a clause with its own number
    kind = kind_of(span)
    return span if kind is not None and kind[0] in ("measure", "qualified", "entity", "attribute") else []


_SAYING = frozenset(_low(w) for w in ("cho biết", "biết", "cho hay", "rằng", "khẳng định", "nhấn mạnh", "thông tin", "cho rằng",
                                      "nói", "tiết lộ", "xác nhận", "dự báo", "ước tính", "báo cáo", "công bố"))


def _attribute_tail(run: list[Token]) -> int | None:
    """Where a trailing attribute starts (`hệ thống điện mặt trời | công suất`), if the run ends with one after a thing."""
    whole = kind_of(run)
    if whole is not None and whole[0] in ("attribute", "measure", "generic", "qualified"):
        return None  # `tổng diện tích`, `tổng chiều dài`
    for k in range(len(run) - 1, 0, -1):
        kind = kind_of(run[k:])
        if kind is not None and kind[0] == "attribute" and len(_words(run[k:])) <= 4:
            head = kind_of(run[:k])
            if head is not None and head[0] == "entity" or any(t.pos == "Np" for t in run[:k]):
                return k
            return None
    return None


def _usable(run: list[Token], direct: bool) -> tuple[str, bool] | None:
    """The lexicon kind of a phrase if it can be a subject, ("named", False) for a phrase naming something."""
    if not run:
        return None
    kind = kind_of(run)
    if kind is not None and kind[0] == "generic":
        return None
    if kind is not None and kind[0] == "time":
        return kind
    if direct and run[-1].pos == "V" and (kind is None or kind[0] in ("entity", "qualified", "inner")):
        return None  # `Công ty xuất khẩu 30.000 tấn`: a predicate
    if run[-1].pos == "A" and _low(run[-1].text) in _COMPARATIVES:
        return None  # `khu vực Trung Bộ thấp hơn 60%`: a comparison
    if kind is not None:
        return kind
    if any(t.pos == "Np" for t in run) and run[-1].pos != "V":
        return ("named", False)  # but `Anh Tuấn bán được 2 tấn`: a person and a verb
    return None


def _entity_before(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The thing an attribute belongs to: the phrase before `với`/`có` at token `i`, else the first thing from the
    lexicon (`Nhà máy ...`, `Dự án ...`) that opens the sentence or one of its clauses."""
    j = _skip_links(tokens, i)
    if j < i:
        run = _phrase(tokens, j, spans)
        inside = [n for n in range(1, len(run)) if (kind_of(run[n:n + 1]) or ("",))[0] == "entity"
                  and (kind_of(run[n - 1:n]) or ("",))[0] != "entity"]
        if (kind_of(run) or ("inner",))[0] == "inner" and inside:
            run = run[inside[-1]:]  # `trao quyết định chủ trương đầu tư | dự án điện gió Kiên Hải có công suất 100 MW`
        k = kind_of(run)
        if run and (k is not None and k[0] == "entity" or k is None and run[0].pos != "Np" and any(t.pos == "Np" for t in run)):
            return run
        if run and k is None and run[0].pos == "N" and _opens_clause(tokens, run) and any(
                _low(t.text) in ("có", "với") for t in tokens[j + 1:i + 1]):
            return run  # `trực thăng mới sẽ có trọng lượng 40 tấn`: whatever opens the clause and has the attribute
    starts = [0] + [k + 1 for k in range(i) if tokens[k].text in (",", ";", ":")]
    for start in starts:  # the thing the sentence (or one of its clauses) is about: a thing that opens it
        k = kind_of(tokens[start:start + 3])
        if k is not None and k[0] == "entity" and tokens[start].pos in _NOUN:
            end = start
            while end + 1 <= i and not _in_figure(tokens[end + 1], spans) and _low(tokens[end + 1].text) not in _stop_words() and (
                    tokens[end + 1].pos in (_NOUN | {"M", "A"})
                    or tokens[end + 1].pos == "V" and end + 2 <= i and tokens[end + 2].pos in _NOUN):  # `thủy/V điện/N`
                end += 1
            run = tokens[start:end + 1]
            if len(run) >= 2 or any(t.pos == "Np" for t in run):
                return list(run)
    return []


@dataclass(frozen=True)
class Subject:
    """A figure's subject as written, and its kind: `measure`, `attribute`, `entity` (from the lexicon), `qualified`
    (a generic word made specific: `mức thu phí`) or `named` (a phrase naming something: `tỉ phú Warren Buffett`)."""

    text: str
    kind: str


def subject(sentence: Sentence, start: int, spans: list[tuple[int, int]], previous: Subject | None,
            same_unit: bool = False, rate: bool = False) -> Subject | None:
    """What the figure starting at `sentence.text[start]` measures, or None (see `_subject`)."""
    found = _subject(sentence, start, spans, previous, same_unit, rate)
    return found if found is not None and found.text else None


def _subject(sentence: Sentence, start: int, spans: list[tuple[int, int]], previous: Subject | None,
             same_unit: bool, rate: bool) -> Subject | None:
    """What the figure starting at `sentence.text[start]` measures, or None.

    spans: (start, end) of every figure of the sentence, as sentence offsets (a phrase does not run across one).
    previous: the subject of the figure before it in the same sentence, for a change with no phrase of its own
    (`..., tăng 12,47%`) or, when `same_unit`, for a figure that continues a list (`3,57% ... và 1,7% ...`).
    rate: the figure is a rate (`650.000 đồng/kg`): a plain noun phrase right before it is the thing priced.
    """
    tokens = list(sentence.tokens)
    base = sentence.start
    absolute = [(base + s, base + e) for s, e in spans]
    i = max((k for k, t in enumerate(tokens) if t.start < base + start), default=-1)
    if i >= 0 and tokens[i].end > base + start:
        i -= 1  # a token straddling the figure's start
    if i < 0:
        return None
    if tokens[i].text == "(":
        if previous and i > 0 and _in_figure(tokens[i - 1], absolute):
            return previous  # `49 MW (69 MWp)`
        i -= 1  # `Nợ ngắn hạn của công ty (126,9 tỷ đồng)`
        if i < 0:
            return None
    j = _skip_links(tokens, i)
    j = _skip_period(sentence, tokens, j)
    if j >= 1 and tokens[j].pos == "M" and _low(tokens[j - 1].text) == "từ":
        j = _skip_links(tokens, j - 2)  # `nâng số nhân lực từ 300 lên 1.200 người`
    direct = j == i
    run = _phrase(tokens, j, absolute)
    if run and (kind_of(run) or ("inner",))[0] == "inner":
        inside = [n for n in range(1, len(run)) if run[n - 1].pos == "V" and (kind_of(run[n:n + 1]) or ("",))[0] == "entity"]
        if inside:
            run = run[inside[-1]:]  # `Quảng Ngãi khánh thành | nhà máy chế biến gỗ 500 tỷ đồng`
    k = tokens.index(run[0]) - 1 if run else -1
    if k > 0 and _low(tokens[k].text) in ("được", "bị") and (kind_of(run) or ("",))[0] not in ("measure", "attribute"):
        run = _phrase(tokens, k - 1, absolute)  # `giá vàng SJC được công ty SJC niêm yết ở mức`: not the agent
    if direct and run and run[-1].pos == "V":  # `Dự án tàu chiến "đốt" 30 tỷ USD`: a thing and what it spends or makes
        head = run[:max(k for k, t in enumerate(run) if t.pos != "V") + 1] if any(t.pos != "V" for t in run) else []
        verbs = _low(" ".join(t.text for t in run[len(head):]))
        if (head and (kind_of(head) or ("",))[0] == "entity" and _opens_clause(tokens, head) and head[-1].pos in _NOUN | {"M", "A"}
                and verbs in _figure_verbs()):
            return Subject(_text(sentence, head), "entity")
    tail = _attribute_tail(run) if run else None
    if tail is not None:
        return Subject(_text(sentence, run[:tail]), "entity")  # `hệ thống điện mặt trời công suất 2,96 kWp`
    kind = _usable(run, direct)
    if kind is not None and all(t.pos == "V" for t in run):
        # `Kangaroo chỉ sản xuất 2 sản phẩm`: a verb, not a phrase; `tỉ lệ vốn được giải ngân chỉ đạt`: the end of one
        span = _clause_subject(tokens, j, absolute) if not direct else []
        return Subject(_text(sentence, span), kind_of(span)[0]) if span else None  # type: ignore[index]
    if kind is not None and kind[0] == "named" and direct and not _opens_clause(tokens, run):
        kind = None  # `truy thu và phạt với Grab 2,98 tỉ đồng`: a name in the middle of a clause is an object
    if kind is None and rate and direct and run and len(_words(run)) >= 2 and run[-1].pos != "V" and _opens_clause(tokens, run):
        kind = ("named", False)  # `cánh ngỗng hun khói 650.000 đồng/kg`: the thing priced
    recipient = kind is not None and (direct and kind[0] in ("entity", "named", "inner") or kind[0] == "named") and _after_verb(tokens, run)
    if kind is None and run and run[0].pos == "N" and not direct and any(_low(t.text) in _DIMENSIONS for t in tokens[j + 1:i + 1]):
        kind = ("named", False)  # `đường hầm khác dài hơn 1,5 km`: what is long, wide, high or heavy
    if recipient:
        kind = None  # `hỗ trợ gia đình nạn nhân 5 triệu đồng`: the one who receives, not what is measured
    if kind is not None and run[-1].pos == "V" and i > j and _low(tokens[j + 1].text) == "được" and kind[0] not in ("measure", "attribute"):
        kind = None  # `trung tâm y tế thực hiện được 90%`: a verb and its complement
    if kind is not None and kind[0] == "time":
        return previous  # `quý II đạt 5,2 tỷ USD`: the same measure in another period
    if kind is None:
        if not run and j >= 0 and tokens[j].text == "," and not direct and previous:
            return previous  # `..., tăng 12,47%`
        if not run and j >= 0 and _in_figure(tokens[j], absolute) and previous:
            return previous  # `gần 20 triệu đồng/m2 đến 24,8 triệu đồng/m2`
        if not run and j >= 0 and _low(tokens[j].text) in (",", "và", "còn") and direct and same_unit and previous:
            return previous  # `chiếm 3,57% đối với hành khách và 1,7% đối với hàng hóa`
        if recipient:
            return None  # an object: `tặng ông Ba 5 triệu đồng`
        if direct and tokens[i].pos == "V":  # a verb's figure: `Ông Hải đã vay 300 triệu đồng`, unless a thing opens the clause
            topic = _topic(tokens, i, absolute) if not run and _low(tokens[i].text) in _figure_verbs() else []
            return Subject(_text(sentence, topic), "entity") if topic and kind_of(topic)[0] == "entity" else None  # type: ignore[index]
        if not direct:  # `số người có việc làm là 54,32 triệu người`: a phrase with its relative clause, up to the link
            span = _clause_subject(tokens, j, absolute)
            if span:
                return Subject(_text(sentence, span), kind_of(span)[0])  # type: ignore[index]
        # only a link with nothing before it in its clause leads to the clause's topic; an unknown phrase is not replaced
        topic = _topic(tokens, i, absolute) if not run and not direct else []
        if topic:
            return Subject(_text(sentence, topic), kind_of(topic)[0])  # type: ignore[index]
        return None
    if kind[0] == "attribute" and _is_bare_attribute(run):
        k = len(run) and tokens.index(run[0]) - 1
        entity = _entity_before(tokens, k, absolute) if k >= 0 else []
        if entity:
            return Subject(_text(sentence, entity), "entity")
        if not kind[1]:
            return None
    return Subject(_text(sentence, run), kind[0])


def _skip_period(sentence: Sentence, tokens: list[Token], j: int) -> int:
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
            while k >= 0 and _low(tokens[k].text) in _PERIOD_PREPOSITIONS:
                k -= 1
            return _skip_links(tokens, k) if k >= 0 else j
    return j


_PERIOD_PREPOSITIONS = frozenset({"trong", "vào", "tính đến", "tính tới", "tính", "đến", "tới", "đến hết", "hết", "cả"})


def _opens_clause(tokens: list[Token], run: list[Token]) -> bool:
    """Whether nothing but a boundary (start, punctuation, `và`) comes before the phrase."""
    k = tokens.index(run[0]) - 1
    return k < 0 or tokens[k].pos == "CH" or _low(tokens[k].text) in ("và", "còn")


def _after_verb(tokens: list[Token], run: list[Token]) -> bool:
    """Whether the phrase is the object of a verb or of `cho` (`hỗ trợ gia đình 5 triệu`, `đem về cho Hàng Kênh 153 triệu`);
    a thing from the lexicon is an object only after a verb of giving (`khánh thành nhà máy 500 tỷ đồng` is the plant's)."""
    k = tokens.index(run[0]) - 1
    if k < 0:
        return False
    word = _low(tokens[k].text)
    if (kind_of(run) or ("",))[0] == "entity" and word not in ("cho", "của"):
        return word in _giving_verbs()
    return tokens[k].pos == "V" and word not in _LINK_VERBS or word in ("cho", "của")


@lru_cache(maxsize=1)
def _giving_verbs() -> frozenset[str]:
    """Verbs whose object is who receives the figure (`figure_giving_verbs.txt`)."""
    return frozenset(_low(r[0]) for r in rows("figure_giving_verbs.txt"))


_LINK_VERBS = frozenset({"là", "có", "đạt", "gồm", "với"})
_DIMENSIONS = frozenset("dài rộng cao sâu nặng".split())
_COMPARATIVES = frozenset("thấp cao nhiều ít lớn nhỏ dài ngắn rộng hẹp mạnh yếu nhanh chậm hơn nhất".split())


def _is_bare_attribute(run: list[Token]) -> bool:
    """`công suất`, `công suất lắp đặt`, `tổng vốn đầu tư`: an attribute not followed by what it belongs to."""
    return not any(_low(t.text) == "của" or t.pos == "Np" for t in run) and len(_words(run)) <= 5


def _text(sentence: Sentence, run: list[Token]) -> str:
    text = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]
    text = re.sub(r"^[\d.,]+\s+", "", text)  # `9.642 giải Ba`: the number counts the prizes
    return re.sub(r"\s+", " ", re.sub("[\"“”]", "", text)).strip(" ,;:-–")
