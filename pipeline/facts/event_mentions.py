"""Event mentions: where an event is named in a sentence, with its head, type and the extent of its name.

A mention has a head and a name:

- a head noun from `lexicons/event_types.tsv` (`Hội nghị`, `Hội chợ`, `Tọa đàm`, `Ngày hội`, ...), or `lễ` +
  a ceremony verb from `lexicons/event_ceremonies.tsv` (`lễ khánh thành`, `lễ cắt băng khánh thành`), or a
  ceremony verb heading a clause on its own (`Tập đoàn X khánh thành nhà máy Y`, `đã khởi công ...`; a
  signing needs a document as object, and a verb after `sau khi`, `tiến tới`, ... is no event);
- its name runs on over nouns, names, numbers, `lần thứ X`, years, quoted titles and acronyms in
  brackets, and ends at a word of class `stop` of `lexicons/event_words.tsv` (clause words, places,
  times, auxiliaries, predicates such as `quy tụ`), a clause opener (`Chính vì vậy`), a photo credit
  (` - Ảnh`), a person's title, another event's head (`Hội chợ CAEXPO và Hội nghị CABIS` is two events)
  or, when the head is the subject of its clause, a verb (`Triển lãm mở cửa`);
- it is no event when a quantifier or `là` comes before it (`các hội chợ`, `một hội chợ`, `là triển lãm`),
  when a venue word does (`Trung tâm Hội nghị Quốc gia`, `Cung Văn hóa`, `Công ty ... Hội chợ`), or when
  it follows such a generic mention in a list (`các triển lãm, hội chợ quốc tế`).

A mention without a name (`tại hội nghị`) or pointing back (`hội nghị lần này`) is bare; a bare mention,
or a ceremony verb after `việc`, `sau khi`, ..., is weak: it can join an event but not open one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast, get_args

from pipeline.facts import event_dates
from pipeline.facts.lexicon import alternation, load, table, word_classes
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.textnorm import fold
from pipeline.record import CeremonyType, EventType

EDITION = re.compile(r"lần\s+(?:thứ\s+)?([IVXLC]+|\d+)(?!\w)", re.I)
YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d{2})(?![\d/])")
PLACE_START = re.compile(r"(?:tỉnh|thành phố|huyện|xã|thị xã|quận|phường|khu|cụm)(?!\w)")
_QUOTES = {"“": "”", "\"": "\"", "«": "»", "'": "'"}
_CAPITAL = re.compile(r"(?<!\w)[^\W\d_]", re.U)  # a word's first letter; `.isupper()` tells the case


def _capitalised(text: str) -> bool:
    """Whether a word of the text starts with a capital letter."""
    return any(m.group().isupper() for m in _CAPITAL.finditer(text))
# Words that carry no name: they do not tell two events apart.
_SIGNED = re.compile(r"(?<!\w)(?:đã|vừa|chính thức|tiến hành|tổ chức|cùng|chứng kiến|dự)\s+(?:(?:đã|vừa|chính thức|tiến hành)\s+)*$", re.I)


@dataclass
class Mention:
    name: str
    type: EventType
    subtype: CeremonyType | None
    start: int  # in the sentence
    end: int
    sentence: Sentence
    named: bool
    strong: bool = True  # may open an event on its own (a bare or irrealis mention only joins one)
    head: str = ""



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
def keywords() -> tuple[re.Pattern[str], dict[str, tuple[EventType, CeremonyType | None]]]:
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
def classes() -> dict[str, re.Pattern[str]]:
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


def _name_end(text: str, pos: int, tags: dict[int, tuple[str, int]], subject: bool, head_lower: bool = False) -> int:
    """Where a name that continues at `pos` ends (exclusive) within the sentence text.

    `tags` maps a token's start to its POS tag and end; `subject` says the head opens its clause, so that a verb
    right after it is the clause's predicate (`Triển lãm mở cửa`), not part of the name.
    """
    c = classes()
    heads, _ = keywords()
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
        if EDITION.match(rest):
            edition = EDITION.match(rest)
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
    if PLACE_START.match(words[0]):
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
    return (0 < len(lower) < len(words) and not classes()["stop"].match(phrase) and not heads.match(phrase)
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


def _nominal(sentence: Sentence, tags: dict[int, tuple[str, int]], starts: set[int], ends: set[int]) -> list[Mention]:
    c = classes()
    pattern, types = keywords()
    text = sentence.text
    found: list[Mention] = []
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
        found.append(Mention(name, type_, subtype, m.start(), m.start() + len(name), sentence, named,
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
    pattern, types = keywords()
    m = pattern.match(text, len(text) - len(text[pos:].lstrip()))
    if m is None:
        return False
    return types[fold(re.sub(r"(?i)lễ\s+cắt\s+băng\s+", "lễ ", re.sub(r"\s+", " ", m.group())))][0] != "ceremony"


def _venue_name(before: str) -> bool:
    """`Trung tâm xúc tiến Đầu tư, Thương mại và Hội chợ ...`: a venue word a few name words back."""
    c = classes()
    m = re.search(r"(?:^|[\s(])((?i:trung tâm|cung|nhà|công ty|tổng công ty))\s+((?:[\w.&]+,?\s+){1,10})$", before)
    if not m or not m.group(1)[:1].isupper():
        return False
    last = m.group(2).split()[-1]
    linked = last in ("và", "&") or last[:1].isupper()  # the head goes on the venue's own name
    return linked and not c["stop"].search(m.group(2).lower()) and _capitalised(m.group(2))


def _verbal(sentence: Sentence, taken: list[tuple[int, int]], starts: set[int], ends: set[int],
            tags: dict[int, tuple[str, int]]) -> list[Mention]:
    """Ceremonies named by their verb: `Tập đoàn X khánh thành nhà máy Y`, `được khởi công ngày 2/9`."""
    c = classes()
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
        found.append(Mention(name, "ceremony", subtype, m.start(), m.start() + len(text[m.start():end].rstrip(" ,-–")),
                              sentence, named=name != verb, strong=not weak, head=verb))
    return found


_SUBJECT_END = frozenset("là thì mà khi và nhưng nên rồi nếu".split())
_CONDITIONAL = re.compile(r"^\s*(?i:nếu|khi|sau khi|trước khi|kể từ khi|từ khi|để|giá như|trong trường hợp)(?!\w)")


def _subject(sentence: Sentence, start: int, verb: int) -> str:
    """The noun phrase before a ceremony verb in its clause, without auxiliaries (`Trung tâm hậu cần VJS đã
    khánh thành`), or '' when there is none (`Mừng khai trương`, `dự án tại Đắk Lắk được khánh thành`)."""
    c = classes()
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
    if classes()["stop"].match(text[start:]) or re.match(
            r"(?i:(?:cuối|đầu|giữa)\s+)?(?i:tháng|năm|quý|ngày)\s+(?:\d|[IV]+(?!\w))", text[start:]):
        return pos  # `khởi công tháng 10/2014`: a time, not an object
    return _name_end(text, pos, tags, False)


def mentions(analysis: Analysis) -> list[Mention]:
    found = []
    pattern, verb = keywords()[0], classes()["verb"]
    for sentence in analysis.sentences:
        if not pattern.search(sentence.text) and not verb.search(sentence.text):
            continue  # no head and no ceremony verb: no mention, and the sentence need not be tagged
        starts = {t.start - sentence.start for t in sentence.tokens}
        ends = {t.end - sentence.start for t in sentence.tokens}
        tags = {t.start - sentence.start: (t.pos, t.end - sentence.start) for t in sentence.tokens}
        nominal = _nominal(sentence, tags, starts, ends)
        taken = [(n.start, n.end) for n in nominal]
        verbal = _verbal(sentence, taken, starts, ends, tags)
        found.extend(sorted(nominal + verbal, key=lambda x: x.start))
    return found
