"""Repeats: a figure that restates an earlier one of the article (the lead repeated in the body) points to the first
statement with `repeat_of`, so totals count each fact once."""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.language.textnorm import fold
from pipeline.record import Figure


def _distinctive(f: Figure) -> bool:
    """A value unlikely to be repeated by chance: at least 2 significant digits (3 for shares and counts)."""
    digits = len(re.sub(r"^0+|0+$", "", f"{Decimal(str(f.value)).normalize():f}".replace(".", "").replace("-", "")))
    return digits >= (3 if f.unit in ("percent", "count") else 2)


def _same_fact(a: Figure, b: Figure) -> bool:
    if (a.unit, a.per, a.range, a.counted) != (b.unit, b.per, b.range, b.counted) or abs(a.value - b.value) > 1e-9 * max(1.0, abs(a.value)):
        return False
    if a.evidence.sentence == b.evidence.sentence or a.period and b.period and a.period != b.period:
        return False
    if a.subject and b.subject:
        x, y = fold(a.subject), fold(b.subject)
        return x == y or x in y or y in x
    return _distinctive(a)


def mark_repeats(found: list[Figure]) -> list[Figure]:
    """Set `repeat_of` on every figure that restates an earlier figure of the article (same value, unit, rate and
    subject; the lead repeated in the body): the index of the first statement."""
    out: list[Figure] = []
    for f in found:
        first = next((i for i, g in enumerate(out) if g.repeat_of is None and _same_fact(g, f)), None)
        out.append(f if first is None else f.model_copy(update={"repeat_of": first}))
    return out
