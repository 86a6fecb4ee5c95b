"""What a holder exports or imports, read from its verb: `toàn tỉnh đã xuất khẩu được trên 3,4 tỷ USD` (the province's
export turnover, `kim ngạch xuất khẩu của toàn tỉnh`), `toàn tỉnh đã xuất siêu 4 tỷ USD` (`xuất siêu của toàn tỉnh`).

The rules leave such a sum without a subject when the holder is a place (a place is where an amount is, not what it
is of) and give the bare verb when it is named (`Tỉnh Bình Dương xuất khẩu 3,4 tỷ USD`: `xuất khẩu`). A sum of money
right after a verb of trade (`xuất khẩu`, `nhập khẩu`, `xuất siêu`, `nhập siêu`, with `đã` or `được` around it; not before `đạt`, where the verb is the noun: `xuất khẩu đạt`)
whose clause opens with its holder is that holder's trade; a holder that names a person, a pronoun or a time is none.
Fifty-fourth session, from the verdicts of set P112. A mass with no subject whose passive verb of trade or making
follows it is the amount so traded (`khoảng 90.000 tấn được tiêu thụ trong nước`: `sản lượng tiêu thụ trong nước`; set P114).
"""

from __future__ import annotations

import re

_TRADE = re.compile(r"(?:^|[,;:]\s+|\.\s+)(?P<holder>[^\W\d_][^,;:.()\"“”]{1,60}?)\s+(?:(?i:đã|cũng|vẫn|đều|sẽ|ước|dự kiến|mới|chỉ|tiếp tục)\s+)*"
                    r"(?P<verb>(?i:xuất khẩu|nhập khẩu|xuất siêu|nhập siêu))(?:\s+(?i:được))?\s+$")  # (not `xuất khẩu đạt`: exports, a noun)
_NO_HOLDER = re.compile(r"(?i:ông|bà|anh|chị|tôi|chúng tôi|họ|nó|năm|tháng|quý|trong|theo|sau|trước|khi|nếu|để|có thể|"
                        r"dự kiến|hàng năm|mỗi năm|kim ngạch|giá trị|tổng|sản lượng|lượng|mặt hàng|hàng hóa|hàng|sản phẩm)(?!\w)")
_TURNOVER = {"xuất khẩu": "kim ngạch xuất khẩu", "nhập khẩu": "kim ngạch nhập khẩu", "xuất siêu": "xuất siêu", "nhập siêu": "nhập siêu"}


def traded_by(before: str, subject: str | None) -> str | None:
    """The holder's trade (see the module) for a sum whose sentence up to it is `before`, when no subject was found or
    only the verb of trade; else `subject`."""
    m = _TRADE.search(before)
    if m is None or subject is not None and subject.strip().lower() != m["verb"].lower():
        return subject
    holder = m["holder"].strip()
    if _NO_HOLDER.match(holder) or len(holder.split()) > 8 or re.search(r"(?i:xuất|hoạt động)$", holder):
        return subject
    return f"{_TURNOVER[m['verb'].lower()]} của {holder}"


# a mass whose passive verb of trade or making comes right after it (`khoảng 90.000 tấn được tiêu thụ trong nước`): the
# amount so traded or made (set P114)
_PASSIVE_AFTER = re.compile(r"\s*,?\s*(?:(?i:đã|sẽ|đang|cũng)\s+)?(?i:được)\s+(?P<verb>(?i:tiêu thụ|xuất khẩu|nhập khẩu|sản xuất|thu hoạch|"
                            r"chế biến|thu mua|bán ra|bán))(?P<rest>(?:\s+(?i:trong nước|ra nước ngoài|nội địa|tại chỗ|sang\s+[A-ZĐ][\w]*"
                            r"(?:\s+[A-ZĐ][\w]*)*|qua\s+[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?))?)(?!\w)")


def passive_amount(after: str, unit: str | None, subject: str | None) -> str | None:
    """`sản lượng <verb> <where>` for a mass with no subject whose passive verb of trade or making follows it (see above),
    `after` being the sentence after the figure; else `subject`."""
    m = _PASSIVE_AFTER.match(after) if subject is None and unit == "tonne" else None
    return f"sản lượng {m['verb'].lower()}{m['rest']}" if m else subject


# a mass right after a named holder's verb of trade whose goods follow it (`Việt Nam xuất khẩu 2,14 triệu tấn gạo`): the goods
# so traded, of that holder (s62, set P174); a holder that is no name keeps the goods alone (`nhà máy sản xuất 12.000 tấn ...`)
_MADE = re.compile(r"(?:^|[,;:]\s+)(?:(?i:riêng|còn|hiện|hiện nay|năm nay)\s+)?(?P<holder>[A-ZĐ][^\s,;:.()\"“”]*(?:\s+[A-ZĐ][^\s,;:.()\"“”]*){0,4})"
                   r"\s+(?:(?i:đã|cũng|vẫn|đều|sẽ|ước|dự kiến|mới|chỉ|tiếp tục|mỗi năm|hàng năm|hằng năm)\s+)*"
                   r"(?P<verb>(?i:xuất khẩu|nhập khẩu))(?:\s+(?i:được))?\s+$")
_MASSES = frozenset({"tonne", "m3", "litre"})


def goods_traded(before: str, after: str, unit: str | None, subject: str | None) -> str | None:
    """`<verb> <goods> của <holder>` for a mass right after a named holder's verb of trade whose subject is the goods
    written right after it (see above), `before` and `after` the sentence around the figure; else `subject`."""
    m = _MADE.search(before) if unit in _MASSES and subject and " của " not in subject else None
    if m is None or _NO_HOLDER.match(m["holder"]) or not re.match(rf"\s*(?:/\s*\w+\s+)?{re.escape(subject or '')}(?!\w)", after):
        return subject
    return f"{m['verb'].lower()} {subject} của {m['holder']}"


# a mass right after a verb that handles waste or goods, the goods written after it (`xử lý 200–300 tấn rác mỗi ngày`, `Bắc Ninh mỗi
# ngày phát sinh khoảng 1.100 tấn rác thải sinh hoạt`): the amount so handled, of the name that opens the clause (s64, set P183)
_HANDLED = re.compile(r"(?:^|[,;:]\s+)(?:(?P<holder>[A-ZĐ][^\s,;:.()\"“”]*(?:\s+[A-ZĐ][^\s,;:.()\"“”]*){0,4})\s+)?"
                      r"(?:(?i:đã|cũng|sẽ|có thể|mỗi ngày|hàng ngày|hằng ngày|mỗi năm|hàng năm|hằng năm|trung bình)\s+)*"
                      r"(?P<verb>(?i:xử lý|tiếp nhận|thu gom|phát sinh|thải ra|tái chế|đốt|chôn lấp))"
                      r"(?:\s+(?i:được|khoảng|hơn|gần|trên|từ|tới|đến|chừng))*\s*$")


def handled(before: str, after: str, unit: str | None, subject: str | None) -> str | None:
    """`lượng <goods> <verb> (của <holder>)` for a mass right after a verb of handling whose subject is the goods written
    right after it (see above), `before` and `after` the sentence around the figure; else `subject`."""
    m = _HANDLED.search(before) if unit in _MASSES and subject and " của " not in subject and not subject.startswith("lượng ") else None
    if m is None or not re.match(rf"\s*{re.escape(subject or '')}(?!\w)", after):
        return subject
    holder = m["holder"] if m["holder"] and not _NO_HOLDER.match(m["holder"]) else None
    return f"lượng {subject} {m['verb'].lower()}" + (f" của {holder}" if holder else "")

