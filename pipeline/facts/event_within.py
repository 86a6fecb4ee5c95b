"""An event its article does not date, named beside a dated one in the same sentence.

Told as one act with it (`tổ chức Hội chợ Thương mại - Du lịch và Lễ hội cam Cao Phong lần thứ 8`, `tổ chức Hội nghị ...
và khởi công Dự án X`), it takes the other's days. An item of the other's programme (`Lễ hội X với nhiều hoạt động như:
Hội thi A; Hội thảo B`, `Festival X ... còn có hội thảo C`, `Festival sẽ diễn ra cuộc thi D`, `điểm nhấn của Hội chợ là
chương trình tọa đàm E`) is on one of its days, not all: it takes the month of a fair, festival, exhibition or contest (as
the annotated real dev set dates such items; in an undated article its own day beats that month: it joins `borrowed`),
and the day of a meeting (`hội nghị còn có lễ ký kết X`); a festival that hosts a fair (`lồng ghép Hội chợ A vào Lễ hội
B`) takes the fair's month. Never an event it plans or reviews (`hội nghị bàn về kế hoạch tổ chức Lễ hội X`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.facts import event_dates, event_years
from pipeline.facts.event_ranges import LONG
from pipeline.record import DateFact, Event

# words before an event in its sentence that make it an item of another's programme
_ITEM = re.compile(r"(?<!\w)(?:(?i:như|gồm|bao gồm|sự kiện chính|hoạt động chính|nội dung chính)\s*:|(?i:hoạt động|chương trình)(?!\w)|(?i:khuôn khổ|bên lề|điểm nhấn|điểm chú ý|"
                   r"nổi bật|một trong những|còn có|còn diễn ra)(?!\w))")
# what an event does to another right after it: hosts it (`Festival sẽ diễn ra cuộc thi X`)
_HOSTS = re.compile(r"\s*(?:(?i:sẽ|còn|cũng|đã)\s+)*(?i:diễn ra|có|gồm)\s+")


def _on_its_day(date: DateFact | None, pairs: list[tuple[Any, Any]]) -> bool:
    """Whether the items a host lists after `gồm`, `như` or a colon are held on its one day: the host's day is told as one
    day and the list's sentence gives no range (`Ngày hội dự kiến sẽ được tổ chức vào ngày 20/9/2019, gồm 3 hoạt động
    chính: ... và Diễn đàn X`: the forum on 20/9)."""
    listed = [m for m, o in pairs if o.end <= m.start and _GATHERS.search(m.sentence.text[o.end:m.start])]
    return bool(listed) and _one_day(date) and not any(_RANGED.search(m.sentence.text) for m in listed)


def _one_day(date: DateFact | None) -> bool:
    """Whether a host's day is told as one day, no range beside it (`Ngày hội dự kiến sẽ được tổ chức vào ngày 20/9/2019,
    gồm ...`: its items are held on that day)."""
    if date is None or date.precision != "day":
        return False
    sentence, at = date.evidence.sentence, date.text
    place = sentence.find(at)
    around = sentence[max(0, place - 25):place + len(at) + 25] if place >= 0 else sentence
    return _RANGED.search(around) is None


_GATHERS = re.compile(r"(?<!\w)(?i:gồm|bao gồm|như)(?!\w)|:")  # a host's own list of what it holds (`Ngày hội ..., gồm ...`)
_RANGED = re.compile(r"(?<!\w)(?i:từ|đến|tới|kéo dài|trong|suốt)(?!\w)|\d\s*[-–]\s*\d|\d\s*[-–]\s*$")  # words of days that run on


def held_within(events: list[Any], dated: list[DateFact | None], closed: dict[int, str],
                borrowed: set[int]) -> tuple[list[DateFact | None], dict[int, int]]:
    """The dates with those of events told beside a dated one filled in, and which event lent its days to which."""
    dated = list(dated)
    lent: dict[int, int] = {}
    for i, event in enumerate(events):
        if dated[i] is None and not any(event_dates.frame_before(m.sentence.text, m.start) or event_dates.prepared(
                m.sentence.text, m.start) or re.search(r"(?<!\w)(?i:dịp|trùng với(?:\s+\S+){0,4}|thời gian diễn ra)\s+$", m.sentence.text[:m.start])  # (`trùng
                # với thời gian diễn ra Hội nghị X`: what coincides with the dated event is no part of it; `tổ chức hội chợ trong
                # thời gian diễn ra hội nghị này`: the one that hosts it, whose days are its own)
                                   or event_dates.committee_before(m.sentence.text[:m.start]) for m in event.mentions):
            for j, other in enumerate(events):  # (not `Hội nghị ... bình chọn sản phẩm tham gia bình chọn khu vực`: a later one)
                together = [(m, o) for m in event.mentions for o in other.mentions if m.sentence is o.sentence] if j != i else []
                if dated[j] is None or any(event_dates.plans(m.sentence.text, m.start, m.end, o.start) for m, o in together):
                    continue  # `hội nghị bàn về kế hoạch tổ chức Lễ hội X`: the meeting is not held within the festival
                pairs = [(m, o) for m, o in together if not re.search(r"(?i:tham gia|tham dự|dự thi)\s+$", m.sentence.text[:m.start])]
                item = any(_ITEM.search(m.sentence.text[:m.start]) or o.end <= m.start and _HOSTS.fullmatch(m.sentence.text, o.end, m.start)
                           for m, o in pairs)
                shared = j not in closed and any(other.first.type != event.first.type and ";" not in m.sentence.text[
                    min(m.end, o.end):max(m.start, o.start)] for m, o in pairs)  # (`A từ ngày 1-9; B 2022 ...`: two events)
                host = any(o.end <= m.start and re.fullmatch(r"\s+(?i:vào|với)\s+", m.sentence.text[o.end:m.start]) and re.search(
                    r"(?i:lồng ghép|kết hợp|gắn)\s+$", m.sentence.text[:o.start]) for m, o in pairs)  # `lồng ghép Hội chợ A vào | Lễ hội B`
                if (item or host) and pairs and other.first.type in LONG and not _on_its_day(dated[j], pairs):  # (B, hosting A, is held over days
                    # of which A's are some; at a one-day meeting, an item is on its day: `hội nghị còn có lễ ký kết X`)
                    dated[i] = event_years.month_of(dated[j])
                    borrowed.add(i)
                    break
                if shared or item and pairs:
                    dated[i] = dated[j]
                    lent[i] = j  # (held with it, over its days: its end too)
                    break
    return dated, lent


def across_months(events: list[Event], items: list[int]) -> list[Event]:
    """The events with an item (`items`: indices of events dated by another's month) of an event whose days run into the next
    month dated by its year alone (`Lễ hội X từ ngày 31/8-2/9 ... như: Hội thi Y`: Y is held in August or September)."""
    spans = {e.date[:7] for e in events if e.date and e.date_end and e.date_precision == "day" and e.date_end[:7] != e.date[:7]}
    return [e.model_copy(update={"date": e.date[:4], "date_precision": "year"}) if k in items and e.date_precision == "month"
            and e.date in spans else e for k, e in enumerate(events)]
