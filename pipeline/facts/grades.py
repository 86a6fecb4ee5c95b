"""Percentages that name a grade of a product, not a quantity: `gạo 5% tấm` (rice with 5% broken grains), `vàng 99,99%`,
`kẽm thỏi 99,95% đạt 12.500 tấn` (a metal's, an acid's or an ore's purity before its output).

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
    if _GOLD.search(before) and re.fullmatch(r"99[,.]9+\s*%", text[start:end].strip()) is not None:
        return True  # `vàng 99,99%`
    return _MATERIAL.search(before) is not None and re.fullmatch(r"\d{1,2}(?:[,.]\d+)?\s*%", text[start:end].strip()) is not None \
        and _OUTPUT_AFTER.match(text, end) is not None  # `kẽm thỏi 99,95% đạt 12.500 tấn`, `axit sunfuaric 96% đạt ...`


# a metal, an acid or an ore a grade names before its output (s60, set P159): `kẽm thỏi 99,95%`, `axit sunfuaric 96%`, `tinh quặng
# chì oxit 20%`, `đồng tấm cathode hàm lượng đồng 99,95%`
_MATERIAL = re.compile(r"(?<!\w)(?i:kẽm|đồng|thiếc|chì|nhôm|vàng|bạc|niken|axit|axít|tinh quặng|quặng|cathode|hàm lượng)(?:\s+(?!(?i:tăng|giảm|đạt|chiếm|là|khoảng|hơn|gần|trên|với|bằng|tới|đến|còn|ở|tại|có)(?!\w))[^\W\d]+){0,3}\s+$")
_OUTPUT_AFTER = re.compile(r"\s*(?:,\s*)?(?i:đạt|ước đạt|là|được|sản xuất|khoảng)?\s*\d")
