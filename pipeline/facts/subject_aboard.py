"""People counted aboard a vehicle: the people, not the vehicle (`Tàu chở hơn 190 người`: `người trên Tàu`).

A count of people read with a ship, a boat, a bus or a plane as its subject (`tàu Vina Express chở 92 người bị cháy`,
`tàu cá của anh có 9 người`, `trên tàu có 4 người`) counts who were aboard it; the vehicle is where they are. Not a
capacity (`tàu có thể chở 4 người`) nor a comparison (`ít hơn 15 người so với ...`), which measure the vehicle.
"""

from __future__ import annotations

import re

_VEHICLE = re.compile(r"(?i:tàu|xe|ô tô|máy bay|thuyền|chuyến bay|chuyến tàu|ca nô|xuồng|phà|trực thăng)(?!\w)")
_CARRIES = re.compile(r"\s*(?:(?i:đã|đang|vừa|khi đó|lúc đó|lúc này|khi ấy)\s+)*(?i:chở|có|chở theo|mang theo)\s+"
                      r"(?:(?i:khoảng|hơn|gần|trên|tới|đến|chừng|tổng cộng|tổng số|cả)\s+)?$")
_PEOPLE = frozenset({"người", "hành khách", "khách", "thuyền viên", "ngư dân", "lao động", "thủy thủ", "thuỷ thủ", "du khách"})


def aboard(text: str, start: int, counted: str | None, subject: str | None) -> str | None:
    """`subject` of the count of people at `text[start]`, read as the people aboard the vehicle `subject` names when the
    vehicle carries or has them right before the figure; else `subject`."""
    if subject is None or (counted or "").lower() not in _PEOPLE or not _VEHICLE.match(subject):
        return subject
    at = text.rfind(subject, 0, start)
    if at < 0 or not _CARRIES.fullmatch(text[at + len(subject):start]):
        return subject  # (not `tàu có thể chở 4 người`, `có thủy thủ đoàn 60 người, ít hơn 15 người`)
    return f"{counted.lower() if counted else 'người'} trên {subject}"


# goods a vehicle carries or a shipment holds, written before `với` and a mass (`chuyến xe chở quả sầu riêng tươi với hơn 17,4
# tấn`: the durian, not the lorry)
_CARGO = re.compile(r"(?<!\w)(?i:chở|chở theo|vận chuyển|chuyên chở|xuất khẩu|nhập khẩu|thông quan)\s+(?P<goods>(?:(?i:lô hàng|lô|container|"
                    r"mặt hàng)\s+)?[a-zà-ỹđ][^\W\d]*(?:\s+[^\W\d]+){0,5}?)\s*,?\s+(?i:với)\s+(?:(?i:khoảng|hơn|gần|trên|tới|chừng|tổng cộng)\s+)?$")
_MASSES = frozenset({"tonne", "kg"})


def cargo(text: str, start: int, unit: str | None, subject: str | None) -> str | None:
    """For a mass at `text[start]` after `với` that follows the goods a vehicle carries or a shipment holds (`chở quả sầu
    riêng tươi với hơn 17,4 tấn`): those goods, in place of the vehicle or nothing; else `subject`."""
    if unit not in _MASSES:
        return subject
    carried = _CARGO.search(text[:start])
    if carried is None or (subject and subject.lower() in carried.group("goods").lower()):
        return subject
    return carried.group("goods")


# A vessel or a tank right before its size, a mass or a volume (`đặt tổng đoạn đấu đà tàu 22.500 tấn`, `rò rỉ ... từ bồn
# chứa 10m3`, `seri 7 con tàu hóa chất 13.000 tấn xuất khẩu`): the size is its tonnage or capacity (set P113); a berth's
# (`bến sà lan 500 tấn`) is the berth's, and a size each vessel has (`sản lượng bình quân mỗi tàu 2 - 3 tấn`) is no tonnage.
_VESSEL = re.compile(r"(?:(?<!\w)(?i:con|chiếc)\s+)?(?<!\w)(?<!(?i:bến)\s)(?<!(?i:cảng)\s)(?<!(?i:mỗi)\s)(?P<thing>(?P<head>(?i:tàu|bồn|bồn chứa|bể|bể chứa|xe bồn|sà lan|xà lan|téc|bình chứa))"
                     r"(?:\s+(?!(?i:có|là|đạt|với|khoảng|hơn|gần|trên|dung tích|trọng tải|công suất)(?!\w))[^\W\d_]+){0,3})\s+$")
_SIZE = {"tonne": "trọng tải", "m3": "dung tích", "litre": "dung tích"}


def vessel_size(text: str, start: int, end: int, unit: str | None, subject: str | None) -> str | None:
    """The tonnage or capacity of the vessel or tank named right before the size at `text[start:end]` (see above), in
    place of no subject, of words read after the size or of a phrase that ends with it; else `subject`."""
    m = _VESSEL.search(text, 0, start) if unit in _SIZE else None
    if m is None or m.end() != start or subject is not None and not text[end:].lstrip(" ,").lower().startswith(subject.lower()) \
            and not subject.lower().endswith(m["thing"].lower()):  # (`nhà máy đóng tàu hạ thủy | tàu chở hàng` + 34.000 tấn)
        return subject
    if re.search(r"(?i:chở|chứa|vận chuyển|chở theo|mang)$", m["thing"]) and not m["thing"].lower().endswith(("bồn chứa", "bể chứa", "bình chứa")):
        return subject  # `Tàu chở | 3.000 tấn gạo`: the cargo, not the tonnage
    head = m["head"].lower()
    measure = "trọng tải" if head.startswith(("tàu", "sà lan", "xà lan")) and unit == "tonne" else _SIZE[unit or ""]
    return f"{measure} {m['thing']}"
