"""A trade told as its volume of goods and then its value (s61, the blind verdicts of set P168):

    quý I/2023, Việt Nam xuất khẩu được 18.685 tấn quế với tổng kim ngạch đạt 54,8 triệu USD
        18.685 tấn: `xuất khẩu quế của Việt Nam`; 54,8 triệu USD: `tổng kim ngạch xuất khẩu quế`

A weight or volume right after `xuất khẩu` or `nhập khẩu` (`được` may follow) and before the goods' lower-case words is
that trade in those goods, of the holder named right before the verb (a capitalised name; not the last of a list of acts:
`chế biến, tiêu thụ và xuất khẩu 75.000 tấn quả tươi`); a value right after them, past a
comma, `với`, `đạt` and `tổng`, whose subject is only a measure of value (`kim ngạch`, `trị giá`, `giá trị`, with the
trade or the holder), is that measure of the same trade.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_WEIGHTS = frozenset({"tonne", "kg", "m3", "litre"})
_TRADE_BEFORE = re.compile(r"(?:(?P<owner>[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,3})\s+)?(?P<verb>(?i:xuất khẩu|nhập khẩu))(?:\s+(?i:được))?\s+$")
_GOODS = re.compile(r"\s+(?P<goods>[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,2}?)(?=\s*(?:,|\s(?i:với|và|đạt|tăng|giảm|trị giá|kim ngạch)\s|[.;]|$))")
_VALUE_BETWEEN = re.compile(r"\s*,?\s*(?:(?i:với)\s+)?(?P<measure>(?:(?i:tổng)\s+)?(?i:kim ngạch|trị giá|giá trị))(?:\s+(?i:xuất khẩu|nhập khẩu))?"
                            r"\s+(?:(?i:đạt|là|ước đạt)\s+)?$")
_BARE_VALUE = re.compile(r"(?:(?i:tổng)\s+)?(?i:kim ngạch|trị giá|giá trị)(?:\s+(?i:xuất khẩu|nhập khẩu))?(?:\s+(?i:của)\s+.+)?")


def volume_and_value(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` that tell a trade's volume of goods and its value (see the module)."""
    base, text = sentence.start, sentence.text
    for k, f in enumerate(out):
        if f.unit not in _WEIGHTS:
            continue
        trade = _TRADE_BEFORE.search(text, 0, f.evidence.start - base)
        if trade is not None and re.search(r"(?:,|(?<!\w)(?i:và|hoặc|hợp đồng))\s*$", text[:trade.start("verb")]):
            continue  # `chế biến, tiêu thụ và xuất khẩu 75.000 tấn quả tươi`: one of several acts on the goods; `ký hợp đồng xuất khẩu
            # được 1,2 triệu tấn gạo`: what the contracts hold
        goods = _GOODS.match(text, f.evidence.end - base) if trade else None
        if trade is None or goods is None or goods.group("goods").split()[0] in ("hàng", "các", "những", "sản", "mỗi"):
            continue
        verb, stuff = trade.group("verb").lower(), goods.group("goods")
        owner = trade.group("owner")
        out[k] = f.model_copy(update={"subject": f"{verb} {stuff}" + (f" của {owner}" if owner else "")})
        if k + 1 < len(out):
            g = out[k + 1]
            value = _VALUE_BETWEEN.fullmatch(text, goods.end(), g.evidence.start - base) if g.unit in ("USD", "VND") else None
            if value and (g.subject is None or _BARE_VALUE.fullmatch(g.subject) or g.subject == stuff):
                out[k + 1] = g.model_copy(update={"subject": f"{value.group('measure')} {verb} {stuff}"})
    return out
