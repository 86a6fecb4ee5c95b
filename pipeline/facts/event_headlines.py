"""A headline's or a photo caption's event is the body's event of its kind when the body holds only one.

A headline shortens the name its article gives (`triển lãm về chủ quyền Hoàng Sa và Trường Sa` over `triển lãm bản
đồ và trưng bày tư liệu “Hoàng Sa, Trường Sa của Việt Nam ...”`), and a caption names the ceremony its photo shows in
other words (`Lễ khởi động dự án ... cầu Đại Ngãi` beside `khởi công dự án xây cầu Đại Ngãi`): when the words did not
join them, an event all of whose mentions stand in the headline or in captions joins the one event of its type that
the body names, if it writes no edition or year of its own and shares a word of its name with it (or names nothing
with a capital). Two body events of the type, or none, leave it alone.
"""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import Mention, marks
from pipeline.facts.event_spelling import captioned, proper
from pipeline.language.textnorm import fold

HEAD_ZONE = 200  # a line without a full stop that starts this early in the text is the headline
_FILLER = frozenset("các của và với tại năm lần thứ cho về giữa trong ở có tên the of".split())


def _headline(mention: Mention) -> bool:
    sentence = mention.sentence
    return sentence.start < HEAD_ZONE and not sentence.text.rstrip().endswith((".", "!", "?", "…")) or captioned(mention)


def _words(mention: Mention) -> set[str]:
    name = mention.name[len(mention.head):] if mention.name.lower().startswith(mention.head.lower()) else mention.name
    return {fold(w) for w in re.findall(r"\w+", name.lower()) if w not in _FILLER and not w.isdigit()}


def folded(events: list[list[Mention]]) -> list[list[Mention]]:
    """The events (each a list of its mentions, the naming one first), a headline's or caption's own joined to the
    body's one event of its type (see the module docstring)."""
    body = [e for e in events if not all(_headline(m) for m in e)]
    out = [list(e) for e in events]
    for e, own in zip(events, out, strict=True):
        if e in body or any(any(marks(m)) for m in e):
            continue
        same = [b for b in body if b[0].type == e[0].type]
        if len(same) != 1 or not (any(_words(m) & _words(o) for m in e for o in same[0]) or not any(proper(m) for m in e)):
            continue
        out[events.index(same[0])].extend(own)  # (after the body's own mentions: the body names the event)
        own.clear()
    return [e for e in out if e]
