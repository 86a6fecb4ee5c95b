"""When a word of the `stop` class (`event_words.tsv`) does not end an event's name where it stands.

    Thắp sáng đường quê                                  `sáng` with no day or `nay` after it: no time of day
    Hội nghị cấp bộ trưởng các nước tham gia Hiệp định X  `tham gia` after the actors an event is for: describes them
    Hội thi trưng bày “Gian hàng đẹp”                    a purpose verb with its quoted title
"""

from __future__ import annotations

import re

_DAYPART = re.compile(r"(?i:sáng|chiều|tối|trưa)")
_DAYPART_TIME = re.compile(r"(?i:sáng|chiều|tối|trưa)(?:\s+(?:\d|(?i:nay|qua|mai|cùng|ngày|hôm|thứ|sớm|mùng|mồng|muộn|chủ nhật)"
                           r"(?!\w))|\s*[,.;:)]|\s*$)")
_ACTOR_JOINS = re.compile(r"(?<!\w)(?i:doanh nghiệp|DN|nước|quốc gia|thành viên|hộ|hợp tác xã|HTX|địa phương|nhà đầu tư)"
                          r"(?:\s+(?i:nhỏ và vừa|vừa và nhỏ))?(?:\s+[A-ZĐ][\w.]*)*\s+$")
_TAKE_PART = re.compile(r"(?i:tham gia)\s+(?!(?i:vào|với|cùng)(?!\w))\w")
_QUOTE = re.compile(r"\s*[“\"«]")


def no_daytime(stop: str, rest: str) -> bool:
    """Whether a stop that names a time of day (`sáng`, `chiều`) has no day or `nay` after it (`Thắp sáng đường quê`,
    `chiếu sáng`): then it is part of a word, not a time."""
    return _DAYPART.fullmatch(stop.strip()) is not None and not _DAYPART_TIME.match(rest)


def kept(text: str, pos: int, i: int, words: int, purpose: re.Match[str] | None) -> bool:
    """Whether the stop at `i` stays in the name that goes on from `pos`: `tham gia` after the actors the event is for
    (`doanh nghiệp VN | tham gia chuỗi cung ứng`, not `tham gia với`), or a purpose followed by its quoted title
    (`trưng bày “Gian hàng đẹp”`)."""
    rest = text[i:]
    if words and _TAKE_PART.match(rest) and _ACTOR_JOINS.search(text[pos:i]):
        return True
    return purpose is not None and _QUOTE.match(rest, purpose.end()) is not None
