"""A works named right before a rate of goods over time is measured by its capacity (s64, set P184):

    Nhà máy sản xuất PAC 30.000 tấn/năm          30.000 tấn: `công suất của Nhà máy sản xuất PAC`
    nhà máy xử lý rác 500 tấn/ngày               500 tấn: `công suất của nhà máy xử lý rác`

The works alone names no measure; an amount of goods each year or day that it stands before is what it can make or take.
"""

from __future__ import annotations

import re

_WORKS = re.compile(r"(?i:nhà máy|xưởng|phân xưởng|dây chuyền|lò|tổ hợp|khu liên hợp|cảng|kho|bến|trạm)(?!\w)")
_GOODS_UNITS = frozenset({"tonne", "m3", "litre", "count"})  # (not energy: `X triệu kWh/năm` is what a plant yields, no capacity)
_TIMES = frozenset({"năm", "ngày", "giờ", "tháng", "ca"})


def capacity(before: str, subject: str | None, unit: str | None, per: str | None) -> str | None:
    """`công suất của <subject>` when `subject`, a works with no measure of its own, is written right before the figure
    (`before`: the sentence's text up to the figure) and the figure is goods per time; else `subject`."""
    if subject is None or per not in _TIMES or unit not in _GOODS_UNITS or not _WORKS.match(subject) or " của " in subject:
        return subject
    if not re.search(rf"{re.escape(subject)}\s*(?:(?i:khoảng|hơn|gần|trên|với|đạt|là)\s+)?$", before):
        return subject  # (only a works the figure follows: not `Nhà máy ... đã tiêu thụ 30 tấn/ngày`)
    return f"công suất của {subject}"
