"""`nhân` (on the occasion of) the segmenter glues to the name before it, split off.

`Diễn đàn kinh tế Việt Nam - Hàn Quốc nhân kỉ niệm 30 năm` comes out of the segmenter as `Hàn Quốc nhân/N | kỉ niệm`
(a Korean person): the forum's name runs on into `nhân`. Here a token of capitalised words ending in `nhân`, before an
occasion (`kỷ niệm`, `dịp`, `ngày`, `chuyến`), is the name (a proper noun) and `nhân` (a preposition).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from pipeline.language.minerals import Token  # (`analysis.Token`'s shape: analysis imports these modules)

_OCCASIONS = frozenset({"kỷ niệm", "kỉ niệm", "dịp", "ngày", "chuyến", "lễ", "sự kiện"})
_GLUED = re.compile(r"((?:[A-ZĐÀ-Ỹ][^\s]*\s+)+)nhân")


def split(tokens: list[Token], make: Callable[[str, int, int, str], Token]) -> list[Token]:
    """`tokens` with `nhân` glued to a name before an occasion split off (`make` builds a token: text, start, end, tag)."""
    out: list[Token] = []
    for n, t in enumerate(tokens):
        nxt = tokens[n + 1].text.lower() if n + 1 < len(tokens) else ""
        m = _GLUED.fullmatch(t.text)
        if m and nxt in _OCCASIONS:
            head = m.group(1).rstrip()
            out += [make(head, t.start, t.start + len(head), "Np"), make("nhân", t.end - 4, t.end, "E")]
        else:
            out.append(t)
    return out
