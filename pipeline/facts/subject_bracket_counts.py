"""A count in brackets after the item of a list it counts the things of (s63, sets P182):

    ... trên các lĩnh vực như du lịch (14 dự án), nông nghiệp ứng dụng công nghệ cao (19 dự án), môi trường (8 dự án)
        14 dự án -> dự án du lịch;  8 dự án -> dự án môi trường
    ... các thị trường Hà Nội (12 doanh nghiệp), Đà Nẵng (5 doanh nghiệp)   -> doanh nghiệp của Hà Nội

The bare counted noun says nothing of which things are counted; the item the bracket follows does.
"""

from __future__ import annotations

import re

# the item right before the bracket: back to a comma, `;`, `:`, or a list's opener (`như`, `gồm`, `là`, `và`)
_ITEM = re.compile(r"(?:^|[,;:]|(?<!\w)(?i:như|gồm|bao gồm|là|và|trong đó|từ))\s*(?P<item>[^\W\d](?:(?!(?<!\w)(?i:như|gồm|là|và|từ)\s)[^,;:()\d]){0,60}?)\s*\(\s*$")
_NOT_ITEM = re.compile(r"(?<!\w)(?i:tổng|cả|toàn|đã|được|có|với|đạt|tăng|giảm)(?!\w)")  # a clause or a total, no item


def bracket_count(before: str, after: str, counted: str | None, subject: str | None) -> str | None:
    """`<counted> <item>` for a count written alone in brackets (`text` before it ends with `(`, after it starts with `)`)
    right after the item of a list whose things it counts, when `subject` is only the counted noun; else `subject`."""
    if not counted or (subject or "").lower() != counted.lower() or not re.match(r"\s*\)", after):
        return subject
    m = _ITEM.search(before)
    if m is None or _NOT_ITEM.search(m.group("item")) or len(m.group("item").split()) > 8:
        return subject
    item = m.group("item").strip()
    named = all(w[:1].isupper() or not w[:1].isalpha() for w in item.split())  # (a place, a country, a firm: whose they are)
    return f"{counted} của {item}" if named else f"{counted} {item}"
