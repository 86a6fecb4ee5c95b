"""An event named only in the page's title: a page whose body does not write its headline (`Khai mạc Phiên chợ nông sản
tỉnh Lai Châu lần thứ 3 năm 2025` over a body that says `Phát biểu khai mạc Phiên chợ, ...`) names its event there; the
body's one bare mention of that kind takes the title's name (its evidence stays the body's sentence)."""

from __future__ import annotations

from pipeline.facts.event_lexicon import keywords, marks
from pipeline.facts.event_mentions import mentions
from pipeline.language.analysis import analyse
from pipeline.language.textnorm import fold, normalize
from pipeline.record import Event


def _bare(event: Event) -> bool:
    """Whether the event's name is only its head (`Phiên chợ`, `hội nghị`), naming no one occurrence."""
    return keywords()[0].fullmatch(event.name.strip()) is not None


def titled(found: list[Event], title: str | None, text: str) -> list[Event]:
    """The events with the one bare event of each kind the title names renamed after it, when the body does not write
    the title; else `found` as it is (two events of the kind, or a named one, leave it alone)."""
    if not title or len(title) < 15 or not any(_bare(e) for e in found):
        return found
    if " ".join(fold(title).lower().split()) in " ".join(fold(text).lower().split()):
        return found  # the body writes its headline: its events were read there
    out = list(found)
    for m in mentions(analyse(normalize(title))):
        same = [n for n, e in enumerate(out) if e.type == m.type]
        if m.named and m.strong and len(same) == 1 and _bare(out[same[0]]):
            event = out[same[0]]
            out[same[0]] = event.model_copy(update={"name": m.name, "edition": event.edition or marks(m)[0]})
    return out
