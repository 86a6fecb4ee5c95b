"""More money a named investor puts in: `LGD đầu tư tăng thêm 1,4 tỷ USD`, `Samsung đầu tư thêm 2 tỷ USD vào Bắc Ninh`.

The rules read the investor and its verb as the subject (`LGD đầu tư`), which names who, not what: the sum is the
investor's added capital, `vốn đầu tư tăng thêm của LGD`. Only a capitalised name right before the verb (`đầu tư`, `rót
vốn`, `bơm`) and `thêm`, `tăng thêm`, `bổ sung` right before the sum, and only when the subject found is that name, with
the verb or without it: forty-seventh session, from the verdicts of set P60.
"""

from __future__ import annotations

import re

_MORE = re.compile(r"(?P<owner>(?:(?:[Tt]ập đoàn|[Cc]ông ty|[Tt]ổng công ty|[Nn]hà đầu tư)\s+)?[A-ZĐ][\w&.-]*(?:\s+[A-ZĐ0-9][\w&.-]*){0,6})\s+(?:(?i:đã|sẽ|vừa|tiếp tục|quyết định)\s+)*"
                   r"(?P<verb>(?i:đầu tư|rót vốn|bơm vốn))\s+(?P<more>(?i:tăng thêm|thêm|bổ sung))\s+"
                   r"(?:(?i:khoảng|hơn|gần|trên|gần như)\s+)?$")


def invested_more(before: str, subject: str | None) -> str | None:
    """The added capital of the named investor before the sum (see the module) when `subject` is that investor, else
    `subject`; `before` is the sentence up to the sum."""
    m = _MORE.search(before)
    if m is None or subject is None or subject not in (m["owner"], f"{m['owner']} {m['verb']}"):
        return subject
    return f"vốn đầu tư {m['more'].lower()} của {m['owner']}"
