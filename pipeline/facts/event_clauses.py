"""Words after an event's head that are the subject of the clause that follows, not the event's name.

`Tại Hội nghị các đại biểu đã thảo luận`: `các đại biểu` runs into an auxiliary; `Kết thúc hội nghị Ban kinh tế Hội
CCB thành phố ghi nhận ...`: after a framing word (`kết thúc`, `tại`, `sau`), a body's name and then a verb. In both
the head is bare (`event_extent.judge`).
"""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import EDITION, YEAR, Mention, capitalised, classes
from pipeline.facts.lexicon import alternation, load


def complement(mention: Mention) -> str:
    """The words of a mention's name after its head."""
    name = mention.name
    return name[len(mention.head):] if name.lower().startswith(mention.head.lower()) else name


def named_enough(rest: str) -> bool:
    """Whether a name's complement makes it a name on its own: a capitalised word, a year, an edition, a
    quoted title or a number."""
    return capitalised(rest) or bool(YEAR.search(rest) or EDITION.search(rest) or re.search(r"[\d“\"«]", rest))


def next_subject(mention: Mention) -> bool:
    """Whether the words after the mention's head are the subject of the next clause (either shape above)."""
    return _subject_of_next_clause(mention) or _body_acts_after(mention)


_AUXILIARY = re.compile(r"\s+(?i:đã|sẽ|đang|cũng|đều|vừa)(?!\w)")


def _subject_of_next_clause(mention: Mention) -> bool:
    """`Tại Hội nghị các đại biểu đã thảo luận`: lowercase words after the head that open with `các`/`những`
    and run into an auxiliary are the subject of the next clause, not the name."""
    rest = complement(mention).split()
    framed = mention.head[:1].islower() and _FRAME.search(mention.sentence.text[:mention.start]) is not None
    people = framed and re.match(r"(?i:lãnh đạo|đại diện|đại biểu|ông|bà|đồng chí)(?!\w)", " ".join(rest)) is not None
    return (bool(rest) and (rest[0].lower() in ("các", "những") or people) and (framed or not named_enough(" ".join(rest)))
            and _AUXILIARY.match(mention.sentence.text, mention.end) is not None)  # (`Tại hội nghị các thành viên Hội đồng
    # đã thảo luận`: after a frame, a lowercase head's plural words are the clause's subject, capitals or not)


_FRAME = re.compile(r"(?:^|[,;:]\s*)(?i:kết thúc|bế mạc|sau|tại|trong|qua|cuối)\s+$")


def _body_acts_after(mention: Mention) -> bool:
    """`Kết thúc hội nghị Ban kinh tế Hội CCB thành phố ghi nhận ...`: after a framing word, a lowercase head followed by a
    body's name and then a verb is bare; the body is the subject of the clause that follows the frame."""
    text = mention.sentence.text
    rest = complement(mention).strip()
    if not mention.head[:1].islower() or not _FRAME.search(text[:mention.start]) or not rest[:1].isupper():
        return False
    if not re.match(rf"(?:{alternation(list(load().org_heads))})(?!\w)", rest):
        return False
    at = mention.sentence.start + len(text) - len(text[mention.end:].lstrip())  # the first word after the name
    begin = mention.sentence.start + mention.start + len(mention.head)
    purpose = classes()["purpose"]
    return any(begin < t.start <= at and t.pos.startswith("V") and t.text.islower() and not purpose.fullmatch(t.text)
               for t in mention.sentence.tokens)  # (the name may have run on into the verb: `... Đà Nẵng ghi nhận`)
