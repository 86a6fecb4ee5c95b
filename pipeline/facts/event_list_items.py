"""An event named as one item of a programme's list: its name is the whole item.

A programme lists its activities between semicolons (`... với 10 hoạt động chính gồm: Giải bóng đá mini ...; Lễ hội khinh
khí cầu bay về đại ngàn; Hội nghị gặp mặt già làng, trưởng thôn, người có uy tín tiêu biểu trên địa bàn; ...`). An item that
opens with an event's head names that event in full, to the next semicolon, though its words would end a name written in a
running sentence (`về`, a comma before a list of lower-case nouns): forty-fourth session, from the verdicts of set P49.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention

_ITEM_OPENS = re.compile(r"[:;]\s*$")  # the list's colon or the semicolon of the item before
# words that make an item a clause of its own, not a name (`...; Hội chợ diễn ra tại ...`)
_CLAUSE = re.compile(r"(?<!\w)(?i:diễn ra|được tổ chức|tổ chức tại|sẽ|đã|đang|nhằm|nhân dịp|với sự tham gia|thu hút|chia sẻ|bắt đầu|"
                     r"(?:từ|vào)\s+ngày)(?!\w)")  # (`Hội thi Chăn nuôi bắt đầu từ ngày 13-11`: its day, s54 set P116)
_MOST = 25  # words an item may run to


def whole_item(mention: Mention | None) -> Mention | None:
    """The mention named by its whole item when it opens an item of a list of two semicolons or more; else the mention."""
    if mention is None:
        return None
    text = mention.sentence.text
    if text.count(";") < 2 or not _ITEM_OPENS.search(text[:mention.start]) or not mention.name[:1].isupper() \
            or mention.name.rstrip()[-1:] in "”\"»)":
        return mention  # (a quoted title closes its name: `Tọa đàm "Lý triều rồng bay Đại Việt" | nhân dịp tái bản ...`)
    close = text.find(";", mention.end)
    end = close if close >= 0 else len(text.rstrip().rstrip(".…"))
    item = text[mention.start:end].rstrip(" ,.")
    if len(item) <= len(mention.name) or len(item.split()) > _MOST or _CLAUSE.search(item) or "(" in item[len(mention.name):]:
        return mention
    return replace(mention, name=item, end=mention.start + len(item))
