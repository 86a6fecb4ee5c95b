"""The day of a ceremony told under a lead that rounds several up: `Sáng 19/12, ... EVN và các đơn vị thành viên đồng
loạt tổ chức lễ khởi công, khánh thành các dự án ...`, then `Tại tỉnh Phú Thọ, EVN ... tổ chức Lễ khánh thành Dự án X`
(no day of its own): the round-up's day is each ceremony's, until another day is written."""

from __future__ import annotations

import re

from pipeline.facts import dates
from pipeline.facts.event_lexicon import Mention
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact

_OPENS_WITH_DAY = re.compile(r"\W*(?:(?i:sáng|chiều|tối|trưa|hôm|ngày)\s+)?(?:(?i:ngày)\s+)?\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")
_ACTS = r"(?i:khởi công|khánh thành|động thổ|khai trương|thông xe|gắn biển)"
_ROUNDUP = re.compile(rf"(?<!\w)(?:(?i:đồng loạt)\s+(?:\S+\s+){{0,3}}?{_ACTS}|{_ACTS}(?:\s*(?:,|và)\s*{_ACTS})*"
                      r"\s+(?i:các|nhiều|hàng loạt|một loạt|loạt)\s)")
_DAY = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)")


def roundup_day(analysis: Analysis, mentions: list[Mention], by_sentence: dict[int, list[DateFact]],
                undated: bool) -> DateFact | None:
    """The day opening one of the article's first three sentences that rounds up several ceremonies (`đồng loạt tổ
    chức lễ khởi công, khánh thành`, `tổ chức động thổ, khởi công và khánh thành nhiều dự án`), for a ceremony told
    after it with no day written in between; else None. In an undated article it is a month and day (`--12-19`)."""
    if not mentions or mentions[0].type != "ceremony":
        return None
    lead = next((s for s in analysis.sentences[:3] if _OPENS_WITH_DAY.match(s.text) and _ROUNDUP.search(s.text)), None)
    first = min(m.sentence.start for m in mentions)
    if lead is None or first <= lead.start:
        return None
    if any(_DAY.search(s.text) for s in analysis.sentences if lead.start < s.start <= first):
        return None  # another day is written before the ceremony: it may be that day's
    day = next((d for d in by_sentence.get(lead.start, []) if d.precision == "day"), None)
    if day is None and undated:
        day = next((dates.month_day(d) for d in dates.in_sentence(lead, None, dates.PLACEHOLDER) if d.precision == "day"), None)
    return day
