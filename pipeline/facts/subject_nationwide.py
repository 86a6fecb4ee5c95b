"""The whole country's figure given in brackets beside a province's (s61, the blind verdicts of set P163):

    Chỉ số sản xuất công nghiệp (IIP) tăng 24,2% (cả nước tăng 9,1%)      -> 9,1%: `Chỉ số sản xuất công nghiệp cả nước`
    Kim ngạch xuất khẩu của tỉnh đạt 15,77 tỷ USD, tăng 92,51% (cả nước tăng 8,1%)  -> 8,1%: `Kim ngạch xuất khẩu cả nước`

A figure in a bracket that opens with `cả nước`, `toàn quốc` or `bình quân cả nước` (a verb of change or reaching may
follow) right after another figure, or after its rate (`180 triệu đồng/người (bình quân cả nước 150 triệu đồng/người)`),
measures the same thing for the whole country: that figure's subject, less the owner after `của` it names, with `cả
nước`; a subject read for it of its own that is not the other figure's stays.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_NATIONWIDE = re.compile(r"(?:\s*/\s*[^\W\d]+){0,2}\s*\(\s*(?:(?i:bình quân|trung bình|của)\s+)?(?i:cả nước|toàn quốc)(?:\s*[,:]?\s*(?i:tăng|giảm|đạt|là|ước|ước đạt|"
                         r"khoảng|chỉ|cũng|có|chiếm|bằng|với))*\s*")
_OWNER = re.compile(r"\s+(?i:của)\s.*$")


def nationwide(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` that give the whole country's value in brackets beside another's (see the module)."""
    base, text = sentence.start, sentence.text
    for k in range(1, len(out)):
        prior, f = out[k - 1], out[k]
        if prior.subject is None or _NATIONWIDE.fullmatch(text, prior.evidence.end - base, f.evidence.start - base) is None:
            continue
        if f.subject is not None and f.subject != prior.subject:
            continue
        measure = _OWNER.sub("", prior.subject)
        if "cả nước" not in measure.lower():
            out[k] = f.model_copy(update={"subject": f"{measure} cả nước"})
    return out
