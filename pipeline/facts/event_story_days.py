"""The day of an article's only event that its own mentions leave undated or dated by a year alone, from the one story
day the article writes: a day after a time of day (`Sáng 20/12, tại Cung Văn hóa Thiếu nhi tỉnh, ... đã đón tiếp hàng
ngàn lượt người` in a story of `Ngày hội Công nghệ số Khánh Hòa 2025`) or after `tại sự kiện` (a caption's `chia sẻ tại
sự kiện ngày 18.6` under a story of a `tọa đàm`).

A news story tells one occasion; when it names one event and writes one such day (a placed one in its lead), the day is the event's. Two story days,
or two events, leave the date as it is. The day takes the event's year when its name gives one, else the year of the
article's publication; in an article without a publication date it stays `--MM-DD` (s59, set P153)."""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import keywords
from pipeline.facts.event_mentions import YEAR
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact, Evidence

# a time of day and its day opening a sentence that places what happened (`Sáng 20/12, tại Cung Văn hóa ...`), or the day a
# caption gives the event by its anaphor (`chia sẻ tại sự kiện ngày 18.6`)
_STORY_DAY = re.compile(r"(?:(?:^|(?<=\n)|(?<=[.!?] ))\W{0,3}(?:Sáng|Chiều|Tối|Trưa)\s+(?:(?:ngày|hôm)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)(?!\d)"
                        r"\s*,\s*(?i:tại)\s+[A-ZĐ]"
                        r"|(?<!\w)(?i:tại sự kiện|tại buổi lễ|tại lễ khai mạc)\s+(?:(?i:ngày)\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]\s*\d)(?!\d))")
_LEAD_CHARS = 1500  # a placed story day counts in the article's lead only (a page's banner lines may come first)


def story_day(analysis: Analysis, names: list[str], dated: list[DateFact | None], published_year: int | None) -> list[DateFact | None]:
    """`dated` with the one event of the article (`names`: the events' names) given the article's one story day when its
    own date is none or a year; see the module."""
    if len(names) != 1 or (dated[0] is not None and dated[0].precision != "year"):
        return dated
    lead_end = _LEAD_CHARS
    days: dict[tuple[int, int], tuple[int, int]] = {}
    for m in _STORY_DAY.finditer(analysis.text):
        g = 1 if m.group(1) else 3
        if g == 1 and m.start() > lead_end:
            continue
        day, month = int(m.group(g)), int(m.group(g + 1))
        if 1 <= month <= 12 and 1 <= day <= 31:
            days[(month, day)] = (m.start(g), m.end(g + 1))
    if len(days) != 1:
        return dated
    (month, day), (a, b) = next(iter(days.items()))
    named = YEAR.search(names[0])
    written = re.search(r"(?:19|20)\d{2}", named.group()) if named else None
    year = dated[0].value[:4] if dated[0] is not None else written.group() if written else str(published_year) if published_year else None
    sentence = next((s for s in analysis.sentences if s.start <= a < s.end), None)
    if sentence is None or keywords()[0].search(sentence.text) or re.search(r"(?i:họp báo)", sentence.text):
        return dated  # (a sentence that names an event, or a press conference, dates that one: `Sáng 15/3, ... họp báo Lễ hội X`)
    evidence = Evidence(start=a, end=b, sentence=sentence.text)
    text = analysis.text[a:b]
    if year:
        return [DateFact(text=text, value=f"{year}-{month:02d}-{day:02d}", precision="day", evidence=evidence)]
    return [DateFact(text=text, value=f"--{month:02d}-{day:02d}", precision="month_day", evidence=evidence)]
