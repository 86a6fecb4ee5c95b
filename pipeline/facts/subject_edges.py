"""The edges of a figure's subject as the sentence writes them around it.

The subject rules read the tagger's words, and the tagger sometimes splits a two-syllable verb and glues its first
half to the noun before (`Doanh thu các phiên chợ thu | được khoảng 1,5 tỷ đồng`, `giá trị sản xuất ngành chè đem |
lại`), or stops a proper name at a dash that joins two places (`Đường dây 220kV Huội Quảng | - Nghĩa Lộ`). This module
looks at the sentence right after the subject and mends both edges.
"""

from __future__ import annotations

import re

# verbs of yielding split by the tagger: the first syllable is the subject's last word, the second follows it
_SPLIT_VERBS = frozenset({"thu được", "thu về", "đem lại", "đem về", "mang lại", "mang về", "đạt được", "lên tới"})
# a dash and two or three capitalised words that end a name joining two places (`Huội Quảng - Nghĩa Lộ`; not a phase,
# `Cụm công nghiệp X - Giai đoạn 2`)
_JOINED = re.compile(r"\s*[-–]\s*(?!Giai\s)((?:[A-ZĐ][^\W\d_]*)(?:\s+[A-ZĐ][^\W\d_]*){1,2})(?=[\s,.;:()]|$)")


def mended(text: str, before: int, subject: str) -> str:
    """`subject` (found in `text` before offset `before`, the figure's start) with a verb's first syllable cut from its
    end and a name joined over a dash made whole."""
    at = text.rfind(subject, 0, before)
    if at < 0:
        return subject
    end = at + len(subject)
    words = subject.split()
    following = re.match(r"\s+([^\W\d_]+)", text[end:])
    if len(words) >= 2 and following and f"{words[-1]} {following.group(1)}".lower() in _SPLIT_VERBS:
        return " ".join(words[:-1])
    joined = _JOINED.match(text, end)
    if joined and words[-1][:1].isupper() and joined.end() <= before:
        return text[at:joined.end()]
    return subject
