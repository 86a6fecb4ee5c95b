"""A measure of a list's owners given respectively (s60):

    Doanh thu của Công ty A và Công ty B lần lượt đạt 5 tỷ đồng và 7 tỷ đồng
        5 tỷ đồng: `Doanh thu của Công ty A`; 7 tỷ đồng: `Doanh thu của Công ty B`

Figures after `lần lượt` (or `tương ứng`) that were all given one subject whose owners are a list (`X của A, B và C`,
`X sang A và B`, `X tại A và B`) take one owner each, in order, when there are as many figures of one unit as owners;
so do the modifiers of one measure (`Lãi trước thuế và sau thuế lần lượt đạt ...`: `Lãi trước thuế`, `Lãi sau thuế`; s61).
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_HEAD = re.compile(r"(?P<head>[^\W\d_][^,;:()\d]*?\s(?i:của|sang|từ|tại|ở|cho|đối với))\s+(?P<items>[^;:()\d]+)")
# one measure with modifiers of place or of before and after (`lãi trước thuế và sau thuế`, `doanh thu trong nước và ngoài nước`)
_MODIFIED = re.compile(r"(?P<head>[^\W\d_]+(?:\s[^\W\d_]+)?)\s+(?P<items>(?i:trước|sau|trong|ngoài)\s[^\W\d_]+(?:\s[^\W\d_]+)?"
                       r"\s+(?i:và)\s+(?i:trước|sau|trong|ngoài)\s[^\W\d_]+(?:\s[^\W\d_]+)?)")
_SPLIT = re.compile(r"\s*,\s*(?:(?i:và)\s+)?|\s+(?i:và)\s+")
_RESPECTIVELY = re.compile(r"(?<!\w)(?i:lần lượt|tương ứng)(?!\w)")


def respective(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` that share a list subject after `lần lượt`, each given its own owner (see the module)."""
    base = sentence.start
    for subject in {f.subject for f in out if f.subject and " và " in f.subject}:
        same = [n for n, f in enumerate(out) if f.subject == subject]
        m = _HEAD.fullmatch(subject or "") or _MODIFIED.fullmatch(subject or "")
        if len(same) < 2 or m is None or len({out[n].unit for n in same}) != 1:
            continue
        items = [w for w in _SPLIT.split(m.group("items")) if w]
        at = sentence.text.find(subject)
        told = _RESPECTIVELY.search(sentence.text, at + len(subject), out[same[0]].evidence.start - base) if at >= 0 else None
        if told is None or len(items) != len(same) or any(len(w.split()) > 6 for w in items):
            continue
        for n, item in zip(same, items, strict=True):
            out[n] = out[n].model_copy(update={"subject": f"{m.group('head')} {item}"})
    return out
