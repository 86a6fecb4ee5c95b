"""A name the article writes the same way twice is one fixed name: the words that follow an event's name alike in
two places of the article belong to it (`Hội nghị kết nối xuất khẩu nhãn` + `và các sản phẩm chế biến từ nhãn
sang thị trường Nhật Bản`, in the headline and in the lead), although the grammar of one sentence cut it there.

The shared words end at punctuation, at a line's end, at a word that opens a clause, a place, a time or a
praise (`tại`, `do`, `ngày`, `đã`, `lớn nhất`, ...), and they must be at least two words: a name is extended only by
what both places agree on. A contest, festival, fair or exhibition named without a year takes the one year the article
writes right after its name elsewhere (`cuộc thi Hoa hậu Hoàn Vũ Việt Nam` beside `thi Hoa hậu Hoàn vũ Việt Nam 2017`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.facts.event_lexicon import Mention, keywords
from pipeline.facts.lexicon import alternation, table

_END = re.compile(r"[.,;:!?\n\"“”()|]|\s[-–]\s|(?<!\w)(?i:tại|ở|do|vào|ngày|sáng|chiều|tối|trưa|đêm|hôm|đã|"
                  r"sẽ|được|đang|vừa|diễn ra|khai mạc|bế mạc|với sự|nhằm|để|thu hút|là|có|cho biết|lớn nhất|đầu tiên|"
                  r"độc đáo|chính thức|với|sau\s+(?:\d|hơn|gần|khoảng|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười))(?!\w)")
# (`sau 7 năm hoạt động`: how long since, no part of the name; not `sau thu hoạch`: s64, set P184)
_MIN_WORDS = 2
_SPAN = 300
_MAX_NAME_WORDS = 40


_YEARED = frozenset({"contest", "festival", "fair", "exhibition"})  # events whose editions go by their year


def _with_year(text: str, mention: Mention) -> Mention:
    """A contest, festival, fair or exhibition named without a year, whose name (past its head word) the article writes
    elsewhere followed by one year only (`cuộc thi Hoa hậu Hoàn Vũ Việt Nam` beside the headline's `thi Hoa hậu Hoàn vũ
    Việt Nam 2017`): that edition, the year added to its name; else the mention as it is."""
    name = mention.name.strip()
    core = name[len(mention.head):].strip() if name.lower().startswith(mention.head.lower()) else name
    if mention.type not in _YEARED or re.search(r"(?:19|20)\d{2}", name) or not core[:1].isupper() or len(core.split()) < 2 or len(
            core.split()) == 2 and not all(w[:1].isupper() for w in core.split()):  # (`The Face` beside `The Face 2017`: a proper name)
        return mention
    years = {m.group(1) for m in re.finditer(rf"(?<!\w){re.escape(core.lower())}\s+((?:19|20)\d{{2}})(?!\d)", text.lower())}
    return replace(mention, name=f"{name} {years.pop()}") if len(years) == 1 else mention


def repeated(text: str, mention: Mention) -> Mention:
    """The mention with the words that follow its name alike wherever the article writes that name (at least twice,
    its own place among them), else the mention as it is; a yearly event named without its year takes the one year
    the article writes after its name elsewhere (`_with_year`)."""
    mention = _with_year(text, mention)
    name = mention.name.strip()
    if len(name.split()) < 3:
        return mention
    low = text.lower()
    places = [m.end() for m in re.finditer(re.escape(name.lower()), low)]
    own = mention.sentence.start + mention.end
    if len(places) < 2 or own not in places:
        return mention
    shared = _shared_prefix([low[at:at + _SPAN] for at in places])
    stop = _END.search(shared)
    shared = shared[:stop.start()] if stop else shared
    head = next((m for m in keywords()[0].finditer(shared) if m.start() > 0), None)
    shared = shared[:head.start()] if head else shared  # (`Hội chợ X` + `và Hội thảo Y`: another event)
    act = _second_act().search(shared) if not mention.head.lower().startswith("lễ") else None
    shared = shared[:act.start()] if act else shared  # (`Hội chợ X` + `và công bố Nhãn hiệu Y`: a ceremony held at it)
    shared = re.sub(r"\s+(?i:và|của|cho|về|giữa)\s*$", "", shared)
    if not shared[:1].isspace():
        return mention  # (a name that goes on within a word: `Hội nghị` in `Hội nghịch`)
    words = shared.split()
    if len(shared) >= _SPAN - 1 or len(words) < _MIN_WORDS or len(name.split()) + len(words) > _MAX_NAME_WORDS:
        return mention
    end = mention.end + len(shared.rstrip())
    sentence = mention.sentence.text
    if end > len(sentence):
        return mention
    return replace(mention, name=sentence[mention.start:end], end=end)


@lru_cache(maxsize=1)
def _second_act() -> re.Pattern[str]:
    """`và` and a ceremony's verb: a second act, which a name other than a `lễ`'s does not take in."""
    return re.compile(rf"\s(?i:và)\s+(?i:{alternation([row[0] for row in table('event_ceremonies.tsv')])})(?!\w)")


def _shared_prefix(texts: list[str]) -> str:
    """The longest start the texts share, cut back to a whole word."""
    first = texts[0]
    n = 0
    while n < len(first) and all(n < len(t) and t[n] == first[n] for t in texts):
        n += 1
    shared = first[:n]
    if n < len(first) and first[n - 1:n].isalnum() and first[n:n + 1].isalnum():
        shared = shared[: shared.rstrip().rfind(" ") + 1] if " " in shared.strip() else ""
    return shared
