"""Events: conferences, fairs, exhibitions, forums, workshops, congresses and ceremonies.

An event mention opens with a keyword from `lexicons/event_types.tsv` (`Hội nghị`, `lễ khánh thành`).
Its name runs on to the first stop (`tại`, `do`, `vào`, a verb, punctuation), keeping `lần thứ X`,
`năm 2024`, quoted titles and `tỉnh, thành phố`. A mention is

- generic when a quantifier comes before it (`các hội chợ`, `một số hội nghị`, `22 phiên chợ`): dropped;
- bare when nothing names it (`tại hội nghị`, `Hội nghị là cơ hội`) or it points back (`hội nghị lần
  này`): it refers to the article's named event of that type; with none, a bare mention in the lead
  paragraph is the article's own event;
- named otherwise: one event per distinct name.

The date is the nearest day or month the sentence gives, else a date inside the name (`năm 2024`),
else the nearest year; failing that, a date from another sentence that repeats most of the name's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facts.lexicon import alternation, load
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.textnorm import fold
from pipeline.record import DateFact, Event, Evidence

_GENERIC_BEFORE = re.compile(
    r"(?:các|những|một số|nhiều|mỗi|số|hàng loạt|mọi|vài|\d+|hai|ba|bốn|năm|các cuộc|những cuộc|chuỗi)\s+(?:cuộc\s+)?$",
    re.I,
)
_STOP = re.compile(
    r"(?:tại|do|vào|được|nhằm|với|diễn ra|để|đã|đang|sẽ|là|cho|khi|trên|có|thu hút|từ|đến|ngày|sáng|chiều|tối|"
    r"trong|của|thì|mà|nên|vừa|sau|trước|bằng|cùng|theo|về|qua|gồm|như|lần này|này|nói trên|đó|tham gia|"
    r"tổ chức|khai mạc|bế mạc|kết thúc|chính thức|vừa qua|nhưng|song|mở rộng ra|hướng tới|bên lề|hay|hoặc|"
    r"thành công|năm nay|năm qua|tới|đầu tiên)(?!\w)",
    re.I,
)
_ANAPHOR = re.compile(r"\s*(?:lần này|này|nói trên|trên|đó|vừa qua)(?!\w)", re.I)
_EDITION = re.compile(r"lần\s+thứ\s+([IVXLC]+|\d+)(?!\w)", re.I)
_YEAR_TAIL = re.compile(r"^,?\s*(?:năm\s+)?(?:19|20)\d{2}(?!\d)", re.I)
_LOCATION = re.compile(r"(?<!\w)tại\s+((?:[^,.;:()]|\([^)]*\))+?)(?=\s*(?:[,.;:]|$|\s(?:do|vào|từ|với|nhằm|diễn ra|trong|để|và|đã|sẽ|có)(?!\w)))", re.I)
_ORG_CUT = re.compile(r"\s(?:sẽ|đã|đang|vừa|tham gia|dự kiến|chủ trì|long trọng|chính thức|tiếp tục)(?!\w)")
_PLACE_START = re.compile(r"(?:[A-ZĐÀ-Ỹ]|tỉnh|thành phố|huyện|xã|thị xã|quận|phường|khu|cụm)", re.U)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_STOPWORDS = frozenset("các của và với tại năm lần thứ khu vực hội nghị chợ cho tỉnh thành phố".split())


@dataclass
class _Mention:
    name: str
    type: str
    subtype: str | None
    start: int
    end: int
    sentence: Sentence
    named: bool


@lru_cache(maxsize=1)
def _keywords() -> tuple[re.Pattern[str], dict[str, tuple[str, str | None]]]:
    table = {fold(k): (t, s) for k, t, s in load().event_types}
    pattern = re.compile(rf"(?<!\w)(?i:{alternation([k for k, _, _ in load().event_types])})(?!\w)")
    return pattern, table


def _roman(text: str) -> int:
    if text.isdigit():
        return int(text)
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


# Verbs that name an event's purpose (`Hội nghị tổng kết`, `Lễ tôn vinh`); any other verb ends a name.
PURPOSE_VERBS = frozenset((
    "tổng kết", "sơ kết", "triển khai", "đánh giá", "giới thiệu", "xúc tiến", "phát triển", "kết nối", "tôn vinh",
    "công bố", "ký kết", "khởi công", "khánh thành", "đối thoại", "tập huấn", "quảng bá", "bàn", "thúc đẩy",
    "nâng cao", "tuyên dương", "góp ý", "lấy ý kiến", "giao ban", "triển lãm", "trao", "hợp tác", "đầu tư",
    "chuyển đổi", "hỗ trợ", "tiêu thụ", "đẩy mạnh", "kỷ niệm", "đón nhận", "phát động", "ra mắt", "gặp mặt",
    "thương mại", "khuyến công", "xuất khẩu", "nhập khẩu", "sản xuất", "kinh doanh", "quản lý", "tư vấn",
    "bình chọn", "chào mừng", "động thổ", "khai trương", "thông tin", "đưa", "cung cấp", "tiếp xúc", "đào tạo",
))


def _name_end(text: str, pos: int, tags: dict[int, tuple[str, str]] | None = None) -> int:
    """Where an event name that continues at `pos` ends (exclusive), within the sentence text.

    `tags` maps a token's start (relative to the sentence) to its text and POS tag: a verb that names
    no purpose, or an adverb, ends the name.
    """
    tags = tags or {}
    proper = False
    end = pos
    i = pos
    words = 0
    quote = None
    while i < len(text) and words < 30:
        ch = text[i]
        if quote:
            close = text.find(quote, i)
            if close < 0:
                break
            i = end = close + 1
            quote = None
            continue
        if ch in "“\"«":
            quote = {"“": "”", "\"": "\"", "«": "»"}[ch]
            i += 1
            continue
        if ch.isspace():
            i += 1
            continue
        if ch == "," and re.match(r",\s*thành(?:\s+phố)?(?!\w)", text[i:]) and re.search(r"tỉnh\s*$", text[:i], re.I):
            i += 1
            continue
        if ch in "-–" and re.match(r"[-–]\s*[A-ZĐÀ-Ỹ]", text[i:]) and text[i - 1:i].isspace():
            i += 1
            continue
        if not (ch.isalnum()):
            break
        word = re.match(r"[\w/.]+", text[i:])
        assert word is not None
        token = word.group().rstrip(".")
        if _STOP.match(text[i:]) and not _EDITION.match(text[i:]) and not _YEAR_TAIL.match(text[i:]):
            break
        tagged = tags.get(i)
        proper = proper or token[:1].isupper()
        if tagged and not proper and words == 0:  # `Triển lãm mở cửa`, `hội chợ đạt`: the verb is the news
            word_text, pos_tag = tagged
            if pos_tag == "R" or (pos_tag.startswith("V") and word_text.lower() not in PURPOSE_VERBS):
                break
        i += len(token)
        end = i
        words += 1
        if re.fullmatch(r"(?:19|20)\d{2}", token):
            break  # `... năm 2024` closes a name
    return end


def _mentions(analysis: Analysis) -> list[_Mention]:
    pattern, table = _keywords()
    found = []
    for sentence in analysis.sentences:
        text = sentence.text
        starts = {t.start - sentence.start for t in sentence.tokens}
        tags = {t.start - sentence.start: (t.text, t.pos) for t in sentence.tokens}
        for m in pattern.finditer(text):
            if starts and m.start() not in starts:
                continue  # `cơ hội thảo luận` holds `hội thảo` across two words
            if _GENERIC_BEFORE.search(text[:m.start()]):
                continue
            end = _name_end(text, m.end(), tags)
            rest = text[m.end():end]
            type_, subtype = table[" ".join(fold(m.group()).split())]  # `hội  chợ`: the pattern allows any spacing
            anaphoric = bool(_ANAPHOR.match(text[end:])) and not rest.strip()
            named = bool(rest.strip()) and not _ANAPHOR.match(text[end:]) or (
                m.group()[0].isupper() and m.start() > 0 and bool(rest.strip()))
            if anaphoric:
                named = False
            found.append(_Mention(text[m.start():end].strip(" ,"), type_, subtype, m.start(), end, sentence, named))
    return found


def _date_for(mention: _Mention, sentence_dates: list[DateFact], others: list[tuple[int, int]]) -> DateFact | None:
    s0 = mention.sentence.start
    inside = [d for d in sentence_dates if s0 + mention.start <= d.evidence.start < s0 + mention.end]
    outside = [
        d for d in sentence_dates
        if d not in inside and not any(a <= d.evidence.start - s0 < b for a, b in others)
    ]
    rank = {"day": 0, "month": 1, "quarter": 2, "year": 3}
    anchor = s0 + mention.start
    precise = [d for d in outside if d.precision in ("day", "month")]
    if precise:  # `năm 2020` in a name is often the period reviewed; the sentence's day is the event's
        return min(precise, key=lambda d: (abs(d.evidence.start - anchor), rank[d.precision]))
    if inside:
        return min(inside, key=lambda d: rank[d.precision])
    if outside:
        anchor = s0 + mention.start
        return min(outside, key=lambda d: (abs(d.evidence.start - anchor), rank[d.precision]))
    return None


def _keywords_of(name: str) -> set[str]:
    words = re.findall(r"\w+", name.lower())
    return {w for w in words[1:] if w not in _STOPWORDS and not w.isdigit()}


def _organizers(sentence: Sentence, start: int) -> list[str]:
    text = sentence.text
    heads = load().org_heads
    head_re = re.compile(rf"(?<!\w)(?:{alternation(list(heads))})(?!\w)")
    by = re.search(r"(?<!\w)do\s+(.+?)\s+(?:phối hợp\s+)?tổ chức", text[start:])
    if by:
        chunk = by.group(1)
    else:
        before = re.search(r"([^,.;:]+?)\s+(?:long trọng\s+|chính thức\s+|đã\s+|sẽ\s+)?tổ chức\s*$", text[:start])
        chunk = before.group(1) if before else ""
    parts = re.split(r"\s*(?:,|phối hợp với|phối hợp|cùng với|cùng|và|với)\s+", chunk)
    out = []
    for part in parts:
        part = _ORG_CUT.split(part.strip(), maxsplit=1)[0].strip()
        if part and head_re.match(part) and part not in out:
            out.append(part)
    return out


def extract(analysis: Analysis, all_dates: list[DateFact]) -> list[Event]:
    """Events of an article, one per named event, in order of first mention."""
    mentions = _mentions(analysis)
    by_sentence: dict[int, list[DateFact]] = {}
    for d in all_dates:
        for s in analysis.sentences:
            if s.start <= d.evidence.start < s.end:
                by_sentence.setdefault(s.start, []).append(d)
                break
    first_paragraph = analysis.sentences[0].paragraph if analysis.sentences else 0
    events: list[tuple[_Mention, DateFact | None]] = []
    seen: dict[str, int] = {}
    types_named: set[str] = set()
    for mention in mentions:
        others = [(o.start, o.end) for o in mentions if o.sentence is mention.sentence and o is not mention]
        if mention.named:
            key = fold(mention.name)
            date = _date_for(mention, by_sentence.get(mention.sentence.start, []), others)
            types_named.add(mention.type)
            if key in seen:
                old, old_date = events[seen[key]]
                if old_date is None and date is not None:
                    events[seen[key]] = (old, date)
                continue
            seen[key] = len(events)
            events.append((mention, date))
        elif mention.type not in types_named and mention.sentence.paragraph == first_paragraph:
            types_named.add(mention.type)
            date = _date_for(mention, by_sentence.get(mention.sentence.start, []), others)
            events.append((mention, date))
    result = []
    for mention, date in events:
        if date is None:
            date = _date_elsewhere(analysis, mention, by_sentence)
        loc = _location(mention)
        edition = _EDITION.search(mention.name)
        result.append(Event(
            name=mention.name,
            type=mention.type,
            subtype=mention.subtype,
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            location=loc,
            organizers=_organizers(mention.sentence, mention.start),
            edition=_roman(edition.group(1)) if edition else None,
            evidence=Evidence(
                start=mention.sentence.start + mention.start,
                end=mention.sentence.start + mention.end,
                sentence=mention.sentence.text,
            ),
        ))
    return result


def _location(mention: _Mention) -> str | None:
    text = mention.sentence.text
    keywords, _ = _keywords()

    def place(m: re.Match[str]) -> bool:
        value = m.group(1).strip()
        return bool(_PLACE_START.match(value)) and not keywords.match(value)

    after = _LOCATION.search(text, mention.end)
    if after and after.start() - mention.end < 40 and place(after):
        return after.group(1).strip()
    before = [m for m in _LOCATION.finditer(text[:mention.start]) if place(m)]
    return before[0].group(1).strip() if before else None


def _date_elsewhere(analysis: Analysis, mention: _Mention, by_sentence: dict[int, list[DateFact]]) -> DateFact | None:
    """A date from another sentence that repeats most of the event name's words."""
    keys = _keywords_of(mention.name)
    if len(keys) < 2:
        return None
    for sentence in analysis.sentences:
        found = by_sentence.get(sentence.start)
        if not found or sentence is mention.sentence:
            continue
        words = set(re.findall(r"\w+", sentence.text.lower()))
        if len(keys & words) >= max(2, round(0.75 * len(keys))):
            return found[0]
    return None

