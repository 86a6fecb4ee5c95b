"""Relative dates (`tuần trước`, `tháng trước`, `năm ngoái`, `năm nay`, `3 ngày trước`, `2 tuần trước`),
resolved by dateparser against the publication date, each at its own precision.

`find(text, published)` yields `(start, end, value, precision)` for each relative expression of a
sentence: `năm ngoái` in an article of 2024-05-15 is `2023` (year), `tháng trước` is `2024-04` (month),
`3 ngày trước` is `2024-05-12` (day). The expressions are the rows of `lexicons/relative_dates.tsv`.

Left out, as they are not dates counted back from the day of publication: an article without a
publication date (nothing to count from); `trước đó`/`trước khi` (before another event, not before
publication: `2 năm trước khi ...`); `những năm trước`, `các tháng trước` (a vague span); `10 năm nay`, `nhiều năm nay`
(a duration: for ten years now); and
`cùng kỳ năm trước`/`so với năm ngoái` (the baseline of a comparison, which is about the figure, not a date
the article reports).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache

from pipeline.facts.lexicon import rows

_FORMATS = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
_NOT_AFTER = r"(?!\s+(?:đó|khi|nữa|kia)\b)(?!\w)"
_NOT_BEFORE = r"(?i:(?<!\w)(?<!\d\s)(?<!hai\s)(?<!ba\s)(?<!mười\s)(?<!vài\s)(?<!bao\s)(?<!những\s)(?<!các\s)(?<!mấy\s)(?<!nhiều\s)(?<!cùng kỳ\s)(?<!so với\s))"


@lru_cache(maxsize=1)
def _table() -> list[tuple[re.Pattern[str], str, str]]:
    """(pattern, what dateparser is given with `N` for the number, precision), longest expressions first."""
    out = []
    for written, given, precision in sorted(rows("relative_dates.tsv"), key=lambda r: -len(r[0])):
        body = re.escape(written).replace(r"\ ", r"\s+").replace("N", r"(\d{1,3})")
        out.append((re.compile(rf"{_NOT_BEFORE}(?i:{body}){_NOT_AFTER}"), given, precision))
    return out


@lru_cache(maxsize=1)
def _dateparser():
    import dateparser  # its Vietnamese data ships with the package

    return dateparser


def resolve(expression: str, published: date, precision: str) -> str | None:
    """The ISO value of one relative expression (as dateparser is to read it) counted back from `published`."""
    base = datetime(published.year, published.month, published.day, 12)
    parsed = _dateparser().parse(expression, languages=["vi"],
                                 settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})
    return parsed.strftime(_FORMATS[precision]) if parsed else None


def find(text: str, published: date | None) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, ISO value, precision) of each relative date in `text`, none when `published` is None."""
    if published is None:
        return
    taken: list[tuple[int, int]] = []
    for pattern, given, precision in _table():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            value = resolve(given.replace("N", m.group(1)) if m.groups() else given, published, precision)
            if value:
                taken.append((m.start(), m.end()))
                yield m.start(), m.end(), value, precision
