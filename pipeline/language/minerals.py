"""Mining goods the tagger splits or misreads, tagged as the nouns they are.

`tinh quặng đồng` (copper concentrate) comes out of the tagger as `tinh/N quặng/M đồng/Nu`, and `than nguyên khai` (raw
coal) as `than/V nguyên/R khai/V`: the figure's goods end at the first word (`tinh`, none). Here `tinh quặng` is one noun,
`quặng` a noun, the metal after an ore or a concentrate a noun (not the currency `đồng`), `than` a noun after a unit of
weight or before a kind of coal, and the kind of coal an adjective.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, TypeVar


class Tagged(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def pos(self) -> str: ...


Token = TypeVar("Token", bound=Tagged)  # `analysis.Token` (not imported: analysis imports this module)

_METALS = frozenset({"đồng", "sắt", "chì", "kẽm", "thiếc", "vàng", "bạc", "nhôm", "niken", "titan", "mangan", "crom",
                     "apatit", "bauxite", "bô xít", "bôxít", "vonfram", "antimon", "molipden", "đất hiếm"})
_ORES = frozenset({"quặng", "tinh quặng"})
# kinds of coal in TKV's and the statistics office's reports (`than nguyên khai`, `than sạch`, `than thương phẩm`)
_COAL_KINDS = frozenset({"nguyên khai", "sạch", "thương phẩm", "cám", "cục", "đá", "antraxit", "anthracite", "bùn", "cốc",
                         "luyện kim", "nhập khẩu", "tiêu thụ", "xuất khẩu", "tồn kho"})
_WEIGHTS = frozenset({"tấn", "nghìn tấn", "ngàn tấn", "triệu tấn", "kg"})


def retagged(tokens: list[Token], make: Callable[[str, int, int, str], Token]) -> list[Token]:
    """`tokens` with the mining goods above tagged as nouns (`make` builds a token: text, start, end, tag)."""
    out: list[Token] = []
    n = 0
    while n < len(tokens):
        t = tokens[n]
        low = t.text.lower()
        prev = out[-1] if out else None
        if low == "quặng" and prev is not None and prev.text.lower() == "tinh" and prev.end + 1 == t.start:
            out[-1] = make(f"{prev.text} {t.text}", prev.start, t.end, "N")  # `tinh/N quặng/M`: one noun
        elif low == "quặng" and t.pos != "N":
            out.append(make(t.text, t.start, t.end, "N"))
        elif low in _METALS and prev is not None and prev.text.lower() in _ORES and t.pos != "N":
            out.append(make(t.text, t.start, t.end, "N"))  # `tinh quặng đồng/Nu`: copper, not the currency
        elif low == "than" and t.pos != "N" and (prev is not None and prev.text.lower() in _WEIGHTS or _kind_at(tokens, n + 1)):
            out.append(make(t.text, t.start, t.end, "N"))  # `20 triệu tấn than/V`, `than/V nguyên khai`: coal
        elif prev is not None and prev.text.lower() == "than" and prev.pos == "N" and (width := _kind_at(tokens, n)):
            last = tokens[n + width - 1]
            out.append(make(" ".join(x.text for x in tokens[n:n + width]), t.start, last.end, "A"))  # `nguyên/R khai/V`: raw
            n += width
            continue
        else:
            out.append(t)
        n += 1
    return out


def _kind_at(tokens: list[Token], n: int) -> int:
    """How many tokens from `n` spell a kind of coal, written with single spaces (`nguyên khai`: 2); else 0."""
    for width in (2, 1):
        part = tokens[n:n + width]
        if len(part) == width and all(a.end + 1 == b.start for a, b in zip(part, part[1:], strict=False)) \
                and " ".join(x.text.lower() for x in part) in _COAL_KINDS:
            return width
    return 0
