"""The day an article's bare opening ceremony gives its one long event (a fair, festival, exhibition or contest).

An article about one fair often names it without a day and tells the day of its opening apart, with no name:
`Ngay sau lễ khai mạc được tổ chức vào 19h30 ngày 4/8 tại Cung Văn hóa ...`, `từ ngày 4/8, là ngày khai mạc của
chương trình`. With one long event in the article, that opening is its opening, and its day the event's first day;
with two or more, the opening could be either's, and nothing is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.facts.event_ranges import LONG, in_year
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact

# a bare opening, its verb of holding right after it (not `Lễ khai mạc Hội chợ X diễn ra ...`: the fair's own mention)
_HELD = re.compile(r"(?<!\w)(?i:lễ|buổi lễ)\s+(?i:khai mạc)\s+(?:(?i:sẽ|đã|dự kiến)\s+)?(?i:được tổ chức|diễn ra|bắt đầu)(?!\w)")
# a day said to be the opening day (`từ ngày 4/8, là ngày khai mạc`)
_DAY_OF = re.compile(r"\s*,?\s*(?i:là)\s+(?i:ngày)\s+(?i:khai mạc)(?!\w)")
_REACH = 60  # how far after the verb its day may be written (`vào lúc 19h30 ngày 4/8`)


def opening_day(analysis: Analysis, kind: str, best: DateFact | None, days: list[DateFact], kinds: Sequence[str],
                year: str | None = None) -> DateFact | None:
    """The first day of the article's one long event of `kinds` (the types of all its events) from a bare opening
    ceremony among `days`, when the event has no day (`best` is None, a year or a month the day must fall in; or
    None and `year` the year its name writes); else None."""
    if kind not in LONG or sum(k in LONG for k in kinds) != 1 or best is not None and best.precision not in ("year", "month"):
        return None
    within = best.value if best is not None else year
    days = sorted((d for d in days if d.precision in ("day", "month_day")), key=lambda d: d.evidence.start)
    for sentence in analysis.sentences:
        for m in _HELD.finditer(sentence.text):
            stop = re.search(r"[.;!?]", sentence.text[m.end():])
            end = sentence.start + m.end() + min(_REACH, stop.start() if stop else _REACH)
            found = next((d for d in days if sentence.start + m.end() <= d.evidence.start < end), None)
            if (day := _fitted(found, within)) is not None:
                return day
        for m in _DAY_OF.finditer(sentence.text):
            found = next((d for d in days if d.evidence.end == sentence.start + m.start()), None)
            if (day := _fitted(found, within)) is not None:
                return day
    return None


def _fitted(day: DateFact | None, within: str | None) -> DateFact | None:
    """The day in the year or month `within` (a day without a year takes its year), or None when it falls outside."""
    if day is None or within is None:
        return day if day is not None and day.precision == "day" else None
    day = in_year(day, within[:4]) if day.precision == "month_day" else day
    return day if day.precision == "day" and day.value.startswith(within) else None
