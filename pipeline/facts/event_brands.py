"""An event told by its brand name with a year, then by its bare head: `HCMC FOODEX 2022 dự kiến thu hút ... 300
doanh nghiệp. Triển lãm dự kiến diễn ra từ ngày 19 đến 22-10 tại ...`. The brand (`Vietnam Expo 2019`, `HCMC FOODEX
2022`, `Propak Vietnam 2023`: capitalised Latin words with one in capitals or a word glued to `Expo`, `Plas`, `Food`,
then a year) carries no head the rules read as an event; the bare mention after it (`Triển lãm`, `Hội chợ`) is that
event and takes the brand's name when the brand is written in the article before it, within a few sentences, and the
article lists no other event of that kind: forty-seventh session, from the verdicts of set P61."""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import keywords
from pipeline.record import Event

_BRAND = re.compile(r"(?<![\w-])((?:[A-Z][A-Za-z&]*\s+){0,4}(?:[A-Z]{3,}|[A-Z][a-z]*(?:Expo|Plas|Food|Tex|Print|Pack|Fair|Mach|Tech))"
                    r"(?:\s+[A-Z][A-Za-z&]*){0,3}\s+(?:19|20)\d\d)(?![\w-])")
_REACH = 600  # characters before the bare mention a brand may stand


def branded(found: list[Event], text: str) -> list[Event]:
    """The events with a bare one of a kind renamed after the brand written before it (see the module)."""
    out = list(found)
    for n, event in enumerate(out):
        if keywords()[0].fullmatch(event.name.strip()) is None or sum(e.type == event.type for e in out) > 1:
            continue
        brands = [m for m in _BRAND.finditer(text, max(0, event.evidence.start - _REACH), event.evidence.start)
                  if not re.search(r"[.!?]\s*$", m.group(1))]
        if brands and len({b.group(1) for b in brands}) == 1:
            out[n] = event.model_copy(update={"name": brands[-1].group(1)})
    return out
