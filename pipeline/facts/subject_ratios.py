"""A share of a whole, and a share of a plan, said in the subject (s66: blind judges of sets P193 and P194 marked wrong
the subjects that named only the part or the measure of such a share).

    Mỹ đạt kim ngạch 578 triệu USD, chiếm 38,8% trong tổng kim ngạch xuất khẩu nhóm hàng này
        38,8%: tỷ lệ kim ngạch trong tổng kim ngạch xuất khẩu nhóm hàng này        (was `kim ngạch`)
    doanh thu hợp nhất ước đạt 13.036 tỷ đồng, bằng 100,7% so với cùng kỳ và đạt 72,8% so với kế hoạch
        72,8%: doanh thu hợp nhất so với kế hoạch                                   (was `doanh thu hợp nhất`)

A share after `chiếm` whose whole is written right after it (`trong`, `của`, `/` or nothing between) is the part's share
of that whole, `tỷ lệ <part> trong <whole>`, the whole read up to punctuation, `và`, a verb of change or fourteen syllables; a
part that is a share already (`tỷ lệ`, `thị phần`, `tỷ trọng`) keeps its word. A percentage `đạt`, `bằng`, `hoàn thành`
or `vượt` a plan (`kế hoạch`, `KH`, `chỉ tiêu`, `dự toán`) is its measure against the plan. A figure with no subject is
left to other readings: a whole alone says too little of what is shared. A percentage whose subject is a count of things
(`439 sản phẩm được công nhận (đạt tỷ lệ 49%)`) is the share of those things: `tỷ lệ sản phẩm được công nhận`.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_QUALIFIERS = r"(?:(?:khoảng|hơn|gần|trên|tới|đến|chỉ|chừng|xấp xỉ|tối thiểu|tỷ trọng|tỉ trọng|tỷ lệ|tỉ lệ)\s+)*"
_TAKES = re.compile(rf"(?<!\w)(?<!tái )(?i:chiếm)\s+{_QUALIFIERS}$")
_WHOLE = re.compile(r"\s*(?:(?i:trong|của)\s+|/\s*)?(?P<whole>(?i:tổng|cơ cấu|diện tích|dân số|giá trị|giá thành|thị phần|nguồn cung|"
                    r"kim ngạch|vốn|doanh thu|lượng|số|thu)(?!\w)[^,.;:()“”\"]{0,80}?)"
                    r"(?=\s*(?:[,.;:()“”\"]|$)|\s+(?i:và|nhưng|song|tăng|giảm|đứng|đạt|là|tương đương|thấp|cao|đã|đang|sẽ|có|được|bị)(?!\w))")
_PLANNED = re.compile(rf"(?<!\w)(?P<verb>(?i:đạt|bằng|hoàn thành|vượt))\s+{_QUALIFIERS}$")
_PLAN = re.compile(r"\s*(?:(?i:so với)\s+)?(?P<plan>(?i:kế hoạch|KH|chỉ tiêu|dự toán))(?!\w)")
# an amount or a count opening the part (`12.000 ha cà phê`, `439 sản phẩm`): the part is the crop, goods or things counted
_AMOUNT = re.compile(r"^(?:(?:hơn|gần|khoảng|trên)\s+)?\d[\d.,]*\s+(?:(?:triệu|nghìn|ngàn|tỷ|tỉ)\s+)?(?:(?:ha|tấn|km2|m2|hécta|hecta|lít|kg)\s+)?(?=\D)")
# a count of things (`439 sản phẩm`), not an amount of a unit (`19,4 triệu lít bia`, `73.643 tấn đường`)
_COUNTED = re.compile(r"\d[\d.,]*\s+(?:(?:triệu|nghìn|ngàn|tỷ|tỉ)\s+)?(?!(?:lít|tấn|kg|ha|m2|m3|km|USD|đồng|lượt)(?!\w))[^\W\d_]")
_RATE_SAID = re.compile(rf"(?<!\w)(?i:tỷ lệ|tỉ lệ|chiếm)\s+{_QUALIFIERS}$")
_SHARE_WORDS = ("tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng", "thị phần", "cơ cấu")


def ratios(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out`, a share of a whole or of a plan given a subject that says so (see the module)."""
    text, base = sentence.text, sentence.start
    for n, f in enumerate(out):
        if f.unit != "percent" or not f.subject:
            continue
        start, end = f.evidence.start - base, f.evidence.end - base
        subject = f.subject.strip()
        whole = _WHOLE.match(text, end) if _TAKES.search(text[:start]) else None
        if whole and " trong " in f" {low(subject)} " and low(whole.group("whole")) in low(subject):
            if not low(subject).startswith(_SHARE_WORDS):  # (`tiền sử dụng đất trong giá nhà phố`, told apart from its twin)
                out[n] = f.model_copy(update={"subject": f"tỷ lệ {subject}"})
            continue
        if whole and len(whole.group("whole").split()) <= 14 and " trong " not in f" {low(subject)} " \
                and low(whole.group("whole")) not in low(subject):
            part = subject if low(subject).startswith(_SHARE_WORDS) else f"tỷ lệ {_AMOUNT.sub('', subject)}"
            out[n] = f.model_copy(update={"subject": f"{part} trong {' '.join(whole.group('whole').split())}"})
            continue
        if _AMOUNT.match(subject) and not whole and _COUNTED.match(subject) and _RATE_SAID.search(text[:start]) \
                and not _PLAN.match(text, end):
            out[n] = f.model_copy(update={"subject": f"tỷ lệ {_AMOUNT.sub('', subject)}"})  # `439 sản phẩm được công nhận (đạt tỷ lệ
            continue  # 49%)`: the share of the things counted, not their count (s66, set P196)
        planned = _PLANNED.search(text[:start])
        over = low(f.text).startswith("vượt")  # (`vượt 5%`: the qualifier inside the figure's text)
        plan = _PLAN.match(text, end) if planned or over else None
        if plan and "kế hoạch" not in low(subject) and "chỉ tiêu" not in low(subject):
            link = "vượt" if over or planned and low(planned.group("verb")) == "vượt" else "so với"
            out[n] = f.model_copy(update={"subject": f"{_AMOUNT.sub('', subject)} {link} {plan.group('plan')}"})
    return out
