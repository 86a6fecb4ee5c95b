"""A share a named body contributes or holds is its stake (s65, set P191):

    gồm Công ty Lưới điện Phương Nam Trung Quốc (CSG) góp 55% vốn, Công ty Điện lực quốc tế Trung Quốc (CPIH) góp 40%
        40%: `tỷ lệ vốn góp của Công ty Điện lực quốc tế Trung Quốc (CPIH)`, was `Công ty Điện lực quốc tế Trung Quốc`
    Tập đoàn X nắm giữ 51% cổ phần                          51%: `tỷ lệ sở hữu của Tập đoàn X`

The body is the words between the separator before it (`,`, `;`, `:`, `gồm`, `trong đó`) and the verb (`góp`, `góp vốn`,
`nắm giữ`, `sở hữu`; not `đóng góp`, a share of a whole), a firm, group, bank or fund named with its head (`Công ty`,
`Tập đoàn`, ...) or a side (`phía Thái Lan`) in at most twelve words and no clause word (`đang`, `là`, `hiện`, ...); the verb is right before the
percentage.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_STAKE = re.compile(r"(?P<owner>(?:(?:phía|bên)\s+)?[A-ZĐ][^,;:]{1,90}?)\s+(?<!đóng\s)(?P<verb>(?i:góp vốn|góp|nắm giữ|sở hữu))\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?$")
_BODY = re.compile(r"(?:Công ty|Tập đoàn|Tổng [Cc]ông ty|Ngân hàng|Quỹ|Tổ hợp|Liên danh|Liên doanh)\s+\S")
_SIDE = re.compile(r"(?:phía|bên)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,3}")  # a party named as a country's side (`phía Thái Lan`, s66 set P198)
_CLAUSE = re.compile(r"(?<!\w)(?i:đang|đã|là|hiện|cũng|mà|khi|do|chỉ|với|sẽ|vẫn)(?!\w)")


def stakes(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The percentages of `out` a named body contributes or holds, as its stake (see the module)."""
    for n, f in enumerate(out):
        if f.unit != "percent":
            continue
        before = sentence.text[:f.evidence.start - sentence.start]
        cut = max(before.rfind(c) for c in ",;:")
        m = _STAKE.search(before, cut + 1)
        if m is None:
            continue
        owner = re.split(r"(?<!\w)(?i:gồm|trong đó)\s+", before[cut + 1:m.start("verb")].strip())[-1]  # (`Dự án gồm | Công ty X`)
        owner = re.sub(r"^(?i:và|còn)\s+", "", owner)
        parts = re.split(r"\s(?i:và|còn)\s+", owner)
        owner = parts[-1] if len(parts) > 1 and re.search(r"\d", owner) else owner  # (`phía A góp 71% vốn và | phía B góp 29%`)
        if not (_BODY.match(owner) or _SIDE.fullmatch(owner)) or _CLAUSE.search(owner) or len(owner.split()) > 12:
            continue
        measure = "tỷ lệ vốn góp" if m["verb"].lower().startswith("góp") else "tỷ lệ sở hữu"
        out[n] = f.model_copy(update={"subject": f"{measure} của {owner}"})
    return out
