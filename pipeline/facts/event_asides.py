"""What a caption glues to the end of an event's name: a photo's label (`ảnh 1`), where the thing stands (`(tọa lạc ...)`),
a photographer's name in capitals (`BẮC BÌNH`; not a name in capitals, `VIETNAM EXPO`, nor an acronym with no vowel,
`OCOP ĐBSCL`, s65 set P190)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention

_SYLLABLE = re.compile(r"[AEIOUY]")  # a photographer's name is Vietnamese syllables, each with a vowel
_ASIDES = (
    re.compile(r"\s+(?i:ảnh|hình)\s*\d+\s*$"),  # `... tỉnh Hà Nam ảnh 1`: a photo's label
    re.compile(r"\s*\((?:tọa lạc|toạ lạc|nằm|ở|tại|thuộc)\s[^()]*\)\s*$"),  # `(tọa lạc ấp Long Hòa, ...)`: where it stands
    # `... nhà đầu tư Nhật Bản BẮC BÌNH`: a photographer's name in capitals (with a Vietnamese letter: `Hội chợ quốc tế
    # VIETNAM EXPO` is a name in capitals)
    re.compile(r"(?<=[a-zà-ỹđ0-9)])\s+(?=[A-ZÀ-ỸĐ\s]*[^\x00-\x7f])(?:[A-ZÀ-ỸĐ]{2,}\s+)+[A-ZÀ-ỸĐ]{2,}\s*$"),
)


def without_aside(mention: Mention) -> Mention:
    """A name without what a caption glued to its end: a photo's label, where the thing stands, a credit."""
    aside = next((m for n, m in enumerate(p.search(mention.name) for p in _ASIDES) if m and (n != 2 or m.group().strip().isupper() and all(
        _SYLLABLE.search(unicodedata.normalize("NFD", w)) for w in m.group().split()))), None)  # (`diễn đàn OCOP ĐBSCL`: an acronym
    # with no vowel is no photographer's name, s65 set P190)
    if aside is None:  # (the range À-Ỹ holds lower-case letters too: `Tây Bắc Hồ Xá` is no name in capitals, s58 set P146)
        return mention
    end = mention.start + aside.start()
    return replace(mention, name=mention.sentence.text[mention.start:end], end=end)
