"""Prices listed item by item after a first price that names its measure are the prices of each item's goods (s65, set
P190):

    Giá xoài da xanh từ 5.000 - 6.000 đồng/kg; xoài tròn Yên Châu từ 10.000-30.000 đồng/kg; mận loại 2 từ 10.000 đồng/kg
        10.000-30.000 đồng/kg: `giá xoài tròn Yên Châu`, 10.000 đồng/kg: `giá mận loại 2`

An item is the words between the `;` that ends the item before and its rate, past a link (`từ`, `khoảng`, `ở mức`,
`dao động`); it is goods when it is one to six words with no year, no verb of a clause and no price of its own. It
replaces no subject the figure has of its own, only the first price's or its bare goods (`lúa` for `giá lúa`). Only
rates of money take it, and only after a first figure of the sentence whose subject is a price (`Giá X`). Both ends of
a range (`10.000-30.000 đồng`) share one subject.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_PRICE = re.compile(r"((?i:giá)(?:\s+(?i:bán|mua|thu mua|bán lẻ|bán buôn))?)\s+\S")
_LINK = re.compile(r"\s*(?:(?i:có giá|giá|dao động|ở mức|ở|từ|khoảng|trên|dưới|chỉ còn|còn|là|đạt|lên|tăng lên|giảm còn|chừng|gần|hơn)\s*)*$")
_LEAD = re.compile(r"^\s*(?:(?i:trong đó|còn|và|riêng|với)\s*[,:]?\s*)*")
_CLAUSE = re.compile(r"(?<!\w)(?i:tăng|giảm|được|bị|đã|sẽ|đang|cho biết|bán|mua|xuất|nhập|là|có)(?!\w)")


def priced_items(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` that are items of a list of prices take `giá` and their item's goods (see the module)."""
    rates = [n for n, f in enumerate(out) if f.per is not None and f.unit in _MONEY]
    if not rates or ";" not in sentence.text:
        return out
    first = out[rates[0]]
    opening = _item(sentence, first, 0)
    if not (first.subject and _PRICE.match(first.subject) or opening and _PRICE.match(opening)):
        return out
    if not first.subject and opening and len(opening.split()) <= 8:
        out[rates[0]] = first.model_copy(update={"subject": opening})  # `Giá xoài da xanh loại 1 từ ...`: the item is its price
    base = _PRICE.match(out[rates[0]].subject or "").group(1).lower()  # type: ignore[union-attr]
    begun = first.evidence.end - sentence.start
    for n in rates[1:]:
        f = out[n]
        if f.unit != first.unit or f.evidence.start - sentence.start < begun:
            continue
        item = _item(sentence, f, begun)
        own = f.subject and f.subject != first.subject and not (item or "").lower().startswith(f.subject.lower())
        if item and not _PRICE.match(item) and not own:  # (not a subject of its own: `giá xăng sinh học`)
            out[n] = f.model_copy(update={"subject": f"{base} {item}"})
    for n in range(1, len(out)):  # both ends of a range: one subject
        if out[n].range == "high" and out[n - 1].range == "low" and out[n].evidence.start == out[n - 1].evidence.start:
            out[n] = out[n].model_copy(update={"subject": out[n - 1].subject})
    return out


_MONEY = frozenset({"VND", "USD", "EUR"})


def _item(sentence: Sentence, f: Figure, begun: int) -> str | None:
    """The goods an item of the list names before figure `f`: the words after the `;` before it (not before offset
    `begun`), past a leading joint and up to the link before the figure; None when they are no goods (see the module)."""
    at = f.evidence.start - sentence.start
    cut = sentence.text.rfind(";", 0, at)
    if cut < begun - 1:
        return None  # (the first item's own range)
    item = sentence.text[cut + 1:at]
    item = _LEAD.sub("", item[:_LINK.search(item).start()]).strip()  # type: ignore[union-attr]
    words = item.split()
    if not 1 <= len(words) <= 6 or re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", item) or _CLAUSE.search(item.lower()) and not _PRICE.match(item):
        return None
    return item
