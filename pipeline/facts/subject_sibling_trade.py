"""A bare trade measure listed after a measure of some goods in the same sentence is that trade of those goods (s64, set
P185):

    lượng thép tiêu thụ giảm gần 1%, đạt hơn 21 triệu tấn và xuất khẩu giảm 2,8%      2,8%: `xuất khẩu thép`
    Sản xuất thép thành phẩm tăng trung bình 4%/năm; xuất khẩu tăng 14%/năm          14%: `xuất khẩu thép thành phẩm`

Only a bare `xuất khẩu`, `nhập khẩu`, `tiêu thụ` or `sản xuất` takes them, from the nearest figure before it whose subject
is such a measure of lower-case goods (`lượng X tiêu thụ`, `sản xuất X`); a name (`VICEM`) is no goods.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_BARE = frozenset({"xuất khẩu", "nhập khẩu", "tiêu thụ", "tiêu thụ nội địa", "sản xuất"})
_ACTS = r"(?i:tiêu thụ|sản xuất|bán ra|bán hàng|xuất khẩu|nhập khẩu)"
_GOODS = r"(?P<goods>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,3}?)"
_AMOUNT_OF = re.compile(rf"(?i:lượng|sản lượng|khối lượng)\s+{_GOODS}\s+{_ACTS}")
_ACT_OF = re.compile(rf"{_ACTS}\s+{_GOODS}(?P<owner>\s+(?i:của)\s+[^,;:()]+)?")


def _goods(subject: str) -> str | None:
    m = _AMOUNT_OF.fullmatch(subject) or _ACT_OF.fullmatch(subject)
    if not m or _MARKETS.match(m["goods"]):
        return None  # (`tiêu thụ nội địa`: where, no goods)
    return m["goods"] + (m.groupdict().get("owner") or "")  # (`sản xuất thép thô của các thành viên Hiệp hội ... và tiêu thụ`:
    # the same members' sales of the same goods, s66 set P195)


_MARKETS = re.compile(r"(?:nội địa|trong nước|toàn quốc|cả nước|nước ngoài)(?!\w)")


def sibling(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` whose bare trade measure takes the goods of the measure before it (see the module)."""
    for n, f in enumerate(out):
        if (f.subject or "").lower() not in _BARE:
            continue
        earlier = [g.subject for g in out[:n] if g.subject and g.subject.lower() != (f.subject or "").lower()]
        goods = _goods(earlier[-1]) if earlier else None
        if goods:
            out[n] = f.model_copy(update={"subject": f"{f.subject} {goods}"})
            after = out[n + 1] if n + 1 < len(out) else None
            if after is not None and after.unit == "percent" and re.fullmatch(r",\s*(?i:tăng|giảm)\s*", sentence.text[
                    f.evidence.end - sentence.start:after.evidence.start - sentence.start]):
                out[n + 1] = after.model_copy(update={"subject": out[n].subject})  # (`tiêu thụ 4,9 triệu tấn, tăng 29%`: its change)
    return out
