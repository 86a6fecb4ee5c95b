"""An event told by its brand name with a year, then by its bare head: `HCMC FOODEX 2022 dự kiến thu hút ... 300
doanh nghiệp. Triển lãm dự kiến diễn ra từ ngày 19 đến 22-10 tại ...`. The brand (`Vietnam Expo 2019`, `HCMC FOODEX
2022`, `Propak Vietnam 2023`: capitalised Latin words with one in capitals or a word glued to `Expo`, `Plas`, `Food`,
then a year) carries no head the rules read as an event; the bare mention after it (`Triển lãm`, `Hội chợ`) is that
event and takes the brand's name when the brand is written in the article before it, within a few sentences, and the
article lists no other event of that kind; its evidence is then the brand as written, so that its name is its evidence's
text (`UBND 2024`, the initials of an authority, or one plain word and a year, are no brand): forty-seventh session,
from the verdicts of set P61."""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import keywords
from pipeline.facts.event_titles import evidence_at
from pipeline.facts.subject_lexicon import COMMON_INITIALS
from pipeline.language.analysis import Analysis
from pipeline.record import Event

_BRAND = re.compile(r"(?<![\w-])((?:[A-Z][A-Za-z&]*\s+){0,4}(?:[A-Z]{3,}|[A-Z][a-z]*(?:Expo|Plas|Food|Tex|Print|Pack|Fair|Mach|Tech))"
                    r"(?:\s+[A-Z][A-Za-z&]*){0,3}\s+(?:19|20)\d\d)(?![\w-])")
_REACH = 600  # characters before the bare mention a brand may stand


def branded(found: list[Event], analysis: Analysis) -> list[Event]:
    """The events with a bare one of a kind renamed after the brand written before it (see the module), and the branded
    expo or fair whose opening ceremony alone was read (`Lễ khai mạc Mega US Expo 2025`: the expo too, from that day)."""
    out, text = _opened_brands(list(found)), analysis.text
    for n, event in enumerate(out):
        if keywords()[0].fullmatch(event.name.strip()) is None or sum(e.type == event.type for e in out) > 1:
            continue
        brands = [m for m in _BRAND.finditer(text, max(0, event.evidence.start - _REACH), event.evidence.start) if _brand(m.group(1))]
        if brands and len({b.group(1) for b in brands}) == 1:
            b = brands[-1]  # (the name as written is the evidence)
            out[n] = event.model_copy(update={"name": b.group(1), "evidence": evidence_at(analysis, b.start(1), b.end(1))})
    return out


_ADMIN = COMMON_INITIALS | frozenset("UBND HĐND TP TW TƯ MTTQ BCH BQL ĐBQH QH CP THPT THCS".split())  # (and `DN`, `HTX`, `KCN`, ...)


def _brand(name: str) -> bool:
    """Whether a capitalised run with a year is a brand: two words or more before the year, or one glued to a word of
    trade (`VietnamExpo 2024`), none of them the initials of an authority or a common kind (`UBND 2024` is none)."""
    words = name.split()[:-1]
    return not any(w in _ADMIN for w in words) and (len(words) >= 2 or re.search(r"[a-z](?:Expo|Plas|Food|Tex|Print|Pack|Fair|Mach|Tech)$", words[0]) is not None)


_LATIN_BRAND = re.compile(r"(?:[A-Z][A-Za-z&.]*\s+){1,6}(?:19|20)\d\d")  # capitalised Latin words, then a year
_OPENING = re.compile(r"(?i:lễ\s+)?(?i:khai mạc|khai trương)\s+")
_KINDS = (("expo", "exhibition"), ("exhibition", "exhibition"), ("show", "exhibition"), ("fair", "fair"), ("festival", "festival"),
          ("fest", "festival"), ("week", "festival"), ("summit", "conference"), ("forum", "forum"))


def _opened_brands(found: list[Event]) -> list[Event]:
    """The events with, before an opening ceremony named after a brand (`Lễ khai mạc Mega US Expo 2025`), that brand's
    event when no event of the article has its name: an expo, a show or an exhibition, a fair, a festival, a summit or
    a forum by the brand's last word before its year, held from the opening's day (set P80, fiftieth session)."""
    names = {e.name for e in found}
    out: list[Event] = []
    for event in found:
        opening = _OPENING.match(event.name) if event.type == "ceremony" else None
        brand = event.name[opening.end():] if opening else ""
        kind = next((k for w, k in _KINDS if re.search(rf"(?i:{w})\w*\s+(?:19|20)\d\d$", brand)), None)
        if opening and kind and brand not in names and _LATIN_BRAND.fullmatch(brand) and _brand(brand):
            at = event.evidence.model_copy(update={"start": event.evidence.end - len(brand)})  # (the brand as written)
            out.append(event.model_copy(update={"name": brand, "type": kind, "subtype": None, "date_end": None, "evidence": at}))
            names.add(brand)
        out.append(event)
    return out

