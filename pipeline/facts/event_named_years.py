"""The year of an event's day when the day's own text writes none: the year the event's name gives (`Ngày hội ... năm
2022` on `ngày 20/4`), but the year after a review's (`Hội nghị tổng kết công tác năm 2025` on 15/1 is in 2026) or an
index's announced (`hội nghị công bố chỉ số PAR INDEX ... năm 2018` on 24/5 is in 2019), and never a term's or a plan's
first year."""

from __future__ import annotations

import re
from datetime import date as date_type
from typing import Any

from pipeline.facts.event_dates import TERM, review
from pipeline.facts.event_lexicon import YEAR
from pipeline.record import DateFact


def in_named_year(date: DateFact | None, year: str | None, name: str, kind: str = "", launched: bool = False) -> DateFact | None:
    """A day or month whose year the text does not write (`ngày 20/4`) is in the year the event's name gives
    (`Ngày hội ... năm 2022`), not in the year of publication, when the two differ; not for a review, whose name
    gives the year reviewed (`Hội nghị tổng kết công tác năm 2023`, held in 2024), nor when the year opens a term
    or a plan's period (`Hội nghị Ban Chấp hành ..., nhiệm kỳ 2020-2025`, held in 2025), except for a congress; nor a day of January or February when the name gives the year before
    (a year's awards and reviews are held early the next), nor any day of an award's or certificates' ceremony in the year after
    its own, nor a day told as today (`Sáng nay (16/6)`), nor the day a contest or a programme of a later year is launched
    (`Tối 10/10, ... phát động Cuộc thi "... năm 2026"` of 2025: `launched`, the mention right after a verb of launching)."""
    if launched and date is not None and year is not None and date.precision in ("day", "month") and int(year) > int(date.value[:4]) \
            and not re.search(r"(?:19|20)\d{2}", date.text):
        return date
    if year is not None and kind != "congress" and TERM.search(name) and not YEAR.search(TERM.sub(" ", name)):
        return date
    tasks = _TASKS_OF_YEAR.search(name) if date is not None and not _REVIEWED.search(name) else None
    if date is not None and tasks and date.precision == "year" and tasks.group(1) == date.value[:4]:
        return None  # `Hội nghị triển khai nhiệm vụ năm 2026`: the year planned, held at the end of the year before or early in it
    if date is not None and tasks and date.precision in ("day", "month") and int(date.value[5:7]) >= 11 \
            and not re.search(r"(?:19|20)\d{2}", date.text):
        return in_year(date, str(int(tasks.group(1)) - 1))  # `Ngày 25/12, ... triển khai nhiệm vụ năm 2026`: in December 2025
    announced = _ANNOUNCED.search(name)
    if date is not None and announced and date.precision in ("day", "month") and not re.search(r"(?:19|20)\d{2}", date.text):
        return in_year(date, str(int(announced.group(1)) + 1))  # `hội nghị công bố chỉ số PAR INDEX ... năm 2018` in May 2019
    reviewed = _REVIEWED.search(name) or _reviewed_then_next(name)
    if date is not None and reviewed and date.precision in ("day", "month") and not re.search(r"(?:19|20)\d{2}", date.text):
        held = int(reviewed.group(1)) + (0 if int(date.value[5:7]) >= 6 else 1)  # `tổng kết công tác năm 2025` on 30/12
        return in_year(date, str(held))  # is 2025-12-30, on 15/1 it is 2026-01-15: a year is reviewed at its end
    if date is None or year is None or review(name) or date.precision not in ("day", "month") or re.search(r"(?:19|20)\d{2}", date.text) \
            or date.value[:4] == year or re.search(r"(?<!\w)(?i:nay)(?!\w)", date.text):
        return date  # (`Sáng nay (16/6)`: the day of publication, whatever year the name gives)
    if int(year) == int(date.value[:4]) - 1 and (date.value[5:7] in ("01", "02") or re.search(r"(?i:giải thưởng|trao giải|đạt giải|vinh danh|tôn vinh|chứng nhận|công nhận)", name)) \
            or int(year) == int(date.value[:4]) + 1 and date.value[5:7] in ("11", "12") and re.search(r"(?i:xuân|tết)(?!\w)", name):
        return date  # `Lễ trao giải ... năm 2022` on `Tối 6/1` of 2023, `Giải thưởng ... năm 2017` in April 2018, `Hội chợ Xuân 2024` in December 2023
    return in_year(date, year)


# a verb that launches what the mention after it names, held later (`phát động Cuộc thi X năm 2026`)
LAUNCHED = re.compile(r"(?<!\w)(?i:phát động|khởi động|ra mắt)\s+(?:(?i:cuộc thi|chương trình|giải thưởng)\s+)?$")


# `công bố chỉ số cải cách hành chính (PAR INDEX) ... năm 2018`: a year's index, ranking or report, published the next year
_ANNOUNCED = re.compile(r"(?i:công bố)\s+(?:(?i:kết quả)\s+)?(?i:chỉ số|bảng xếp hạng|xếp hạng|báo cáo thường niên)[^\d]{0,200}?"
                        r"(?i:năm)\s+((?:19|20)\d{2})(?!\d|\s*[-–]\s*\d)")


# `tổng kết công tác năm 2025`: a year's work reviewed (not a named campaign: `tổng kết Tháng Thanh niên năm 2019`)
_REVIEWED = re.compile(r"(?i:tổng kết|sơ kết)[^\dA-ZĐ]{0,80}?(?i:năm)\s+((?:19|20)\d{2})(?!\d|\s*[-–]\s*\d)")


# `tổng kết ... (a long name with capitals) năm 2023 và triển khai các nhiệm vụ năm 2024`: a year reviewed, the next planned
_REVIEW_AND_NEXT = re.compile(r"(?i:tổng kết|sơ kết).*?(?i:năm)\s+((?:19|20)\d{2})(?!\d)[^\d]{0,40}?"
                              r"(?i:triển khai|phương hướng|kế hoạch|nhiệm vụ)[^\d]{0,60}?(?i:năm)\s+((?:19|20)\d{2})(?!\d)")


# `triển khai nhiệm vụ ngành Công Thương năm 2026`, `triển khai kế hoạch năm 2024`: a year's tasks planned
_TASKS_OF_YEAR = re.compile(r"(?i:triển khai|phương hướng|kế hoạch|nhiệm vụ)[^\d]{0,60}?(?i:năm)\s+((?:19|20)\d{2})(?!\d|\s*[-–]\s*\d)")


def _reviewed_then_next(name: str) -> re.Match[str] | None:
    """A review whose name gives the year reviewed and then the next year's tasks, however long the name between."""
    m = _REVIEW_AND_NEXT.search(name)
    return m if m and int(m.group(2)) == int(m.group(1)) + 1 else None


def in_year(date: DateFact, year: str) -> DateFact:
    """The same day or month in another year (or the date itself when that day does not exist)."""
    value = year + date.value[4:]
    try:
        date_type.fromisoformat(value if date.precision == "day" else value + "-01")
    except ValueError:
        return date
    return DateFact(text=date.text, value=value, precision=date.precision, evidence=date.evidence)


def framed_year(mentions: list[Any]) -> str | None:
    """The year of the frame that opens the sentence of one of the mentions (`Trong khuôn khổ ... Tuần Du lịch – Văn hóa
    Lai Châu năm 2022, ngày 15/4, ... tổ chức Lễ ra mắt X`): a day the sentence writes without a year is in it."""
    for m in mentions:
        frame = _FRAMED_YEAR.match(m.sentence.text[:m.start])
        if frame:
            return frame.group(1)
    return None


_FRAMED_YEAR = re.compile(r"\W*(?i:trong khuôn khổ|bên lề|nhân dịp)\s[^,.;]{0,160}?(?i:năm)\s+((?:19|20)\d{2})(?!\d)[^,.;]{0,40},")
