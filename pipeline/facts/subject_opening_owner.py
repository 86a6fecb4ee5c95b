"""A bare value after `với` whose owner opens the sentence, across a passive or its investor: `Hàng hóa được huy động với
tổng trị giá gần 12.000 tỷ đồng` (`tổng trị giá của Hàng hóa được huy động`), `Dự án mở rộng Nhà máy phân đạm Hà Bắc do
Công ty X là chủ đầu tư với tổng trị giá 568,6 triệu USD` (`tổng trị giá của Dự án mở rộng Nhà máy phân đạm Hà Bắc`).

A value word alone (`tổng trị giá`, `tổng vốn đầu tư`, `tổng kinh phí`) says nothing of what it is the value of; when the
sentence opens with a thing and goes on with a passive verb (`được huy động`, `đã được dự trữ`) or with who invests in it
(`do X (là|làm) chủ đầu tư`) right up to `với`, the thing owns the value (fifty-fourth session, sets P112, P113).
"""

from __future__ import annotations

import re

_VALUES = frozenset({"tổng trị giá", "trị giá", "tổng giá trị", "giá trị", "tổng vốn", "tổng vốn đầu tư", "vốn đầu tư", "tổng mức đầu tư",
                     "tổng kinh phí", "kinh phí", "tổng kinh phí đầu tư", "tổng số vốn"})
_OPENING = re.compile(r"^\W*(?P<thing>[^\W\d_][^,;:()]{2,90}?)\s+(?:(?P<passive>(?:(?:đã|sẽ|đang|vừa|cũng)\s+)*được\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?)"
                      r"|(?:do|với)\s+[^,;:]{2,80}?\s+(?:là\s+|làm\s+)?chủ đầu tư)\s*,?\s+với\s+(?P<value>[^\W\d_][\w\s]{1,30}?)\s*"
                      r"(?:(?:khoảng|hơn|gần|trên|lên tới|lên đến|là|đạt)\s*)?$", re.IGNORECASE)


def opening_owner(before: str, subject: str | None) -> str | None:
    """The value `subject` of the thing that opens the sentence (see the module), `before` being the sentence up to the
    figure; else `subject`."""
    if subject is None or subject.strip().lower() not in _VALUES:
        return subject
    m = _OPENING.match(before)
    if m is None or m["value"].strip().lower() != subject.strip().lower() or not m["thing"][:1].isupper() or re.match(
            r"(?:Đây|Đó|Đấy|Nay|Hiện)(?!\w)", m["thing"]):  # (`Đây là dự án ... do X làm chủ đầu tư`: the copula's, no thing named)
        return subject
    thing = m["thing"].strip()
    return f"{subject} của {thing} {m['passive'].strip()}" if m["passive"] else f"{subject} của {thing}"


# the first item after `gồm` with its own measure (`Danh sách gồm KCN X (huyện Y) có diện tích lớn nhất 1.143 ha; KCN Z,
# diện tích 1.000 ha`): the item's, not the list's (set P112)
_FIRST_ITEM = re.compile(r"(?<!\w)(?:gồm|bao gồm)\s*:?\s+(?P<item>[A-ZĐ][^,;:()]{1,80}?)\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:có|với)\s+"
                         r"(?P<measure>(?:tổng\s+)?(?:diện tích|công suất|quy mô|vốn đầu tư|tổng vốn|chiều dài))(?:\s+(?:quy hoạch|lớn nhất|"
                         r"nhỏ nhất|khoảng|hơn|gần|trên|là))*\s*$", re.IGNORECASE)


def first_item(before: str, subject: str | None) -> str | None:
    """The measure of the first item after `gồm` (see above) in place of a subject that names the list or only the measure,
    `before` being the sentence up to the figure; else `subject`."""
    m = _FIRST_ITEM.search(before)
    if m is None or subject is not None and subject.lower() not in (m["measure"].lower(), "danh sách") and subject not in before[:m.start()]:
        return subject
    return f"{m['measure'].lower()} của {m['item'].strip()}"
