"""An area no rule names whose owner follows it: `chế biến cho 6.500 ha của công ty, ..., 5.600 ha của Công ty Krông Buk –
Rattanakiri, 1.300 ha của Công ty Ea H'leo – Bình Minh` are `diện tích của công ty`, `diện tích của Công ty Krông Buk –
Rattanakiri`, ...: the area of what `của` names, up to the next comma, `và` or figure."""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_AREAS = frozenset({"ha", "m2", "km2"})
_OWNED = re.compile(r"\s+(?i:của)\s+(?P<owner>(?:(?!\s(?i:và|với|để|từ|trong|tại|ở)\s)[^\d,;:()])+?)\s*(?=[,;:().]|\s(?i:và|với|để|từ|trong|tại|ở)\s|$)")


def area_owned(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with an area that has no subject given the owner `của` names right after it (see the module)."""
    base = sentence.start
    for n, f in enumerate(out):
        if f.subject or f.unit not in _AREAS:
            continue
        m = _OWNED.match(sentence.text, f.evidence.end - base)
        if m is None or len(m.group("owner").split()) > 10:
            continue
        owner = m.group("owner").strip()
        at = base + m.start("owner")
        verb = next((t for t in sentence.tokens if at < t.start < at + len(owner) and t.pos == "V" and t.text[:1].islower()), None)
        owner = sentence.text[at - base:verb.start - base].strip() if verb is not None else owner  # (`của công ty | trồng từ ...`)
        out[n] = f.model_copy(update={"subject": f"diện tích của {owner}"})
    return out
