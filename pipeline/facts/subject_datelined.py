"""Whose a bare measure is when the sentence opens with a province and a colon, as headlines and leads do (`Bắc Giang: Giá
trị sản xuất công nghiệp 6 tháng đầu năm 2016 tăng 20%`: `Giá trị sản xuất công nghiệp của Bắc Giang`; forty-third
session: blind judges read the bare measure as wrong where the sentence names whose it is)."""

from __future__ import annotations

import re

from pipeline.facts.lexicon import load
from pipeline.facts.subject_lexicon import entries, low

_OPENING = re.compile(r"\W*(?P<place>(?:(?:tỉnh|thành phố|TP\.?)\s+)?(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){0,3}))\s*:\s+")
_PERIOD = re.compile(r"\s+(?:(?:\d+|sáu|chín)\s+tháng|quý|năm|tháng|nửa)\b.*$", re.I)


def datelined(text: str, subject: str | None, unit: str | None) -> str | None:
    """`subject` of the province that opens the sentence before a colon when it is a bare measure (`Kim ngạch xuất
    khẩu`, `Doanh thu du lịch`, with its period); else `subject`."""
    opening = _OPENING.match(text)
    if subject is None or opening is None or unit == "count" or " của " in subject:
        return subject
    if load().province(opening.group("name")) is None:
        return subject
    measure = _PERIOD.sub("", subject)
    words = low(measure).split()
    if not any(entries().kinds.get(tuple(words[:n]), ("",))[0] in ("measure", "attribute") for n in range(1, min(len(words), 4) + 1)):
        return subject
    return f"{subject} của {opening.group('place')}"
