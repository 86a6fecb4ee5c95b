"""An amount written `với` right after a count of the vehicles or lots that carry some goods is the amount of those
goods (s65, set P190):

    hoa quả 1.837 xe với 43.301 tấn, bột sắn 1.076 xe với 43.863 tấn      43.863 tấn: `khối lượng bột sắn`
    tôm, cua, cá sống 5.050 xe với 16.187 tấn                              16.187 tấn: `khối lượng tôm, cua, cá sống`

The goods are the words between the `;` or `:` before the count and the count (from the last comma when another item's
figures come between), one to six words with no number and no verb of a clause; only an amount with no subject of its
own (or one naming the carriers, `xe`, or some of the goods, `quặng sắt`) takes them. A weight or volume is their `khối lượng`, money their `trị giá`.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_LEAD = re.compile(r"^\s*(?:(?i:trong đó|gồm|còn|và|riêng)\s*[,:]?\s*)*")
_CLAUSE = re.compile(r"(?<!\w)(?i:tăng|giảm|được|bị|đã|sẽ|đang|đạt|là|có|chiếm|với|xuất|nhập|thông quan)(?!\w)")
_MEASURE = {"tonne": "khối lượng", "m3": "khối lượng", "VND": "trị giá", "USD": "trị giá", "EUR": "trị giá"}


def with_count(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` written `với` after a count of carriers take the goods carried (see the module)."""
    for n, f in enumerate(out):
        if f.unit not in _MEASURE:
            continue
        counted = _COUNT_WITH.search(sentence.text, 0, f.evidence.start - sentence.start)
        if counted is None:
            continue
        at = counted.start()
        cut = max(sentence.text.rfind(c, 0, at) for c in ";:")
        if re.search(r"\d", sentence.text[cut + 1:at]):
            cut = sentence.text.rfind(",", 0, at)  # `..., bột sắn 1.076 xe`: an item after another's figures ends at the comma
            # (but `; tôm, cua, cá sống 5.050 xe`: goods listed with commas)
        goods = _LEAD.sub("", sentence.text[cut + 1:at]).strip()
        if not 1 <= len(goods.split()) <= 6 or re.search(r"\d", goods) or _CLAUSE.search(goods) or goods[:1].isupper() and n == 0 and cut < 0:
            continue
        carrier = counted.group(1).lower()
        if f.subject and carrier not in f.subject.lower().split() and f.subject.lower() not in goods.lower():
            continue  # (a subject of its own: `đón 1.200 xe với 30.000 tấn hàng`)
        out[n] = f.model_copy(update={"subject": f"{_MEASURE[f.unit]} {goods}"})
    return out


# a count of carriers or lots right before `với` and the amount (`1.076 xe với`, `12 chuyến với`, `300 container với`)
_COUNT_WITH = re.compile(r"(?<![\d.,])\d[\d.]*\s+((?i:xe|chuyến|container|lô|lô hàng|tàu|toa|phương tiện|tờ khai))\s+(?i:với)\s+"
                         r"(?:(?i:khoảng|gần|hơn|trên|tổng cộng)\s+)?$")
