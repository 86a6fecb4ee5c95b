"""The event extractor's vocabulary and its mention record: heads and their types (`lexicons/event_types.tsv`),
ceremony verbs (`lexicons/event_ceremonies.tsv`) and the word classes of `lexicons/event_words.tsv`, compiled once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import cast, get_args

from pipeline.facts.lexicon import alternation, entries, load, table, word_classes
from pipeline.language.analysis import Sentence
from pipeline.language.textnorm import fold
from pipeline.record import CeremonyType, EventType

# an edition: `lần thứ 21`, `lần thứ XIII`, `lần thứ bảy` (a number word, NUMBER_WORDS)
NUMBER_WORDS = {"nhất": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}
EDITION = re.compile(r"lần\s+(?:(?:thứ|thức)\s+)?([IVXLC]+|\d+|(?-i:nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười))(?!\w)(?!\s+\d)", re.I)

YEAR = re.compile(r"(?<![\d/.])(?<!\d[-–])((?:19|20)\d{2})(?![\d/])")
# what comes before a year that an event looks back on or away from (`... từ năm 2007 đến nay`): never its own year
SINCE = re.compile(r"(?<!\w)(?i:từ|kể từ|sau|trước)\s+(?:(?i:năm)\s+)?$")
# only the event's place between it and a year further on (`khởi công ở Saint Petersburg | năm 2006`): still its year
PLACE_GAP = re.compile(r"\s*(?i:ở|tại)\s+(?:[^\W\d_]*[^\W\d_a-zà-ỹđ][^\W\d_]*\s+){1,4}")
# a holiday beside an event (`Lễ hội Thành Tuyên và Tết Trung thu`): no part of its name
HOLIDAY = re.compile(r"(?:Tết|(?i:ngày quốc khánh|quốc khánh|ngày lễ|lễ giáng sinh|giáng sinh|trung thu))(?!\w)")
# an event named in English after `và` (`và Halal Expo 2025`): another event, never the second half of one name
LATIN_EVENT = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}(?:Expo|EXPO|Fair|FAIR|Festival|Summit|Show|Week|Forum|Conference|Exhibition)(?!\w)")
# the words that say an event is held (`Hội chợ diễn ra từ ...`, `(diễn ra từ ngày 10 đến 13-12)`)
HELD_WORDS = "diễn ra|được tổ chức|tổ chức|khai mạc|kéo dài"
# an event told held on a day right after its name: `Hội chợ X | được tổ chức từ ngày 3-5/5`
HELD_ON = re.compile(r"\s+(?:(?i:sẽ|được|dự kiến|chính thức)\s+)*(?i:tổ chức|diễn ra|khai mạc)\s+(?:(?i:từ|vào|trong)\s+)?(?:(?i:ngày)\s+)?\d")

# a day and month (`5-9`, `22/9/2019`): a date, never a number of a name
DAY_MONTH = re.compile(r"(?<![\w/-])(?:[12]\d|3[01]|0?[1-9])\s*[/-]\s*(?:1[0-2]|0?[1-9])(?:\s*[/-]\s*\d{2,4})?(?![\w/-])")
# a site's name (`Thanhuytphcm.vn`): in brackets after a name, a credit
SITE = re.compile(r"\w\.(?:vn|com|net|org)\b", re.I)

PLACE_START = re.compile(r"(?:tỉnh|thành phố|huyện|xã|thị xã|thị trấn|quận|phường|khu|cụm|bản|thôn|ấp|buôn|làng|khóm|sóc)(?!\w)")

QUOTES = {"“": "”", "\"": "\"", "«": "»", "'": "'"}

_CAPITAL = re.compile(r"(?<!\w)[^\W\d_]", re.U)  # a word's first letter; `.isupper()` tells the case

def capitalised(text: str) -> bool:
    """Whether a word of the text starts with a capital letter."""
    return any(m.group().isupper() for m in _CAPITAL.finditer(text))
# Words that carry no name: they do not tell two events apart.

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

def typed(type_: str, subtype: str | None) -> tuple[EventType, CeremonyType | None]:
    """A lexicon's type and subtype, checked against the closed lists of `pipeline/record.py`."""
    if type_ not in get_args(EventType) or (subtype is not None and subtype not in get_args(CeremonyType)):
        raise ValueError(f"event lexicon names a type outside the closed list: {type_!r} {subtype!r}")
    return cast(EventType, type_), cast("CeremonyType | None", subtype)


class _Heads(dict[str, tuple[EventType, CeremonyType | None]]):
    """Folded head -> (type, subtype); `lễ A và B` is typed by its first act (`lễ tổng kết và trao giải`: a closing)."""

    def __missing__(self, key: str) -> tuple[EventType, CeremonyType | None]:
        first = re.split(r"\s+(?i:va)\s+", key, maxsplit=1)[0]
        if first == key:
            raise KeyError(key)
        return self[first]


@lru_cache(maxsize=1)
def keywords() -> tuple[re.Pattern[str], dict[str, tuple[EventType, CeremonyType | None]]]:
    """The head pattern (nouns, and `lễ` + ceremony verb) and the folded head -> (type, subtype) table."""
    table_ = _Heads({fold(k): typed(t, s) for k, t, s in load().event_types})
    verbs = [row[0] for row in table("event_ceremonies.tsv")]
    for row in table("event_ceremonies.tsv"):
        table_[fold("lễ " + row[0])] = table_[fold("đại lễ " + row[0])] = typed("ceremony", row[1])  # (`Đại lễ kỷ niệm`: a great one)
    heads = [k for k, _, _ in load().event_types]
    pattern = re.compile(
        rf"(?<!\w)(?:(?:(?i:đại)\s+)?(?i:lễ)\s+(?:(?i:cắt\s+băng)\s+)?(?i:{alternation(verbs)})(?:\s+(?i:và)\s+(?i:{alternation(verbs)})(?!\w))?"
        rf"|(?i:{alternation(heads)}))(?!\w)"  # (`lễ tổng kết và trao giải cuộc thi X`: one ceremony of two acts)
    )
    return pattern, table_


# `Đến ngày 14/9/2015, X đã tổ chức Y` (the text before a date, `|`, the text from it to the event): on that day, no range's end
# a time right after a full date, closing its line: a page's stamp (`17/10/2025 20:20`), which dates no event
# a page's stamp after a date: `17/10/2025 20:20` ending its line, `22/12/2019 | 21:08`, or a clock the lead runs into (`21:08Chiều 21/12`)
CLOCK_AFTER = re.compile(r"\s*\|\s*\d{1,2}:\d{2}|\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?(?:\s*(?:\n|$)|(?=[^\W\d_]))")
# `họp báo giới thiệu Festival X`: the event the press conference right before it announces
ANNOUNCING = re.compile(r"(?<!\w)(?i:họp báo)(?:\s+(?i:công bố|giới thiệu|thông tin|về))*\s*[“\"]?$")
DONE_BY = re.compile(r"\W*(?i:đến|tới)\s+(?:(?i:ngày)\s+)?\|.*(?<!\w)(?i:đã)\s.*")
# the purposes a venue's name joins with `và` (`Trung tâm Hội nghị và triển lãm X`, `Cung Văn hóa và Thể thao`): one venue
VENUE_PURPOSES = r"(?i:hội nghị|hội chợ|văn hóa|văn hoá|triển lãm)"

# words that open a held occurrence before its head (`tổ chức lớp tập huấn`, `buổi hội thảo`)
CLASSIFIERS = ("buổi", "cuộc", "lớp", "khóa", "khoá", "phiên")


@lru_cache(maxsize=1)
def classes() -> dict[str, re.Pattern[str]]:
    words = _words("event_words.tsv")
    out = {key: _phrase(values) for key, values in words.items()}
    out["compound"] = _phrase(words["compound"] + tuple(row[0] for row in table("figure_crops.txt")))  # (`Festival thanh long/V`:
    # farm produce the tagger takes for a verb is no predicate of the name; s49, set P69)
    # (a count is no date: not `Ngày 12/7 Hội chợ X`, `Năm 2024 Hội chợ X`)
    out["generic_before"] = re.compile(
        rf"(?<!\w)(?:{alternation(list(words['generic']))}|(?<![/.\-–])(?!(?:19|20)\d\d(?!\d))\d+)\s+(?:(?:cuộc|buổi|kỳ|lần|phiên|đợt|khóa|khoá)\s+)?$"
        r"|(?<!\w)(?:các|những|nhiều|một số)\s+(?:sự kiện|hoạt động|chương trình)\s+$"
        r"|(?<!\w)(?:công ty|tập đoàn)\s+(?:chuyên\s+)?tổ chức\s+$"  # (`Công ty tổ chức hội chợ X`: a business that organises fairs)
        # `13 đề án tổ chức bình chọn sản phẩm ...`: counted projects that each hold one, a kind of activity
        r"|(?<!\w)\d+\s+(?:đề án|dự án|nhiệm vụ|kế hoạch)\s+(?:(?:hỗ trợ|hỗ trợ tổ chức|tổ chức|tham gia)\s+)?$"
        # `30.157 gia đình | ký cam kết`: households counted sign a pledge each, no ceremony
        r"|(?<!\w)\d[\d.]*\s+(?:gia đình|hộ gia đình|hộ dân|hộ|người dân|người|cán bộ|học sinh|hội viên|đoàn viên)\s+(?:(?:đã|cũng|đều)\s+)*$"
        # `vượt mục tiêu Đại hội Đảng bộ tỉnh lần thứ XIX`: an event cited for its targets or its resolution, no occurrence told
        r"|(?<!\w)(?:mục tiêu|chỉ tiêu|nghị quyết|văn kiện|tinh thần)\s+(?:(?:mà|của|do)\s+)?$", re.I)  # (`các sự kiện Tuần lễ sản phẩm từng
    # địa phương`: events of a kind; not `chuỗi sự kiện Festival X 2025`, a series named by its festival)
    # an anaphor closes its clause or comes before its predicate (`hội nghị trên,`, not `hội nghị trên sàn`)
    out["anaphor_end"] = re.compile(
        rf"\s*(?i:lần này|này|nói trên|vừa qua)(?!\w)|"
        rf"\s*(?i:{alternation(list(words['anaphor']))})(?=\s*(?:[,.;:!?)]|$)|\s+(?i:đã|sẽ|được|là|có|diễn ra|vừa|cũng|đều|"
        rf"thu hút|với|tại|do|và|đạt|kéo dài|sẽ|nhằm)(?!\w))")
    held = alternation(list(words["held"]))
    out["held_before"] = re.compile(rf"(?<!\w)(?i:{held})\s+(?:(?i:{alternation(list(CLASSIFIERS))})\s+)?$")
    out["held_after"] = re.compile(
        rf"^[^.;]*?(?<!\w)(?:(?i:do)\s+[^,;]{{2,80}}?\s|(?:(?i:được|cũng|đã|sẽ|vừa|đang)\s+)+)(?i:{held})(?!\w)")
    out["when"] = re.compile(rf"(?<!\w)(?:(?i:{alternation(list(words['when']))})|(?i:tháng)\s+\d)(?!\w)")
    out["kinds"] = re.compile(rf"(?<!\w)(?i:{alternation(list(words['kinds']))})(?!\w)")
    out["many"] = re.compile(rf"\s*(?i:{alternation(list(words['many']))})(?!\w)")
    out["title_on"] = re.compile(rf"(?i:{alternation(list(words['title_on']))})\s")
    out["title_end"] = re.compile(rf"(?:[,.;:(!?“\"]|(?i:{alternation(list(words['title_end']))})(?!\w))")
    out["clause_before"] = re.compile(rf"(?<!\w)(?i:{alternation(list(words['clause']))})\s*$")
    out["occasion_before"] = re.compile(
        rf"(?<!\w)(?i:{alternation(list(words['many']) + ['một'])})\s+(?i:{alternation(list(words['occasion']))})\s+$")
    out["partnered"] = re.compile(rf"(?<!\w)(?i:{alternation(list(words['partnered']))})\s*$")
    out["span"] = re.compile(rf"\s*(?i:{alternation(list(words['span']))})(?!\w)")
    lex = load()
    out["person"] = re.compile(rf"(?i:{alternation(list(lex.roles) + list(lex.honorifics))})(?!\w)")
    out["ahead_before"] = re.compile(rf"(?<!\w)(?i:{alternation(list(words['ahead']))})\s+$")
    out["venue_before"] = re.compile(rf"(?<!\w)(?i:{alternation(list(words['venue']))})\s+$")
    out["irrealis_before"] = re.compile(
        rf"(?<!\w)(?<![Hh]àng )(?:(?i:{alternation(list(words['irrealis']))})|(?i:{alternation(list(words['call']))})(?:\s+[a-zà-ỹđ]+){{0,3}})"
        rf"\s+(?:(?:được|đã|sẽ|chính thức|tiến hành|tổ chức)\s+)*$")  # `kêu gọi sinh viên ký cam kết` (not the `không` of `Hàng không`)
    verbs = [row for row in table("event_ceremonies.tsv") if row[2] == "alone"]
    out["verb"] = re.compile(rf"(?<!\w)(?:(?i:cắt\s+băng)\s+)?(?i:{alternation([v[0] for v in verbs])})(?!\w)")
    return out

def of_event() -> frozenset[str]:
    """Folded ceremony verbs whose ceremony, before an event's name, is that event (`lễ khai mạc Hội chợ`)."""
    return frozenset(fold(row[0]) for row in table("event_ceremonies.tsv") if row[2] == "of")

def rite_verbs() -> tuple[str, ...]:
    """Ceremony verbs that name a ceremony only after `lễ` (marked `lễ`), longest first."""
    return tuple(sorted((row[0] for row in table("event_ceremonies.tsv") if row[2:3] == ("lễ",)), key=len, reverse=True))

def complete_rites() -> frozenset[str]:
    """Folded ceremony verbs marked `complete`: `lễ` + the verb names a ceremony with no object (`Lễ dâng hương`)."""
    return frozenset(fold(row[0]) for row in table("event_ceremonies.tsv") if row[3:4] == ("complete",))

def verb_of(head: str) -> str:
    return re.sub(r"(?i)^lễ\s+(?:cắt\s+băng\s+)?", "", head)

def verb_subtypes() -> dict[str, CeremonyType | None]:
    return {fold(row[0]): typed("ceremony", row[1])[1] for row in table("event_ceremonies.tsv")}

def heads_after(text: str, pos: int) -> bool:
    """Whether an event head follows at `pos` (after spaces): the ceremony is that event's."""
    pattern, types = keywords()
    at = len(text) - len(text[pos:].lstrip())
    kind = re.match(r"(?i:sự kiện|chương trình)\s+(?=[A-ZĐ])", text[at:])
    m = pattern.match(text, at + (kind.end() if kind else 0))  # (`lễ khai mạc sự kiện | Ngày hội Trái cây Việt Nam`)
    if m is None:
        return False
    return types[fold(re.sub(r"(?i)lễ\s+cắt\s+băng\s+", "lễ ", re.sub(r"\s+", " ", m.group())))][0] != "ceremony"


def person_at(text: str) -> bool:
    """Whether a person's title or an honorific opens `text` (`Phó thủ tướng ...`, `ông Nguyễn ...`); an
    honorific only before a capitalised name (`tiếng Anh giữa ...` is no person), a title not before a group of its
    holders (`Hội nghị Gặp mặt Đại sứ các nước Trung Đông`: the ambassadors met, part of the name)."""
    m = classes()["person"].match(text)
    if m is None or re.match(r"\s+(?i:các|những)\s", text[m.end():]):
        return False
    if fold(m.group().lower()) in {fold(h.lower()) for h in load().honorifics}:
        after = text[m.end():].lstrip()
        return after[:1].isupper()
    return True


def abroad(text: str, i: int) -> int:
    """Length of `tại|của <Place> năm <year>` or `lần thứ N` at `i` (a place and year that belong to the name: `Tuần lễ hàng
    Việt Nam tại Thái Lan năm 2024`, `Hội nghị xúc tiến đầu tư của tỉnh Kiên Giang năm 2019`), else 0."""
    m = re.match(r"(?i:tại|của)\s+((?:\S+\s+){1,4}?)(?:(?i:năm)\s+(?:19|20)\d{2}(?!\d)|(?:19|20)\d{2}(?=\s*\(|\s*[.;,]|\s*$|\s+(?i:đã|sẽ|được|đang|vừa|diễn ra|khai mạc|bế mạc|thu hút|với|là|do|từ|vào|kéo dài)(?!\w))|" + EDITION.pattern + ")", text[i:])
    # (`Lễ hội Việt Nam | tại Nhật Bản lần thứ 14`: an edition closes the place as a year does; `... ngành nhựa và cao su | tại
    # Việt Nam 2025 (VietnamPlas 2025)`: a bare year before the name's gloss, s57; or closing the sentence: `Tuần hàng ... tại
    # Hà Nội 2020.`, s59; or before a comma or the clause's verb: `tại Thái Lan 2022 | đã ghi nhận`, s62)
    if not m:
        return 0
    words = m.group(1).split()
    if PLACE_START.match(words[0]):
        words = words[1:]
    return m.end() if words and (all(w[:1].isupper() for w in words) or " ".join(words) in _countries()) else 0


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Countries as `countries.txt` writes them, some with a lower-case word (`Liên bang Nga`, `Cộng hòa Séc`)."""
    return frozenset(entries("countries.txt"))


_OWNER_PROVINCE = re.compile(r"(?i:của)\s+(?i:tỉnh|thành phố|TP\.?)\s+")
_AFTER_OWNER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?i:tổ chức|tại|diễn ra|do|vào|năm|được|đã|sẽ|lần|với|nhằm)(?!\w)")


def owner_province(text: str, i: int) -> int:
    """Length of `của tỉnh|thành phố <province>` at `i` when a clause or the sentence's end follows (the province
    whose event it is: `Hội nghị Xúc tiến đầu tư vào các khu công nghiệp của tỉnh Hưng Yên | tổ chức tại Tokyo`), else 0."""
    m = _OWNER_PROVINCE.match(text, i)
    if not m:
        return 0
    for k in (4, 3, 2, 1):
        words = re.match(rf"\S+(?:\s+\S+){{{k - 1}}}", text[m.end():])
        if words and load().province(words.group().rstrip(",.;:)")) and _AFTER_OWNER.match(
                text, m.end() + len(words.group().rstrip(",.;:)"))):
            return m.end() - i + len(words.group().rstrip(",.;:)"))
    return 0


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman(text: str) -> int:
    """An edition's number, in digits, words or Roman numerals."""
    if text.isdigit():
        return int(text)
    if text.lower() in NUMBER_WORDS:
        return NUMBER_WORDS[text.lower()]
    total, prev = 0, 0
    for ch in reversed(text.upper()):
        value = _ROMAN[ch]
        total = total - value if value < prev else total + value
        prev = max(prev, value)
    return total


def marks(mention: Mention) -> tuple[int | None, str | None]:
    """A mention's edition (`lần thứ VI` is 6) and year, as its name writes them."""
    edition = EDITION.search(mention.name) or (re.search(r"\s(\d{1,2}|[IVXL]{1,6})$", mention.name) if mention.type == "congress" else None)  # (`Đại hội 19`, `Đại hội XX`)
    year = next((y for y in YEAR.finditer(mention.name) if not SINCE.search(mention.name[:y.start()])
                 and not _HORIZON.search(mention.name[:y.start()])
                 and not any(a <= y.start() < b and (classes()["review"].search(mention.name[:y.start()]) or _long(m) or (
                                 mention.type != "congress" and re.search(r"(?i:nhiệm kỳ|nhiệm kì|giai đoạn|thời kỳ)\s*$", mention.name[:a])
                                 or re.search(r"(?i:niên vụ|mùa vụ|năm học|niên khóa|niên khoá)\s*$", mention.name[:a])))
                             for a, b, m in ((*m.span(), m) for m in _SPAN.finditer(mention.name)))),
                None)  # (not `đến năm 2025, tầm nhìn đến năm 2030`, nor the span a review looks back on: `Hội nghị sơ kết
    # Chương trình ... giai đoạn 2014-2018` is held later than its first year; nor a term's first year but for its
    # congress: `Hội nghị ban chấp hành ... lần thứ 2, nhiệm kỳ 2018 - 2023` meets later in the term, nor a plan's period:
    # `hội nghị kêu gọi đầu tư ... giai đoạn 2017 - 2020` may meet before it; nor a season's or a
    # school year's: `Tuần lễ cam sành niên vụ 2017 - 2018` opens in January 2018)
    span = _SPAN.search(mention.name) if _REMEMBERS.search(mention.name) else None
    if span:  # `Lễ kỷ niệm 30 năm thành lập (1996 - 2026)`: an anniversary is held in its span's last year
        return (roman(edition.group(1)) if edition else None), span.group(2)
    return (roman(edition.group(1)) if edition else None), (year.group(1) if year else None)  # (not `từ năm 2007`)


_SPAN = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")


def _long(span: re.Match[str]) -> bool:
    """Whether a span of years is a plan's (five years or more: `thời kỳ 2021-2030`), which places no day; a term's
    first year is its congress's (`Đại hội ... nhiệm kỳ 2024-2029`)."""
    term = re.search(r"(?i:nhiệm kỳ|khóa|khoá)\s*\(?\s*$", span.string[:span.start()])
    return int(span.group(2)) - int(span.group(1)) >= 4 and term is None
# A target year (`đến năm 2025`, `tầm nhìn đến năm 2030`). Narrower than the `founding` class the event's own date is
# read with (`event_dates`): a period's first year (`giai đoạn 2024 - 2026`) still places a yearless day.
_HORIZON = re.compile(r"(?<!\w)(?:(?i:đến|tới|tầm nhìn)(?:\s+(?i:đến|tới))?(?:\s+(?i:năm))?|(?i:mục tiêu)(?:\s+[^\W\d]+){0,4}|(?i:nghị sự))\s*$")
# (also a goal's year: `Diễn đàn Đối tác vì tăng trưởng xanh và các mục tiêu toàn cầu 2030 (P4G) ... năm 2025`, `Chương
# trình nghị sự 2030`)
# `với số vốn từ 2-2,5 tỷ USD`, `với tổng công suất ...`: a size or a sum after `với`, no partner of a pact and no part of a name
MEASURED = re.compile(r"(?i:với)\s+(?:(?i:tổng)\s+)?(?:(?i:số|mức|quy mô|kinh phí|giá trị|trị giá|diện tích|công suất|vốn)(?!\w)|[\d.,]+\s)")
_REMEMBERS = re.compile(r"(?i:kỷ niệm|\d+\s+năm)")


# a sentence that points back at the event just told: held within it, or the site of it (`Sự kiện trên diễn ra trong
# khuôn khổ X`, `Đây là một trong những điểm cầu ...`), or at its occasion (`Tại đây,`, `Dịp này,`)
FRAMED_BACK = re.compile(r"\W*(?i:sự kiện|hoạt động)\s+(?i:trên|này|nói trên)\s+(?:(?i:được|đã)\s+)?(?i:diễn ra|tổ chức)\s+"
                          r"(?i:trong khuôn khổ|tại|bên lề)\s+"
                          r"|\W*(?i:đây|đó)\s+(?:(?i:cũng)\s+)?(?i:là)\s+(?:(?i:một trong (?:những|các|số))\s+)?(?:(?i:điểm cầu)(?:\s+(?i:trực tuyến))?"
                          r"|(?i:địa điểm|nơi))\s+(?:(?i:tổ chức|của|thuộc|diễn ra)\s+)?")  # (`Đây là một trong những điểm cầu trực tuyến tổ
# chức Lễ khởi công, khánh thành ... toàn quốc`: the site just told, on its day)
AT_THE_OCCASION = re.compile(r"\W*(?:(?i:cũng)\s+)?(?i:tại đây|tại sự kiện(?: này)?|tại chương trình(?: này)?|trong chương trình(?: này)?|"
                    r"nhân dịp này|trong dịp này|dịp này)\s*,")


# a campaign's week or month (`phát động “Tuần lễ tuyên truyền tiết kiệm điện”`): a programme of actions, no event held
CAMPAIGN = re.compile(r"(?i:tuần lễ|tuần|tháng)\s+(?i:tuyên truyền|hưởng ứng|cao điểm|hành động|ra quân|vận động)(?!\w)")


def aimed(before: str) -> bool:
    """Whether a year right after `before` is a target (`đến năm 2025`, `tầm nhìn đến năm 2030`, `các mục tiêu toàn cầu
    2030`), no year of an event."""
    return _HORIZON.search(before) is not None


# the days of an event told in brackets right after its name (`lễ hội X (diễn ra từ 31-8 đến 2-9)`), and a range's second end
_GLOSSED_DAYS = re.compile(r"\s*\(\s*(?:(?i:diễn ra|tổ chức|kéo dài|khai mạc)\s+)?(?:(?i:từ|vào)\s+)?(?:(?i:ngày)\s+)?")
_DAYS_TO = re.compile(r"\s*(?:[-–]|(?i:đến|tới))\s*(?:(?i:ngày)\s+)?\d")


def own_days(text: str, end: int, p: int, q: int) -> bool:
    """Whether the date from `text[p]` to `[q]`, after a mention ending at `end`, is the mentioned event's own even after an
    act about it (a press conference): told in brackets right after its name, or a range after a verb that holds it."""
    return _GLOSSED_DAYS.fullmatch(text[end:p]) is not None or _DAYS_TO.match(text, q) is not None and re.search(
        rf"(?<!\w)(?i:{HELD_WORDS})(?!\w)", text[end:p]) is not None


def saying(text: str) -> re.Match[str] | None:
    """The first verb of saying (class `speech`) in `text` that is no word of a name (`Trung tâm Thông tin xúc tiến thương
    mại`, `Trung tâm Văn hóa - Thông tin - Thể thao`, `Trường ĐH Công nghệ thông tin`)."""
    return next((m for m in classes()["speech"].finditer(text)
                 if not (m.group()[:1].isupper() and re.search(r"(?:[^\W\d_]|[^\W\d_]\s*[-–])\s+$", text[:m.start()]))
                 and not (m.group().lower() == "thông tin" and _IN_FIELD.search(text[:m.start()]))), None)


_IN_FIELD = re.compile(r"(?<!\w)(?i:công nghệ|trung tâm|viện|cục|phòng|sở|bộ|ngành|hệ thống|an toàn|an ninh|mạng)\s+$")  # `Trường ĐH
# Công nghệ thông tin ...`, `hệ thống thông tin`: a field's name, no verb of saying (s60, set P157)
