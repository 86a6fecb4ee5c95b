"""Owners of a figure's measure found away from the phrase before it: the thing after `Với <measure> <figure>,`, the
measure before a relative clause, the measure that opens a clause raised or lowered to a level, and a thing whose
place in brackets stands between it and the verb of its figure.

    Với kinh phí hơn 77 tỷ đồng, hệ thống xe buýt sẽ ...          the thing the clause after is about -> hệ thống xe buýt
    Mức lãi suất mà các công ty áp dụng là 40%                   the measure before `mà`            -> Mức lãi suất
    Nếu lãi suất chỉ được nâng lên mức 0,5%                       the measure raised to a level      -> lãi suất
    Tuyến kè X (Bình Định) đầu tư gần 80 tỷ                      a thing, its place, its spending   -> Tuyến kè X
"""

from __future__ import annotations

import re

from pipeline.facts.noun_owners import entity_before
from pipeline.facts.noun_phrases import (
    clause_subject,
    clause_topic,
    in_figure,
    opens_clause,
    phrase_before,
    phrase_text,
)
from pipeline.facts.phrases_after import phrase_after
from pipeline.facts.subject_changes import role_predicate
from pipeline.facts.subject_lexicon import (
    BARE_SHARE,
    CLAUSE_WORDS,
    NOUN,
    clause_openers,
    entries,
    figure_verbs,
    giving_verbs,
    honorific,
    kind_of,
    low,
    value_links,
    words_of,
)
from pipeline.facts.subject_listed import listed_owner
from pipeline.language.analysis import Sentence, Token

_BUILT_ON = frozenset({"được", "xây dựng", "đầu tư", "triển khai", "đặt", "nằm", "quy hoạch", "xây"})  # `Được xây dựng | trên`
_MAKING = frozenset({"chế biến", "sản xuất", "chế tạo", "lắp ráp", "may", "dệt", "tái chế", "xử lý"})
_SKIPPED_CLAUSES = 2  # clauses with their own figure between `Với <measure> <figure>,` and its owner


def owner_after(tokens: list[Token], run: list[Token], start_at: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The thing that opens the clause after `Với <attribute> <figure>,`: `Với vốn đầu tư 500 tỷ đồng, cầu X sẽ ...`,
    past clauses that detail the figure with figures of their own (`, trong đó vốn điều lệ đạt 37.000 tỷ đồng,`); a
    thing of the lexicon or a phrase naming something (a pronoun such as `đây` gives none)."""
    k = tokens.index(run[0]) - 1
    if k >= 1 and low(tokens[k].text) == "trên" and all(low(t.text) in _BUILT_ON for t in tokens[:k]):
        k = 0  # `Được xây dựng trên diện tích 15ha, Nhà máy gồm ...`: what is built there opens the clause after (s61)
    elif k >= 2 and tokens[k].text == "," and low(tokens[0].text) == "với" and not any(t.text in (",", ";") for t in tokens[1:k]) \
            and any(in_figure(t, spans) for t in tokens[1:k]):
        pass  # `Với vốn đầu tư 90 triệu USD, | tổng công suất 1.000 tấn/ngày, Nhà máy ...`: a second measure of the fronted list (s64)
    elif k < 0 or low(tokens[k].text) != "với" or not (k == 0 or tokens[k - 1].pos == "CH"):
        return []
    end = next((e for s, e in spans if s == start_at), None)
    m = next((n for n, t in enumerate(tokens) if end is not None and t.start >= end), None)
    rate = next((n for n in range(m, min(m + 5, len(tokens))) if tokens[n].text == ","), None) if m is not None else None
    if rate is not None and m is not None and rate > m and all(t.pos in ("N", "Nu") or t.text == "/" for t in tokens[m:rate]):
        m = rate  # `Với công suất 150 tấn | tơ/năm, ...`: the goods and the time of a rate before the comma (s61, set P165)
    if m is not None and low(tokens[m].text) in ("ở", "tại", "trên"):  # `Với diện tích 53 ha | ở Khu công nghiệp Khánh Phú, Nhà
        m = next((n for n in range(m + 1, len(tokens)) if tokens[n].pos == "CH" and tokens[n].text not in ("(", ")")), None)  # máy X`
    for _ in range(_SKIPPED_CLAUSES):
        if m is None or tokens[m].text != ",":
            return []
        nxt = next((n for n in range(m + 1, len(tokens)) if tokens[n].pos == "CH" and tokens[n].text not in ("(", ")", "/")), len(tokens))
        if nxt < len(tokens) and tokens[nxt].text == "," and any(in_figure(t, spans) for t in tokens[m + 1:nxt]):
            m = nxt  # `, trong đó vốn điều lệ đạt hơn 37.000 tỷ đồng,`: a detail of the figure, not the owner
            continue
        break
    if m is None or tokens[m].text != ",":
        return []
    first = m + 1
    if first + 1 < len(tokens) and tokens[first].pos == "M" and tokens[first + 1].pos in ("N", "Nc") and not in_figure(tokens[first], spans):
        first += 1  # `Với tổng công suất 1.624 MW, hai | nhà máy dự kiến ...`: the number of the things
    if first >= len(tokens) or tokens[first].pos not in ("N", "Nc", "Np"):
        return []
    owner = [tokens[first]]
    for t in tokens[first + 1:]:
        if (t.pos in ("N", "Np") or t.pos == "M" and owner[-1].pos == "Np" or t.pos == "V" and low(t.text) in _MAKING
                and low(owner[0].text) in ("nhà máy", "xưởng", "dây chuyền")) and not in_figure(t, spans):
            owner.append(t)  # (never into a figure the tagger took for a noun: `quy mô công suất 168/N MWp/Np`; a works by what it
            # makes: `Nhà máy chế biến/V gỗ An Phát`, s61)
        else:
            break
    kind = kind_of(owner)
    if honorific(owner[0]):
        return []  # `ông Jeff Bezos`: a person's name the tagger may cut
    ok = (kind is not None and kind[0] == "entity" or any(t.pos == "Np" for t in owner)) and len(words_of(owner)) <= 8
    return tokens[m + 1:first] + owner if ok else []


_FUNDING_VERBS = frozenset({"hỗ trợ", "tài trợ", "cấp", "bố trí", "giải ngân", "phân bổ"})  # a sum's measure after its verb


def bare_owner(sentence: Sentence, start: int, spans: list[tuple[int, int]], subject: str) -> str | None:
    """For a figure whose whole subject is a bare measure that says nothing alone (`kinh phí`, `diện tích`), the thing it
    belongs to: the thing before `với`/`có` or the one that opens the clause (`Dự án X có kinh phí 100 triệu đồng`,
    `Đề án ... tại HTX Y, với kinh phí 100 triệu đồng`), else None."""
    tokens = list(sentence.tokens)
    at = sentence.text.rfind(subject, 0, start)
    k = next((n for n, t in enumerate(tokens) if t.start == sentence.start + at), None) if at >= 0 else None
    listed = listed_owner(tokens, k - 1, [(sentence.start + a, sentence.start + b) for a, b in spans]) if k is not None and k >= 2 else []
    if listed:
        return phrase_text(sentence, listed)  # `nhà máy X quy mô 400 ha, ..., kinh phí hơn 10.240 tỉ đồng`
    if k is not None and k >= 1 and low(tokens[k - 1].text) in _FUNDING_VERBS and not (k >= 2 and low(tokens[k - 2].text) in ("với", "có")):
        return sentence.text[tokens[k - 1].start - sentence.start:at + len(subject)]  # `được hỗ trợ kinh phí 100 triệu đồng`: the support's
    if k is None or k < 2 or low(tokens[k - 1].text) not in ("với", "có"):
        return None  # (not `hoàn vốn bằng 4,07 ha đất`, `trong đó 90% điện`: no thing's measure)
    owner = entity_before(tokens, k - 1, [(sentence.start + a, sentence.start + b) for a, b in spans])
    if not owner:
        return None
    between, quoted, passive = tokens[tokens.index(owner[-1]) + 1:k - 1], False, False
    for t in between:  # the thing acts in between (`trung tâm tiếp tục triển khai ..., với kinh phí`): the money is not its
        quoted = quoted != (t.text in ("“", "”", '"', "«", "»"))  # (a quoted title's verbs aside: `Đề án “Hỗ trợ ...”`)
        passive = passive or low(t.text) in ("được", "bị")  # (`Trạm BOT X được Công ty Y đầu tư với kinh phí`: its own)
        if t.pos == "V" and not quoted and not passive:
            return None
    return phrase_text(sentence, owner)


def before_relative(tokens: list[Token], run: list[Token], spans: list[tuple[int, int]]) -> list[Token] | None:
    """When the phrase ends a relative clause (`mà các công ty áp dụng`), the measure before `mà` it belongs to, or []
    when that is no measure (`Số tiền mà ...`: no subject); None when the phrase is not in a relative clause."""
    k = tokens.index(run[0]) - 1
    while k >= 0 and tokens[k].pos == "L":
        k -= 1  # `các`, `những`
    if k < 1 or low(tokens[k].text) != "mà":
        return None
    head = phrase_before(tokens, k - 1, spans)
    return head if head and (kind_of(head) or ("",))[0] in ("measure", "qualified", "attribute") else []


def granted_measure(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """For a figure right after `được` and a verb at token `i` (`Kinh phí khuyến công năm 2023 được bố trí 4,7 tỷ
    đồng`, `được dự toán trên ...`): the measure of the lexicon that ends right before `được` (or `đã được`), or a named
    thing funded (`Cụm công nghiệp X đã được đầu tư 25 tỷ đồng`); else []."""
    if i < 2 or tokens[i].pos != "V" or low(tokens[i - 1].text) != "được":
        return []
    k = i - 2 - (low(tokens[i - 2].text) in ("đã", "cũng", "vừa", "mới"))
    if k < 0:
        return []
    run = clause_subject(tokens, k, spans) or phrase_before(tokens, k, spans)  # (`Kinh phí thực hiện các hoạt động ...`)
    kind = (kind_of(run) or ("",))[0] if run else ""
    named = kind == "entity" and low(tokens[i].text) in ("đầu tư", "hỗ trợ", "cấp", "bố trí", "rót") and any(t.text[:1].isupper() for t in run[1:])
    return run if run and (kind in ("measure", "qualified") or named) and opens_clause(tokens, run) else []  # (`Cụm Công nghiệp X
    # đã được đầu tư 25 tỷ đồng`: the named thing funded)


def level_owner(tokens: list[Token], i: int) -> list[Token]:
    """For a figure after `mức` at token `i` (`được nâng nhẹ lên mức 0,5%`, `giảm xuống mức 3%`): the measure of the
    lexicon that opens the clause (after a clause word: `Nếu lãi suất ...`), with the nouns right after it, when only
    verbs, adverbs and adjectives stand between it and `mức`; else []."""
    if i < 2 or low(tokens[i].text) != "mức":
        return []
    s = i
    while s > 0 and tokens[s - 1].pos != "CH":
        s -= 1
    while s < i and (low(tokens[s].text) in CLAUSE_WORDS | {"dù", "tuy", "nếu như"} or low(tokens[s].text) in clause_openers()):
        s += 1
    ends = [e for e in range(s + 1, min(s + 5, i)) if tuple(words_of(tokens[s:e])) in entries().kinds]
    if not ends or (kind_of(tokens[s:ends[-1]]) or ("",))[0] not in ("measure", "qualified"):
        return []
    e = ends[-1]
    while e < i and tokens[e].pos in ("N", "Np"):
        e += 1  # `Giá xăng`
    if e >= i or any(t.pos not in ("V", "R", "A") for t in tokens[e:i]) or not any(t.pos == "V" for t in tokens[e:i]):
        return []
    return tokens[s:e]


def thing_before_aside(tokens: list[Token], run: list[Token], spans: list[tuple[int, int]]) -> list[Token]:
    """`Tuyến kè X (Bình Định) đầu tư gần 80 tỷ`: when the phrase before the figure is only a verb of
    `figure_verbs.txt` right after a place in brackets, the thing (of the lexicon, or named) that opens the clause
    before the brackets; else []."""
    k = tokens.index(run[0]) - 1 if run else -1
    if k < 3 or tokens[k].text != ")" or any(t.pos != "V" for t in run) or " ".join(words_of(run)) not in figure_verbs():
        return []
    o = max((n for n in range(max(0, k - 8), k) if tokens[n].text == "("), default=-1)
    if o < 1 or not all(t.pos == "Np" or t.text in (",", "-", "–") for t in tokens[o + 1:k]):
        return []
    head = phrase_before(tokens, o - 1, spans)
    if not head or head[0].pos not in NOUN or not opens_clause(tokens, head) or honorific(head[0]):
        return []
    return head if (kind_of(head) or ("",))[0] == "entity" or any(t.pos == "Np" for t in head) else []


def valued_in_brackets(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`mượn xe máy Satria 150 (trị giá 65 triệu đồng)`: when brackets open with only a value link (`trị giá`, `có
    giá`) before the figure after token `i`, the noun phrase before the brackets, from after the verb or the number before
    it; else [] (`(tăng`, `(gồm`, `(tương đương`: a change, the parts or the same sum)."""
    j = max((n for n in range(max(0, i - 3), i + 1) if tokens[n].text == "("), default=-1)
    if j < 1 or j == i or low(" ".join(t.text for t in tokens[j + 1:i + 1])) not in value_links():
        return []
    run = phrase_before(tokens, j - 1, spans)
    counted = [n + 1 for n, t in enumerate(run) if t.pos == "M" and n + 1 < len(run) and run[n + 1].pos in NOUN and not t.text[:1].isupper()]
    counted = counted or ([0] if run and tokens.index(run[0]) > 0 and tokens[tokens.index(run[0]) - 1].pos == "M" else [])
    run = run[max(counted or [n + 1 for n, t in enumerate(run) if t.pos == "V" and t.text.islower()] or [0]):]  # `lấy trộm một | chiếc
    # xe`, `mượn | xe máy Satria 150`, `5 | suất vé mua/V hàng` (the verb of a compound after a count stays), but `giải nhất/M`
    if not run or run[0].pos not in NOUN or len(words_of(run)) > 8 or given_to(tokens, run) or honorific(run[0]):
        return []
    return run if (kind_of(run) or ("",))[0] not in ("generic", "time", "other", "measure", "attribute", "qualified") else []


def given_to(tokens: list[Token], run: list[Token]) -> bool:
    """Whether the phrase is who something goes to: after `cho`, a verb of giving or a preposition other than `của`,
    past `các`/`những` (`hỗ trợ tiền thuê nhà cho các | hộ dân (2 triệu đồng/tháng)`)."""
    k = tokens.index(run[0]) - 1
    while k > 0 and tokens[k].pos == "L":
        k -= 1
    word = low(tokens[k].text) if k >= 0 else ""
    return word == "cho" or word in giving_verbs() or k >= 0 and tokens[k].pos == "E" and word != "của"


def labelled(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`Giải nhất: 25 triệu đồng / học sinh`, `Cấp tiểu học: 2,5 triệu đồng`: when the figure follows a colon at token
    `i`, the short label before it that makes up its sentence or item (after `;` or `.`): nouns, with adjectives, an
    ordinal (`Giải ba`) or a grade (`loại khá`) after the first; else []."""
    if i < 1 or tokens[i].text != ":":
        return []
    k = max((n for n in range(i) if tokens[n].text in (";", ".")), default=-1)
    run = tokens[k + 1:i]
    if not run or run[0].pos not in ("N", "Nc") or len(words_of(run)) > 6 or honorific(run[0]) or any(in_figure(t, spans) for t in run):
        return []  # `Nguyễn Văn A (Q.1, TP.HCM): 500.000 đồng` is read as a name elsewhere
    if any(t.pos not in NOUN | {"A", "M", "R"} or re.search(r"\d", t.text) for t in run):
        return []
    return run if (kind_of(run) or ("",))[0] not in ("generic", "time", "other") else []


_MOVING = frozenset({"di chuyển", "đi", "dịch chuyển"})


def what_moves(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`bão di chuyển theo hướng tây, mỗi giờ đi được 15-20 km`: for a distance right after `đi được`, the noun phrase
    before the verb of moving earlier in the sentence (`bão`, `áp thấp nhiệt đới`); else []."""
    if i < 1 or low(" ".join(t.text for t in tokens[i - 1:i + 1])) != "đi được":
        return []
    verb = min((n for n in range(i - 1) if low(tokens[n].text) in _MOVING), default=-1)  # the first: `bão di chuyển ..., đổi hướng di chuyển`
    run = phrase_before(tokens, verb - 1, spans) if verb > 0 else []
    if not run or not opens_clause(tokens, run) or run[0].pos not in ("N", "Nc") or len(words_of(run)) > 6 or honorific(run[0]):
        return []
    return run


def level_aside(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """`Sức gió mạnh nhất ... cấp 6 (40-50 km/giờ)`: for a figure in brackets right after `cấp <number>`, the measure
    of the lexicon that opens the clause; else []."""
    if i < 2 or tokens[i].text != "(" or low(tokens[i - 2].text) != "cấp" or not re.fullmatch(r"[\d-]+", tokens[i - 1].text):
        return []
    return clause_topic(tokens, i - 2, spans)


_SIZES = frozenset({"dài", "rộng", "cao", "sâu", "nặng"})


def sized_opening(tokens: list[Token], j: int, i: int) -> list[Token]:
    """`Ô Mông là dãy núi ..., dài 250 km`: for a size right after a comma and a size word, the name or thing that
    opens the sentence before its verb (nouns, at most six words, no person); else []."""
    if not 0 < j < i or tokens[j].text != "," or low(" ".join(t.text for t in tokens[j + 1:i + 1])) not in _SIZES:
        return []
    n = 0
    while n < len(tokens) and tokens[n].pos in NOUN:
        n += 1
    run = tokens[:n]
    if not run or n >= len(tokens) or tokens[n].pos != "V" or len(words_of(run)) > 6 or honorific(run[0]):
        return []
    return run if (kind_of(run) or ("",))[0] not in ("generic", "time", "other", "measure", "attribute") else []


_SHARE_VERBS = frozenset({"chiếm", "đóng góp"})
_SHARE_WORDS = frozenset({"tỷ trọng", "tỉ trọng", "khoảng", "hơn", "gần", "trên", "dưới", "tới", "đến", "xấp xỉ", "trên dưới"})
_TIMES = frozenset({"hàng năm", "hằng năm", "mỗi năm", "năm nay", "hiện nay", "hiện", "hiện tại", "trong đó"})
_SECTORS = re.compile(r"(?i:ngành|nhóm|lĩnh vực|khối|mặt hàng|hàng|sản phẩm)(?!\w)")


def share_owner(tokens: list[Token], i: int, spans: list[tuple[int, int]]) -> list[Token]:
    """The sector or goods whose share a percentage is, when they open the clause of `chiếm` or `đóng góp` right before
    it (`Ngành sản xuất, chế biến gỗ chiếm 60% giá trị xuất khẩu`, `dệt may đóng góp 20% kim ngạch`, `nhóm thủy sản
    chiếm tỷ trọng 3,65%`): a phrase without a proper name, a lexicon kind or a number, or one opened by a sector word;
    else [] (`Công ty X chiếm 55% thị phần`: the market it shares; `Tỷ lệ nợ xấu chiếm 0,96% dư nợ`: a measure)."""
    j = i
    while j >= 0 and (low(tokens[j].text) in _SHARE_WORDS or tokens[j].pos == "R"):
        j -= 1
    ratio = any(low(t.text) in ("tỷ trọng", "tỉ trọng") for t in tokens[j + 1:i + 1])  # `chiếm tỷ trọng 30%`: the owner's
    if j < 1 or low(tokens[j].text) not in _SHARE_VERBS:
        return []
    j -= 1
    while j >= 0 and tokens[j].pos == "R":
        j -= 1  # `đã chiếm`, `vẫn là`
    if j < 0 or tokens[j].text == "(" or any(low(t.text) in ("như", "gồm") for t in tokens[:j]):
        return []  # `Ngành X (chiếm ...)`: an aside (`bracket_owner`); `Ở các kênh như A, B, C chiếm`: a list blurs it
    run = phrase_before(tokens, j, spans)
    if run and role_predicate(run) is not None:
        return []  # `ngành dệt may, da giày giữ vị trí dẫn đầu chiếm 45%`: the clause's own subject (`listed_subject`)
    opened = next((n for n in range(j, -1, -1) if tokens[n].text in (";", ":") or in_figure(tokens[n], spans)
                   or n == 0 or tokens[n - 1].text in (";", ":")), 0)
    opened += tokens[opened].text in (";", ":") or in_figure(tokens[opened], spans)
    if opened <= j and _SECTORS.match(tokens[opened].text) and not any(in_figure(t, spans) for t in tokens[opened:j + 1]):
        run = tokens[opened:j + 1]  # `Ngành sản xuất, chế biến gỗ chiếm`: a sector named by a list
    while run and (low(" ".join(t.text for t in run[:2])) in _TIMES or low(run[0].text) in _TIMES):
        run = run[2:] if low(" ".join(t.text for t in run[:2])) in _TIMES else run[1:]  # `Hàng năm | dệt may`
    k = tokens.index(run[0]) - 1 if run else -1
    counted = k >= 0 and in_figure(tokens[k], spans) and any(ch.isdigit() for ch in tokens[k].text + tokens[max(0, k - 1)].text)
    while counted and k >= 0 and in_figure(tokens[k], spans):
        run, k = [tokens[k], *run], k - 1  # `108 doanh nghiệp đóng góp thuế lớn chiếm 73% ...`: the counted things
    if not run or not (k < 0 or tokens[k].pos == "CH" or low(tokens[k].text) in clause_openers() | {"năm", "nay"}):
        return []  # it must open its clause
    plain = not any(t.pos == "Np" or any(ch.isdigit() for ch in t.text) and not counted for t in run) and (
        counted or kind_of(run) is None)
    while run and low(run[-1].text) in _TIMES:
        run = run[:-1]  # `Thẻ tín dụng hiện đóng góp`
    measure = ratio and (kind_of(run) or ("",))[0] in ("measure", "qualified")  # (`giá trị sản xuất ... chiếm tỷ trọng 30%`)
    return run if (plain or measure or _SECTORS.match(run[0].text)) and 2 <= len(words_of(run)) <= 10 else []  # not `khối` alone


def shared(sentence: Sentence, start: int, spans: list[tuple[int, int]]) -> str | None:
    """`share_owner` for the percentage at `sentence.text[start]` (`spans` as sentence offsets), as text."""
    tokens = list(sentence.tokens)
    i = max((k for k, t in enumerate(tokens) if t.end <= sentence.start + start), default=-1)
    owner = share_owner(tokens, i, [(sentence.start + s, sentence.start + e) for s, e in spans]) if i >= 0 else []
    return phrase_text(sentence, owner) if owner else None


_BARE_AMOUNTS = frozenset({"sản lượng", "khối lượng", "trữ lượng", "lượng"})
_RATIOS = frozenset({"tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng"})
_RATIO_BEFORE = re.compile(r",\s*(?:chiếm|đạt)\s+(?:tỷ|tỉ)\s+(?:lệ|trọng)\s+(?:(?:khoảng|gần|hơn|trên|xấp xỉ|tới)\s+)?$", re.I)


def refined(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], subject: str | None,
            before: str | None) -> str | None:
    """A subject that is only a bare word made specific: the goods named right after an amount whose subject is a
    bare `sản lượng` (`sản lượng 650.000 tấn alumin quy đổi`: alumin quy đổi), and for `, chiếm tỷ lệ 38%` the
    subject of the figure before it in the clause (`tổng diện tích đã cho thuê gần 360ha, chiếm tỷ lệ gần 38%`);
    else the subject as it is. `before` is the subject of the figure before in the sentence."""
    if subject is None:
        return None
    if low(subject) in _BARE_AMOUNTS:
        after = phrase_after(list(sentence.tokens), sentence.start + end, [(sentence.start + s, sentence.start + e) for s, e in spans])
        return phrase_text(sentence, after) if after and kind_of(after) is None else subject
    if low(subject) in _RATIOS and before and _RATIO_BEFORE.search(sentence.text[:start]):
        return before
    return subject


_SHARE_LINK = re.compile(rf"(?:,\s*)?(?<!\w)(?<![Tt]ái\s)(?i:chiếm|đạt)(?:\s+{BARE_SHARE.pattern})?(?:\s+(?i:khoảng|gần|hơn|trên|tới|đến|với|xấp xỉ))*\s*$")
_GRADED = re.compile(r"\s+(?:(?i:đạt|đạt chuẩn|được xếp hạng|xếp hạng|hạng)\s+)?(?:(?i:từ|trên)\s+)?\d\s*(?i:sao)(?:\s+(?i:trở lên))?\s*")
_THING_AFTER = re.compile(r"\s+[^\W\d_][^\W\d_ ]*(?:\s+[^\W\d_][^\W\d_ ]*){0,4}\s*")


def amount_holder(text: str, start: int, before: list[tuple[int, int, str]]) -> str | None:
    """For a share at `text[start]` linked by `chiếm`/`đạt tỷ lệ` to the amount right before it, when that amount
    names what it is of after its number (`28 ngàn ha cà phê, chiếm gần 30% ...`, `131 triệu kWh điện, đạt tỷ lệ
    2,16%`) or counts it (`327 làng nghề truyền thống chiếm khoảng 50% ...`): that amount with its words, the part
    the share measures; else None (`kim ngạch ... đạt 900 triệu USD, chiếm 12%` keeps the measure before).
    `before`: (start, end, unit) of the sentence's earlier figures."""
    link = _SHARE_LINK.search(text[:start])
    if link is None or not before:
        return None
    s, e, unit = before[-1]
    tail = text[e:link.start()].rstrip(" (")  # (`30 triệu người dùng điện thoại (chiếm 70% dân số)`)
    if e > link.start() or unit == "percent" or not (_THING_AFTER.fullmatch(tail) or unit == "count" and (
            not tail.strip() or _GRADED.fullmatch(tail))):
        return None  # (`có 87 sản phẩm đạt 3 sao, chiếm 77,0%`: the products of that grade, s57)
    if unit == "count" and not tail.strip() and re.fullmatch(r"[\d.,\s]+(?:(?i:triệu|tỷ|tỉ|nghìn|ngàn|trăm)\s+)?(?i:lượt|người|lần)", text[s:e]):
        return None  # (`lượng khách ... là 2,5 triệu lượt, đạt 25% hiệu suất khai thác ...`: a bare number names no part)
    if re.match(r"\s*(?i:mỗi|hằng|hàng|so|và|trong|năm|tháng|của|cho|với|là)(?!\w)", tail):
        return None  # `30-40 tỷ đồng mỗi năm, chiếm khoảng 30%`: a time or a link, not what the amount is of
    return text[s:link.start()].strip(" ,(")


_PAID = re.compile(r"(?<!\w)(?i:đóng góp|nộp)\s+(?:(?i:khoảng|gần|hơn|trên|tới|xấp xỉ)\s+)?$")
_BUDGET_AFTER = re.compile(r"\s*(?:/\s*(?i:năm)\s*|(?i:mỗi năm|hằng năm|hàng năm)\s+)?(?i:(cho|vào)\s+(ngân sách(?:\s+(?:nhà nước|địa phương|"
                           r"tỉnh|huyện|thành phố|trung ương))?))(?!\w)")


def budget_paid(text: str, start: int, end: int) -> str | None:
    """A sum paid into a budget told after it (`đóng góp khoảng 3.000 tỷ đồng /năm cho ngân sách địa phương`): the
    contribution (`đóng góp cho ngân sách địa phương`); else None."""
    paid = _PAID.search(text[:start])
    budget = _BUDGET_AFTER.match(text, end) if paid else None
    if paid is None or budget is None:
        return None
    verb = re.match(r"(?i:đóng góp|nộp)", paid.group())
    return f"{verb.group() if verb else ''} {budget.group(1)} {budget.group(2)}"


_EARNED = re.compile(r"(?<!\w)(?i:thu về|thu được|thu|mang về|mang lại|đem về|đem lại)\s+(?:(?i:khoảng|gần|hơn|trên|tới|xấp xỉ)\s+)?$")
_SOURCE = re.compile(r"\s*(?:/\s*\w+\s*)?(?i:từ)\s+(?:(?i:việc|hoạt động)\s+)?([^\W\d][^,;:.()\d]{2,60}?)(?=\s*(?:[,;:.()]|\s(?i:so với|trong|năm|và|nhờ)\s|$))")


def earned_from(text: str, start: int, end: int) -> str | None:
    """What a sum is earned from, told after it (`thu về khoảng 170 triệu USD từ việc xuất khẩu cà phê`): the source
    (`xuất khẩu cà phê`); else None."""
    source = _SOURCE.match(text, end) if _EARNED.search(text[:start]) else None
    return source.group(1).strip() if source and len(source.group(1).split()) <= 8 else None


def told_after(text: str, start: int, end: int) -> tuple[str, str] | None:
    """A sum's subject told after it: a contribution to a budget (`budget_paid`, a measure) or the source of earnings
    (`earned_from`, what it is of), with its kind; else None."""
    paid = budget_paid(text, start, end)
    earned = earned_from(text, start, end) if paid is None else None
    return (paid, "measure") if paid else (earned, "of") if earned else None


_CUTTING = frozenset({"giảm", "kéo giảm", "cắt giảm", "tăng", "nâng", "hạ"})


def cut_object(tokens: list[Token], i: int, unit: str | None) -> list[Token]:
    """For a share right after a noun phrase that a verb of change governs (`giảm tai nạn giao thông 5-10%`, `cắt giảm
    chi phí 20%`): that phrase, what changes by the share, when it is nouns only (two to five words) and the verb
    stands right before it; else []."""
    if unit != "percent" or i < 1 or tokens[i].pos not in NOUN:
        return []
    s = i
    while s > 0 and tokens[s - 1].pos in ("N", "Np") and not re.search(r"\d", tokens[s - 1].text):
        s -= 1
    run = tokens[s:i + 1]
    if s < 1 or low(tokens[s - 1].text) not in _CUTTING or not 2 <= len(words_of(run)) <= 5 or any(re.search(r"\d", t.text) for t in run):
        return []
    return run if (kind_of(run) or ("",))[0] not in ("time", "generic", "other") else []
