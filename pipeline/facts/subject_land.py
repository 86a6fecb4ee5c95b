"""Land a place has: the area of the crop or land after the figure, the place's (`Bình Thuận hiện còn hơn 280.000 ha rừng
tự nhiên`: `diện tích rừng tự nhiên của Bình Thuận`).

An area read as the crop or land named after it (`subjects.subject`: `Tỉnh X có 800ha mía` is of the sugar cane, not the
province) leaves out whose land it is, which the clause that opens with the place and `có`/`còn` says. An area of a land
named before it (`Lai Châu có diện tích rừng (là) 453.520 ha`), read as the place or as none, is that land's, the place's
(`diện tích rừng của Lai Châu`; s62, set P174).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import country_only, place_only

_AREAS = frozenset({"ha", "m2", "km2"})
_HAS = re.compile(r"(?P<place>[^,;:()]+?)\s+(?:(?i:hiện|hiện nay|đã|vẫn|còn|hiện còn|cũng|đang|chỉ|hiện đang)\s+)*(?i:có|còn)\s+"
                  r"(?:(?i:khoảng|hơn|gần|trên|tới|chừng|gần như|tổng cộng)\s+)?$")


def land_of(text: str, start: int, end: int, subject: str | None, unit: str | None) -> str | None:
    """`diện tích <subject> của <place>` for an area from `text[start]` to `[end]` whose subject is the land named right
    after it and whose clause opens with a province, a city or the country that has it; else `subject`."""
    if subject is None or unit not in _AREAS or not text[end:].lstrip().lower().startswith(subject.lower()):
        return subject
    clause = re.split(r"[,;:]\s*", text[:start])[-1]
    has = _HAS.fullmatch(clause)
    place = re.sub(r"^(?i:hiện nay|hiện tại|hiện|đến nay|tính đến nay)\s+", "", has.group("place").strip()) if has else ""  # (`Hiện | toàn tỉnh`)
    return f"diện tích {subject} của {place}" if place and (place_only(place) or country_only(place)) else subject


_HAS_AREA = re.compile(r"(?P<place>[^,;:()]+?)\s+(?:(?i:hiện|hiện nay|đã|vẫn|còn|hiện còn|cũng|đang|chỉ|hiện đang)\s+)*(?i:có|còn)\s+"
                       r"(?P<area>(?:(?i:tổng)\s+)?(?i:diện tích)\s+(?P<land>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,4}?))\s+"
                       r"(?:(?i:là|đạt|vào khoảng|khoảng|hơn|gần|trên|tới|chừng)\s+)*$")


def area_named_before(text: str, start: int, subject: str | None, unit: str | None) -> str | None:
    """`diện tích <land> của <place>` for an area from `text[start]` whose clause opens with a place that has the area of
    a land named before the figure (see the module), read as the place or as none; else `subject`."""
    if unit not in _AREAS or subject is not None and not (place_only(subject) or country_only(subject)):
        return subject
    has = _HAS_AREA.fullmatch(re.split(r"[,;:]\s*", text[:start])[-1])
    place = re.sub(r"^(?i:hiện nay|hiện tại|hiện|đến nay|tính đến nay)\s+", "", has.group("place").strip()) if has else ""
    if not place or not (place_only(place) or country_only(place) or subject is not None and place.endswith(subject)):
        return subject
    return f"{has.group('area')} của {place}" if has else subject

