"""An event its article does not date, held within another named in the same sentence (`Festival ... còn có hội thảo
...`, `Lễ hội X năm 2024 với nhiều hoạt động như: Hội thi A; Hội chợ B`): it takes the other's days, or its month when
it is listed in the other's programme; never the days of an event it plans or reviews (`hội nghị bàn về kế hoạch tổ
chức Lễ hội X`), nor of one it only talks about (`Tại hội nghị, các đại biểu thảo luận ... lễ hội`)."""

from __future__ import annotations

import re
from typing import Any

from pipeline.facts import event_dates, event_years
from pipeline.record import DateFact


def held_within(events: list[Any], dated: list[DateFact | None], closed: dict[int, str],
                borrowed: set[int]) -> tuple[list[DateFact | None], dict[int, int]]:
    """The dates with those of events held within another filled in, and which event lent its days to which; an event
    given the month of a programme it is listed in joins `borrowed` (in an undated article its own day beats that month)."""
    dated = list(dated)
    lent: dict[int, int] = {}  # an event held within another (`Festival ... còn có hội thảo ...`) takes its dates
    for i, event in enumerate(events):
        if dated[i] is None and not any(event_dates.frame_before(m.sentence.text, m.start) or event_dates.prepared(
                m.sentence.text, m.start) or re.search(r"(?<!\w)(?i:dịp)\s+$", m.sentence.text[:m.start])
                                   or event_dates.committee_before(m.sentence.text[:m.start]) for m in event.mentions):
            for j, other in enumerate(events):  # (not `Hội nghị ... bình chọn sản phẩm tham gia bình chọn khu vực`: a later one)
                together = [(m, o) for m in event.mentions for o in other.mentions if m.sentence is o.sentence] if j != i else []
                if any(event_dates.plans(m.sentence.text, m.start, m.end, o.start) for m, o in together):
                    continue  # `hội nghị bàn về kế hoạch tổ chức Lễ hội X`: the meeting is not held within the festival
                pairs = [(m, o) for m, o in together if not re.search(r"(?i:tham gia|tham dự|dự thi)\s+$", m.sentence.text[:m.start])]
                shared = dated[j] is not None and j not in closed and any(other.first.type != event.first.type and ";" not in m.sentence.text[
                    min(m.end, o.end):max(m.start, o.start)] for m, o in pairs)  # (`A từ ngày 1-9; B 2022 ...`: two events)
                listed = dated[j] is not None and any(event_years.PROGRAMME.search(m.sentence.text, o.end, m.start) for m, o in pairs)
                if shared or listed:  # `Lễ hội X năm 2024 với nhiều hoạt động như: Hội thi A; Hội chợ B; ...`: its
                    dated[i] = event_years.month_of(dated[j]) if listed else dated[j]  # programme, within its month (one
                    lent.update({} if listed else {i: j})  # of its days, not all); held within it, over its days: its end too
                    borrowed.update({i} if listed else set())
                    break
    return dated, lent
