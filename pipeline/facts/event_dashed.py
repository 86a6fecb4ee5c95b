"""Two named events joined by a spaced dash that are one event (s57, from set P136):

    Ngày 11/9, ... Ban tổ chức Festival Nông sản Việt Nam - Hội Chợ Công thương vùng ĐBSCL- Vĩnh Long năm 2023 ...
        one event, `Festival Nông sản Việt Nam - Hội Chợ Công thương vùng ĐBSCL- Vĩnh Long năm 2023`, a festival

A named mention whose name ends right before ` - ` (or ` – `) and a second named mention right after it, both
capitalised, of different heads, and the second closed by a year or an edition, make one mention of the first's type: a
combined event the text names with both heads. Two events listed with a dash and each its own year (`Hội chợ A 2023 - Hội
thảo B 2023`) stay two.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import EDITION, YEAR, Mention

_DASH = re.compile(r"\s+[-–]\s+")


def joined(found: list[Mention]) -> list[Mention]:
    """The mentions of one sentence, each pair of named events joined by a dash made one (see the module)."""
    out: list[Mention] = []
    for m in found:
        prior = out[-1] if out else None
        if prior is not None and prior.sentence is m.sentence and prior.named and m.named and prior.name[:1].isupper() \
                and m.name[:1].isupper() and prior.head.lower() != m.head.lower() and _DASH.fullmatch(m.sentence.text, prior.end, m.start) \
                and not (YEAR.search(prior.name) or EDITION.search(prior.name)) and (YEAR.search(m.name) or EDITION.search(m.name)):
            text = m.sentence.text
            out[-1] = replace(prior, name=text[prior.start:m.end], end=m.end, strong=prior.strong or m.strong)
            continue
        out.append(m)
    return out
