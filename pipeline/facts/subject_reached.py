"""A measure a named owner reaches, told between `đạt` and the amount: `Cảng Hải Phòng đạt doanh thu hợp nhất 524,3 tỷ
đồng, giảm 14% so với quý 2/2022` is `doanh thu hợp nhất của Cảng Hải Phòng` (the change chained right after it too);
`Công ty A đạt doanh thu 500 tỷ đồng` is `doanh thu của Công ty A`, not `Công ty A đạt doanh thu`. The owner is a name
(capitalised words, or a firm's or port's head and its name) right before `đạt`, with only words of aspect between."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.subject_lexicon import entries, low
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_OWNER = (rf"(?P<owner>(?:[{_UPPER}][\w'&.-]*|(?i:công ty|tập đoàn|tổng công ty|ngân hàng|cảng|nhà máy))"
          rf"(?:\s+(?:[{_UPPER}0-9][\w'&.-]*|(?i:cổ phần|TNHH|MTV)(?!\w))){{0,6}})")
_ASPECT = r"(?:\s+(?i:đã|cũng|vừa|lần đầu tiên|tiếp tục|chính thức|ước|dự kiến|năm nay|năm qua|quý này))*"
_CHAINED = re.compile(r",\s*(?i:tăng|giảm)(?:\s+(?i:khoảng|hơn|gần|trên))?\s+")


@lru_cache(maxsize=1)
def _reached() -> re.Pattern[str]:
    measures = sorted((" ".join(k) for k, v in entries().kinds.items() if v[0] == "measure"), key=len, reverse=True)
    return re.compile(rf"(?:^|[,;:]\s*|\s){_OWNER}{_ASPECT}\s+(?i:đạt)\s+(?P<measure>(?i:{'|'.join(map(re.escape, measures))})"
                      rf"(?:\s+[^\d\s,;:()]+){{0,3}}?)\s+(?:(?i:khoảng|gần|hơn|trên|xấp xỉ|ước|là)\s+)*$")


def reached(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with a reached measure given its owner (see the module)."""
    base = sentence.start
    for n, f in enumerate(out):
        m = _reached().search(sentence.text[:f.evidence.start - base])
        if m is None or m.group("owner").split()[0].lower() in ("năm", "quý", "tháng", "trong", "tính", "đến", "hiện"):
            continue
        owner, measure = m.group("owner").strip(), m.group("measure").strip()
        if f.subject and " của " in f" {low(f.subject)} " or low(f.subject or "") not in ("", low(owner), low(measure)) \
                and not low(f.subject or "").startswith(low(owner)):
            continue  # (a subject of its own: `lợi nhuận của X`)
        subject = f"{measure} của {owner}"
        out[n] = f.model_copy(update={"subject": subject})
        k = n + 1
        if k < len(out) and out[k].unit == "percent" and _CHAINED.fullmatch(sentence.text, f.evidence.end - base, out[k].evidence.start - base) \
                and low(out[k].subject or owner) in (low(owner), low(measure), low(f.subject or "")):
            out[k] = out[k].model_copy(update={"subject": subject})  # `, giảm 14% so với quý 2/2022`: the same measure changed
    return out
