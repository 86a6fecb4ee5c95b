"""An amount restated in brackets in another unit is the same quantity (s60, sets P157 and P158):

    nâng quy mô công suất từ 1,2 tỷ sản phẩm/năm (tương đương 420 tấn sản phẩm) lên 3,6 tỷ sản phẩm/năm (tương đương 1.600 tấn)
        420 tấn: `quy mô công suất`, per `năm`, as 1,2 tỷ sản phẩm; the change from 1,2 tỷ to 3,6 tỷ read across the bracket

A figure that opens a bracket right after another figure with `tương đương`, `tức`, `khoảng`, `hay` takes that figure's
subject and, when it has none of its own, the time its rate is per (a mass a year restating products a year); the
change a sentence tells from a figure to another (`subject_changes.from_end`) is read past such a bracket. An amount after
a share and `, tương ứng` or `, tương đương` is that share's amount, of the same subject (`lợi nhuận từ điện chiếm 80%,
tương ứng 1.976 tỷ đồng`).
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_OPENS = re.compile(r"(?:\s*/\s*[^\W\d]+)?\s*\(\s*(?:(?i:tương đương|tương đương với|tức là|tức|khoảng|hay|hoặc|quy đổi|quy ra)\s+)"
                    r"(?:(?i:khoảng|hơn|gần|trên|chừng|với)\s+)?")
_BRACKET = re.compile(r"^(\s*(?:/\s*[^\W\d]+)?)\s*\([^()]*\)")
_TIMES = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "giờ", "ngày đêm"})


# a share restated as its amount after a comma (`chiếm 80%, tương ứng 1.976 tỷ đồng`: s62, set P172)
_AMOUNT_OF_SHARE = re.compile(r"\s*,\s*(?i:tương ứng|tương ứng với|tương đương|tương đương với)\s+(?:(?i:tăng|giảm)\s+)?"
                              r"(?:(?i:khoảng|hơn|gần|trên)\s+)?")  # (`tăng 5%, tương ứng tăng 25 tỷ đồng`: the change's amount)


def restates(text: str, prior: Figure, figure: Figure, base: int) -> bool:
    """Whether `figure` opens a bracket right after `prior` to restate it, or is the amount a share right before it comes
    to (see the module)."""
    between = (prior.evidence.end - base, figure.evidence.start - base)
    return _OPENS.fullmatch(text, *between) is not None or prior.unit == "percent" and figure.unit != "percent" \
        and _AMOUNT_OF_SHARE.fullmatch(text, *between) is not None


def past_bracket(between: str) -> str:
    """The words between two figures without a bracket right after the first (`/năm (tương đương 420 tấn) lên `)."""
    return _BRACKET.sub(r"\1", between, count=1)


def _plain(sentence: Sentence, f: Figure, prior: Figure) -> bool:
    """Whether a figure's subject says nothing of its own: none, its counted noun, the figure it restates, a part of that
    figure's subject (`Dự án` of `tổng mức đầu tư của Dự án`), or the stuff written right after it (`1.600 tấn | sản phẩm`);
    a subject read for it otherwise stays (`thu 170 tỷ đồng (tương đương 7,5 triệu USD)`)."""
    if f.subject is None or f.subject.lower() in ("tương ứng", "tương đương") or f.subject.lower() == (f.counted or "").lower() or f.subject.startswith(prior.text) \
            or prior.subject is not None and f.subject in prior.subject:
        return True
    return sentence.text[f.evidence.end - sentence.start:].lstrip().startswith(f.subject)


def restated(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` that restate the figure before them in brackets given its subject and rate (see the module)."""
    for k in range(1, len(out)):
        prior, f = out[k - 1], out[k]
        if not restates(sentence.text, prior, f, sentence.start) or prior.subject is None or not _plain(sentence, f, prior):
            continue
        per = f.per or (prior.per if prior.per in _TIMES else None)
        out[k] = f.model_copy(update={"subject": prior.subject, "per": per})
    return out
