"""The day of an event in an article that gives no year for it: its month and day, without a year.

An article with no publication date (a page whose metadata lost it, a text corpus) often writes the day of
its event without the year: `Sáng 9/7, tại xã Nhơn Hải, ... tổ chức lễ khánh thành Nhà máy ...`. The year
would be a guess (`events.extract` leaves such an event undated), but the day is not: the event gets ISO 8601's
month and day, `--07-09`, at precision `month_day`. Only a day read by the same rules that date every other
event (`event_dates.for_mention`), only in the event's own sentences, and only when no year is written there
(a sentence that writes its year dated the event already, or left it undated for a reason). When one of the event's
names writes a year (`Hội nghị ... năm 2025`), the day is in that year, as `event_dates.in_named_year` reads it.
"""

from __future__ import annotations

import re

from pipeline.facts import dates, event_dates, event_named_years
from pipeline.facts.event_lexicon import Mention, marks
from pipeline.record import DateFact

# `phương hướng hợp tác năm 2024`: the year planned, the year of a review held before its last quarter
_PLAN = re.compile(r"(?i:phương hướng|kế hoạch|nhiệm vụ)[^.;]{0,30}$")


_DAY_WITH_YEAR = re.compile(r"(?<![\d/])\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:19|20)\d{2}(?!\d)")


def _act_matches(text: str) -> list[re.Match[str]]:
    """The days with a year that date a numbered act in `text` (`Quyết định số 866/QĐ-TTg ngày 18/7/2023`)."""
    return [m for m in _DAY_WITH_YEAR.finditer(text) if event_dates.act_dated().search(text[:m.start()])]


def act_days(text: str) -> list[tuple[str, str, str]]:
    """The (day, month, year) of each numbered act's date in `text`."""
    days = []
    for m in _act_matches(text):
        day, month, year = re.findall(r"\d+", m.group())[:3]
        days.append((day, month, year))
    return days


def without_act_dates(text: str) -> str:
    """`text` with the dates of numbered acts blanked (`Quyết định số 866/QĐ-TTg ngày 18/7/2023`): a year written
    there is the act's, not the story's."""
    for m in reversed(_act_matches(text)):
        text = text[:m.start()] + " " + text[m.end():]
    return text


# a year ahead of the story: after `sẽ` in its clause or after `từ năm` (`thống nhất sẽ thay đổi thể thức ... vào năm 2018`,
# `kể từ năm 2018`): what is planned from then, so the story comes before it
_AHEAD = re.compile(r"(?:(?<!\w)(?i:sẽ)(?!\w)[^,.;:()]{0,80}?|(?<!\w)(?i:từ)\s+)(?i:năm)\s+(?P<year>(?:19|20)\d{2})(?!\d)")


def without_years_ahead(text: str, reviewed: DateFact | None = None) -> str:
    """`text` with the years it plans ahead for blanked (`_AHEAD`): no year of the story's own days; and, given an
    early day of a year (`reviewed`), the whole years it looks back on (`without_years_reviewed`)."""
    text = _AHEAD.sub(lambda m: m.group(0)[:m.start("year") - m.start()] + " " * 4, text)
    return without_years_reviewed(text, reviewed) if reviewed is not None else text


_WHOLE_YEAR = re.compile(r"(?<![\d/.])(?<!\d[-–])(?<!(?i:tháng) )(?<!\d (?i:năm) )(?:19|20)\d{2}(?![\d/])(?!\s+(?i:này|nay)(?!\w))")


def without_years_reviewed(text: str, date: DateFact) -> str:
    """`text` with its whole years (`năm 2014`, `đánh giá 2014 là năm ...`; not `tháng 2/2015`, `Tết Kỷ Hợi 2019`, `năm 2019
    này`) blanked when `date` is a day of January to March: a meeting early in a year looks back on the year before (`Tại
    hội nghị ... sáng 12/2, ... đánh giá 2014 là năm đầy biến động`), so a whole year told near it backs no guess of its
    year."""
    if date.value[5:7] not in ("01", "02", "03"):
        return text
    return _WHOLE_YEAR.sub(lambda m: m.group() if re.search(r"(?i:tết)(?:\s+[\w]+){0,3}\s+$", text[max(0, m.start() - 24):m.start()])
                           else "    ", text)  # (`Tết Kỷ Hợi 2019`, `năm 2019 này`: the year this early day is in)


def _before(date: DateFact) -> str:
    """The words of a date's sentence before it."""
    sentence = date.evidence.sentence
    return sentence[:max(0, sentence.find(date.text))]


def month_day(mentions: list[Mention], spans: list[tuple[int, int]], year: DateFact | None = None) -> DateFact | None:
    """`--MM-DD` for an undated article's event (its `mentions`) whose own sentence gives its day without a
    year, else `year`; `spans` are the (absolute) spans of every mention of the article. `year` is the year the
    event was dated by elsewhere in the article (`... phương hướng hợp tác năm 2024 giữa hai tỉnh`): the day is in
    it, unless the event reviews a year (held early in the next)."""
    for mention in mentions:
        sentence = mention.sentence
        own = without_act_dates(sentence.text)  # (`theo Quyết định số 866/QĐ-TTg ngày 18/7/2023`: the act's year)
        written = set(dates.WRITTEN_YEAR.findall(own))
        year_written = dates.news_year_written(own) and not (year is not None and year.precision == "year" and written == {year.value[:4]})
        if year_written and year is not None:
            continue  # (but `Chiều 14-8, Ban Tổ chức Hội chợ “... 2017” đã tổ chức Hội nghị X`: the one year written is the day's)
        here = dates.in_sentence(sentence, None, dates.PLACEHOLDER)
        _, day = event_dates.for_mention(sentence, mention.start, mention.end, mention.name, here, spans)
        yearless = dates.month_day(day) if day is not None else None
        if yearless is None and day is not None and day.precision == "day" and day.value[:4] not in dates.WRITTEN_YEAR.findall(
                without_years_ahead(own)) and day.value[:4] in written:  # `vào trưa 22/9, ... sẽ thay đổi ... vào năm 2018`
            yearless = day.model_copy(update={"value": "--" + day.value[5:], "precision": "month_day"})
        if day is not None and yearless is not None:
            named = next((y for m in mentions for _, y in [marks(m)] if y), None)
            dated = event_named_years.in_named_year(day, named, mention.name, mention.type) if named else None
            if dated is not None and not dated.value.startswith(f"{dates.PLACEHOLDER}-") and not year_written:
                return dated  # `Hội nghị Xúc tiến xuất khẩu ... năm 2025`: the name writes the day's year
            if year is not None and year.precision == "year" and (not event_dates.review(mention.name) or (
                    _PLAN.search(_before(year)) and yearless.value[2:4] <= "09")) and not (
                    yearless.value[2:4] <= "03" and year.evidence.sentence != sentence.text):  # (`ngày 27-2`, and elsewhere
                # `những người được công nhận năm 2017`: early in a year, a whole year told apart is likely the one before)
                dated = event_named_years.in_year(day, year.value)  # (the placeholder's `29/2` stays `--02-29` in a year without it)
                return dated if not dated.value.startswith(f"{dates.PLACEHOLDER}-") else yearless
            return yearless
    return year


def written_year(dated: list[DateFact | None], all_dates: list[DateFact]) -> list[DateFact | None]:
    """Each `--MM-DD` date of an undated article's event dated by the one day of that month and day the article writes
    with its year (`Sáng 14/3, Nhà máy X đã chính thức khánh thành` and later `Ngày 14/3/2019, ... Nhà máy X`: 2019-03-14)."""
    written: dict[str, set[str]] = {}
    for d in all_dates:
        if d.precision == "day" and dates.WRITTEN_YEAR.search(d.text) and d.value[:4] in d.text:
            span = re.search(rf"{re.escape(d.text)}\s*[-–]\s*\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*((?:19|20)\d{{2}})(?!\d)", d.evidence.sentence)
            written.setdefault(d.value[5:], set()).add(f"{span.group(1)}-{d.value[5:]}" if span else d.value)  # (`10 năm (13/5/2003
            # -13/5/2013)`: a span's start is a founding day; the day it ends is the anniversary's)
    out: list[DateFact | None] = []
    for day in dated:
        days = written.get(day.value[2:], set()) if day is not None and day.precision == "month_day" else set()
        out.append(day.model_copy(update={"value": days.pop(), "precision": "day"}) if day is not None and len(days) == 1 else day)
    return out


def own_day(mentions: list[Mention], lent: DateFact | None, spans: list[tuple[int, int]]) -> DateFact | None:
    """In an undated article, the day an event's own sentences (its `mentions`) write (`--11-09`) rather than the dates
    of the event it was taken to be held within (`Ngày 9/11 ... diễn ra Hội nghị Xúc tiến Hội chợ X`, the fair on
    21-27/12); the lent date when it is that same day (`Triển lãm X 2022 và Hội chợ Y ... khai mạc sáng 28/09`: one
    opening, the year too)."""
    own = month_day(mentions, spans)
    return own if own is not None and (lent is None or lent.value[-5:] != own.value[-5:]) else lent
