"""Percentages that name a grade of a product, not a quantity: `gạo 5% tấm` (rice with 5% broken grains), `vàng 99,99%`.

Such a percentage is part of the product's name, so it is no figure of its own; the figure after it keeps the grade in its
subject (`Giá gạo 5% tấm xuất khẩu`).
"""

from __future__ import annotations

import re

_BROKEN_RICE = re.compile(r"(?<!\w)(?i:gạo|nếp)(?:\s+(?i:trắng|thơm|tẻ|jasmine|japonica|hạt dài|thường|xay xát|lứt|5451|ir\s*504|om\s*\d+|"
                          r"đài thơm\s*\d*|st\s*\d+))?\s+$")
_GOLD = re.compile(r"(?<!\w)(?i:vàng)(?:\s+(?i:miếng|nhẫn|trang sức|ta|sjc|pnj|doji|bảo tín|rồng thăng long))*\s+$")


def is_grade(text: str, start: int, end: int) -> bool:
    """Whether the percentage at `text[start:end]` names a product's grade."""
    before = text[max(0, start - 40):start]
    if _BROKEN_RICE.search(before) and re.match(r"\s*(?i:tấm)(?!\w)", text[end:]):
        return True  # `gạo 5% tấm`, `gạo trắng 25% tấm`
    return bool(_GOLD.search(before)) and re.fullmatch(r"99[,.]9+\s*%", text[start:end].strip()) is not None  # `vàng 99,99%`
