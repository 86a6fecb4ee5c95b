"""Counts of one kind listed place by place, each the things of its place (s60, set P158):

    Huyện Thanh Hà có nhiều cơ sở nhất với 4 cơ sở, huyện Kim Thành có 3 cơ sở, thị xã Kinh Môn 2 cơ sở.
        3 cơ sở: `cơ sở của huyện Kim Thành`; 2 cơ sở: `cơ sở của thị xã Kinh Môn`

In a sentence with two counts or more of the same counted noun, a count left with only that noun as its subject takes
the place that opens its clause (after a comma, `;` or the start), a capitalised name with or without its local unit
(`huyện`, `thị xã`, `xã`, ...), or a numbered group (`nhóm 1`, `loại II`: since s61, set P160), followed by `có`, `với`
or nothing but a qualifier before the count.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_UNIT = r"(?i:huyện|thị xã|thành phố|tỉnh|xã|phường|quận|thị trấn)"
_PLACED = re.compile(rf"(?:^|[,;:]\s*|\s(?i:và|còn)\s+)(?P<place>{_UNIT}\s+[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){{0,3}}"
                     r"|(?i:nhóm|loại|hạng|khối)\s+(?:\d{1,2}|[IVX]{1,4}|[A-ZĐ])(?!\w)"  # (a group numbered: `nhóm 1 có 30 sản phẩm`, s61)
                     r"|(?!(?i:huyện|thị|thành|tỉnh|xã|phường|quận|trong|ngoài|theo|tại|với|riêng|còn)\s)[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){1,3})"
                     r"\s+(?:(?i:có|với|là|đạt|chỉ có|cũng có)\s+)?(?:(?i:khoảng|hơn|gần|trên|tới|chừng)\s+)?$")


def placed(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with a bare count of a listed kind given the place that opens its clause (see the module)."""
    base = sentence.start
    for n, f in enumerate(out):
        counted = low(f.counted or "")
        if f.unit != "count" or not counted or low(f.subject or counted) != counted \
                or sum(g.unit == "count" and low(g.counted or "") == counted for g in out) < 2:
            continue
        m = _PLACED.search(sentence.text, 0, f.evidence.start - base)
        if m:
            place = m.group("place")
            place = place[0].lower() + place[1:] if re.match(_UNIT, place) else place  # (`Huyện X` opening the sentence: `huyện X`)
            out[n] = f.model_copy(update={"subject": f"{counted} của {place}"})
    return out

