"""A measure taken over a list of places that a comma splits: the walk back from the figure stops at the comma and keeps
only the list's last item.

    tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu, lối mở trên địa bàn TP Móng Cái đạt 2.280 triệu USD
        -> tổng kim ngạch xuất nhập khẩu hàng hóa qua các cửa khẩu, lối mở trên địa bàn TP Móng Cái   (not `lối mở ...`)

When the subject read is written right after `<measure> ... qua|tại|ở|trên|của các <places>,` at the start of its clause,
it is the last of those places, and the measure with the whole list is the subject."""

from __future__ import annotations

import re

_MEASURES = r"(?i:tổng kim ngạch|kim ngạch|tổng giá trị|giá trị|sản lượng|doanh thu|doanh số|tổng mức|lượng hàng|lượng|số lượng|lượt khách)"
_OPENED = re.compile(rf"(?:^|[;:]\s*|,\s+(?=[a-zà-ỹđ]))(?P<head>{_MEASURES}(?:\s+[^\s,;:.]+){{0,8}}?\s+(?i:qua|tại|ở|trên|của)\s+(?i:các|những)"
                     r"(?:\s+[^\s,;:.]+){1,4}),\s*$")


def listed_places(text: str, start: int, subject: str | None) -> str | None:
    """`subject` with the measure and the places listed before it when it is the last item of that list (see the module);
    else `subject`."""
    if not subject or len(subject.split()) > 10:
        return subject
    at = text.rfind(subject, 0, start)
    if at < 0:
        return subject
    opened = _OPENED.search(text[:at])
    if opened is None or re.search(r"\d", opened.group("head")):
        return subject
    return f"{opened.group('head')}, {subject}"
