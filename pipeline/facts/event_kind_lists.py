"""Mentions that are items of a list of kinds of activity, no events (`các vũ trường, nhà nghỉ, quán bar, lễ hội âm nhạc`;
`các hoạt động như: Hội thi rước đèn, múa lân, phá cỗ`), read by `event_mentions`."""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import capitalised, classes
from pipeline.language.textnorm import fold

LABELS = re.compile(r"(?<!\w)(?:OCOP|CNNT|CNNTTB|TMĐT|HTX|DN|KCN|CCN)(?!\w)")  # labels of kinds of product or body, no names
UNQUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|'[^']*'|«[^»]*»")
_EXPLICIT = frozenset(fold(w) for w in ("như", "gồm", "bao gồm"))


def kind_listed(before: str) -> bool:
    """Whether a lowercase mention is an item of a list of kinds opened by `như`, `gồm`, `các`, `những` in its
    sentence (`các vũ trường, nhà nghỉ, quán bar, lễ hội âm nhạc`): commas and lowercase words between, two
    commas at least after `các` or `những`, one after `như` or `gồm`, which always open a list."""
    openers = list(classes()["kinds"].finditer(before))
    if not openers:
        return False
    items = UNQUOTED.sub("", before[openers[-1].end():])
    commas = 1 if fold(openers[-1].group().lower()) in _EXPLICIT else 2  # `những vòng thi đầy gay cấn, ...` is no list
    return (items.count(",") + items.count(";") >= commas and re.search(r"(?:[,;]|\s(?i:và|hoặc))\s*$", items) is not None
            and not re.search(r"[.!?()]", items) and not capitalised(LABELS.sub("", items)))  # (items split by `;` too)


def opens_list(before: str, after: str) -> bool:
    """Whether a mention with no capitalised name word is the first item of a list of kinds: right after `như`,
    `gồm` or `bao gồm` (and a colon), with lowercase items after a comma (`các hoạt động như: Hội thi rước
    đèn, múa lân, phá cỗ`)."""
    opener = re.search(r"(?<!\w)(?i:như|gồm|bao gồm)\s*:?\s*$", before)
    after = LABELS.sub("", after)  # (`triển lãm sản phẩm OCOP, hội thi sản phẩm OCOP tiêu biểu, ...`)
    return opener is not None and re.match(r"\s*[,;]\s*[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,5}\s*(?:[,;]|(?i:và|hoặc)(?!\w))", after) is not None \
        and not re.match(r"\s*[,;]\s*(?i:do|được|đã|sẽ|với|tại|diễn ra)(?!\w)", after)
