"""Shares and changes chained after an amount with a measure, that measure's too (s56, set P124):

    Tổng công ty đã sản xuất 7,96 tỷ kWh điện, bằng 82,3% kế hoạch năm và tăng 1% so cùng kỳ
        7,96 tỷ kWh: `sản lượng điện Tổng công ty sản xuất`; 82,3% and 1%: the same, not `Tổng công ty`
    Doanh thu của Công ty A đạt 500 tỷ đồng, tăng 12% so với năm trước        12%: `Doanh thu của Công ty A`
    xuất khẩu nhóm hàng gỗ tăng 62,6% so với cùng kỳ năm 2020, đạt 8,21 tỷ USD, chiếm 5,2%   8,21 tỷ USD, 5,2%: the change's

A percentage is chained when only a comma, `và` and a verb of comparing (`bằng`, `tăng`, `giảm`, `đạt`, `vượt`) stand
between it and the amount (or the chained percentage before it, with its few words of base: `kế hoạch năm`), and the
subject read for it is none or the holder inside the amount's measure; any subject of its own is kept. An amount or a
share with none chained after a change of a measure or a trade (`, đạt`, `, chiếm`, past the change's base) is that one's,
and a change right after a share of a target is not the target's (`thép ước đạt 4,85 triệu tấn, đạt 88,1% kế hoạch năm, tăng
23,2%`: the steel's, not `kế hoạch`)."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import SELF_MEASURES, empty_subjects, low
from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

# what may stand between an amount (or a chained share) and the share chained after it: a few words of the amount's
# noun or the share's base (`điện`, `kế hoạch năm`, `so cùng kỳ`), then `, (và) bằng|tăng|giảm|đạt|vượt (khoảng)`
_LINK = re.compile(r"(?:\s+[^\W\d][^\d,;:.()]{0,40}?)?\s*,?\s*(?:(?i:và)\s+)?(?i:bằng|tăng|giảm|đạt|vượt|chiếm)"
                   r"(?:\s+(?i:khoảng|hơn|gần|trên|xấp xỉ|tới))?\s+")
# what may stand between a change and an amount or share chained after it: the change's base (`so với cùng kỳ năm 2020`),
# then `, (và) đạt|chiếm|ước đạt`
_ONWARD = re.compile(r"(?:\s+[^,;:()]{0,40}?)?\s*,\s*(?:(?i:và)\s+)?(?i:ước đạt|đạt|chiếm)(?:\s+(?i:khoảng|hơn|gần|trên|xấp xỉ|tới))?\s+")
_TRADE = ("xuất khẩu ", "nhập khẩu ", "kim ngạch ")
# the base a share of a target is of, which a change right after it is no change of (s56, set P131)
_BASES = frozenset({"kế hoạch", "kế hoạch năm", "kế hoạch đề ra", "kế hoạch được giao", "chỉ tiêu", "mục tiêu", "cùng kỳ"})
_AFTER_BASE = re.compile(r"\s+(?i:kế hoạch|chỉ tiêu|mục tiêu)[^,;:()\d]{0,20}?\s*,\s*(?:(?i:và)\s+)?(?i:tăng|giảm)(?:\s+(?i:khoảng|hơn|gần|trên))?\s+")

_ASPECT = re.compile(r"\s*(?i:về)\s")


def chained(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with each chained share given its amount's measure (see the module)."""
    base = sentence.start
    for n, amount in enumerate(out):
        if amount.unit == "percent" or not amount.subject or low(amount.subject) in SELF_MEASURES | empty_subjects() \
                or not (measured(amount.subject) or low(amount.subject).startswith(("sản lượng ", "lượng "))):
            continue
        end = amount.evidence.end - base
        for k in range(n + 1, len(out)):
            share = out[k]
            if share.unit != "percent" or not _LINK.fullmatch(sentence.text, end, share.evidence.start - base) \
                    or _ASPECT.match(sentence.text, share.evidence.end - base):
                break  # (`tăng 2,9% về lượng, giảm 15% về trị giá`: a change of one side of the amount, named after it)
            if share.subject is None or low(share.subject) in low(amount.subject) and not measured(share.subject):
                out[k] = share.model_copy(update={"subject": amount.subject})
            end = share.evidence.end - base
    for k in range(1, len(out)):  # `thép ước đạt 4,85 triệu tấn, đạt 88,1% kế hoạch năm, tăng 23,2%`: the steel's change, not the plan's
        before = out[k - 1]
        if low(out[k].subject or "") in _BASES and before.subject and low(before.subject) not in _BASES \
                and _AFTER_BASE.fullmatch(sentence.text, before.evidence.end - base, out[k].evidence.start - base):
            out[k] = out[k].model_copy(update={"subject": before.subject})
    for n, change in enumerate(out):  # `X tăng 62,6% so với cùng kỳ năm 2020, đạt gần 8,21 tỷ USD, chiếm 5,2%`: X's
        said = low(change.subject or "")
        if change.unit != "percent" or not said or said in SELF_MEASURES | empty_subjects() \
                or not (measured(said) or said.startswith(_TRADE)):
            continue
        end = change.evidence.end - base
        for k in range(n + 1, len(out)):
            if not _ONWARD.fullmatch(sentence.text, end, out[k].evidence.start - base) or out[k].subject is not None:
                break
            out[k] = out[k].model_copy(update={"subject": change.subject})
            end = out[k].evidence.end - base
    return out
