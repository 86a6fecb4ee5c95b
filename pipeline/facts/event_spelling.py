"""Two names of one event written twice in one sentence, a tone mark or a word apart (`đổi mới` / `đồi mới`)."""

from __future__ import annotations

import unicodedata

from pipeline.facts.event_lexicon import Mention
from pipeline.language.textnorm import fold


def respelled(first: Mention, second: Mention) -> bool:
    """Whether two long names are one name written twice, tone marks and one lowercase word apart (`đổi mới` / `đồi
    mới`, `tỉnh` / `cấp tỉnh`): at least eight words each, the same words once tone marks are dropped but for one
    lowercase word that only one has."""
    a, b = (set(_toneless(m.name).split()) for m in (first, second))
    extra = (a ^ b)
    written = {w.lower() for m in (first, second) for w in m.name.split() if w[:1].isupper()}
    return min(len(a), len(b)) >= 8 and len(extra) <= 1 and not any(_toneless(w) in extra for w in written)


def _toneless(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", fold(text).lower().replace("đ", "d"))
                   if not unicodedata.combining(ch))
