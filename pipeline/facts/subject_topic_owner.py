"""The topic of a sentence as owner of a bare measure: `TB001 dài 10 m, sải cánh rộng 20 m, ... với tầm bay gần 6.000 km`
(`tầm bay của TB001`), `Nhà sản xuất iPhone hiện sở hữu mức vốn hóa 868 tỷ USD`, `Giá trị sản xuất của TISCO ước đạt 2.061
tỷ đồng với lợi nhuận ước đạt 95,89 tỷ` (`lợi nhuận của TISCO`).

`subject_named_owner` finds an owner written as a proper name. Many owners are common noun phrases or names the tagger
takes for common nouns (`Tàu`, `Gia đình tôi`, `người đàn ông tài giỏi`). A measure of `figure_owned_measures.txt` or of
the sizes a thing holds is the topic's when:
- the topic is the noun phrase that opens its clause (after an opening frame ending with a comma: `Năm 2019,`), and a
  predicate follows it;
- every comma-separated part between the topic and the measure goes on telling of the topic: a predicate (a verb, an
  adjective, a preposition, an adverb) or another of its measures (`lượng choán nước 2.200 tấn`), never a new subject;
- the word before the measure has it (`có`, `đạt`, `sở hữu`, `với`, a comma), as in `subject_named_owner`;
- a person owns only what a person holds (wealth, earnings, shares); a measure that opens the clause (`Giá trị sản xuất
  của TISCO`) lends the owner it names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.subject_lexicon import SAYING, entries, kind_of, low
from pipeline.facts.subject_measure_owner import held_attributes
from pipeline.facts.subject_named_owner import ADVERBS, AUTHORITIES, EARNINGS, PERSONS, owned
from pipeline.facts.subject_with_clause import HELD_SIZES, SIZES
from pipeline.language.analysis import Sentence, Token

_HAVING = frozenset({"có", "đạt", "sở hữu", "nắm", "nắm giữ", "ghi nhận", "mang về", "thu về", "với", ","})
_ADVERBS = ADVERBS | {"hiện nay", "ước", "dự kiến", "ước tính", "luôn", "đều"}
# words after which a clause opens with its own topic; and words after which the topic is a subordinate clause's, whose
# owner the measure need not be (`do Nhà nước sở hữu 100% vốn, có vốn điều lệ ...`: the company's)
_BOUNDS = frozenset({";", ":", "nhưng", "trong khi", "trong khi đó", "song", "tuy nhiên", "còn", "nên", "cho nên", "vì vậy", "do đó"})
_SUBORDINATE = frozenset({"khiến", "khiến cho", "để", "mà", "thì", "nếu", "vì", "do", "bởi", "khi", "sau khi", "trước khi", "rồi",
                          "“", "”", '"'})
_OPENERS = re.compile(r"(?i:thế nhưng|tuy nhiên|nhưng|song|trong khi đó|ngoài ra|đặc biệt|theo đó|bên cạnh đó|hiện nay|hiện|riêng|"
                      r"trong đó|cụ thể)\s*,?\s*$")
_PERSONS = PERSONS | {"người", "tôi", "họ", "nó", "cậu", "cụ", "vợ", "chồng"}
_PERSONAL = frozenset({"tài sản", "tổng tài sản", "tài sản ròng", "tổng tài sản ròng", "khối tài sản", "giá trị tài sản", "thu nhập",
                       "thu nhập bình quân", "mức thu nhập", "lương", "mức lương", "tiền lương", "cổ phần", "cổ phần sở hữu",
                       "tỷ lệ sở hữu", "tỉ lệ sở hữu", "nợ", "dư nợ"})
_AUTHORITIES = AUTHORITIES | {"theo"}
# verbs that take a clause or a person and a verb: what follows them is no part of a name (`Hải quân Mỹ muốn LCS đạt ...`)
_CLAUSE_VERBS = frozenset({"muốn", "cho", "để", "yêu cầu", "đề nghị", "giúp", "khiến", "làm", "bắt", "cần", "phải", "được", "bị",
                           "là", "cho phép", "đưa", "mời", "định", "dự định", "kêu gọi", "giao", "buộc", "thấy", "nói"})
# prepositions that open a frame, whatever the tagger says of them (`Theo/V trưởng bản, ...`)
_FRAMES = frozenset({"theo", "tại", "trong", "với", "sau", "trước", "từ", "đến", "ngoài", "bên cạnh", "về", "đối với", "ở"})
_QUANTIFIERS = frozenset({"phần lớn", "đa số", "hầu hết", "nhiều", "một số", "số", "tất cả", "mỗi", "các", "những"})
_TIMES = frozenset({"năm", "tháng", "quý", "ngày", "tuần", "hôm", "sáng", "chiều", "tối", "đêm", "trưa", "đầu", "cuối", "giai đoạn",
                    "thời điểm", "lúc", "khi", "hiện", "hiện nay", "nay", "mùa", "vụ", "kỳ", "đợt"})
_NOUNS = frozenset({"N", "Np", "Nc", "Ny", "Nb"})


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    return owned() | SIZES | HELD_SIZES | held_attributes()


def _bounded(token: Token) -> bool:
    text = low(token.text)
    return text in _BOUNDS or text in SAYING or text in _SUBORDINATE


def _phrase(tokens: list[Token], a: int, b: int) -> int:
    """The end (exclusive) of the noun phrase opening at `a` before `b`: nouns, names, the adjectives and pronouns after
    its first noun, and `của` with the nouns after it (`Tiêm kích J-20 của Trung Quốc`); `a` when none opens there."""
    k = a
    while k < b:
        t, text = tokens[k], low(tokens[k].text)
        sized = k + 1 < b and tokens[k + 1].pos == "M"  # (`Tàu dài 102 m`: a predicate)
        if t.pos in _NOUNS and text not in _ADVERBS or k > a and (t.pos in ("A", "P") and text not in _ADVERBS and not sized
                                                                   and (tokens[k - 1].pos != "Np" or text in ("này", "đó", "ấy"))
                                                                   or t.pos == "M" and tokens[k - 1].pos == "Np" and not t.text[:1].isdigit()):
            k += 1
        elif text in ("của", "ở", "tại") and k > a and k + 1 < b and tokens[k + 1].pos in (_NOUNS if text == "của" else ("Np",)):
            k += 1  # (`Tiêm kích J-20 của Trung Quốc`, `Người Dao đỏ ở Tuyên Quang`)
        elif t.text == "-" and k > a and k + 1 < b and tokens[k - 1].pos in _NOUNS:
            k += 1  # (`Hwasong - 12`)
        elif t.pos == "V" and k > a and tokens[k - 1].pos in _NOUNS and k + 1 < b and text not in _CLAUSE_VERBS | _HAVING | SAYING and (
                tokens[k + 1].pos in _NOUNS and low(tokens[k + 1].text) not in _ADVERBS
                or tokens[k + 1].pos == "A" and k + 2 < b and tokens[k + 2].pos == "M"):
            k += 1  # (`máy bay vận tải/V X-9`, `Tàu tuần tra/V dài 80 m`: a verb that qualifies the noun before it)
        else:
            break
    return k


def _parts_go_on(tokens: list[Token], e: int, m: int) -> bool:
    """Whether every comma-separated part from token `e` to the measure at `m` tells more of the topic: each opens with a
    predicate word, or with a measure of its own (a list of the topic's sizes)."""
    depth, n = 0, e
    starts = [e]
    while n < m:
        text = tokens[n].text
        depth += text == "("
        depth -= text == ")" and depth > 0
        if text == "," and not depth:
            starts.append(n + 1)
        n += 1
    for s in starts:
        if s >= m:
            continue
        t = tokens[s]
        if t.pos in ("V", "A", "R", "E") or low(t.text) in _ADVERBS or t.pos == "M":
            continue
        if (kind_of(tokens[s:min(m, s + 4)]) or ("",))[0] in ("measure", "attribute"):
            continue
        return False  # (a new subject: `Tàu A dài 100 m, tàu B có tốc độ ...`)
    return True


def _clause_start(tokens: list[Token], m: int) -> int:
    """The first token of the clause of token `m`: after a bound, a word of saying (`cho` + `thấy`, two words to the segmenter)."""
    return max((n for n in range(m) if _bounded(tokens[n]) or low(tokens[n].text) in ("thấy", "hay", "biết") and n and low(
        tokens[n - 1].text) == "cho"), default=-1) + 1


_TRADES = frozenset({"xuất khẩu", "nhập khẩu", "xuất nhập khẩu"})


def _traded(tokens: list[Token], m: int) -> str:
    """The trade and its goods that open the clause of token `m` (`Số liệu ... cho thấy xuất khẩu giày dép các loại | đạt
    kim ngạch`), else ""."""
    c = _clause_start(tokens, m)
    framed = next((n + 1 for n in range(c, m) if tokens[n].text == ","), m)  # (`Năm 2023, | xuất khẩu cà phê ...`)
    c = c if c < m and low(tokens[c].text) in _TRADES else framed
    if c >= m or low(tokens[c].text) not in _TRADES:
        return ""
    e = _phrase(tokens, c + 1, m)
    return " ".join(t.text for t in tokens[c:e]) if e > c + 1 else ""


def clause_topic(tokens: list[Token], m: int, verb: int, having: str) -> list[Token]:
    """The noun phrase that opens the clause of token `m` and owns what token `verb`, a word of having, brings; else []."""
    c = _clause_start(tokens, m)
    last = max((n for n in range(c, m) if tokens[n].text == ","), default=-1)
    if c and low(tokens[c - 1].text) in _SUBORDINATE and c <= 2 and last > c and tokens[last + 1].text[:1].isupper():
        c = last + 1  # (`Sau khi sáp nhập thêm ... huyện Mê Linh, | Hà Nội hiện có`: the clause after the opening one)
    elif c and low(tokens[c - 1].text) in _SUBORDINATE and not (c >= 2 and tokens[c - 1].text in "“\"" and tokens[c - 2].text == ":"):
        return []  # (but a quote that opens what someone says after `:` opens a clause of its own: `nhấn mạnh: “Huế có ...`)
    while c < m and tokens[c].text == ",":
        c += 1
    if c >= m:
        return []
    if tokens[c].pos == "E" or low(tokens[c].text) in _TIMES | _FRAMES:
        comma = next((n for n in range(c, m) if tokens[n].text == ","), None)
        if comma is None or any(t.pos == "V" for t in tokens[c + 1:comma]):
            return []  # (`đến nay thu hút 278 dự án, phần lớn ...`: no frame but a clause)
        c = comma + 1  # (`Năm 2019, MWG ...`: past the frame)
    opener = next((n for n in range(c + 1, min(m, c + 4)) if _OPENERS.fullmatch(" ".join(t.text for t in tokens[c:n]))), None)
    c = opener if opener is not None else c
    while c < m - 1 and low(tokens[c].text) in ("những", "các") and tokens[c + 1].pos in _NOUNS:
        c += 1  # (`Riêng những người làm bánh tráng ... cũng có gần 20 người`, `Các hợp tác xã ... có doanh thu`)
    e = _phrase(tokens, c, m)
    of = next((n for n in range(e, min(m, c + 8)) if low(tokens[n].text) == "của"), None) if e > c and (
        kind_of(tokens[c:e]) or ("",))[0] == "measure" else None
    e = _phrase(tokens, of + 1, m) if of is not None and _phrase(tokens, of + 1, m) > of + 1 else e  # (`Giá trị sản xuất/V của X`)
    if e == c or e >= m or e - c > 12 or tokens[c].pos == "M" or low(tokens[c].text) in _AUTHORITIES | _TIMES | _QUANTIFIERS:
        return []
    run = tokens[c:e]
    nxt = e + 1 if tokens[e].text == "," and e + 1 < m else e
    while nxt < m and low(tokens[nxt].text) in _ADVERBS:
        nxt += 1
    if nxt >= m + 1 or tokens[nxt].pos not in ("V", "A") and nxt != m or not _parts_go_on(tokens, e, m):
        return []
    if having == "," and not (nxt < m and (low(tokens[nxt].text) in _HAVING or tokens[nxt].pos == "A")):
        return []  # (`Kỷ niệm ngày thành lập ..., kinh phí ...`: a list item of its own, unless the topic has or measures)
    if e - c == 1 and run[0].pos != "Np" and not (nxt < m and (low(tokens[nxt].text) in _HAVING or tokens[nxt].pos == "A" or nxt == verb)):
        return []  # (`Nhà thi đấu/V X`, `Vùng quy hoạch/V ...`: a lone noun is a name the tagger cut, unless it has the measure)
    nearer = verb - 1
    while nearer > e and tokens[nearer - 1].pos in _NOUNS:
        nearer -= 1
    if verb - 1 > e and tokens[verb - 1].pos in _NOUNS and tokens[verb].pos == "V" and low(tokens[nearer - 1].text) in _CLAUSE_VERBS:
        return []  # (`Hải quân Mỹ muốn LCS đạt tốc độ ...`: the verb's own subject is nearer; not a place a verb of motion
        # goes through: `Vùng quy hoạch ... chạy qua xã Phú Lâm có chiều dài`)
    if having == "với" and any(t.pos == "M" and tokens[n + 1].pos in ("N", "Nc") for n, t in enumerate(tokens[e:verb], start=e)):
        return []  # (`Toàn xã có hơn 1.200 hộ trồng hoa, với diện tích ...`: the area of what it counts)
    owner = run
    if (kind_of(run) or ("",))[0] in ("measure", "attribute", "time"):
        of = next((n for n, t in enumerate(run) if low(t.text) == "của"), None)
        if of is None or of + 1 >= len(run):
            return []
        owner = run[of + 1:]  # (`Giá trị sản xuất công nghiệp của TISCO ... với lợi nhuận`: TISCO's)
    if any(t.pos == "M" and t.text[:1].isdigit() for t in owner) and not any(t.pos == "Np" for t in owner):
        return []  # (a count: `12 CSGT ...`)
    return owner


def having_word(tokens: list[Token], verb: int) -> str:
    """The word of having at token `verb`, without the adverb or the `khối`, `mức` the segmenter joins to it (`hiện sở hữu`,
    `sở hữu khối`); "" before the sentence."""
    return re.sub(r"^(?:(?:hiện|đã|vẫn|đang|cũng|chỉ) )+|(?: (?:khối|mức))$", "", low(tokens[verb].text)) if verb >= 0 else ""


def _is_person(owner: list[Token]) -> bool:
    return low(owner[0].text) in _PERSONS or owner[0].pos == "Np" and len(owner) == 1 and len(owner[0].text.split()) >= 2


_AIMS = frozenset({"phấn đấu", "dự kiến", "kỳ vọng", "đặt mục tiêu", "đặt kế hoạch", "hướng tới", "quyết tâm"})  # a topic's aim


def topic_owner(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """`<measure> của <topic>` when `subject` is a bare measure (see the module) written before the figure at
    `sentence.text[start]` and the noun phrase that opens its clause owns it; else `subject`."""
    if subject is None or " của " in subject:
        return subject
    key = low(subject)
    core = key.split(" ", 1)[1] if key.split(" ", 1)[0] in ("mức", "khối", "số") and " " in key else key  # (`mức vốn hóa`, `số vốn đăng ký`)
    if core not in _measures():
        return subject
    tokens = list(sentence.tokens)
    at = sentence.text.lower().rfind(key, 0, start)
    m = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + at), None) if at >= 0 else None
    if m is None or low(tokens[m].text) not in (key, key.split()[0]) and not key.startswith(low(tokens[m].text)):
        return subject
    verb = m - 1
    while verb >= 0 and (low(tokens[verb].text) in _ADVERBS or tokens[verb].pos == "L" or low(tokens[verb].text) in ("mức", "khối")):
        verb -= 1
    having = having_word(tokens, verb)
    if having not in _HAVING:
        return subject  # (`chiếm đoạt tài sản 246 tỷ đồng`: what a verb takes is not its subject's own)
    owner = clause_topic(tokens, m, verb, having)
    traded = _traded(tokens, m) if core in ("kim ngạch", "giá trị", "tổng kim ngạch", "tổng giá trị") else ""
    if traded:
        return f"{subject} {traded}"  # `xuất khẩu giày dép các loại ... đạt kim ngạch`: `kim ngạch xuất khẩu giày dép các loại`
    aim = next((n for n, t in enumerate(owner) if n and low(t.text) in _AIMS), None) if owner else None
    owner = owner[:aim] if aim else owner  # `Tổng công ty | phấn đấu tổng doanh thu đạt ...`: the topic, not its aim (s58)
    if not owner:
        return subject
    person = _is_person(owner)
    if person and core not in _PERSONAL or core in EARNINGS and not person:
        return subject  # (a person has no capacity or price; earnings are a person's, not a payer's)
    text = sentence.text[owner[0].start - sentence.start:owner[-1].end - sentence.start]
    if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", low(text)):
        return subject
    return f"{subject} của {text}"



_CHANGES = frozenset({"tăng", "giảm", "sụt", "sụt giảm", "mất", "mất đi", "tụt", "bốc hơi", "cắt giảm", "hạ", "nâng"})
_SHARE_ADVERBS = frozenset({"đã", "tới", "đến", "khoảng", "hơn", "gần", "trên", "chỉ", "thêm", "lên", "xuống", "được"})


def changed_measure(sentence: Sentence, start: int, end: int, subject: str | None) -> str | None:
    """`<measure> của <topic>` for a share from `sentence.text[start]` to `[end]` that a verb of change takes, followed by a
    measure the topic of its clause owns (`Đồng lira đã sụt 40% giá trị`: `giá trị của Đồng lira`; `Nhà máy tăng 20% sản
    lượng`); else `subject`."""
    tokens = list(sentence.tokens)
    f = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + start), None)
    k = next((n for n, t in enumerate(tokens) if t.start >= sentence.start + end), None)
    if f is None or k is None:
        return subject
    kinds = entries().kinds
    run = next((tokens[k:k + n] for n in (3, 2, 1) if k + n <= len(tokens) and kinds.get(tuple(" ".join(low(t.text) for t in tokens[k:k + n]).split()),
                                                                                           ("",))[0] in ("measure", "attribute")), None)
    if run is None or " ".join(low(t.text) for t in run) not in _measures() | {"giá trị"}:
        return subject  # (the longest measure after the share: `giảm 25% giá vé` is a price's change, no topic's measure)
    if subject is not None and not (low(subject) + " ").startswith(" ".join(low(t.text) for t in run) + " "):
        return subject  # (a subject the measure opens: `giá trị kể | từ đầu năm`, cut from what follows)
    verb = f - 1
    while verb >= 0 and low(tokens[verb].text) in _SHARE_ADVERBS:
        verb -= 1
    if verb < 0 or low(tokens[verb].text) not in _CHANGES:
        return subject
    owner = clause_topic(tokens, verb + 1, verb, "có")
    if not owner or _is_person(owner):
        return subject
    measure = sentence.text[run[0].start - sentence.start:run[-1].end - sentence.start]
    return f"{measure} của {sentence.text[owner[0].start - sentence.start:owner[-1].end - sentence.start]}"
