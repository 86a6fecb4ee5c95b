"""Items of a list told by period, each the measure of the first (s57, from set P135):

    Năm 2010, doanh thu của Canon là hơn 1,4 tỷ USD thì năm 2011 tăng lên là 1,6 tỷ USD; năm 2012 là 1,85 tỷ USD; năm 2013
    là 1,86 tỷ USD, còn 10 tháng năm 2014 là 1,36 tỷ USD
        each amount: `doanh thu của Canon`

An amount with no subject whose words since the figure before name only a period (`năm 2013`, `tháng 5`, `quý III`, `10
tháng năm 2014`, `6 tháng đầu năm`) and a link (`là`, `đạt`, `tăng lên`, `chỉ còn`, ...) takes the subject of that figure,
when both have the same unit.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_PERIOD = r"(?:(?:\d{1,2}\s+)?(?i:tháng)(?:\s+(?i:đầu|cuối))?\s+)?(?i:năm|tháng|quý|vụ|niên vụ)\s+(?:\d{1,4}(?:[/-]\d{2,4})?|[IVX]{1,4})(?:\s*[/-]\s*\d{4})?"
_ITEM = re.compile(rf"\s*[,;]?\s*(?:(?i:còn|và|thì|đến|sang|tới|riêng)\s+)?{_PERIOD}\s*,?\s*"
                   r"(?:(?i:tăng lên|giảm xuống|tăng|giảm|chỉ|ước|đã|cũng|lại|dự kiến)\s+)*"
                   r"(?:(?i:là|đạt|còn|lên|xuống|ở mức|đạt mức|lên mức)\s+)?(?:(?i:khoảng|hơn|gần|trên|tới|xấp xỉ|chỉ)\s+)?")


def period_items(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with each period's item given the measure of the item before it (see the module)."""
    base = sentence.start
    for k in range(1, len(out)):
        f, before = out[k], out[k - 1]
        if before.subject is None or f.unit != before.unit or f.unit == "percent" or (f.subject is not None and not (
                f.unit == "count" and f.subject == f.counted and before.subject.startswith("nhu cầu "))):
            continue  # (a count only after a need read for the first: `cần tuyển 10.500 lao động; năm 2026 tăng lên 15.000 lao động`)
        if _ITEM.fullmatch(sentence.text, before.evidence.end - base, f.evidence.start - base):
            out[k] = f.model_copy(update={"subject": before.subject})
    return out
