"""The goods a bare price is of when the sentence says who sells or buys them, not after the verb but before it:

    Trà từ loài sen núi ở Tây Tạng được bán với giá 2,5 triệu đồng/kg   the clause's subject    -> Trà từ loài sen núi ở Tây Tạng
    Thông thường cá bán với giá 80.000 đồng/kg                          (an adverb before it)    -> cá
    Riêng mủ chén đã đông thì thương lái mua với giá 20.000 đồng/kg      the topic the buyer buys -> mủ chén đã đông
    Riêng cà phê, thương lái mua với giá 120.000 đồng/kg                 (a topic before a comma) -> cà phê
    Hiện anh đang bán với giá 4 triệu đồng/kg                            a seller, no goods       -> None
    con trâu này ông mới mua với giá 42 triệu đồng                      a fronted object, its buyer -> None (read by
                                                                        `subject_measure_owner`: giá mua con trâu này)

The tagger often takes such goods for verbs (`tiêu/V sản xuất/V`, `thương lái/V`), so the clause is read on its words:
from the last clause boundary (the sentence's start, a comma, `thì`, `rằng`, `biết`, `và`, `nhưng`, `còn`) to the verb.
"""

from __future__ import annotations

import re

from pipeline.facts.lexicon import entries
from pipeline.facts.subject_items import opening_thing
from pipeline.facts.subject_lexicon import NOUN, country_only, honorific, kind_of, low, place_only
from pipeline.language.analysis import Sentence, Token

# the verb of selling or buying right before `với giá` / `ở mức giá`, with its auxiliaries (`đang được rao bán`)
_SOLD = re.compile(r"(?:\s+(?i:đang|sẽ|đã|vẫn|cũng|chỉ|đều|thường|được|rao|chào))*\s+(?i:bán ra|bán lẻ|bán|thu mua|mua vào|mua|niêm yết)"
                   r"(?:\s+(?:(?i:vào|hồi)\s+)?(?i:năm|tháng)\s+\d{1,2}(?:/\d{4})?|\s+(?:(?i:vào|hồi)\s+)?(?i:năm)\s+\d{4})?"  # (`mua năm 2009`)
                   r"\s+(?i:với|ở)\s+(?:(?i:mức)\s+)?$")
_BOUNDARY = re.compile(r"[,;:]\s*|\s(?i:thì|rằng|biết|và|nhưng|còn)\s+")
_OPENER = re.compile(r"^(?:(?i:thông thường|tuy nhiên|trong khi đó|ngoài ra|theo đó|hiện nay|hiện tại|hiện|riêng|còn|đối với|với|nay|"
                     r"hiện giờ|bình thường)\s+)+")
_PLACE_TAIL = re.compile(r"\s+(?i:ở đây|tại đây|hiện nay|hiện tại|hiện|trên thị trường|tại chợ|ngoài chợ)$")
_AGENTS = frozenset({"thương lái", "người dân", "nông dân", "bà con", "doanh nghiệp", "công ty", "họ", "anh", "chị", "ông", "bà",
                     "chúng tôi", "người bán", "tiểu thương", "đại lý", "hộ dân", "cửa hàng", "người mua", "khách hàng", "em",
                     "tôi", "mình", "nhà vườn", "người trồng", "các thương lái", "các doanh nghiệp", "nhiều thương lái"})
_MAX_WORDS = 10


def sold_thing(sentence: Sentence, tokens: list[Token], price: Token) -> list[Token] | None:
    """The goods a bare price (`giá` at token `price`) is of, read before the verb of selling or buying that leads to it;
    None when no verb leads there, the clause names a seller or buyer and no topic, or what it names is no thing."""
    base = sentence.start
    before = sentence.text[:price.start - base]
    verb = _SOLD.search(before)
    if verb is None:
        return None
    cuts = list(_BOUNDARY.finditer(before, 0, verb.start()))
    clause_start = cuts[-1].end() if cuts else 0
    thing = _span(before, clause_start, verb.start())
    if thing is None and cuts and re.match(r"\s*(?i:được|bị)\s", before[clause_start:]) and cuts[0].group().startswith(","):
        thing_first = opening_thing(tokens)
        opening = _opening_name(tokens) or (thing_first if len(thing_first) > 1 else [])  # `Vinalines Fortuna có trọng tải 26.369 DWT, được chi nhánh TP
        return opening if opening and not honorific(opening[0]) else None  # HCM mua năm 2009 với giá`: the passive's subject opens the sentence
    if thing is None and cuts and low(before[clause_start:verb.start()].strip()) in _AGENTS:
        opened = cuts[-2].end() if len(cuts) > 1 else 0  # `Riêng mủ chén đã đông thì | thương lái mua`: the topic is bought
        thing = _span(before, opened, cuts[-1].start()) if _OPENER.match(before[opened:].lstrip()) else None
    if thing is None:
        return None
    run = [t for t in tokens if t.start >= base + thing[0] and t.end <= base + thing[1]]
    if not run or honorific(run[0]) or (kind_of(run) or ("",))[0] in ("generic", "time", "other"):
        return None
    return run


def _span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The goods' words between `start` and `end`: no opening adverb, no place closing them; None when they are a
    seller or buyer, a place, a pronoun, empty, too long or open with a verb's auxiliary."""
    part = text[start:end]
    lead = len(part) - len(part.lstrip())
    opener = _OPENER.match(part.lstrip())
    lead += opener.end() if opener else 0
    words = part[lead:]
    tail = _PLACE_TAIL.search(words)
    words = words[:tail.start()] if tail else words
    words = words.strip()
    counted = re.match(r"(?:(?i:hơn|khoảng|gần|trên|gần|chừng)\s+)?\d[\d.,]*(?:\s+(?i:triệu|nghìn|ngàn|tỷ|tỉ|vạn))?\s+", words)
    lead += counted.end() if counted else 0  # `hơn 48 triệu | cổ phần bán ra với giá`: the shares, not their count
    words = words[counted.end():] if counted else words
    if any(w.start() and low(w.group()) in _AGENTS for w in re.finditer(r"\S+", words)):
        return None  # `con trâu này | ông mới mua với giá`: a fronted object, then its buyer (`subject_measure_owner` reads it)
    if not words or len(words.split()) > _MAX_WORDS or not words[:1].isalpha():
        return None
    if low(words) in _AGENTS or low(words.split()[0]) in _AGENTS and len(words.split()) <= 2 or place_only(words) or country_only(words) or words in entries("countries.txt"):
        return None
    if re.match(r"(?i:được|đã|đang|sẽ|bị|cũng|vẫn|chỉ|rồi|thì|là|có)(?!\w)", words):
        return None  # `, được đưa lên TP HCM | bán`: the clause has no subject of its own
    return start + lead, start + lead + len(words)


def _opening_name(tokens: list[Token]) -> list[Token]:
    """A name that opens the sentence and is the subject of its first verb (`Vinalines Fortuna | có ...`): proper nouns,
    at most five words, no place alone; [] otherwise."""
    n = 0
    while n < len(tokens) and tokens[n].pos in NOUN:
        n += 1
    run = tokens[:n]
    name = " ".join(t.text for t in run)
    if not run or run[0].pos != "Np" or n >= len(tokens) or tokens[n].pos != "V" or len(name.split()) > 5:
        return []
    return [] if place_only(name) or name in entries("countries.txt") else run
