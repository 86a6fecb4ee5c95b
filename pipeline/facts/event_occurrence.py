"""Whether an event mention names one occurrence: an organisation whose name starts with an event head
(`Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC)`, `lexicons/event_organisations.txt`) is no event
unless a year or an edition in the name makes it one of its meetings; a custom described in the habitual
(`Hằng năm, đồng bào Thái tổ chức Lễ hội Xăng Khan`, `Lễ hội Kate thường diễn ra vào tháng 7`, class `habit`
of `lexicons/event_words.tsv`) names one occurrence only with an anchor: a year or an edition in its name, a
day or a written year in its sentence, or a word of class `anchor` (`năm nay`). Without one the mention only
joins an event the article names elsewhere.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts import event_dates
from pipeline.facts.event_lexicon import EDITION, YEAR
from pipeline.facts.lexicon import alternation, entries, word_classes
from pipeline.language.textnorm import fold

_BRACKETS = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1)
def _organisations() -> frozenset[str]:
    return frozenset(_key(name) for name in entries("event_organisations.txt"))


def _key(name: str) -> str:
    return " ".join(re.findall(r"\w+", fold(_BRACKETS.sub(" ", name)).lower()))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = word_classes("event_words.tsv")
    def phrase(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?<!\w)(?i:{alternation(list(words[key]))})(?!\w)")
    return phrase("habit"), phrase("not_habit"), phrase("anchor")


@lru_cache(maxsize=1)
def _organisation_start() -> re.Pattern[str]:
    names = [re.sub(r"\s*-\s*", " - ", n) for n in entries("event_organisations.txt")]
    return re.compile(rf"(?i:{alternation(names)})(?!\w)".replace(r"\s+\-\s+", r"\s*[-–]\s*"))


def organisation_at(text: str) -> int:
    """Length of an organisation's name that opens `text` (`Diễn đàn Hợp tác Á - Âu ...`), else 0: after a
    meeting's head it is the owner (`Hội nghị thượng đỉnh Diễn đàn Hợp tác Á - Âu`), not a second event."""
    m = _organisation_start().match(text)
    return m.end() if m else 0


def marked(name: str) -> bool:
    """Whether the name carries a year or an edition (`... 2017`, `lần thứ 3`)."""
    return bool(YEAR.search(name) or EDITION.search(name))


def organisation(name: str) -> bool:
    """Whether the mention's name is an organisation's (an acronym in brackets aside), not one of its meetings."""
    return not marked(name) and _key(name) in _organisations()


# one meeting of a body named as an event: attended, and held somewhere or by someone (`đoàn sẽ tham gia Diễn đàn Doanh
# nghiệp Việt Nam tại Hokkaido do Đại sứ quán Việt Nam ... tổ chức`, s66 set P193); not a membership (`tham gia APEC`)
_ATTENDS = re.compile(r"(?<!\w)(?i:tham gia|tham dự|dự|tới dự|đến dự|khai mạc|phát biểu tại)\s+(?:(?i:một|phiên|kỳ)\s+)?$")
_HELD = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?i:tại|ở)\s+[A-ZĐ][\w.-]*|(?i:diễn ra|được tổ chức)(?!\w)|(?i:do)\s+[^,.;:()]{3,120}?\s+(?i:tổ chức|chủ trì|đăng cai)(?!\w))")


def held(text: str, start: int, end: int) -> bool:
    """Whether the organisation's name from `start` to `end` in the sentence `text` is one of its meetings: attended,
    then placed or held (`tham gia Diễn đàn Doanh nghiệp Việt Nam tại Hokkaido`, `dự Diễn đàn X do Y tổ chức`)."""
    return _ATTENDS.search(text[:start]) is not None and _HELD.match(text, end) is not None


# the years of a plan's period or target (`giai đoạn 2030 - 2045`, `đến năm 2030`): no year of one occurrence
_TARGET_YEARS = re.compile(r"(?<!\w)(?i:giai đoạn|thời kỳ)\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}|(?<!\w)(?i:đến|tới)\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}")


def habitual(text: str) -> bool:
    """Whether the sentence describes a habit (`hằng năm`, `thường diễn ra`), not counting `thường trực` and the like."""
    habit, not_habit, _ = _patterns()
    blanked = not_habit.sub(lambda m: " " * len(m.group()), text)
    return habit.search(blanked) is not None


def anchored(text: str, name: str) -> bool:
    """Whether a mention in a habitual sentence is still one occurrence: a year or an edition in its name, a day
    or a written year in the sentence, or a word such as `năm nay`."""
    return marked(name) or event_dates.day_in(_LUNAR.sub(" ", text)) or bool(YEAR.search(_TARGET_YEARS.sub(" ", text))) or bool(
        _patterns()[2].search(text))


# days of the lunar calendar, which come back every year (`hằng năm vào các ngày từ 21 đến 24/2 âm lịch`): no one occurrence
_LUNAR = re.compile(r"\d{1,2}(?:\s*(?:[-–]|(?i:đến|tới))\s*\d{1,2})?\s*[/.-]\s*\d{1,2}\s*\(?\s*(?i:âm lịch|AL)(?!\w)")


def one_occurrence(text: str, name: str) -> bool:
    """Whether a mention named `name` in the sentence `text` may open an event on its own."""
    return not habitual(text) or anchored(text, name)


# After a bare head that a verb of attending governs: its place (`ở bảo tàng Newseum, Washington`, `tại Bắc Kinh`) or the
# body that holds it (`do Viện nghiên cứu X tổ chức`), then the day (`hôm 2/8`, `ngày 9/11`, `sáng 14-9`) in the same clause
_PLACED_DATED = re.compile(r"\s*(?:(?:(?i:ở|tại)\s+[^,.;:()“”\"]{2,50}?(?:,\s*[A-ZĐ][\w.-]*(?:\s+[A-ZĐ][\w.-]*){0,2})?|(?i:do)\s+[^,.;:()“”\"]{3,80}?"
                           r"\s+(?i:tổ chức|chủ trì|đăng cai))\s+)?(?:(?i:vào|hồi)\s+)?(?i:ngày|hôm|sáng|chiều|tối|trưa)\s+\d{1,2}\s*[/-]\s*\d{1,2}(?!\d)")
_ATTENDED = re.compile(r"(?<!\w)(?i:phát biểu tại|phát biểu ở|tham dự|dự|tại|trong|trước|ở)\s+(?:(?i:một|buổi|cuộc)\s+)?$")


def placed_and_dated(text: str, start: int, end: int) -> bool:
    """Whether a bare head from `start` to `end` in the sentence `text`, attended (`phát biểu tại hội nghị`, `tại một diễn
    đàn`), is one occurrence the clause places and dates right after it: `phát biểu tại hội nghị ở bảo tàng Newseum,
    Washington hôm 2/8`, `tại một diễn đàn do Viện nghiên cứu X tổ chức hôm 12/7` (not `tại hội nghị` alone)."""
    return _ATTENDED.search(text[:start]) is not None and _PLACED_DATED.match(text, end) is not None and not habitual(text)
