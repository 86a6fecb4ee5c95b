"""What a count counts when the sentence names more than one noun for it.

- A list of kinds of one family after the counted noun counts them all: `18 huyện, thị, thành`, `hơn 60 doanh nghiệp,
  hợp tác xã và cơ sở sản xuất`, `200 doanh nghiệp, HTX, tổ hợp tác`. The families are administrative units and
  producers or traders; the list stops at a word of no family, a number (`20 doanh nghiệp, 5 HTX` is two counts) or a
  kind followed by a name (`5 huyện và thành phố Vinh`: one named city).
- A grade of stars right after the counted noun says which ones are counted: `2 sản phẩm 5 sao`, `52 sản phẩm đạt 4 sao`,
  `sản phẩm từ 3 sao trở lên` (OCOP ratings).
"""

from __future__ import annotations

import re

_ADMIN = ("tỉnh", "thành phố", "thành", "tp", "thị xã", "thị trấn", "thị", "huyện", "quận", "xã", "phường", "địa phương")
_TRADERS = ("doanh nghiệp", "dn", "hợp tác xã", "htx", "tổ hợp tác", "tht", "cơ sở sản xuất kinh doanh", "cơ sở sản xuất",
            "cơ sở", "hộ kinh doanh", "hộ sản xuất", "làng nghề", "đơn vị", "tổ chức", "công ty", "nhà cung cấp", "tiểu thương",
            "thương nhân", "nghệ nhân", "chủ thể")


def _family(noun: str) -> tuple[str, ...] | None:
    last = noun.lower().split(",")[-1].strip()
    return next((f for f in (_ADMIN, _TRADERS) if last in f), None)


def listed(text: str, end: int, noun: str) -> int:
    """Where the list of kinds of the counted noun `noun` (ending at `text[end]`) ends; `end` when none follows."""
    family = _family(noun)
    if family is None:
        return end
    at = end
    while (joint := _JOINT.match(text, at)) is not None:
        p = joint.end()
        kind = max((k for k in family if text[p:p + len(k)].lower() == k and not text[p + len(k):p + len(k) + 1].isalnum()),
                   key=len, default=None)  # the longest kind there (`thành phố`, not `thành`)
        named = r"\s+[A-ZĐ]" if family is _ADMIN else r"\s+[A-ZĐ][a-zà-ỹđ]"  # (`chủ thể OCOP`, `doanh nghiệp FDI`: kinds still)
        if kind is None or re.match(rf"{named}|\s*\d", text[p + len(kind):]):
            break  # (`và thành phố Vinh`, `và Công ty Honda`: one named, no kind; `, 5 HTX`: another count)
        at = p + len(kind)
        if re.match(r"\s+(?i:và|hoặc)\s", joint.group()):
            break  # `A, B và C`: the last item
    return at


_JOINT = re.compile(r"(?:\s*,\s*|\s+(?i:và|hoặc)\s+)(?:(?i:các)\s+)?")


_STARS = re.compile(r"\s+(?:(?i:đạt|đạt chuẩn|được xếp hạng|xếp hạng|hạng)\s+)?(?:(?i:từ|trên)\s+)?\d\s*(?i:sao)(?!\w)(?:\s+(?i:trở lên))?")


def graded(text: str, end: int, counted: str | None, subject: str | None) -> str | None:
    """The counted noun with its star grade (`sản phẩm 5 sao`) when one follows the count ending at `text[end]` and the
    subject is none or the bare noun; else `subject`."""
    stars = _STARS.match(text, end)
    if stars is None or not counted or subject is not None and subject.lower() != counted.lower():
        return subject
    return f"{counted}{stars.group()}"
