"""Crops the segmenter splits, joined into the nouns they are.

`ca cao` (cacao) comes out of the segmenter as `ca/N cao/A` (a shift, high) or, before an adjective, as `ca/N | cao
tươi/V`: the figure's goods end at `ca` (`giá hạt ca`, `sản lượng ca`). Here `ca` with a `cao` right after it is one noun,
`ca cao` (not before `điểm`, `nhất`, `hơn`: `làm ca cao điểm`, a peak shift; `số ca cao nhất`, the most
cases); a word glued to that `cao` is split off and tagged alone (`tươi`: an adjective).
"""

from __future__ import annotations

from collections.abc import Callable

from pipeline.language.minerals import Token  # (`analysis.Token`'s shape: analysis imports these modules)

_HIGH = frozenset({"điểm", "nhất", "hơn", "kỷ lục", "kỉ lục"})  # `ca cao điểm` (a peak shift), `số ca cao nhất` (the most cases)


def joined(tokens: list[Token], make: Callable[[str, int, int, str], Token],
           tag: Callable[[str], list[tuple[str, str]]]) -> list[Token]:
    """`tokens` with `ca cao` one noun (`make` builds a token: text, start, end, tag; `tag` tags a text)."""
    out: list[Token] = []
    for n, t in enumerate(tokens):
        prev = out[-1] if out else None
        low = t.text.lower()
        nxt = tokens[n + 1].text.lower() if n + 1 < len(tokens) else ""
        if prev is None or prev.text.lower() != "ca" or prev.end + 1 != t.start or not (low == "cao" or low.startswith("cao ")) \
                or (nxt if low == "cao" else low[4:]) in _HIGH:
            out.append(t)
            continue
        out[-1] = make(f"{prev.text} {t.text[:3]}", prev.start, t.start + 3, "N")  # `ca/N cao/A`: cacao
        rest = t.text[4:]
        if rest:  # `ca/N | cao tươi/V`: `tươi` tagged alone
            tags = [pos for w, pos in tag(rest)[:1] if w == rest]
            out.append(make(rest, t.start + 4, t.end, tags[0] if tags else "A"))
    return out
