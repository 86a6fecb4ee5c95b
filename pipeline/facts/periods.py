"""Periods a figure refers to, where its sentence says them: the `year` and `period` of a figure.

    năm 2024, trong năm 2024, cả năm 2024        -> 2024                 year 2024
    quý III/2023, quý 3 năm 2023, quý I (2024)   -> 2023-Q3              year 2023
    6 tháng đầu năm 2023, nửa đầu năm 2023       -> 2023-H1              year 2023
    9 tháng đầu năm 2024, 9 tháng năm 2024       -> 2024-01/2024-09      year 2024
    tháng 5/2024, tháng 5 năm 2024               -> 2024-05              year 2024
    giai đoạn 2021-2025, từ năm 2021 đến 2025    -> 2021/2025            no year
    năm nay (published 2024), năm ngoái          -> 2024, 2023

A period without its year (`6 tháng đầu năm`, `quý I`, `năm nay`) takes the publication year, and is left
out when the article has none. Periods that are a point of comparison or a start (`so với năm 2023`,
`cùng kỳ năm trước`, `từ tháng 6/2019`, `sinh năm`, `thành lập năm`) are not a figure's period.
A figure takes the nearest period of its own clause, else a period of the sentence's first clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.language.analysis import Sentence

_Y = r"((?:19|20)\d{2})"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_BOUNDARY = re.compile(r"[,;:()\[\]]|\s[-–]\s|\s(?:và|còn|trong khi)\s")
_NOT_OWN = re.compile(r"(?i:(?:so\s+với|cùng\s+kỳ|kể\s+từ|từ|sau|trước|sinh|SN|thành\s+lập|bắt\s+đầu|kể)(?:\s+(?:năm|đầu|cuối|ngày))?\s*)$")


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    year: int | None
    value: str


def _months(first: int, last: int, year: int) -> str:
    if (first, last) in ((1, 6), (7, 12)):
        return f"{year}-H{1 if first == 1 else 2}"
    if first == last:
        return f"{year}-{first:02d}"
    if last - first == 2 and first % 3 == 1:
        return f"{year}-Q{last // 3}"
    return f"{year}-{first:02d}/{year}-{last:02d}"


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("span", re.compile(rf"(?i:giai\s+đoạn|thời\s+kỳ|từ\s+năm|trong\s+các\s+năm)\s+{_Y}\s*(?:-|–|đến|tới)\s*(?i:năm\s+)?{_Y}(?!\d)")),
    ("months", re.compile(rf"(\d{{1,2}})\s+(?i:tháng)\s+(?:(?i:(đầu|cuối))\s+)?(?i:năm)(?:\s+{_Y}(?![\d/-])|(?!\s*\d))")),
    ("half", re.compile(rf"(?i:nửa|bán\s+niên)\s+(?i:(đầu|cuối))?\s*(?i:năm)(?:\s+{_Y}(?![\d/-])|(?!\s*\d))")),
    ("quarter", re.compile(rf"(?i:quý)\s+(I{{1,3}}|IV|[1-4])(?:\s*(?:[/.-]\s*|\s+(?i:năm)\s+){_Y}(?!\d)|\s+(?i:năm\s+nay)(?!\w)|(?![\w/]))")),
    ("month", re.compile(rf"(?<!\d\s)(?<!\d)(?i:tháng)\s+(\d{{1,2}})\s*(?:[/.-]\s*|\s+(?i:năm)\s+){_Y}(?![\d/])")),
    ("year", re.compile(rf"(?i:năm|niên\s+vụ)\s+{_Y}(?![\d/-])")),
    # the last months or years up to the story (`giai đoạn 9 tháng vừa qua`): a period to skip, of no month it names
    ("recent", re.compile(r"(?:(?i:giai\s+đoạn)\s+)?\d{1,2}\s+(?i:tháng|năm)\s+(?i:vừa\s+qua|qua|gần\s+đây)(?!\w)")),
    ("this_year", re.compile(r"(?i:năm\s+nay|năm\s+ngoái|năm\s+qua)(?!\w)")),
]


def _value(kind: str, m: re.Match[str], published_year: int | None) -> tuple[int | None, str] | None:
    g = m.groups()
    if kind == "span":
        first, last = int(g[0]), int(g[1])
        return (None, f"{first}/{last}") if first < last else None
    if kind == "months":
        n, part = int(g[0]), (g[1] or "đầu").lower()
        year = int(g[2]) if g[2] else published_year
        if year is None or not 1 <= n <= 12:
            return None
        first, last = (1, n) if part == "đầu" else (13 - n, 12)
        return year, _months(first, last, year)
    if kind == "half":
        year = int(g[1]) if g[1] else published_year
        if year is None:
            return None
        return year, f"{year}-H{1 if (g[0] or 'đầu').lower() == 'đầu' else 2}"
    if kind == "quarter":
        year = int(g[1]) if g[1] else published_year
        return (year, f"{year}-Q{_ROMAN[g[0].lower()]}") if year else None
    if kind == "month":
        month, year = int(g[0]), int(g[1])
        return (year, f"{year}-{month:02d}") if 1 <= month <= 12 else None
    if kind == "year":
        return int(g[0]), g[0]
    if kind == "recent":
        return None
    if published_year is None:
        return None
    year = published_year if m.group().lower().split()[-1] == "nay" else published_year - 1
    return year, str(year)


def in_sentence(sentence: Sentence, published_year: int | None) -> list[Period]:
    """The periods a sentence names that can be a figure's own (not comparisons or starting points)."""
    text = sentence.text
    found: list[Period] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            if _NOT_OWN.search(text[max(0, m.start() - 20):m.start()]):
                continue
            clause_start = max((b.end() for b in _BOUNDARY.finditer(text, 0, m.start())), default=0)
            if re.search(r"(?i:so\s+với|cùng\s+kỳ)", text[clause_start:m.start()]):
                continue
            value = _value(kind, m, published_year)
            if value is not None:
                found.append(Period(m.start(), m.end(), value[0], value[1]))
    return sorted(found, key=lambda p: p.start)


def spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every period expression of a text, comparisons included: what a subject phrase skips."""
    return [(m.start(), m.end()) for _, pattern in _PATTERNS for m in pattern.finditer(text)]


def for_figure(sentence: Sentence, periods: list[Period], start: int, end: int) -> Period | None:
    """The period of the figure at `text[start:end]` of the sentence: the nearest one of its clause, else one of
    the sentence's first clause (`Năm 2023, ... đạt 11,76 tỷ đồng`), else None."""
    if not periods:
        return None
    text = sentence.text
    cuts = [0] + [b.end() for b in _BOUNDARY.finditer(text)] + [len(text)]
    clause_start = max(c for c in cuts if c <= start)
    clause_end = min((c for c in cuts if c >= end), default=len(text))
    own = [p for p in periods if p.start >= clause_start and p.end <= clause_end]
    if own:
        return min(own, key=lambda p: (p.start > start, abs(p.start - start)))
    first_end = min((c for c in cuts if c > 0), default=len(text))
    leading = [p for p in periods if p.end <= first_end and p.end <= start]
    return leading[-1] if leading else None
