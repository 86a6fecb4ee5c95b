"""The modifiers of a measure the segmenter cuts or the tagger reads as verbs, mended.

`doanh thu hợp nhất` (consolidated revenue) comes out of the segmenter as `Doanh thu hợp/A | nhất/R` and `lợi nhuận sau
thuế hợp nhất` as `thuế hợp/N | nhất/R`; `lợi nhuận gộp` (gross profit) as `gộp/V`: the figure's subject ends before the
measure's head (`tập đoàn` of `doanh thu hợp nhất của tập đoàn`). Here `hợp nhất` is one word, an adjective after a
measure (a verb elsewhere: `hai công ty hợp nhất`), split from the word it was glued to (tagged as the noun it
is), and `gộp`, `ròng`, `thuần` right after a measure are adjectives.
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.language.minerals import Token  # (`analysis.Token`'s shape: analysis imports these modules)

_MEASURES = frozenset({"doanh thu", "lợi nhuận", "lãi", "lỗ", "doanh số", "thu nhập", "lợi nhuận sau thuế", "lợi nhuận trước thuế"})
_AFTER_MEASURE = frozenset({"gộp", "ròng", "thuần"})


def mended(tokens: list[Token], make: Callable[[str, int, int, str], Token]) -> list[Token]:
    """`tokens` with the modifiers above mended (`make` builds a token: text, start, end, tag)."""
    out: list[Token] = []
    for n, t in enumerate(tokens):
        nxt = tokens[n + 1] if n + 1 < len(tokens) else None
        prev = out[-1] if out else None
        if prev is not None and prev.text.lower() == "hợp" and t.text.lower() == "nhất" and prev.end + 1 == t.start:
            measured = len(out) > 1 and out[-2].text.lower() in _MEASURES | {"thuế"}  # (not `hai công ty hợp nhất`: merge)
            out[-1] = make(f"{prev.text} {t.text}", prev.start, t.end, "A" if measured else "V")
        elif t.text.lower().endswith(" hợp") and nxt is not None and nxt.text.lower() == "nhất" and t.end + 1 == nxt.start:
            head = t.text[:-4]
            out += [make(head, t.start, t.start + len(head), "N"), make(t.text[-3:], t.end - 3, t.end, "A")]
        elif t.text.lower() in _AFTER_MEASURE and t.pos != "A" and prev is not None and prev.text.lower() in _MEASURES:
            out.append(make(t.text, t.start, t.end, "A"))
        else:
            out.append(t)
    return out
