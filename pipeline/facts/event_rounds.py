"""A contest dated by one of its rounds: the day of the round is not the contest's.

A contest or games runs for weeks, and news reports one round of it at a time: `Ngày 21/9, vòng Sơ tuyển khu vực miền Nam
cuộc thi Hoa hậu X 2017 đã diễn ra ...`, `Hôm nay 22-9, ngày thi đấu áp chót Đại hội thể thao ... 2017`, `đêm chung kết
... tối 8/10`. Such a day dates the round (a preliminary, a semi-final, a final night, a day of competition), not the contest
as a whole, whose first day the article does not give: the contest keeps only the year.
"""

from __future__ import annotations

import re

from pipeline.record import DateFact, Event

_ROUND = re.compile(r"(?<!\w)(?i:vòng\s+(?:sơ tuyển|sơ khảo|sơ loại|loại|bán kết|chung kết|chung khảo|thi|đấu|tuyển chọn)|"
                    r"(?:đêm|buổi|phần|trận)\s+(?:thi|chung kết|bán kết|sơ tuyển|sơ khảo|trình diễn)|chung kết|bán kết|"
                    r"sơ tuyển|sơ khảo|ngày thi đấu)(?!\w)")


def round_days(events: list[tuple[str, str]], dated: list[DateFact | None]) -> set[str]:
    """The days (ISO values) of the contests among `events` (type, name) that `dated` dates by one of their rounds; a
    round's own name (`Đêm chung kết Hoa hậu X`) is dated by its day."""
    return {d.value for (type_, name), d in zip(events, dated, strict=True)
            if type_ == "contest" and d is not None and d.precision in ("day", "month_day") and not _ROUND.search(name) and _of_round(d)}


def of_whole(events: list[Event], days: set[str]) -> list[Event]:
    """The events with each contest dated by a round's day (`days`) dated by its year only (none for `--09-21`), unless the
    round is written right before the contest's name: then the event reported is that round, named with it and dated by
    its day (`Sáng 9/11, vòng Chung kết Cuộc thi X năm 2024 đã diễn ra`: `vòng Chung kết Cuộc thi X năm 2024`, 9/11)."""
    out = []
    for e in events:
        if e.type != "contest" or e.date not in days:
            out.append(e)
            continue
        sentence = e.evidence.sentence
        at = sentence.find(e.name)
        lead = LEAD_ROUND.search(sentence[:at]) if at > 0 else None
        if lead:
            name = sentence[lead.start():at + len(e.name)]
            out.append(e.model_copy(update={"name": name[:1].upper() + name[1:] if name[:1].islower() and lead.start() == 0 else name,
                                            "evidence": e.evidence.model_copy(update={"start": e.evidence.start - (at - lead.start())})}))
            continue
        out.append(e.model_copy(update={"date": e.date[:4] if e.date_precision == "day" else None,
                                        "date_precision": "year" if e.date_precision == "day" else None, "date_end": None}))
    return out


# a round written right before a contest's name (`vòng Chung kết | Cuộc thi X`, `Đêm chung kết | Hoa hậu X`)
LEAD_ROUND = re.compile(rf"(?:{_ROUND.pattern})(?:\s+(?i:toàn quốc|khu vực|miền|cấp)(?:\s+\w+){{0,3}})?\s+$")


def _of_round(date: DateFact) -> bool:
    """Whether a round is told right beside the day, no other day between (`Ngày 21/9, vòng Sơ tuyển ...`, `vòng chung kết
    vào ngày 20/5`); never of a range of days (`diễn ra từ ngày 15/3 đến 14/4`: the contest's own)."""
    sentence = date.evidence.sentence
    at = sentence.find(date.text)
    if at < 0 or re.search(r"(?<!\w)(?i:đến|tới)(?!\w)|\d\s*[–-]\s*\d{1,2}\s*[/.-]\s*\d", date.text):
        return False
    after = sentence[at + len(date.text):at + len(date.text) + 60]
    before = sentence[max(0, at - 80):at]
    ahead = _ROUND.search(after)
    behind = list(_ROUND.finditer(before))
    return ahead is not None and not _DAY.search(after[:ahead.start()]) or bool(behind) and not _DAY.search(before[behind[-1].end():])


_DAY = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}")
