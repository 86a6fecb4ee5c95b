"""The year of a yearless day in an undated article: written where the day or the event is, or only guessed.

An article with no publication date gives a day without a year (`Sáng 26/2, ... khởi công KCN X`) the year it
guesses from its other dates; the event keeps that year only when it is written in the day itself, in the event's
name or in the day's paragraph, and not as another day's year told in another sentence (`chỉ sau 2 tháng được cấp
giấy chứng nhận (ngày 15/12/2014)`: the certificate's year, and the ceremony came after it).
"""

from __future__ import annotations

import re

from pipeline.facts import event_month_day
from pipeline.facts.event_lexicon import aimed
from pipeline.facts.event_mentions import YEAR, Mention
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact


def year_backed(analysis: Analysis, own: list[Mention], date: DateFact, mentions: list[Mention], by_name: bool) -> bool:
    """Whether the year of an event's date in an undated article is written where the date or the event (its mentions
    `own`) is:
    in the date itself, in the date's sentence or paragraph (not another mention's: a founding year told there), or, for a
    date found by a named mention, in the name of an event of the article (`Toạ đàm ... 2017`); else it is the
    article's reference year, a guess."""
    if date.precision not in ("day", "month") or YEAR.search(date.text):
        return True
    year = date.value[:4]
    if by_name and any(_names_year(m.name, year) for m in mentions) or any(_names_year(m.name, year) for m in own):
        return True  # (`Hội chợ X năm 2018 diễn ra từ 17-21/11`: the event's own name writes the day's year; not a plan's
        # horizon or a goal's year: `Quy hoạch ... thời kỳ 2021-2030`, `các mục tiêu toàn cầu 2030`)
    paragraphs = {s.paragraph for s in analysis.sentences if s.start <= date.evidence.start < s.end}
    names = [m.name for m in mentions]
    texts = [(_other_days_blanked(text, date) if not s.start <= date.evidence.start < s.end else text)
             for s in analysis.sentences if s.paragraph in paragraphs
             for text in [event_month_day.without_years_reviewed(_without(s.text, names), date)]]
    if _RECENT.search(date.evidence.sentence[date.evidence.start - _sentence_start(analysis, date):][:40]) and any(
            y > year for text in texts for y in _PAST_YEAR.findall(_AHEAD.sub(" ", text))):
        return False  # `ngày 23/8 vừa qua` beside `giai đoạn 2015-2020`: a recent day is after the years the paragraph tells as past
    return any(year in text for text in texts)


_RECENT = re.compile(r"^[^,.;]{0,30}?(?<!\w)(?i:vừa qua|vừa rồi|mới đây)(?!\w)")
_PAST_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# a year ahead: a plan's or a goal's horizon (`đến năm 2030`, `tầm nhìn 2045`, `kế hoạch năm 2026`)
_AHEAD = re.compile(r"(?i:đến|tới|tầm nhìn|kế hoạch|mục tiêu|dự kiến|phấn đấu)\s+(?:(?i:năm)\s+)?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?")


def _sentence_start(analysis: Analysis, date: DateFact) -> int:
    """Where the sentence of `date` starts in the article."""
    return next((s.start for s in analysis.sentences if s.start <= date.evidence.start < s.end), date.evidence.start)


_FULL_DAY = re.compile(r"(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(?:19|20)\d{2}(?!\d)")


def _other_days_blanked(text: str, date: DateFact) -> str:
    """`text` without the full dates of other days (`chỉ sau 2 tháng được cấp giấy chứng nhận (ngày 15/12/2014)`): the
    year of another day told in another sentence than an event's yearless day is that day's, not the event's (`Sáng
    26/2 ... khởi công`); in the day's own sentence it may close its range (`từ ngày 04 đến ngày 08-6-2017`)."""
    day = date.value[5:]
    return _FULL_DAY.sub(lambda m: m.group(0) if f"{int(m.group(2)):02d}-{int(m.group(1)):02d}" == day else " ", text)


def _without(text: str, names: list[str]) -> str:
    """`text` with the event names in it blanked (a year in a name backs only a date its own mention found), the
    dates of numbered acts (`Quyết định số 866/QĐ-TTg ngày 18/7/2023`: the act's year, not the story's) and the years
    the story plans ahead for (`event_month_day.without_years_ahead`)."""
    text = event_month_day.without_act_dates(text)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return event_month_day.without_years_ahead(text)


def _names_year(name: str, year: str) -> bool:
    """Whether an event's name writes `year` as a year it may be held in: not a target's (`các mục tiêu toàn cầu 2030`,
    `tầm nhìn đến 2050`) nor the end of a plan's period (`thời kỳ 2021-2030`)."""
    for m in re.finditer(rf"(?<!\d){year}(?!\d)", name):
        span = re.search(r"((?:19|20)\d{2})\s*[-–]\s*$", name[:m.start()])
        if not aimed(name[:m.start()]) and not (span and int(year) - int(span.group(1)) >= 4):
            return True
    return False
