"""An event named as the frame of what its sentence reports, not as what is held on the sentence's day.

Before it (`Trong khuôn khổ Tuần lễ X, hội nghị Y diễn ra ...`, class `frame` of `lexicons/event_words.tsv`), or after the
act it hosts (`Ngày 25/11, X tổ chức Ngày Việt Nam trong khuôn khổ Hội chợ Y`, `Ngày Quốc gia Việt Nam tại Triển lãm Y`):
the sentence's day is the hosted act's, and the frame is held in that day's month at most."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import alternation, word_classes

# an act held inside a longer event, right before that event's name: `trong khuôn khổ`, `bên lề`, `nhân dịp tham dự`, and a named day held at
# a fair or an expo (`Ngày Việt Nam tại`, `Ngày Quốc gia Việt Nam tại`)
_HOSTING = re.compile(r"(?<!\w)(?:(?i:trong khuôn khổ|bên lề)(?:\s+(?i:của))?|(?i:nhân dịp|dịp)\s+(?i:tham dự|dự|tham gia|đến dự)|(?P<day>Ngày\s+[A-ZĐ]\w*(?:\s+[^\W\d]+){0,5}?\s+(?i:tại)))\s+$")


@lru_cache(maxsize=1)
def _frame() -> re.Pattern[str]:
    frames = alternation(list(word_classes("event_words.tsv")["frame"]))
    return re.compile(rf"(?<!\w)(?i:{frames})\s+(?:(?i:của)\s+)?(?:(?i:chuỗi|chương trình|các|những)\s+){{0,2}}(?:(?i:sự kiện|hoạt động)\s+)?"
                      rf"(?:(?i:của)\s+)?(?:[^,;.:()]{{3,120}}?\s(?i:và)\s+)?$")  # (`Nằm trong chuỗi sự kiện | Festival X`; the second
    # of two frames: `Trong khuôn khổ Ngày hội X và | Lễ hội Y, chiều 28.11, ... Hội thảo Z`)


def frame_before(text: str, pos: int) -> bool:
    """Whether the mention at `pos` frames what follows (`Trong khuôn khổ Tuần lễ X, hội nghị Y`): not the date of what it holds."""
    return _frame().search(text[:pos]) is not None


def hosted_after(text: str, after: int, pos: int, name: str) -> bool:
    """Whether the mention at `pos`, a fair, an exhibition, a festival or a contest (`name`: held over days), hosts an act
    told between a date ending at `after` and it (`Ngày 25/11, X tổ chức Ngày Việt Nam trong khuôn khổ | Hội chợ Y`): the
    date is the act's, on one of its days. Not when the frame opens its clause (`Tối 22-9, tại Hà Nội, trong khuôn khổ X,
    Ban tổ chức ...`: `frame_before` reads it). `after` 0 reads the dates after the mention: only a named day's
    (`Ngày Quốc gia Việt Nam tại Triển lãm Y đã diễn ra ngày 9/9`), never the frame's own (`bên lề hội nghị G7, tháng 6/2015`)."""
    hosting = _HOSTING.search(text, after, pos)
    if hosting is None or not _LONG_HEADS.match(name) or re.search(r"[,;:(]\s*$", text[:hosting.start()]):
        return False
    return hosting.group("day") is not None or after > 0 and re.search(r"\w", text[after:hosting.start()]) is not None


_LONG_HEADS = re.compile(r"(?i:hội chợ|triển lãm|festival|lễ hội|tuần lễ|tuần hàng|tuần văn hóa|ngày hội|hội thi|cuộc thi|expo|world expo|hội báo)(?!\w)")
