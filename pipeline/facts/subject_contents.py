"""Money held in a container, and goods traded named after their value: what the sum is, not what holds or moves it.

`trả lại chiếc ví có 44 triệu đồng`: the sum is the cash in the wallet (`tiền trong chiếc ví`), not the wallet, which holds
papers too; `Việt Nam đã xuất khẩu 38 triệu USD các sản phẩm mực, bạch tuộc sang Hàn Quốc`: the sum is the value of the
goods exported (`kim ngạch xuất khẩu các sản phẩm mực, bạch tuộc`), not the bare verb.
"""

from __future__ import annotations

import re

_CONTAINER = re.compile(r"(?:(?i:chiếc|cái|những chiếc|các)\s+)?(?i:ví tiền|ví|túi xách|túi|bao tải|bao|két sắt|két|hộp|thùng|cặp|"
                        r"ba lô|balo|phong bì|bao thư)(?:\s+\S+){0,3}")
_HOLDS = re.compile(r"\s*\(?\s*(?:(?i:bên trong|trong)\s+)?(?i:có|chứa|đựng)\s+(?:(?i:tổng cộng|khoảng|hơn|gần|tới|lên tới|số tiền)\s+)*$")
_TRADED = re.compile(r"\s+(?!(?i:và|hoặc|hay|so|tăng|giảm|bằng|chiếm|trong|của|với|là|đạt|mỗi|trên|năm|tháng)\s)"
                     r"(?P<goods>(?:(?i:các|những)\s+)?[^\W\d_][^,.;:()\"“”]{1,60}?)(?=\s+(?i:sang|vào|tới|đến|từ|trong|qua|cho|và)(?!\w)"
                     r"|\s*[,.;:()]|\s*$)")


def contents(text: str, start: int, end: int, subject: str | None, money: bool) -> str | None:
    """`subject` of the sum from `text[start]` to `[end]`: `tiền trong <container>` when the subject is a container that has
    it right before the sum; `kim ngạch <xuất|nhập> khẩu <goods>` when the subject is the bare verb of trade and the goods
    follow the sum; else `subject`."""
    if subject is None or not money:
        return subject
    if _CONTAINER.fullmatch(subject):
        at = text.rfind(subject, 0, start)
        if at >= 0 and _HOLDS.fullmatch(text[at + len(subject):start]):
            return f"tiền trong {subject}"
    if subject.lower() in ("xuất khẩu", "nhập khẩu"):
        goods = _TRADED.match(text, end)
        what = re.sub(rf"^(?i:{re.escape(subject)})\s+", "", goods.group("goods")) if goods else ""  # (`chi 29 triệu USD nhập khẩu X`)
        if what:
            return f"kim ngạch {subject.lower()} {what}"
    return subject
