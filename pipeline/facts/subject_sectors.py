"""Whole names of what a figure measures that the noun phrase left of it cuts.

The industrial sectors of the statistics office: `cung cấp nước, hoạt động quản lý và xử lý rác thải, nước thải` and `sản
xuất và phân phối điện, khí đốt, nước nóng, hơi nước và điều hòa không khí`, the two sectors of the industrial production
index whose names hold commas and verbs (`quản lý`, `xử lý`, `phân phối`), so that reading the noun phrase left of a figure
keeps only their tail (`nước thải`; fifty-eighth session, set P144). A figure right after one of them, past a verb of change,
measures that sector. A trade balance told by its verb (`Bình Phước xuất siêu hơn 400 triệu USD`): `xuất siêu của Bình
Phước`, not the province alone. And an item of a `;`-separated statistics list whose change is written with its sign
(`...; xe có động cơ chở được từ 5 người trở lên +203,5%`): the whole item, not the tagger's `xe`."""

from __future__ import annotations

import re

_SECTOR = re.compile(
    r"(?:(?i:ngành)\s+)?(?:(?i:công nghiệp)\s+)?"
    r"(?:(?i:cung cấp nước),?\s+(?i:hoạt động quản lý và xử lý rác thải),?\s+(?i:nước thải)"
    r"|(?i:sản xuất và phân phối điện),?\s+(?i:khí đốt),?\s+(?i:nước nóng),?\s+(?i:hơi nước)(?:,?\s+(?i:và điều hòa không khí|và điều hoà không khí))?)")
# between the sector and its figure: nothing, or words of change and estimate (`tăng`, `tương ứng tăng`, `ước đạt`)
_GAP = re.compile(r"\s*(?:(?i:tương ứng|lần lượt|ước|cũng|chỉ|đã|vẫn)\s+)*(?:(?i:tăng|giảm|đạt|ước đạt|tăng trưởng)\s+)?"
                  r"(?:(?i:khoảng|hơn|gần|trên|dưới)\s+)?$")


def sector(text: str, start: int, subject: str | None) -> str | None:
    """The whole sector named right before the figure at `start` of `text` when `subject` is a part of it, else `subject`."""
    found = None
    for m in _SECTOR.finditer(text, 0, start):
        gap = _GAP.match(text, m.end(), start)
        if gap is not None and gap.end() == start:
            found = m
    if found is None or (subject is not None and subject.lower() not in found.group().lower()):
        return subject
    return " ".join(found.group().split())


# a trade balance told by its verb right before its figure (`Bình Phước xuất siêu hơn 400 triệu USD`)
_BALANCE = re.compile(r"(?<!\w)((?i:xuất siêu|nhập siêu))\s+(?:(?i:khoảng|hơn|gần|trên|đạt|ước đạt|ước|lên tới|lên đến|tới|được)\s+)*$")


def balance(text: str, start: int, subject: str | None) -> str | None:
    """The trade balance whose verb stands right before the figure at `start` of `text`, of the `subject` read before the
    verb (`xuất siêu của Bình Phước`; fifty-eighth session, set P144: the province alone said nothing of what the sum is), else
    `subject`."""
    m = _BALANCE.search(text, 0, start)
    if m is None or m.end() != start or (subject is not None and m.group(1).lower() in subject.lower()):
        return subject
    verb = m.group(1).lower()
    return f"{verb} của {subject}" if subject else verb


# an item of a statistics list whose change is written with its sign (`Thức ăn chăn nuôi +12,5%; sản phẩm bằng plastic +18,7%`)
_SIGNED = re.compile(r"\s*[+]\s*$")
_SIGNED_BRACKET = re.compile(r"\s*\(\s*[+-]\s*$")  # `túi xách (+46,2%)`: the sign in brackets after the item
_LIST_OPEN = re.compile(r"(?:^|[;:]|(?<!\w)(?i:như|gồm|là)\s*:?)\s*$")


def signed_item(text: str, start: int, subject: str | None) -> str | None:
    """The whole item a `+N%` of a `;`-separated statistics list measures, from the `;` (or the list's opening `như:`) before it
    to its sign (`máy kết hợp từ hai chức năng trở lên: in, quét, copy, fax... +6,8%`, `xe có động cơ chở được từ 5 người trở lên
    +203,5%`: the tagger's noun phrase keeps only `xe`; fifty-eighth session, set P147), when the sentence signs two figures or
    more; else `subject`."""
    bracketed = _SIGNED_BRACKET.search(text, 0, start)
    if bracketed and len(re.findall(r"\(\s*[+-]\s*\d", text)) >= 2:  # `như: mạch in khác (+132,9%), ..., thép thanh, thép ống (+70,4%)`
        head = text[:bracketed.start()]  # (s60, set P159): the item from the bracket before it, or the list's opening
        opened = re.search(r"(?<!\w)(?i:như|gồm)\s*:\s*(?!.*(?<!\w)(?i:như|gồm)\s*:)", head)
        cut = max(head.rfind(")") + 1, head.rfind(";") + 1, opened.end() if opened else 0)
        item = head[cut:].strip(" .…,") if cut > 0 else ""
        return item if item and len(item.split()) <= 10 and not re.search(r"\d", item) else subject
    sign = _SIGNED.search(text, 0, start)
    if sign is None or sign.end() != start or len(re.findall(r"[+]\s*\d", text)) < 2:
        return subject
    head = text[:sign.start()]
    opened = re.search(r"(?<!\w)(?i:như|gồm)\s*:\s*(?!.*(?<!\w)(?i:như|gồm)\s*:)", head)
    cut = max(head.rfind(";") + 1, opened.end() if opened else 0)
    item = head[cut:].strip(" .…,") if cut > 0 else ""
    if not item or "(" in item or len(item.split()) > 14 or re.search(r"\d\s*%", item) or (subject and subject.lower() not in item.lower()):
        return subject
    return item
