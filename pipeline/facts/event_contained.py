"""Events whose names hold one another's whole: one event, not two (the last step of `events.extract`)."""

from __future__ import annotations

import re

from pipeline.language.textnorm import fold
from pipeline.record import Event

_OPENING = re.compile(r"(?i:lễ\s+(?:khai mạc|bế mạc|khai hội|khai trương))\s")


def _key(name: str) -> str:
    return " ".join(re.sub(r"[\"“”'‘’]", " ", fold(name.lower())).split())


def contained(events: list[Event]) -> list[Event]:
    """One event per event when one name holds another's whole: the opening of an event (`lễ khai mạc "Tuần lễ X"`)
    is that event, which keeps its name and takes the opening's day when it has none; an event of the same type
    named inside a longer name (`Hội chợ Nông nghiệp ... - Tuần lễ cam Cao Phong năm 2020`) is the longer one's."""
    out = list(events)
    for small in events:
        key = _key(small.name)
        if len(key.split()) < 3 or small not in out:
            continue
        for big in events:
            if big is small or big not in out or key not in _key(big.name) or _key(big.name) == key:
                continue
            opening = _OPENING.match(big.name)
            if big.type == "ceremony" and small.type != "ceremony" and opening:
                kept = small if small.date or not big.date else small.model_copy(update={
                    "date": big.date, "date_precision": big.date_precision, "date_end": small.date_end or big.date_end})
                inner = big.name[opening.end():].strip(" \"“”'")
                if len(inner) > len(small.name) and key in _key(inner):  # the opening names it in full (in quotes)
                    at = big.evidence.start + big.name.index(inner, opening.end())
                    kept = kept.model_copy(update={"name": inner, "evidence": big.evidence.model_copy(
                        update={"start": at, "end": at + len(inner)})})
                out[out.index(small)] = kept
                out.remove(big)
                break
            if big.type == small.type:
                kept = big if big.date or not small.date else big.model_copy(update={
                    "date": small.date, "date_precision": small.date_precision})
                out[out.index(big)] = kept
                out.remove(small)
                break
    return out
