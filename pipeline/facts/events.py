"""Events: conferences, workshops, forums, fairs, exhibitions, congresses, festivals, ceremonies, trainings
and contests, one per event however often the article mentions it.

A mention has a head and a name:

- a head noun from `lexicons/event_types.tsv` (`Hội nghị`, `Hội chợ`, `Tọa đàm`, `Ngày hội`, ...), or `lễ` +
  a ceremony verb from `lexicons/event_ceremonies.tsv` (`lễ khánh thành`, `lễ cắt băng khánh thành`), or a
  ceremony verb heading a clause on its own (`Tập đoàn X khánh thành nhà máy Y`, `đã khởi công ...`; a
  signing needs a document as object, and a verb after `sau khi`, `tiến tới`, ... is no event);
- its name runs on over nouns, names, numbers, `lần thứ X`, years, quoted titles and acronyms in
  brackets, and ends at a word of class `stop` of `lexicons/event_words.tsv` (clause words, places,
  times, auxiliaries, predicates such as `quy tụ`), a clause opener (`Chính vì vậy`), a photo credit
  (` - Ảnh`), another event's head (`Hội chợ CAEXPO và Hội nghị CABIS` is two events) or, when the head
  is the subject of its clause, a verb (`Triển lãm mở cửa`);
- it is no event when a quantifier or `là` comes before it (`các hội chợ`, `một hội chợ`, `là triển lãm`),
  when a venue word does (`Trung tâm Hội nghị Quốc gia`, `Cung Văn hóa`, `Công ty ... Hội chợ`), or when
  it follows such a generic mention in a list (`các triển lãm, hội chợ quốc tế`).

Mentions of one event are merged: a bare head (`tại hội nghị`, `Hội chợ sẽ kéo dài`) or an anaphor
(`hội nghị lần này`) refers to the last event of its type, a name to the event whose name words it
shares (`Hội chợ CAEXPO` is `Hội chợ Trung Quốc - ASEAN (CAEXPO)`), never across editions or years
(`lần III` and `lần IV` are two festivals). A bare mention in the lead paragraph that an event verb
governs (`tại hội nghị`) is the article's own event when nothing names one. `lễ khai mạc` of a named
event is that event. The date is chosen in `event_dates.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast, get_args

from pipeline.facts import dates, event_dates
from pipeline.facts.lexicon import alternation, load, table, word_classes
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.textnorm import fold
from pipeline.record import CeremonyType, DateFact, Event, EventType, Evidence

_EDITION = re.compile(r"lần\s+(?:thứ\s+)?([IVXLC]+|\d+)(?!\w)", re.I)
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")
_ORG_CUT = re.compile(r"\s(?:sẽ|đã|đang|vừa|tham gia|dự kiến|chủ trì|long trọng|chính thức|tiếp tục)(?!\w)")
_PLACE_START = re.compile(r"(?:tỉnh|thành phố|huyện|xã|thị xã|quận|phường|khu|cụm)(?!\w)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_QUOTES = {"“": "”", "\"": "\"", "«": "»", "'": "'"}
_CAPITAL = re.compile(r"(?<!\w)[^\W\d_]", re.U)  # a word's first letter; `.isupper()` tells the case


def _capitalised(text: str) -> bool:
    """Whether a word of the text starts with a capital letter."""
    return any(m.group().isupper() for m in _CAPITAL.finditer(text))
# Words that carry no name: they do not tell two events apart.
_FILLER = frozenset(w for w in "các của và với tại năm lần thứ cho về giữa trong ở the of".split())
_SIGNED = re.compile(r"(?<!\w)(?:đã|vừa|chính thức|tiến hành|tổ chức|cùng|chứng kiến|dự)\s+(?:(?:đã|vừa|chính thức|tiến hành)\s+)*$", re.I)
_LEAD_GOVERNORS = re.compile(r"(?:tại|dự|tham dự|khai mạc|phát biểu tại|trong)\s+(?:buổi\s+)?$", re.I)


@dataclass
class _Mention:
    name: str
    type: EventType
    subtype: CeremonyType | None
    start: int  # in the sentence
    end: int
    sentence: Sentence
    named: bool
    strong: bool = True  # may open an event on its own (a bare or irrealis mention only joins one)
    head: str = ""


@dataclass
class _Event:
    mentions: list[_Mention] = field(default_factory=list)

    @property
    def first(self) -> _Mention:
        named = [m for m in self.mentions if m.named and m.strong]
        return named[0] if named else self.mentions[0]


def _words(name: str) -> dict[str, tuple[str, ...]]:
    return word_classes(name)


def _phrase(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(list(words))})(?!\w)")


def _typed(type_: str, subtype: str | None) -> tuple[EventType, CeremonyType | None]:
    """A lexicon's type and subtype, checked against the closed lists of `pipeline/record.py`."""
    if type_ not in get_args(EventType) or (subtype is not None and subtype not in get_args(CeremonyType)):
        raise ValueError(f"event lexicon names a type outside the closed list: {type_!r} {subtype!r}")
    return cast(EventType, type_), cast("CeremonyType | None", subtype)


@lru_cache(maxsize=1)
def _keywords() -> tuple[re.Pattern[str], dict[str, tuple[EventType, CeremonyType | None]]]:
    """The head pattern (nouns, and `lễ` + ceremony verb) and the folded head -> (type, subtype) table."""
    table_ = {fold(k): _typed(t, s) for k, t, s in load().event_types}
    verbs = [row[0] for row in table("event_ceremonies.tsv")]
    for row in table("event_ceremonies.tsv"):
        table_[fold("lễ " + row[0])] = _typed("ceremony", row[1])
    heads = [k for k, _, _ in load().event_types]
    pattern = re.compile(
        rf"(?<!\w)(?:(?i:lễ)\s+(?:(?i:cắt\s+băng)\s+)?(?i:{alternation(verbs)})|(?i:{alternation(heads)}))(?!\w)"
    )
    return pattern, table_


@lru_cache(maxsize=1)
def _classes() -> dict[str, re.Pattern[str]]:
    words = _words("event_words.tsv")
    out = {key: _phrase(values) for key, values in words.items()}
    out["generic_before"] = re.compile(
        rf"(?<!\w)(?:{alternation(list(words['generic']))}|\d+)\s+(?:(?:cuộc|buổi|kỳ|lần|phiên|đợt|khóa|khoá)\s+)?$", re.I)
    # an anaphor closes its clause or comes before its predicate (`hội nghị trên,`, not `hội nghị trên sàn`)
    out["anaphor_end"] = re.compile(
        rf"\s*(?i:lần này|này|nói trên|vừa qua)(?!\w)|"
        rf"\s*(?i:{alternation(list(words['anaphor']))})(?=\s*(?:[,.;:!?)]|$)|\s+(?i:đã|sẽ|được|là|có|diễn ra|vừa|cũng|đều|"
        rf"thu hút|với|tại|do|và|đạt|kéo dài|sẽ|nhằm)(?!\w))")
    lex = load()
    out["person"] = re.compile(rf"(?i:{alternation(list(lex.roles) + list(lex.honorifics))})(?!\w)")
    out["venue_before"] = re.compile(rf"(?<!\w)(?i:{alternation(list(words['venue']))})\s+$")
    out["irrealis_before"] = re.compile(
        rf"(?<!\w)(?i:{alternation(list(words['irrealis']))})\s+(?:(?:được|đã|sẽ|chính thức|tiến hành|tổ chức)\s+)*$")
    verbs = [row for row in table("event_ceremonies.tsv") if row[2] == "alone"]
    out["verb"] = re.compile(rf"(?<!\w)(?:(?i:cắt\s+băng)\s+)?(?i:{alternation([v[0] for v in verbs])})(?!\w)")
    return out


def _of_event() -> frozenset[str]:
    """Folded ceremony verbs whose ceremony, before an event's name, is that event (`lễ khai mạc Hội chợ`)."""
    return frozenset(fold(row[0]) for row in table("event_ceremonies.tsv") if row[2] == "of")


def _verb_of(head: str) -> str:
    return re.sub(r"(?i)^lễ\s+(?:cắt\s+băng\s+)?", "", head)


def _verb_subtypes() -> dict[str, CeremonyType | None]:
    return {fold(row[0]): _typed("ceremony", row[1])[1] for row in table("event_ceremonies.tsv")}


def _roman(text: str) -> int:
    if text.isdigit():
        return int(text)
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def _name_end(text: str, pos: int, tags: dict[int, tuple[str, int]], subject: bool, head_lower: bool = False) -> int:
    """Where a name that continues at `pos` ends (exclusive) within the sentence text.

    `tags` maps a token's start to its POS tag and end; `subject` says the head opens its clause, so that a verb
    right after it is the clause's predicate (`Triển lãm mở cửa`), not part of the name.
    """
    c = _classes()
    heads, _ = _keywords()
    end = i = pos
    words = 0
    prev_upper = False  # the word before started with a capital (`... Toàn cục` + `đề xướng`)
    while i < len(text) and words < 30:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in _QUOTES:
            closes = [k for k in (text.find(q, i + 1) for q in {_QUOTES[ch], "”", "\""} if ch != "'" or q == "'") if k > 0]
            close = min(closes) if closes else -1
            if close < 0 or (ch == "'" and close - i > 120):
                break
            i = end = close + 1
            words += 1
            continue
        if ch == "(":
            close = text.find(")", i)
            inner = text[i + 1:close] if close > 0 else ""
            if close < 0 or not inner[:1].isupper() or len(inner) > 60 or c["stop"].search(inner.lower()):
                break
            i = end = close + 1
            continue
        if ch == ",":
            rest = text[i + 1:]
            if re.match(r"\s*thành(?:\s+phố)?(?!\w)", rest) and re.search(r"tỉnh\s*$", text[:i], re.I):
                i += 1
                continue
            # `Hợp tác kinh tế, thương mại Việt Nam - Trung Quốc`: a lowercase list inside a name that goes on
            # to a capitalised word within four words
            if end > pos and _capitalised(text[pos:i]) and _list_in_name(rest, heads):
                i += 1
                continue
            break
        if ch in "-–":
            after = text[i + 1:].lstrip()
            if text[i - 1:i].isspace() and after[:1].isupper() and not c["credit"].match(after) and end > pos:
                i += 1
                continue
            break
        if not ch.isalnum():
            break
        word = re.match(r"[\w/.]+", text[i:])
        assert word is not None
        token = word.group().rstrip(".")
        if re.fullmatch(r"[A-ZĐ][A-ZĐa-z]{0,2}\.", word.group()) and re.match(r"\s+\w", text[i + len(word.group()):]) \
                and text[i + len(word.group()):].lstrip()[:1].isupper():
            token = word.group()  # `TP. HCM`, `Q. 7`: an abbreviation, not the sentence's end
        rest = text[i:]
        if _EDITION.match(rest):
            edition = _EDITION.match(rest)
            assert edition is not None
            i = end = i + edition.end()
            words += 1
            continue
        # inside a word of several syllables (`chứng nhận`, `hậu cần`), unless the tagger glued a name to the
        # next word (`Phù Cát diễn` + `ra`)
        owner = max((k for k in tags if k < i), default=-1)
        stop_here = c["stop"].match(rest)
        glued = (owner >= 0 and not text[owner:owner + 1].islower() and token.islower() and stop_here is not None
                 and i + stop_here.end() >= tags[owner][1])
        inside = bool(tags) and i not in tags and not glued
        abroad = _abroad(text, i)
        if abroad and not inside:
            i = end = i + abroad  # `... tại Thái Lan năm 2024`, `... của tỉnh Kiên Giang năm 2019`: the name's
            break
        # a one-syllable stop must be the whole word (`chỉ` is not `chỉ số`); `quy tụ` in `quy tụ sự` still stops
        whole = stop_here is not None and (i not in tags or i + stop_here.end() >= tags[i][1] or " " in stop_here.group())
        if (re.match(r"(?i:của)\s", rest) and not _capitalised(text[pos:i])
                and text[i + 3:].lstrip()[:1].isupper() and not c["person"].match(text[i + 3:].lstrip())):
            i += 3  # `hội nghị thượng đỉnh của Tổ chức Hiệp ước Bắc Đại Tây Dương`: the owner names it
            continue
        if re.match(r"(?i:tháng|ngày|quý)\s+\d", rest):
            break  # `Hội nghị APEC tháng 11 - 2016`: a time, not the name
        if stop_here and whole and not inside and not token[:1].isupper() and not re.match(r"(?i:năm)\s+(?:19|20)\d{2}", rest):
            break  # a capitalised word is part of a name (`Đại hội ... Tối ưu Toàn cục`), but see `opener`
        if token[:1].isupper() and c["opener"].match(rest):
            break
        if (words or head_lower) and c["person"].match(rest):
            break  # `tại hội nghị Phó thủ tướng Nguyễn Xuân Phúc đánh giá`: a person, not the name
        if re.match(r"(?i:và|cùng|với)\s", rest):
            break
        if heads.match(rest) and end > pos:
            break  # `Diễn đàn cấp cao và Triển lãm quốc tế`: the next event
        tag, tag_end = tags.get(i, ("", i + len(token)))
        lower = not token[:1].isupper()
        if tag in ("R", "C") and lower:
            break
        verbal = token.isalpha() and (tag.startswith("V") or (tag == "A" and words == 0))
        if lower and verbal and not c["purpose"].match(rest) and (words == 0 or prev_upper):
            following = text[max(tag_end, i + len(token)):].lstrip()
            if (tag.startswith("V") and (subject or (words == 0 and head_lower))) or not following[:1].isalnum() or (
                    c["stop"].match(following) and not following[:1].isupper()):
                break  # `Hội nghị vinh dự`, `triển lãm tái hiện`, `Triển lãm Ký ức Trường Sơn tái dựng`, `... đề xướng cho`
        prev_upper = not text[max((k for k in tags if k <= i), default=i):][:1].islower()
        i += len(token)
        end = i
        words += 1
        span = re.match(r"[-–]\s*(?:19|20)\d{2}(?!\d)", text[i:])
        if re.fullmatch(r"(?:19|20)\d{2}", token) and span:
            i = end = i + span.end()  # `giai đoạn 2021-2025` is a span, not the event's year
        elif re.fullmatch(r"(?:19|20)\d{2}", token):
            break  # `... năm 2024` closes a name
    return end


def _abroad(text: str, i: int) -> int:
    """Length of `tại|của <Place> năm <year>` at `i` (a place and year that belong to the name: `Tuần lễ hàng
    Việt Nam tại Thái Lan năm 2024`, `Hội nghị xúc tiến đầu tư của tỉnh Kiên Giang năm 2019`), else 0."""
    m = re.match(r"(?i:tại|của)\s+((?:\S+\s+){1,4}?)(?i:năm)\s+(?:19|20)\d{2}(?!\d)", text[i:])
    if not m:
        return 0
    words = m.group(1).split()
    if _PLACE_START.match(words[0]):
        words = words[1:]
    return m.end() if words and all(w[:1].isupper() for w in words) else 0


def _list_in_name(rest: str, heads: re.Pattern[str]) -> bool:
    """After a comma: one to four lowercase words and then a capitalised one (`, thương mại Việt Nam`)."""
    words = re.findall(r"\S+", rest)[:5]
    lower = []
    for word in words:
        if word[:1].isupper():
            break
        if not word.isalpha():
            return False
        lower.append(word)
    phrase = " ".join(lower)
    after = " ".join(words[len(lower):])
    lex = load()
    person = re.compile(rf"(?i:{alternation(list(lex.honorifics) + list(lex.roles) + ['kiêm'])})(?!\w)")
    return (0 < len(lower) < len(words) and not _classes()["stop"].match(phrase) and not heads.match(phrase)
            and not person.match(phrase) and not person.match(after))


def _clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds `pos`: after the last comma, semicolon or colon before it outside brackets."""
    depth = 0
    for i in range(pos - 1, -1, -1):
        ch = text[i]
        if ch == ")":
            depth += 1
        elif ch == "(":
            depth = max(0, depth - 1)
        elif ch in ",;:" and depth == 0:
            return i + 1
    return 0


def _word_at(starts: set[int], ends: set[int], start: int, end: int, text: str) -> bool:
    """Whether text[start:end] is made of whole words: it starts or ends a token, or is capitalised
    (`dự Diễn đàn` is one token to the tagger); `cơ hội thảo luận` holds `hội thảo` across two words."""
    return not starts or start in starts or end in ends or text[start:start + 1].isupper()


def _nominal(sentence: Sentence, tags: dict[int, tuple[str, int]], starts: set[int], ends: set[int]) -> list[_Mention]:
    c = _classes()
    pattern, types = _keywords()
    text = sentence.text
    found: list[_Mention] = []
    generic_until = -1
    for m in pattern.finditer(text):
        if not _word_at(starts, ends, m.start(), m.end(), text):
            continue
        before = text[:m.start()]
        head = re.sub(r"\s+", " ", m.group())
        type_, subtype = types[fold(re.sub(r"(?i)lễ\s+cắt\s+băng\s+", "lễ ", head))]
        in_list = generic_until >= 0 and re.fullmatch(r"\s*(?:,|và|hoặc|/)\s*", text[generic_until:m.start()]) is not None
        if c["generic_before"].search(before) or in_list:
            generic_until = _name_end(text, m.end(), tags, False)
            continue
        if c["venue_before"].search(before) or _venue_name(before):
            continue
        if type_ == "ceremony" and fold(_verb_of(head)) in _of_event() and heads_after(text, m.end()):
            continue  # `lễ khai mạc Festival ...` is the festival
        subject = _opens_clause(before)
        end = _name_end(text, m.end(), tags, subject, head[:1].islower() and type_ != "ceremony")
        rest = text[m.end():end].strip(" ,-–")
        if subject and rest and c["purpose"].fullmatch(rest) and c["stop"].match(text[end:].lstrip()):
            end, rest = m.end(), ""  # `triển lãm giới thiệu tới công chúng`: the verb is the predicate
        name = text[m.start():end].strip(" ,-–")
        anaphor = c["anaphor_end"].match(text, end) is not None  # `hội nghị (sơ kết) lần này` points back
        named = bool(rest) and not anaphor
        if named and head[:1].islower() and not _capitalised(rest) and not re.search(r"[\d“\"«']", rest):
            named = bool(c["modifier"].sub("", rest).strip(" ,-–"))  # `hội chợ triển lãm quốc tế`
        found.append(_Mention(name, type_, subtype, m.start(), m.start() + len(name), sentence, named,
                              strong=named, head=head))
    return found


_ADVERBIAL = re.compile(r"(?i:ngày|sáng|chiều|tối|trưa|đêm|hôm|tại|trong|năm|tháng|vào|theo|sau|trước|cùng|tin|nhân)(?!\w)")


def _opens_clause(before: str) -> bool:
    """Whether a mention after `before` opens its clause (the subject): at the start, after `;` or `:`, or after
    fronted adverbials (`Ngày 11/10, tại TP. Bạc Liêu, ...`); not after a comma in a list of names."""
    stripped = before.rstrip()
    if not stripped or stripped[-1] in ";:":
        return True
    if stripped[-1] != ",":
        return False
    segments = [seg.strip() for seg in re.split(r"[,;:]", stripped[:-1])]
    return all(not seg or _ADVERBIAL.match(seg) or seg[:1].isdigit() for seg in segments[-3:]) and bool(
        segments and _ADVERBIAL.match(segments[0] or "x"))


def heads_after(text: str, pos: int) -> bool:
    """Whether an event head follows at `pos` (after spaces): the ceremony is that event's."""
    pattern, types = _keywords()
    m = pattern.match(text, len(text) - len(text[pos:].lstrip()))
    if m is None:
        return False
    return types[fold(re.sub(r"(?i)lễ\s+cắt\s+băng\s+", "lễ ", re.sub(r"\s+", " ", m.group())))][0] != "ceremony"


def _venue_name(before: str) -> bool:
    """`Trung tâm xúc tiến Đầu tư, Thương mại và Hội chợ ...`: a venue word a few name words back."""
    c = _classes()
    m = re.search(r"(?:^|[\s(])((?i:trung tâm|cung|nhà|công ty|tổng công ty))\s+((?:[\w.&]+,?\s+){1,10})$", before)
    if not m or not m.group(1)[:1].isupper():
        return False
    last = m.group(2).split()[-1]
    linked = last in ("và", "&") or last[:1].isupper()  # the head goes on the venue's own name
    return linked and not c["stop"].search(m.group(2).lower()) and _capitalised(m.group(2))


def _verbal(sentence: Sentence, taken: list[tuple[int, int]], starts: set[int], ends: set[int],
            tags: dict[int, tuple[str, int]]) -> list[_Mention]:
    """Ceremonies named by their verb: `Tập đoàn X khánh thành nhà máy Y`, `được khởi công ngày 2/9`."""
    c = _classes()
    subtypes = _verb_subtypes()
    document = c["document"]
    text = sentence.text
    found = []
    for m in c["verb"].finditer(text):
        verb = re.sub(r"(?i)^cắt\s+băng\s+", "", re.sub(r"\s+", " ", m.group()))
        vstart = m.end() - len(verb)
        if any(a <= m.start() < b for a, b in taken) or not (
                _word_at(starts, ends, vstart, m.end(), text) or _word_at(starts, ends, m.start(), m.end(), text)):
            continue
        if tags.get(vstart, ("V", 0))[0][:1] not in ("V", "N", "A"):
            continue
        before = text[:m.start()]
        if re.search(r"(?i:lễ)\s+(?:cắt\s+băng\s+)?$", before) or heads_after(text, m.end()):
            continue
        subtype = subtypes[fold(verb)]
        after = text[m.end():].lstrip()
        if subtype == "signing" and not document.match(after):
            continue
        if subtype == "signing" and not (event_dates.day_in(text) or (_SIGNED.search(before) and " " in verb)):
            continue  # `những hộ ký hợp đồng sản xuất`, `đã ký hợp đồng với các doanh nghiệp`: no signing event
        clause = before[_clause_start(text, m.start()):]
        weak = bool(c["irrealis_before"].search(before)) or bool(re.search(r"(?i:việc|buổi|sự)\s+[^,]*$", clause))
        if _CONDITIONAL.match(clause):
            weak = True  # `nếu một cơ sở được khởi công nhiều lần`
        if re.match(r"\s*(?:xây dựng\s+)?(?i:từ|kể từ)\s", text[m.end():]):
            weak = True  # `được khởi công từ đầu năm 1960`: since, not an event
        if re.search(r"(?i:sẽ)\s+(?:được\s+)?$", before) and not event_dates.day_after(text, m.end()):
            weak = True
        end = _object_end(text, m.end(), tags)
        if end > m.end():
            name = text[m.start():end].strip(" ,-–")
        else:  # `Trung tâm ... đã khánh thành`: what is inaugurated is the subject
            subject = _subject(sentence, _clause_start(text, m.start()), m.start())
            name = f"{verb} {subject}".strip()
        if name == verb and not event_dates.day_after(text, m.end()):
            weak = True  # `Khách sạn vừa khai trương ở Hải Phòng cháy lớn`: nothing names it, no day dates it
        found.append(_Mention(name, "ceremony", subtype, m.start(), m.start() + len(text[m.start():end].rstrip(" ,-–")),
                              sentence, named=name != verb, strong=not weak, head=verb))
    return found


_SUBJECT_END = frozenset("là thì mà khi và nhưng nên rồi nếu".split())
_CONDITIONAL = re.compile(r"^\s*(?i:nếu|khi|sau khi|trước khi|kể từ khi|từ khi|để|giá như|trong trường hợp)(?!\w)")


def _subject(sentence: Sentence, start: int, verb: int) -> str:
    """The noun phrase before a ceremony verb in its clause, without auxiliaries (`Trung tâm hậu cần VJS đã
    khánh thành`), or '' when there is none (`Mừng khai trương`, `dự án tại Đắk Lắk được khánh thành`)."""
    c = _classes()
    s0 = sentence.start
    tokens = [t for t in sentence.tokens if start <= t.start - s0 and t.end - s0 <= verb]
    depth = 0
    kept: list[str] = []
    for t in reversed(tokens):
        low = t.text.lower()
        if t.text == ")":
            depth += 1
        elif t.text == "(":
            depth = max(0, depth - 1)
        if depth or t.text in "()":
            continue
        if not kept and re.fullmatch(r"đã|sẽ|được|vừa|chính thức|đang|mới|cũng|lại|tiếp tục|tổ chức|tiến hành", low):
            continue
        if low in _SUBJECT_END or c["opener"].fullmatch(low) or t.pos == "CH" or re.search(r"\d[/-]\d|:", low):
            break
        if c["stop"].fullmatch(low) or t.pos in ("E", "R"):
            return ""  # `tại Đắk Lắk`: a complement, the subject is further back
        kept.insert(0, t.text)
    if not kept or len(kept) > 10 or (len(kept) == 1 and not kept[0].isupper()):
        return ""
    return " ".join(kept)


def _object_end(text: str, pos: int, tags: dict[int, tuple[str, int]]) -> int:
    """End of a ceremony verb's object (`khánh thành cụm 3 nhà máy điện mặt trời` up to `tại`, `vào`, ...)."""
    m = re.match(r"\s*(?:xây dựng\s+|mở rộng\s+)?", text[pos:])
    start = pos + (m.end() if m else 0)
    if start >= len(text) or not (text[start].isalnum() or text[start] in _QUOTES):
        return pos
    if _classes()["stop"].match(text[start:]) or re.match(
            r"(?i:(?:cuối|đầu|giữa)\s+)?(?i:tháng|năm|quý|ngày)\s+(?:\d|[IV]+(?!\w))", text[start:]):
        return pos  # `khởi công tháng 10/2014`: a time, not an object
    return _name_end(text, pos, tags, False)


def _mentions(analysis: Analysis) -> list[_Mention]:
    found = []
    for sentence in analysis.sentences:
        starts = {t.start - sentence.start for t in sentence.tokens}
        ends = {t.end - sentence.start for t in sentence.tokens}
        tags = {t.start - sentence.start: (t.pos, t.end - sentence.start) for t in sentence.tokens}
        nominal = _nominal(sentence, tags, starts, ends)
        taken = [(n.start, n.end) for n in nominal]
        verbal = _verbal(sentence, taken, starts, ends, tags)
        found.extend(sorted(nominal + verbal, key=lambda x: x.start))
    return found


def _name_words(mention: _Mention) -> set[str]:
    name = mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else mention.name
    name = _EDITION.sub(" ", _YEAR.sub(" ", name))
    return {w for w in re.findall(r"\w+", name.lower()) if w not in _FILLER and not w.isdigit()}


def _marks(mention: _Mention) -> tuple[int | None, str | None]:
    edition = _EDITION.search(mention.name)
    year = _YEAR.search(mention.name)
    return (_roman(edition.group(1)) if edition else None), (year.group(1) if year else None)


def _same(event: _Event, mention: _Mention) -> bool:
    """Whether `mention` is another mention of `event`."""
    first = event.first
    if first.type != mention.type or (mention.subtype and first.subtype and mention.subtype != first.subtype
                                      and {mention.subtype, first.subtype} != {"inauguration", "opening"}):
        return False
    for other in event.mentions:
        (e1, y1), (e2, y2) = _marks(other), _marks(mention)
        if (e1 and e2 and e1 != e2) or (y1 and y2 and y1 != y2):
            return False
    if not mention.named:
        return True
    if any(o.sentence is mention.sentence and o.named and fold(o.name) != fold(mention.name) for o in event.mentions):
        return False  # a sentence that names two events names two events (the same name twice is one)
    new = _name_words(mention)
    for other in event.mentions:
        if not other.named:
            continue
        old = _name_words(other)
        shared = len(new & old)
        acronym = any(fold(w).upper() in _initials(other) for w in re.findall(r"\b[A-ZĐ]{2,6}\b", mention.name)) or any(
            fold(w).upper() in _initials(mention) for w in re.findall(r"\b[A-ZĐ]{2,6}\b", other.name))
        if acronym or not new or not old or new <= old or old <= new or shared >= 0.5 * len(new | old) or (
                shared >= 2 and shared >= 0.75 * min(len(new), len(old))):
            return True
        if mention.type == "ceremony" and (new & old):
            return True
    return not any(o.named for o in event.mentions)


def _inside_quotes(outer: _Mention, inner: _Mention) -> bool:
    """Whether `inner` lies inside a quoted title of `outer`'s name."""
    if outer.sentence is not inner.sentence or not (outer.start <= inner.start < outer.end):
        return False
    before = outer.sentence.text[outer.start:inner.start]
    return sum(before.count(q) for q in "“\"'«") % 2 == 1 or before.count("“") > before.count("”")


def _apposition(previous: _Mention, mention: _Mention) -> bool:
    """A lowercase mention set off by a dash right after a named one describes it (`X 2017 - cuộc thi về ...`)."""
    if previous.sentence is not mention.sentence or not mention.head[:1].islower() or not previous.named:
        return False
    between = mention.sentence.text[previous.end:mention.start]
    return re.fullmatch(r"\s*(?:\([^)]*\))?\s*[-–]\s*", between) is not None


def _initials(mention: _Mention) -> set[str]:
    """Acronyms the name's words could be written as (`an toàn giao thông` -> `ATGT`)."""
    words = [w for w in re.findall(r"\w+", mention.name[len(mention.head):]) if not w.isdigit()]
    out = set()
    for i in range(len(words)):
        for j in range(i + 2, min(len(words), i + 6) + 1):
            out.add(fold("".join(w[0] for w in words[i:j])).upper())
    return out


def _merge(analysis: Analysis, mentions: list[_Mention]) -> list[_Event]:
    events: list[_Event] = []
    lead = analysis.sentences[0].paragraph if analysis.sentences else 0
    previous: _Mention | None = None
    for mention in mentions:
        if previous is not None and _inside_quotes(previous, mention):
            continue  # `Lễ trao giải 'Viet Film Fest 2015 - Đại hội điện ảnh quốc tế'`: part of a title
        host = next((e for e in events if previous in e.mentions), None) if previous is not None else None
        if host is not None and previous is not None and _apposition(previous, mention):
            host.mentions.append(mention)  # `HACKATHON 2017 - cuộc thi về công nghệ do Viettel tổ chức`
            previous = mention
            continue
        previous = mention
        candidates = [e for e in events if _same(e, mention)]
        if candidates:
            # a bare mention is the last event of its type; a name the event it shares most words with
            target = max(candidates, key=lambda e: (len(e.mentions), events.index(e))) if not mention.named else max(
                candidates, key=lambda e: (len(_name_words(e.first) & _name_words(mention)), events.index(e)))
            target.mentions.append(mention)
            continue
        if mention.strong:
            events.append(_Event([mention]))
        elif (not mention.named and mention.sentence.paragraph == lead and mention.type != "ceremony"
              and (_LEAD_GOVERNORS.search(mention.sentence.text[:mention.start]) or mention.start == 0)
              and len(re.findall(r"\w+", mention.sentence.text[mention.end:])) >= 3
              and not _classes()["credit"].match(mention.sentence.text[mention.end:].lstrip(" -–"))):
            events.append(_Event([mention]))
    return [e for e in events if any(m.strong for m in e.mentions) or e.mentions[0].sentence.paragraph == lead]


def extract(analysis: Analysis, all_dates: list[DateFact]) -> list[Event]:
    """Events of an article, one per event, in order of first mention."""
    mentions = _mentions(analysis)
    events = _merge(analysis, mentions)
    by_sentence: dict[int, list[DateFact]] = {}
    for d in all_dates:
        for s in analysis.sentences:
            if s.start <= d.evidence.start < s.end:
                by_sentence.setdefault(s.start, []).append(d)
                break
    spans = [(m.sentence.start + m.start, m.sentence.start + m.end) for m in mentions]
    dated: list[DateFact | None] = []
    for event in events:
        picks = [
            (_bare_rank(rank, d) if not m.named else rank, i, d) for i, m in enumerate(event.mentions)
            for rank, d in [event_dates.for_mention(m.sentence, m.start, m.end, m.name,
                                                    by_sentence.get(m.sentence.start, []), spans)] if d
        ]
        year = next((y for y in (_marks(m)[1] for m in event.mentions) if y), None)
        if year and (not picks or min(p[0] for p in picks) >= 4.0):
            # an undated page: a day without a year (`sáng 29-7`) is in the year the event's name gives
            picks += [
                (rank, i, d) for i, m in enumerate(event.mentions)
                for rank, d in [event_dates.for_mention(m.sentence, m.start, m.end, m.name,
                                                        dates.in_sentence(m.sentence, None, int(year)), spans)]
                if d and d.precision in ("day", "month")
            ]
        if not picks:
            elsewhere = _date_elsewhere(analysis, event, by_sentence, mentions)
            picks = [(5.0, 0, elsewhere)] if elsewhere else []
        dated.append(min(picks, key=lambda p: (p[0], p[1]))[2] if picks else None)
    # an event held within another (`Festival ... còn có hội thảo ...`) without a date of its own takes it
    for i, event in enumerate(events):
        if dated[i] is None:
            for j, other in enumerate(events):
                if j != i and dated[j] is not None and other.first.type != event.first.type and any(
                        m.sentence is o.sentence for m in event.mentions for o in other.mentions):
                    dated[i] = dated[j]
                    break
    result = []
    for event, date in zip(events, dated, strict=True):
        mention = event.first
        edition, _ = _marks(mention)
        result.append(Event(
            name=mention.name,
            type=mention.type,
            subtype=mention.subtype,
            date=date.value if date else None,
            date_precision=date.precision if date else None,
            location=_location(mention),
            organizers=_organizers(mention.sentence, mention.start),
            edition=edition,
            evidence=Evidence(
                start=mention.sentence.start + mention.start,
                end=mention.sentence.start + mention.end,
                sentence=mention.sentence.text,
            ),
        ))
    return result


def _bare_rank(rank: float, date: DateFact) -> float:
    """A bare mention's date (`Hội nghị diễn ra sáng 12/4`) ranks after any day of a named mention but before
    the year in a name; a bare mention's year counts last."""
    return 3.5 + rank / 10 if date.precision in ("day", "month") else rank + 10.0


def _date_elsewhere(analysis: Analysis, event: _Event, by_sentence: dict[int, list[DateFact]],
                    mentions: list[_Mention]) -> DateFact | None:
    """A day, month or year from a sentence that names no event but repeats most of the event's name words
    (`chuỗi sự kiện Công thương khu vực phía Nam năm 2023`)."""
    keys = _name_words(event.first)
    if len(keys) < 2:
        return None
    named = {m.sentence.start for m in mentions}
    for sentence in analysis.sentences:
        found = [d for d in by_sentence.get(sentence.start, [])
                 if not event_dates.founding_before(sentence.text, d.evidence.start - sentence.start)]
        if not found or sentence.start in named:
            continue
        words = set(re.findall(r"\w+", sentence.text.lower()))
        if len(keys & words) < max(2, round(0.75 * len(keys))):
            continue
        for d in found:  # a year only right after the name's words (`... khu vực phía Nam năm 2023`)
            before = re.findall(r"\w+", sentence.text[:d.evidence.start - sentence.start].lower())[-2:]
            if d.precision in ("day", "month") or (before and all(w in keys for w in before)):
                return d
    return None


def _organizers(sentence: Sentence, start: int) -> list[str]:
    text = sentence.text
    heads = load().org_heads
    head_re = re.compile(rf"(?<!\w)(?:{alternation(list(heads))})(?!\w)")
    by = re.search(r"(?<!\w)do\s+(.+?)\s+(?:phối hợp\s+)?(?:đồng\s+)?tổ chức", text[start:])
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


_PLACE_END = re.compile(r"\s(?:năm\s+\d|(?:do|vào|từ|với|nhằm|diễn ra|trong|để|và|đã|sẽ|có|ngày|sáng|chiều|tối|trưa|hôm|"
                        r"thu hút|được|khai mạc|kéo dài|đến|tới|cho)(?!\w))|[,;:]|\.(?!\s*\w)|\.\s+(?=[A-ZĐ][a-zà-ỹ]*\s)")


def _place(text: str, start: int) -> str:
    """The place that starts at `start`: up to a comma, a clause word or a time; `(...)` and `TP. X` kept."""
    i = start
    while i < len(text):
        if text[i] == "(":
            close = text.find(")", i)
            if close < 0:
                break
            i = close + 1
            continue
        m = _PLACE_END.match(text, i)
        if m and not re.search(r"(?<!\w)[A-ZĐ]{1,3}$", text[start:i]):
            break
        if m and text[i] != ".":
            break
        i += 1
    return text[start:i].strip()


def _location(mention: _Mention) -> str | None:
    """The place after `tại` nearest after the mention (within 40 characters), else the first before it."""
    text = mention.sentence.text
    keywords, _ = _keywords()
    found = []
    for m in re.finditer(r"(?<!\w)(?i:tại)\s+", text):
        value = _place(text, m.end())
        if value and (value[:1].isupper() or _PLACE_START.match(value)) and not keywords.match(value):
            found.append((m.start(), value))
    after = [(at, v) for at, v in found if mention.end <= at < mention.end + 40]
    if after:
        return after[0][1]
    before = [v for at, v in found if at < mention.start]
    return before[0] if before else None
