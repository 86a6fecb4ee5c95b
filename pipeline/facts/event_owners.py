"""A work owned by several firms: a ceremony's name goes on over the list of its owners.

`Lễ động thổ Nhà máy X của các Công ty: TNHH A, TNHH B và TNHH C đã diễn ra ...`, `Lễ khởi công nhà máy của Công ty
A và Công ty B`: the rules end a name at a comma or `và`, which here only joins the firms the work belongs to. When the
name ends with `của` and a firm (`Công ty`, `Tập đoàn`, `doanh nghiệp`, after `các` or not, a colon or not) and what
follows is a list of capitalised firm names closed by `và` and a last one, the name takes the whole list: forty-seventh
session, from the verdicts of set P60.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention

_OWNED = re.compile(r"(?<!\w)(?i:của)\s+(?:(?i:các)\s+)?(?i:công ty|tập đoàn|doanh nghiệp|nhà đầu tư)(?:\s*:)?\s+[A-ZĐ][^,;:]*$")
_FIRM = r"(?:(?:[Cc]ông ty|[Tt]ập đoàn)\s+)?[A-ZĐ0-9][\w&.-]*(?:\s+[A-ZĐ0-9][\w&.-]*){0,7}"  # every word capitalised
_LIST = re.compile(rf"(?:\s*,\s*{_FIRM})*\s+(?i:và)\s+{_FIRM}(?!\w)")


def owners_listed(mention: Mention | None) -> Mention | None:
    """The mention whose name runs over the list of firms that own its work; else the mention."""
    if mention is None or mention.type != "ceremony" or not _OWNED.search(mention.name):
        return mention
    listed = _LIST.match(mention.sentence.text, mention.end)
    if listed is None:
        return mention
    end = listed.end()
    return replace(mention, name=mention.sentence.text[mention.start:end], end=end)
