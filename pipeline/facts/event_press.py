"""Press conferences that announce an event: a meeting of their own, on their own day and at their own place.

    Sáng 3/2, tại TP Hồ Chí Minh, UBND tỉnh Đắk Lắk tổ chức họp báo Lễ hội cà phê Buôn Ma Thuột lần thứ 8 năm 2023.
      -> conference `họp báo Lễ hội cà phê Buôn Ma Thuột lần thứ 8 năm 2023`, 2023-02-03, TP Hồ Chí Minh, UBND tỉnh Đắk Lắk
      (and the festival, which the press conference lends neither its day nor its place: `event_dates`, `event_places`)

Only a press conference whose sentence names the event it announces right after it (`họp báo`, `buổi họp báo công bố`,
`họp báo giới thiệu`, `họp báo thông tin về`) and dates it: a press conference told in passing (`Tại buổi họp báo, ông X
cho biết`, `họp báo Chính phủ thường kỳ`) announces no event found here and is left alone.
"""

from __future__ import annotations

import re

from pipeline.facts import event_dates, event_named_years
from pipeline.facts.event_lexicon import Mention
from pipeline.facts.event_organisers import organizers
from pipeline.facts.event_places import location
from pipeline.language.analysis import Analysis
from pipeline.record import DateFact, Event, Evidence

_PRESS = re.compile(r"(?<!\w)(?:(?i:buổi|cuộc)\s+)?(?i:họp báo|họp thông tin|họp báo thông tin)(?:\s+(?i:công bố|giới thiệu về|giới thiệu|thông tin về|thông tin|về)(?!\w))?"
                    r"(?:\s+(?i:việc tổ chức|kế hoạch tổ chức|các hoạt động của|chương trình))?\s+[“\"]?$")


# what may lie between the event a press conference announces and the press conference's own day: its place
# (`họp báo giới thiệu Festival X tại TP. Hà Nội vào ngày 5/4`), no verb that holds the event (`diễn ra vào ngày 10/8`)
_OWN_AFTER = re.compile(r"\s*,?\s*(?:(?i:tại|ở)\s+[^,;:()]{2,40}?\s*,?\s*)?(?:(?i:vào|hôm|sáng|chiều|tối)(?:\s+(?i:ngày|hôm))?\s*)?")


def press_conferences(analysis: Analysis, events: list[Event], all_dates: list[DateFact], undated: bool = False) -> list[Event]:
    """The press conferences that announce the article's events, each after the event it announces; in an article with
    no publication date, a day its sentence writes without a year is its month and day (`--02-03`)."""
    out: list[Event] = []
    seen: set[tuple[int, int]] = set()
    for event in events:
        out.append(event)
        sentence = next((s for s in analysis.sentences if s.text == event.evidence.sentence
                         and s.start <= event.evidence.start < s.end), None)
        if sentence is None:
            continue
        at = event.evidence.start - sentence.start
        press = _PRESS.search(sentence.text[:at])
        if press is None or (sentence.start, press.start()) in seen:
            continue
        start = press.start() + (len(press.group()) - len(press.group().lstrip()))
        start += len(re.match(r"(?:(?i:buổi|cuộc)\s+)?", sentence.text[start:]).group())  # type: ignore[union-attr]
        end = event.evidence.end - sentence.start
        name = " ".join(sentence.text[start:end].split())
        if name.count("“") != name.count("”") or name.count('"') % 2:
            name = re.sub(r"[“”\"]", "", name)  # (`họp báo "Festival X`: the event's name took no closing quote)
        mention = Mention(name=name, type="conference", subtype=None, start=start, end=end, sentence=sentence, named=True,
                          head="họp báo")
        dates = [d for d in all_dates if sentence.start <= d.evidence.start < sentence.start + start or sentence.start + end <= d.evidence.start < sentence.end
                 and _OWN_AFTER.fullmatch(sentence.text[end:d.evidence.start - sentence.start])]  # (its own day, before it or right after its place)
        _, day = event_dates.for_mention(sentence, start, end, name, dates, [])
        if day is None or day.precision not in ("day", "month_day"):
            continue  # only a press conference the sentence dates before it: a meeting that took place
        seen.add((sentence.start, press.start()))
        year = event.date[:4] if event.date and event.date[:1] != "-" else None
        day = event_named_years.in_named_year(day, year, event.name, event.type) or day  # (held before the event it announces)
        if undated and year is None and day.precision == "day" and not re.search(r"(?:19|20)\d{2}", day.text):
            day = day.model_copy(update={"value": "--" + day.value[5:], "precision": "month_day"})
        out.append(Event(name=name, type="conference", subtype=None, date=day.value, date_precision=day.precision,
                         date_end=None, location=location(mention), organizers=organizers(sentence, start), edition=None,
                         evidence=Evidence(start=sentence.start + start, end=sentence.start + end, sentence=sentence.text)))
    return out
