"""Which things a count counts when its subject is only its counted noun but its clause opens with the group they are:
a group, trade or field that has them (`Nhóm sản phẩm chế biến nông, lâm, thủy sản và thực phẩm có 35 sản phẩm`, or as
a label, `– Nhóm sản phẩm thủ công mỹ nghệ: 32 sản phẩm`: the group), or a craft that people or households do (`dệt thổ
cẩm có hơn 1.000 người, đan lát có trên 1.700 người`: `người dệt thổ cẩm`, `người đan lát`); or the people a count of
persons restates (`khách tham quan sự kiện khoảng 8.000-10.000 người`: `khách tham quan sự kiện`)."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Sentence

_QUALIFIERS = r"(?:(?i:khoảng|gần|hơn|trên|tới|đến|chừng|xấp xỉ)\s+)*"
_LINKS = r"(?:(?i:cũng|chỉ|đã|hiện|đều|vẫn|hiện nay)\s+)*"
_OPEN = r"(?:^|[,;]\s*|:\s*)(?:[-–•+*]\s*)?(?:(?i:trong đó|riêng|còn|cụ thể|dự kiến|ước tính|hiện nay|hiện)\s*,?\s*)?"
_GROUP = re.compile(rf"{_OPEN}(?P<group>(?i:nhóm|ngành|lĩnh vực|phân nhóm)\s[^\d;:()]{{3,90}}?)\s*(?::|{_LINKS}(?i:có))\s+{_QUALIFIERS}$")
_CRAFT = re.compile(rf"{_OPEN}(?P<act>[a-zà-ỹđ][^\d,;:()]{{2,40}}?)\s+{_LINKS}(?i:có)\s+{_QUALIFIERS}$")
# people named right before a count of persons with only a link or a qualifier between: the count restates them
_PEOPLE = re.compile(rf"{_OPEN}(?P<who>(?i:khách|du khách|khách tham quan|khách hàng|người lao động|lao động|đại biểu|học viên|thí sinh|"
                     rf"công nhân|người dân|người tham dự|người tham gia)(?:\s[^\d,;:()]{{0,40}}?)?)\s+(?:(?i:đạt|là|ước đạt|ước|lên tới|lên đến)\s+)?"
                     rf"{_QUALIFIERS}$")
# an earlier item of the same list: a craft, `có`, its count and the counted noun, then a comma
_LISTED_CRAFT = re.compile(rf"{_OPEN}(?P<act>[a-zà-ỹđ][^\d,;:()]{{2,40}}?)\s+{_LINKS}(?i:có)\s+{_QUALIFIERS}[\d.,]+\s+"
                           r"(?P<counted>[^\d\s,;:()]+(?:\s[^\d\s,;:()]+){0,2})\s*,\s*")
_DOERS = frozenset({"người", "hộ", "hộ gia đình", "lao động", "cơ sở", "thợ", "nghệ nhân"})


def grouped(sentence: Sentence, start: int, counted: str | None, subject: str | None) -> str | None:
    """The subject of a count at `sentence.text[start]` (see the module) when `subject` is only its counted noun; else
    `subject`."""
    if not counted or (subject and low(subject) != low(counted)):
        return subject
    before = sentence.text[:start]
    group = _GROUP.search(before)
    if group:
        return group.group("group").strip()
    who = _PEOPLE.search(before) if low(counted) in ("người", "lượt", "lượt người", "lượt khách") else None
    if who:
        return who.group("who").strip()  # `khách tham quan sự kiện khoảng 8.000-10.000 người`: the visitors it counts
    craft = _CRAFT.search(before)
    if craft and low(counted) in _DOERS:
        # a craft the tagger reads as a verb, or one listed after such a craft with the same count (`đan lát/N có ...`)
        earlier = (m for m in _LISTED_CRAFT.finditer(before, 0, craft.start("act")) if low(m.group("counted")) == low(counted))
        if _acts(sentence, craft.start("act")) or any(_acts(sentence, m.start("act")) for m in earlier):
            return f"{low(counted)} {craft.group('act')}"
    return subject


def _acts(sentence: Sentence, at: int) -> bool:
    """Whether the word at `sentence.text[at]` is tagged a verb."""
    first = next((t for t in sentence.tokens if t.start == sentence.start + at), None)
    return first is not None and first.pos == "V"
