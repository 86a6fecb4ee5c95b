"""Two heads joined by `và` that open one name: one event, of the first head's type (s64, sets P185 and P187):

    Triển lãm và Hội thảo quốc tế về năng lượng tái tạo lần thứ 5     one exhibition, not the workshop alone
    Hội nghị và Triển lãm Thế giới số 2020                            one conference
    Tuần lễ quảng bá và diễn đàn kết nối cung cầu ... tỉnh Tây Ninh    one fair (the first head's words after it too)

The first head is capitalised, `và` follows it right away (or, before a lower-case second head, after at most two
lower-case words that say its purpose: `Diễn đàn cấp cao và Triển lãm quốc tế về ...`, `Festival muối và diễn đàn ...` stay
two events), and no venue or body stands before it (`Trung tâm Hội chợ và Triển lãm Sài Gòn`, `Công ty Hội chợ và ...`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention, classes, keywords
from pipeline.language.textnorm import fold

_JOIN = re.compile(r"(?:\s+[a-zà-ỹđ]+){0,2}\s+(?i:và)\s+")


def paired(mentions: list[Mention]) -> list[Mention]:
    """The mentions of one sentence with a second head's mention widened to the first head joined to it (see the module),
    and a mention inside the widened one dropped."""
    pattern, table = keywords()
    out = list(mentions)
    widened: list[tuple[int, int]] = []
    for n, m in enumerate(out):
        text = m.sentence.text
        before = text[:m.start]
        if not re.search(r"\s(?i:và)\s+$", before):
            continue
        first = next((h for h in reversed(list(pattern.finditer(before, max(0, m.start - 60))))
                      if _JOIN.fullmatch(before, h.end())), None)
        if first is None or not first.group()[:1].isupper() or classes()["venue_before"].search(before[:first.start()]):
            continue
        words = before[first.end():].rsplit(" và", 1)[0].strip()
        if words and (m.name[:1].isupper() or not classes()["purpose"].fullmatch(words)):
            continue  # (`Diễn đàn cấp cao và Triển lãm quốc tế về ...`: the first head's own words, then a named second: two events)
        kind = table.get(fold(first.group().lower()))
        if kind is None:
            continue
        out[n] = replace(m, name=text[first.start():m.end], start=first.start(), type=kind[0], subtype=kind[1], head=first.group())
        widened.append((first.start(), m.end))
    return [m for m in out if not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in widened)]
