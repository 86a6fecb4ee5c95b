"""Where a person's name that an event's name ran into begins.

A name read up to the next clause word may swallow a person's name that follows it: the person who speaks (`Trưởng Ban
tổ chức Hội chợ Nguyễn Thành Sinh khẳng định`), or the person named with a post right after the event (`Tại buổi Lễ Công
bố Ông Nguyễn Dương Thái – Chủ tịch UBND tỉnh Hải Dương nhấn mạnh`). The name ends before the person and the honorific.
"""

from __future__ import annotations

import re

from pipeline.facts.event_dates import committee_before, saying_at
from pipeline.facts.event_lexicon import Mention, person_at
from pipeline.facts.lexicon import load

_PLACE_WORDS = frozenset({"tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn"})


def person_tail(mention: Mention) -> int | None:
    """Where a person's name that the mention's name ran into begins (in the name), when one does: two to four
    capitalised syllables opening with a family name (with the honorific before them), followed by a verb of saying or
    by a dash and a post (`Lễ Công bố Ông Nguyễn Dương Thái – Chủ tịch UBND tỉnh`), or ending the name of an event whose
    committee the person belongs to (`Trưởng Ban tổ chức Hội chợ Nguyễn Thành Sinh`)."""
    surnames = load().surnames
    words = list(re.finditer(r"\S+", mention.name))
    text = mention.sentence.text
    for k in range(1, len(words) - 1):
        if words[k].group() not in surnames or _inside_place(mention, words[k].start()):
            continue
        n = 1
        while k + n < len(words) and n < 4 and words[k + n].group()[:1].isupper() and words[k + n].group().isalpha():
            n += 1
        place = {words[k - 1].group().lower(), " ".join(w.group() for w in words[max(0, k - 2):k]).lower()}
        if n < 2 or place & _PLACE_WORDS or load().province(" ".join(w.group() for w in words[k:k + n])):
            continue  # `Hội nghị xúc tiến đầu tư tỉnh Ninh Thuận, Thủ tướng ...`: a province, though `Ninh` is a family name
        after = mention.start + words[k + n - 1].end()
        titled = re.match(r"\s*[–—,-]\s*", text[after:])  # `Ông Nguyễn Dương Thái – Chủ tịch UBND tỉnh`: a person and post
        if saying_at(text, after) or (committee_before(text[:mention.start]) and k + n == len(words)) or (
                titled and person_at(text[after + titled.end():])):
            honorific = k > 1 and words[k - 1].group().lower() in ("ông", "bà", "đồng chí")
            return words[k - 1 if honorific else k].start()
    return None


def _inside_place(mention: Mention, at: int) -> bool:
    """Whether the syllable at `at` (in the name) lies inside a proper noun the segmenter read as one word from an
    earlier syllable (`Buôn Ma Thuột`: `Ma` is a family name, but no person's name starts inside a place's)."""
    sentence = mention.sentence
    offset = sentence.start + mention.start + at
    return any(t.start < offset < t.end and t.pos == "Np" for t in sentence.tokens)

