"""The date of an event mention: the date of the clause that governs it, ranked.

    0  a day or month after the mention, before any other event's mention (`Hội nghị X diễn ra vào ngày 10/8
       tới`, `lễ khai mạc Festival ..., tổ chức tại TP Tân An tối 18-12`)
    1  a day or month that opens the sentence (`Ngày 21-3, tại ... diễn ra lễ ký kết`, `Sáng nay (13/7), ...`)
    2  a day or month inside the name
    3  another day or month of the sentence that no other mention stands between
    4  a year in the name (`Hội chợ ... 2019`, `(CAEXPO 2018)`) or a year that opens the sentence

A year ranks half a step below a day or month of the same kind. Never an event's date: the end of a range
(`đến 2/12`, so a range gives its start), a date after a history word (`ra đời`, `thành lập`), a year after `thành lập`, `từ`, `đến`, `tầm nhìn`, ... (class
`founding` of `lexicons/event_words.tsv`: `thành lập năm 1991`, `từ năm 2013`), and a date that belongs to
another mention of the sentence (a mention inside another's name, `Cuộc thi X` in `Lễ trao giải Cuộc thi
X`, keeps only the dates of its own name). A day after a closing verb past the mention is its last day, not its date (class `closing`: `khai mạc ngày 4-7
và sẽ bế mạc vào ngày 7-7`). A mention after `sau`, `trước` or `kể từ` (or after `Ban Tổ chức`: the committee acts) is the time of something
else (`ngay sau Tuần lễ X, vào ngày 11/8 tới ...`) and keeps only the dates of its own name; a date before the
mention and a semicolon is another clause's when the mention's own clause gives a date, a date in an opening `Theo ...,`
is the source's (`Theo thông cáo ... gửi sáng nay 9-6, ...`), and a date before an
act about the event (class `prelude`: `họp báo`, `giấy mời`, `đăng ký`) is that act's. The event takes the best-ranked date over all its mentions, the earlier mention first among equals.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from pipeline.facts import event_lexicon
from pipeline.facts.event_frames import frame_before, hosted_after
from pipeline.facts.event_lexicon import ANNOUNCING, CLOCK_AFTER, DONE_BY, HELD_ON, HELD_WORDS, PLACE_GAP, SINCE, aimed
from pipeline.facts.event_lexicon import own_days as _own_days
from pipeline.facts.event_ranges import held_at, list_lead, refines
from pipeline.facts.lexicon import alternation, word_classes
from pipeline.language.analysis import Sentence
from pipeline.record import DateFact, Evidence

_RANGE_BEFORE = re.compile(r"(?:(?<!\d{4}-\d\d-\d)\d\s*[-–]|(?i:đến|tới)(?:\s+(?i:hết))?)\s*(?:(?i:ngày)\s+)?$")
_RANGE_END = re.compile(r"^(?i:đến|tới)(?!\w)|" + _RANGE_BEFORE.pattern)  # (a date's own text that opens with `đến`, too)
_DAY_AFTER = re.compile(r"^[^.;]{0,40}?(?<!\w)\d{1,2}\s*[/-]\s*\d{1,2}(?![\d])")
_ACT_AFTER = re.compile(r"[^.;)]{0,60}?(?<!\w)(?i:có|ban hành|ký)\s+(?i:văn bản|công văn|quyết định|kế hoạch|thông báo|tờ trình)\s")  # its day
_HOLIDAY_DAYS = re.compile(r"(?<!\w)(?i:dịp|kỳ)\s+(?:(?i:nghỉ)\s+)?(?i:lễ|tết)\s+(?:(?i:ngày)\s+)?$")
_NAME_YEAR = re.compile(r"(?<![\d/.–-])(?<!\d\s[-–]\s)(?<!\d[-–]\s)(?<!\d\s[-–])((?:19|20)\d{2})(?![\d/]|\s*[-–]\s*\d)")


@lru_cache(maxsize=1)
def _founding() -> re.Pattern[str]:
    cues = list(word_classes("event_words.tsv")["founding"])
    return re.compile(rf"(?<!\w)(?<!\d (?i:năm) )(?i:{alternation(cues)})\s+(?:(?i:vào|hồi|trong)\s+)?(?:(?i:đầu|cuối|giữa)\s+)?(?:(?i:năm|tháng)\s+)?$")


@lru_cache(maxsize=1)
def _history() -> re.Pattern[str]:  # (`sinh` only of a birth, not `sinh sản`, `Sinh viên` in a body's name)
    words = [w for w in word_classes('event_words.tsv')['history'] if w != "sinh"]
    return re.compile(rf"(?<!\w)(?:(?i:{alternation(words)})|(?i:sinh)(?=\s+(?i:năm|ngày|ra|tại|vào)\b))(?!\w)")


def founding_before(text: str, pos: int) -> bool:
    """Whether a founding or span word (`thành lập`, `từ`, `đến`) comes right before `pos` (not `lễ kỷ niệm 20 năm thành lập vào năm 2019`)."""
    return bool(_founding().search(text[:pos]))


TERM = re.compile(r"(?i:nhiệm kỳ|giai đoạn|thời kỳ)\s*\(?\s*(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}")


def prepared(text: str, start: int) -> bool:
    """Whether a word of class `prelude` stands right before the mention at `start` (`chuẩn bị Đại hội lần thứ 4`): prepared, not held."""
    return re.search(rf"{_prelude().pattern}(?:\s+(?i:cho|tổ chức|vào))?(?:\s+(?i:sự kiện))?\s*$", text[:start]) is not None


@lru_cache(maxsize=1)
def _prelude() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(list(word_classes('event_words.tsv')['prelude']))})(?!\w)")


@lru_cache(maxsize=1)
def _review() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(list(word_classes('event_words.tsv')['review']))})(?!\w)")


def review(name: str) -> bool:
    """Whether an event's name reviews a period (`Hội nghị tổng kết ...`)."""
    return _review().search(name) is not None


@lru_cache(maxsize=1)
def act_dated() -> re.Pattern[str]:
    """A legal or planning text with its number just before a date: the date is the text's
    (`Nghị quyết số 30-NQ/TW ngày 23/11/2022`, `Quyết định 1234/QĐ-UBND ngày 5/6/2020`)."""
    acts = alternation(list(word_classes("event_words.tsv")["act"]))
    return re.compile(rf"(?<!\w)(?i:{acts})\s+(?:(?i:số)\s+)?[\w/.-]*\d[\w/.-]*(?:\s*[-–]\s*[A-ZĐ][\w/.-]*|\s+[A-ZĐ][\w/.-]*)?\s*(?:,\s*)?(?:(?i:ngày)\s+)?$")
    # (`Công văn số 295 CV/ĐUK, ngày 19 tháng 4 năm 2017`: a number and its code; `Quyết định số 1513/QĐ - TTg, ngày 5/9/2011`)


@cache
def _word(kind: str) -> re.Pattern[str]:  # a word of one class (`closing`, `speech`) of event_words.tsv
    return re.compile(rf"(?<!\w)(?i:{alternation(list(word_classes('event_words.tsv')[kind]))})(?!\w)")


_ASIDES = re.compile(r"[“\"«][^”\"»]{0,200}[”\"»]|\([^()]{0,200}\)")
_LUNAR = re.compile(r"(?:[^,.;()]{0,30}?\d)?\s*\(?\s*(?i:âm lịch|AL|ÂL)(?!\w)")  # (a range whose end is lunar is lunar)
_SINCE_NOW = re.compile(r"\s*(?i:đến nay|tới nay|đến hiện tại|đến thời điểm này|tới thời điểm này)(?!\w)")
_SPAN_OPEN = re.compile(r"\s*(?:\d{1,2}\s*[/.-]\s*){0,2}(?:19|20)\d{2}\s*[-–]\s*")  # (`(25/7/1974 –`: a span the sentence cut)
_SPAN = re.compile(r"\s*(?:\d{1,2}\s*[/.-]\s*){0,2}(?:19|20)\d{2}\s*[-–/]\s*(?:\d{1,2}\s*[/.-]\s*){0,2}(?:19|20)\d{2}\s*")  # (`30-4-1955 / 30-4-2025` too)
_REMEMBERED = re.compile(r"(?i:kỷ niệm|tưởng niệm|\d+\s+năm)")
_OPENING = re.compile(r"(?i:lễ\s+)?(?i:khai mạc|khai hội|khai màn)\s+[“\"«]?")
_PLANNED = re.compile(r"(?:(?:\s+(?i:sẽ|được|chính thức|diễn ra|tổ chức|khai mạc))+\s+(?:(?i:tại|ở)\s+[^,;()]{1,40}?\s+)?(?:(?i:trong)\s+\S+\s+(?i:ngày)\s*,?\s*)?"
                      r"(?:(?i:vào|từ|trong)\s+)?|\s+(?i:vào|từ|trong)\s+)(?:(?i:lúc)\s+\d{1,2}\s*(?i:giờ|h)(?:\s*\d{1,2}(?:\s*(?i:phút))?)?\s*,?\s*)?"
                      r"(?:(?i:sáng|chiều|tối|trưa)\s+)?(?:(?i:thứ)\s+\w+\s*,?\s*)?(?:(?i:ngày|thượng tuần|trung tuần|hạ tuần|đầu|giữa|cuối)\s+)?$")  # (`lúc 7 giờ 30 ngày 28-3`)


@lru_cache(maxsize=1)
def _celebrated() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(list(word_classes('event_words.tsv')['celebrated']))})\s+"
                      r"(?:(?i:thành công|kỷ niệm|sự kiện)\s+)?(?:[^,.;()]{3,200}?\s+(?i:và)\s+)?$")  # (`Hưởng ứng A và | B, tối 16/6, ...`)


def celebrated_before(text: str) -> bool:
    """Whether a word of celebrating (class `celebrated`: `chào mừng`) ends `text`: what follows is celebrated, not
    the event reported (`Hội chợ chào mừng Đại hội ...`)."""
    return _celebrated().search(text) is not None


@lru_cache(maxsize=1)
def _committee() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(list(word_classes('event_words.tsv')['committee']))})\s+(?:[^,;:.()]{{3,40}}\s(?:(?i:và)|[-–])\s+)?$")


def committee_before(text: str) -> bool:
    """Whether the body that runs an event (class `committee`: `Ban Tổ chức`, `Ban tổ chức Giỗ tổ Hùng Vương và`, `... Hùng Vương -`) ends `text`."""
    return _committee().search(text) is not None


def saying_at(text: str, pos: int) -> bool:
    """Whether a verb of saying (class `speech`, or `phát biểu`) opens `text` at `pos`, after an optional comma. (Not
    `phát biểu` in the class: `phát biểu tại Hội nghị X` after a day is said at the event, on its day.)"""
    at = _COMMA.match(text, pos).end()  # type: ignore[union-attr]
    return _word("speech").match(text, at) is not None or _SPEAKS.match(text, at) is not None


_COMMA = re.compile(r"\s*,?\s*")
_SPEAKS = re.compile(r"(?i:phát biểu)(?!\w)")


def reported_after(text: str, pos: int) -> bool:
    """Whether the clause after `pos` (to 80 characters, no full stop or semicolon) reports what was said (class `speech`:
    `Ngày 8/11, | thông tin từ UBND huyện X cho biết, ...`)."""
    clause = re.match(r"[^.;]{0,80}", text[pos:])
    return clause is not None and event_lexicon.saying(clause.group()) is not None


def _said(between: str, name: str = "") -> bool:
    """Whether a verb of saying stands between a mention and a date after it; `dự kiến` right before the verb holding the event or the
    date (`X dự kiến được tổ chức từ ngày 11/12`, `(dự kiến từ ngày 5 đến 7-12)`, `dự kiến diễn ra trong 5 ngày, từ`) or the event's head
    again (`bình chọn X năm 2020, dự kiến bình chọn 11 sản phẩm vào tháng 7/2020`) plans it."""
    m = event_lexicon.saying(between)
    rest = between[m.end():] if m else ""
    again = bool(name) and re.fullmatch(rf"\s+(?i:{re.escape(' '.join(name.split()[:2]))})\s[^,;()]{{0,60}}?\s(?i:vào|trong|từ)\s+(?:(?i:ngày|tháng|đầu|giữa|cuối)\s+)?", rest)
    return m is not None and not (m.group().lower() == "dự kiến" and (_PLANNED.fullmatch(rest) is not None or not rest.strip() or bool(again)))


def history_before(text: str, pos: int) -> bool:
    """Whether a history word (`kỷ niệm`, `ra đời`, ...) comes before `pos` in the sentence, or `pos` is inside
    brackets: a date there is another story's (`nhân kỷ niệm 60 năm Ngày mở đường (19-5-1959 - 19-5-2019)`)."""
    return bool(_history().search(text[:pos])) or text[:pos].count("(") > text[:pos].count(")")


def remembered(text: str, pos: int) -> bool:
    """Whether the date at `pos` is history: after a history word, in brackets that hold a span of two dates (`kỷ niệm 79 năm
    Ngày Quốc khánh (2/9/1945 - 2/9/2024)`; not `(ngày 17/5/2024)`), or after a day's name (`ngày Quốc tế Bảo tàng 18/5/2022`)."""
    opened, closed = text.rfind("(", 0, pos), text.find(")", pos)
    spanned = opened >= 0 and _SPAN.fullmatch(text[opened + 1:closed if closed > 0 else len(text)]) is not None
    return bool(_history().search(text[:pos])) or spanned or _DAY_NAME.search(text[:pos]) is not None


def day_after(text: str, pos: int) -> bool:
    """Whether a day (`27-4`, `ngày 10/8`) follows `pos` in the same clause."""
    return bool(_DAY_AFTER.match(text[pos:]))


def day_in(text: str) -> bool:
    """Whether the sentence gives a day (`25-4`, `ngày 10/8`): a valid day and month, not a measure (`số đo 85-56-94`)."""
    return any(1 <= int(m.group(1) or m.group(3)) <= 31 and 1 <= int(m.group(2) or m.group(4)) <= 12
               for m in _DAY_IN.finditer(text))


# `25-4`, `12-5-2013` (a year may follow; another measure may not), and `6.10` after a time of day (`Sáng 6.10`)
_DAY_IN = re.compile(r"(?<![\d/.,-])(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\d|[.,]\d|\s*-\s*(?!(?:19|20)\d{2}(?!\d))\d)"
                     r"|(?<!\w)(?i:sáng|chiều|tối|trưa|ngày|hôm)\s+(\d{1,2})\.(\d{1,2})(?!\d|,\d|\.(?!(?:19|20)\d{2}(?!\d))\d)")


def _coordinated_end(text: str, end: int, others: list[tuple[int, int]]) -> int:
    """The end of the last mention joined to the one ending at `end` by `và` or a comma."""
    moved = True
    while moved:
        moved = False
        for a, b in others:
            if a >= end and b > end and re.fullmatch(r"\s*(?:,|và|cùng|,\s*và)\s*", text[end:a]):
                end, moved = b, True
    return end


_NAMED_DAY = re.compile(r"(?<!\w)Ngày\s+[A-ZĐ]")  # a named day remembered (`Ngày Doanh nhân`; not `Ngày hội`)
_DAY_NAME = re.compile(r"(?<!\w)(?i:ngày)\s+(?!(?i:thứ|chủ nhật)(?!\w))[A-ZĐ][^\W\d_]*\s+(?:[^\W\d_]+\s+){0,5}$")  # (not `ngày Thứ Hai`)
# the bracket right after a name that dates it: `(14/6)`, `(diễn ra từ ngày 10 đến 13-12)`, `(khai mạc tối 5/9)`
_DATING_BRACKET = re.compile(rf"(?:\s+(?i:của)\s+(?:(?i:tỉnh|thành phố)|TP\.?)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){{0,3}}"  # (`... lần 2 của
                             rf"|\s+(?:(?i:sẽ|đã|được|dự kiến)\s+)*(?:(?i:{HELD_WORDS})\s+)?(?i:tại)\s+[^,;.()]{{1,60}}?)?"  # `... tại xã X (từ ngày 24-30/11)`
                             rf"[\s(]*(?:(?i:dự kiến|sẽ)\s+)?(?:(?i:{HELD_WORDS}|vào|từ)(?:\s+(?i:vào|từ|trong))?\s*)?(?:(?i:ngày)\s+)?")  # tỉnh X (vào ngày 27/8/2018)`, `(dự kiến từ ngày 5 đến 7-12)`)
# `Lễ hội Dừa sẽ diễn ra trong 5 ngày (từ ngày 14 đến 18/11/2019)`: a held clause whose bracket gives its days
_HELD_BRACKET = re.compile(rf"\s*(?:(?i:sẽ|đã|được|chính thức|dự kiến)\s+)*(?i:{HELD_WORDS})(?:\s+(?i:trong)\s+\d+\s+(?i:ngày))?"
                           r"\s*\(\s*(?:(?i:từ|vào)\s+)?(?:(?i:ngày)\s+)?")


_DURATION = re.compile(r"(?<!\w)(?i:trong)\s+(?:\d+|(?i:hai|ba|bốn|năm|sáu|bảy|mười))\s+(?i:ngày)\s*\(\s*(?:(?i:từ|vào)\s+)?(?:(?i:ngày)\s+)?$")


_ACT_LATER = re.compile(r"[^.;]{0,80}?,\s*[^,.;]{2,90}?\s(?i:tổ chức|khai mạc|ra mắt|khai trương)(?!\w)")  # a later clause's act
_DEPARTURE = re.compile(r"(?<!\w)(?i:lên đường|khởi hành|xuất phát|bay sang|đáp chuyến bay)(?!\w)[^,;.]*$")
_STOP = re.compile(r"(?<![A-ZĐ])(?<!\b[A-ZĐ][a-zA-Z])(?<!\b[A-ZĐ][a-zA-Z]{2})[.!?]\s")  # a full stop, not `Tp. X`'s


# what a meeting does about another event it names: plans or prepares it (`hội nghị bàn về kế hoạch tổ chức Lễ hội X`)
_PLANNING = re.compile(r"(?<!\w)(?i:kế hoạch|chuẩn bị|bàn về|bàn giải pháp|triển khai công tác|phương án|công tác tổ chức)(?!\w)")


# what lists the items of an event's programme after its days (`với nhiều hoạt động như:`, `gồm:`)
_PROGRAMME_ITEM = re.compile(r"(?<!\w)(?:(?i:như|gồm|bao gồm)\s*:|(?i:hoạt động|chương trình)\s+(?i:như|gồm|chính))")


def plans(text: str, start: int, end: int, inner: int) -> bool:
    """Whether the event named at `start:end` of a sentence plans, prepares or reviews the event whose name opens at
    `inner`, within its own or right after it (`hội nghị bàn về kế hoạch tổ chức Lễ hội X năm 2024`, `Hội nghị bàn giải
    pháp | tổ chức Hội chợ X`): it is not held on that event's days."""
    near = start < inner < end or end <= inner <= end + 30 and not re.search(r"[,;.:()]", text[end:inner])
    return near and (_PLANNING.search(text[start:inner]) is not None or _review().search(text[start:inner]) is not None)


def unplanned(name: str) -> str:
    """An event's name without the event it plans (`hội nghị bàn về | kế hoạch tổ chức Lễ hội X`): its own words."""
    m = _PLANNING.search(name)
    return name[:m.start()] if m and m.start() > 0 else name


def for_mention(sentence: Sentence, start: int, end: int, name: str, dates: list[DateFact],
                spans: list[tuple[int, int]]) -> tuple[float, DateFact | None]:
    """(rank, date) for the mention at `start:end` of the sentence (offsets in the sentence); rank 9 when none.

    `dates` are the sentence's dates, `spans` the (absolute) spans of every mention of the article.
    """
    s0 = sentence.start
    text = sentence.text
    others = [(a - s0, b - s0) for a, b in spans if s0 <= a < s0 + len(text) and (a - s0, b - s0) != (start, end)]
    alias = re.match(r"\s*\([^()]{1,40}\)", text[end:])  # `Diễn đàn X năm 2023 (Festival) được tổ chức từ ...`: its short form,
    others = [(a, b) for a, b in others if not (alias and end <= a and b <= end + alias.end())]  # no other event between
    nested = any(a <= start and end <= b and not _OPENING.fullmatch(text[a:start])
                 for a, b in others)  # `Cuộc thi X` inside `Lễ trao giải Cuộc thi X` (but the opening of X is X's first day)
    best: tuple[float, DateFact | None] = (9.0, None)
    framed: DateFact | None = None
    # `ngay sau Tuần lễ Thái Lan 2022, vào ngày 11/8 tới ...`: an event named as the time of something else
    outer = next((a for a, b in others if re.fullmatch(r"\s*\(\s*", text[b:start])), start)  # (`Ban tổ chức X (lễ hội) họp`:
    reference = re.search(r"(?<!\w)(?i:sau|trước|kể từ|họp\s+giới thiệu|trùng với(?:\s+(?:thời gian|thời điểm|dịp))?(?:\s+(?:diễn ra|tổ chức))?)\s+$|^\W*(?i:kết thúc)\s+(?:[^,.;]*\s(?i:và)\s+)?$|[,;]\s*(?i:sau)\s[^,;()]*$", text[:start]) is not None or committee_before(text[:outer])  # the
    # day the event's committee met, not the event's, nor its alias's: `Ngày 8/7, Ban Tổ chức Ngày hội X họp ...`; nor what coincides with it)
    for d in dates:
        p, q = d.evidence.start - s0, d.evidence.end - s0
        if act_dated().search(text[:p]) or CLOCK_AFTER.match(text[q:]) or _LUNAR.match(text, q) or _SINCE_NOW.match(text, q) and re.search(
                r"(?<!\w)(?i:từ|kể từ)\s+(?:(?i:tháng|năm|ngày)\s+)?$", text[:p]):  # `Từ tháng 9-2021 đến nay, X đã tổ chức ...`: since
            continue  # the date of a resolution or a decision, a page's stamp (`17/10/2025 20:20`), a lunar day (`đến hết ngày 15/8 (âm lịch)`)
        if d.precision == "year" and start <= p < end and _review().search(name) or start <= p < end and re.search(r"(?i:thường kỳ)\s+(?i:tháng)", name):
            continue  # `Hội nghị tổng kết công tác năm 2021`: the year reviewed, not the meeting's date; nor is a monthly sitting's month
        if not start <= p < end and _DEPARTURE.search(text[:start]) and not re.search(r"[,;.]", text[min(p, start):max(q, start)]) \
                and not re.search(rf"(?<!\w)(?i:{HELD_WORDS})(?!\w)", text[end:p]):
            continue  # `Minh Tú lên đường sang Milan tham dự Tuần lễ thời trang Milan 2017 vào sáng nay (22/9)`: the day of leaving
        if reference and not start <= p < end and not (p >= end and re.fullmatch(r"\s*\(?\s*|\s*\(\s*(?:(?i:dự kiến|sẽ diễn ra|diễn ra)\s+)?(?:(?i:từ|vào)\s+)?(?:(?i:ngày)\s+)?|\s+(?:[^,.;()]{0,30}\s)?(?i:hồi|hôm)\s+", text[end:p])):
            continue  # the sentence's dates are of what comes after or before it, not its own (but the day right
            # after its name is its own: `sau hội nghị thượng đỉnh Mỹ - Triều hôm 12/6, ...`, `trước kỳ họp (dự kiến từ ngày 5 đến 7-12)`)
        if p < start and (re.search(r"(?<!\w)(?i:bế mạc|kết thúc)\s+[“\"«]?$", text[:start]) or re.search(r"(?<!\w)(?i:họp báo)\s+(?:(?i:vào|sáng|chiều|tối|hôm)\s+)?(?:(?i:ngày)\s+)?$", text[:p])):
            continue  # `Sáng 14/6, ... tổ chức lễ bế mạc Hội thi X`: the day it closed, not the day it began; `họp báo ngày 20/9 về X`: the press's
        if re.search(r"(?<!\w)(?:(?i:trước|chậm nhất|hạn chót|hạn cuối|muộn nhất)(?:\s+(?i:là))?|(?i:số ra))\s+(?:(?i:ngày)\s+)?$", text[:p]):
            continue  # `gửi danh sách về Sở trước ngày 25/3/2020`: a deadline, not the event's day; `Tờ X số ra ngày 14/9`: an issue's
        if re.match(r"\s*(?i:hằng|hàng|mỗi)\s+(?i:tháng|tuần|năm)(?!\w)", text[q:]) or re.search(r"(?<!\w)(?i:Quốc khánh|Tết)\s+$", text[:p]):
            continue  # `vào các ngày 1-3 hằng tháng`: days of every month; `... và Quốc khánh 2/9`: a holiday's day, named
        if p >= end and re.search(r"(?<!\w)(?i:dịp|nhân dịp)\s+$", text[:start]) and any(q <= a for a, _ in others) \
                and not re.fullmatch(r"\s*\(\s*", text[end:p]):
            continue  # `dịp lễ hội Ok Om Bok ..., từ ngày 9-15/11/2024, tỉnh tổ chức hội chợ X`: the day of what the occasion
            # hosts (but its own in brackets right after it: `dịp lễ hội (từ ngày 28-31/8) đạt ...`)
        if not start <= p < end and celebrated_before(text[:start]) and not (p >= end and (re.fullmatch(r"\s+(?i:vào|trong)\s+", text[end:p]) or HELD_ON.match(text, end))) or p < start and prepared(text, start):
            continue  # `Lễ hội cam ... chào mừng Lễ kỷ niệm 130 năm ..., diễn ra từ ngày 13-20/11`: the celebrating event's (`... chuẩn bị cho sự kiện X`;
            # but `hướng tới lễ kỷ niệm 100 năm thành lập vào năm 2018`: the celebrated one's, right after its name)
        if d.precision == "year" and (re.search(r"(?:19|20)\d{2}\s*[-–]\s*$", text[:p]) or re.match(
                r"\s*[-–]\s*(?:19|20)\d{2}(?!\d)", text[q:])):
            continue  # `nhiệm kỳ 2025 - 2030`, `niên vụ 2017 - 2018`: a span, never an event's year
        if p < start and ";" in text[q:start] and any(
                text.rfind(";", 0, start) < o.evidence.start - s0 < start for o in dates):
            continue  # `... vào tháng 3/2019; ngày 23/11/2019 được ký hợp đồng ...`: its own clause has its own date
        if nested and not start <= p < end:
            continue  # the outer event's date, not this one's
        if p < start and (cue := _PROGRAMME_ITEM.search(text, q, start)) and any(a < cue.start() for a, _ in others):
            continue  # `Ngày hội X diễn ra từ ngày 30/5 đến ngày 3/6/2014 với ... như: hội thảo Y`: the programme's event's days
        if any(a <= p < b for a, b in others):
            continue  # inside another event's name
        if (_RANGE_END.search(d.text) or _RANGE_BEFORE.search(text[:p])) and not DONE_BY.fullmatch(text[:p] + "|" + text[q:start]):
            continue  # (the last day of a range; not `Đến với Festival X ... từ ngày 28/5`: no range opens the sentence)
        if re.search(r"(?<!\w)(?i:kể từ|từ khi|sau khi|trước khi)\s+(?:\S+\s+)?$", text[:p]) or (
                d.precision == "year" and re.search(r"(?<!\w)(?i:từ)\s+$", text[:p])):
            continue  # `kể từ tháng 9/2018`, `từ năm 2007 đến nay`: since, not when
        if d.precision == "year" and _founding().search(text[:p]):
            continue
        if d.precision == "year" and re.match(r"(?i:năm)\s", d.text) and _founding().search(text[:p + 4]):
            continue
        coarse = d.precision in ("year", "quarter")
        if coarse and _NAME_YEAR.search(name) and not start <= p < end:
            continue  # `Năm 2014, ... tham dự cuộc thi Hoa hậu Thế giới 2015`: the name's own year wins
        opened, closed = text.rfind("(", 0, p), text.find(")", p)
        if opened >= 0 and _REMEMBERED.search(name) and text[:p].count("(") > text[:p].count(")") and (_SPAN.fullmatch(
                text[opened + 1:closed if closed > 0 else len(text)]) or closed < 0 and _SPAN_OPEN.fullmatch(text[opened + 1:])):
            continue  # `Lễ kỷ niệm 21 năm Ngày Doanh nhân (13/10/2004 – 13/10/2025)`: the span remembered, not the day
        held_before = p < start and (re.search(rf"\(\s*(?i:{HELD_WORDS})\s+(?:(?i:từ|vào|trong)\s+)?$", text[:p]) or re.search(
            rf"(?:^\W*|(?<!\w)(?i:nhưng|song|và)\s+)(?:(?i:sau|trải qua)\s+[^().,]{{0,20}}?\s)?(?i:{HELD_WORDS})[^().,]{{0,25}}\(\s*(?:(?i:từ|vào|trong)\s+)?$", text[:p])) is not None and re.fullmatch(
            r"[^()]*\)\s*,?\s*", text[q:start]) is not None  # (`Diễn ra trong 3 ngày (từ ngày 26 đến 28-12), Hội chợ X`, `Sau 5 ngày diễn ra (17 - 21/11), Hội chợ X`)
        held_before = held_before or p < start and _DURATION.search(text[:p]) is not None and text[q:].lstrip().startswith(")") and (re.search(
            rf"(?i:{HELD_WORDS})\s+$", text[:start]) is not None or re.fullmatch(r"\s*\)\s*,\s*", text[q:start]) is not None) and ";" not in text[q:start]  # (`trong ba ngày (18 đến 20/4/2025), tại X, Sở ... tổ chức phiên chợ Y`)
        month_at = refines(d, dates, text, s0)  # (`vào trung tuần tháng 10/2018 (từ 19 - 22/10)`: the month's days)
        told = re.search(r"(?i:nay|qua|mai|sáng|chiều|tối|trưa|đêm|hôm|làm việc|âm lịch|Tý|Sửu|Dần|Mão|Thìn|Tỵ|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi)\s*\(\s*(?:(?i:tức|nhằm)\s+)?(?:(?i:ngày)\s+)?$", text[:p]) or month_at is not None
        if (text[:p].count("(") > text[:p].count(")") and not (end <= p and (
                _DATING_BRACKET.fullmatch(text[end:p]) or _HELD_BRACKET.fullmatch(text[end:p])))
                and not held_before  # (`Sau 3 ngày tranh tài (diễn ra từ ngày 28 đến 30/3), Hội thi X ...`)
                and not told):
            continue  # `(18/11/1930 - 18/11/2017)`: an aside, unless it dates the name (`X (diễn ra ...)`) or a time (`Sáng nay (13/7)`, `năm Nhâm Dần (18.2.2022)`)
        opener = (re.match(r"(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s", d.text) or re.search(  # (`..., tối 24/4/2023, X tổ chức Y`)
            r"(?:^|,\s*)(?i:sáng|chiều|tối|trưa|đêm|ngày|hôm)\s+$", text[:p])) and text[q:q + 2].startswith(",") or told and re.match(
            r"[^(),]*\)\s*,", text[q:])  # (`Sáng mùng 18 tháng Giêng năm Nhâm Dần (18.2.2022 dương lịch), ...`: the time it opens with)
        if not coarse and _NAMED_DAY.search(text[start:p] if p < end else name) and (
                p < end or re.fullmatch(r"[\s(–-]*", text[end:p])):
            continue  # `Lễ phát động Ngày Quyền của Người tiêu dùng Việt Nam - 15 tháng 3 năm 2022`: the Day's date
        if start <= p < end:
            rank = 4.0 if coarse else 2.0
        elif p >= end:
            # `Lễ A và khởi công B diễn ra sáng 18/9`: both; not a frame (`Trong khuôn khổ A, B diễn ra ...`)
            if (frame_before(text, start) and (any(a > p for a, _ in others) or _ACT_LATER.match(text, q)) or hosted_after(
                    text, 0, start, name)) and not re.fullmatch(r"\s*\(?\s*", text[end:p]):  # (an act its clause holds after the
                # day, of a thing that is no event mention: `Nằm trong chuỗi ... Lễ hội X, từ 27 đến 28/10, UBND tỉnh tổ chức Không gian Y`)
                framed = framed or (d.model_copy(update={"value": d.value[:7], "precision": "month"}) if d.precision == "day" else None)
                continue  # `Trong khuôn khổ Lễ hội X, chiều 28.11, tỉnh tổ chức Hội thảo Y`: the day of what it frames: its month
            tail = end if frame_before(text, start) and not any(re.fullmatch(r"\s+(?i:và)\s+", text[end:a]) for a, _ in others) \
                else _coordinated_end(text, end, others)  # (a frame joined by `và`: `nằm trong chuỗi sự kiện A và B, diễn ra ...`)
            held = re.search(r"(?<!\w)(?:(?i:tổ chức|diễn ra|khai mạc|được tổ chức|hội tụ|quy tụ|mở cửa|kéo dài)\s+(?:[^,.;()]{0,40}?\s)?(?:(?i:liên tục|chính thức)\s+)?(?:(?i:vào|từ)\s+)?(?:(?i:nay|qua)\s*\(\s*)?(?:(?i:ngày)\s+)?"
                             r"|\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?(?:\s*[-–]\s*\d{1,2}\s*(?:h|giờ)(?:\s*\d{2})?)?,?\s+(?:(?i:ngày)\s+)?)$", text[:p]) or held_at(text[end:p], d.text)  # (`... từ 9h-11h ngày 11/3`: a clock time;
            # `sẽ diễn ra tại Công viên X (đường Y, ...), từ ngày 16-19/5/2024`: its place, then its days)
            gap = len(_ASIDES.sub("", text[end:p]))  # (a quoted theme and a bracket after the name are no distance: `Diễn đàn X với
            # chủ đề “Make the future ...” (Cùng hướng tới ...) vào ngày 22-23/7/2022`, s62 set P172)
            if any(tail <= a < p for a, _ in others) or ";" in text[end:p] or (gap > 110 and not (
                    held and gap <= 240 and not _STOP.search(text[end:p]))) or _history().search(
                    text[end:p]) or _said(text[end:p if month_at is None else month_at], name) or _word("closing").search(text[end:p]) or _ACT_AFTER.match(text, q):
                continue  # the date of a later clause, of another event, of what someone said, or the last day
            act = _prelude().search(text[max(0, start - 40):start]) if not _own_days(text, end, p, q) else None  # (`họp báo về X (diễn ra từ 31-8 đến 2-9)`)
            if act and ((re.search(r"(?i:buổi|cuộc)\s+$", text[:max(0, start - 40) + act.start()]) or re.match(r"(?i:buổi|cuộc)\s", act.group()) and not SINCE.search(text[:start]))
                        and not ((re.search(r"(?<!\w)(?i:sẽ)(?!\w)", text[end:p]) or re.match(r"\s+(?i:tới)(?!\w)", text[q:])) and re.fullmatch(r"[^,;()]*", text[end:p]))
                        or ANNOUNCING.search(text[:start]) and not re.search(rf"(?<!\w)(?i:{HELD_WORDS}|tới|sẽ)(?!\w)", text[end:p])):
                continue  # `Buổi họp báo về Festival X (diễn ra) sáng 22/4`, `tổ chức họp báo giới thiệu Festival X tại Hà Nội vào
                # ngày 5/4`: the day of the press conference (but `Sở họp báo về Hội nghị X diễn ra vào ngày 10/8 tới`, `thông báo họp X vào ngày 15/12 tới`: the event's)
            if coarse and p - end > 12 and not re.search(r"(?i:vào|trong)\s+$", text[:p]) and not PLACE_GAP.fullmatch(text[end:p]):
                continue  # a year further on is rarely the event's (`... báo cáo tài chính năm 2017`)
            rank = 4.5 if coarse else 0.0
        elif hosted_after(text, q, start, name):
            framed = framed or (d.model_copy(update={"value": d.value[:7], "precision": "month"}) if d.precision == "day" else None)
            continue  # `Ngày 25/11, X tổ chức Ngày Việt Nam trong khuôn khổ Hội chợ Y`: the day of what it hosts, in its month
        elif _prelude().search(text[q:start]):
            continue  # `Ngày 1/8, Sở tổ chức họp báo giới thiệu Hội nghị X`: the day of the press conference
        elif event_lexicon.saying(text[q:start]) and not re.search(r"\s(?i:tại|ở)\s+$", text[:start]) or re.fullmatch(r"\W*(?i:theo)\s(?!(?i:kế hoạch|dự kiến|lịch)(?!\w))[^,;)]*", text[:p]) and "," in text[q:start]:
            continue  # `Chiều 22.9, ông X cho biết cuộc thi này ...`, `Theo thông cáo ... gửi sáng nay 9-6, ...`: a saying's day (not `X ngày 7/6 nói tại Diễn đàn Y`, nor `(Theo NASATI) Ngày 24/8/2017, ...`)
        elif re.search(r"(?<!\w)(?i:sau|trước|kể từ|từ khi|sau khi|trước khi)(?!\w)[^,;]*$", text[q:start]):
            continue  # `ngày 5-3, tức chỉ 5 ngày sau hội nghị`: the date is of something before or after it (but
            # `Ngày 22/6, sau gần 4 tháng thi công, ... đã chính thức khánh thành`: a clause of its own)
        elif re.search(r"(?<!\w)(?i:nhân dịp)\s+$", text[:start]) and any(a < start for a, _ in others):
            continue  # `Sáng 8/5, ... khai mạc Tuần lễ X nhân dịp lễ hội Y`: the day of the event held on its occasion
        elif p <= 24 or opener or list_lead(text, q, start, others):  # (`cùng ngày 14/2 đó là: A; B; C`: the list's lead dates them)
            rank = 1.5 if coarse else 1.0  # it opens the sentence (`Ngày 21-3, ...`, `..., sáng 22-9, ...`)
        elif any(q <= a < start for a, _ in others) or coarse or any(b <= p < b + 40 and HELD_ON.match(text, b) and text[a:b].lower().startswith(name.lower()) for a, b in others):
            continue  # (`Hội chợ X 2023 được tổ chức từ ngày 3-5/5, ... đơn vị tổ chức Hội chợ X`: the day of the edition named before)
        else:
            rank = 3.0
        rank += 2.5 if _HOLIDAY_DAYS.search(text[:p]) else 0.0  # `trong dịp nghỉ lễ 30/4 - 1/5, xã X sẽ tổ chức Lễ hội Y`:
        # the holiday's days, which its own days given elsewhere (`Diễn ra từ ngày 27/4 - 1/5, Lễ hội Y ...`) beat
        if rank < best[0] or rank == best[0] and best[1] is not None and refines(d, [best[1]], text, s0) is not None:
            best = (rank, d)
    if best[1] is None and framed is not None:
        return 4.0, framed
    if best[0] >= 4.0 and not _review().search(name):
        year = next((y for y in _NAME_YEAR.finditer(name) if not SINCE.search(name[:y.start()])
                     and not _founding().search(name[:y.start()]) and not aimed(name[:y.start()])), None)  # (not `đến năm 2025`, a target)
        inner = next((a for a, b in others if start < a and b <= end and a <= start + year.start() < b), None) if year else None
        if year and not (inner is not None and plans(text, start, end, inner)):  # (not `hội nghị bàn về kế hoạch tổ
            # chức Lễ hội X năm 2024`: the year of the festival planned; not `... từ năm 2007 đến nay`, a span looked back on)
            at = s0 + start + year.start()
            fact = DateFact(text=year.group(1), value=year.group(1), precision="year",
                            evidence=Evidence(start=at, end=at + 4, sentence=text))
            return 4.0, fact
    return best
