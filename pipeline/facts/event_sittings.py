"""Sittings named by their verb: `Ngày 1/12, Chính phủ họp phiên thường kỳ tháng 11/2017`, `Ủy ban Thường vụ Quốc hội
họp phiên thứ 30`.

Government news tells a standing body's meeting as the body and `họp phiên` + which sitting (`thường kỳ` and its
month, `thứ` and its number, `chuyên đề` and its subject, `bất thường`), not as a noun phrase: the sitting is an
event (a conference) named `phiên họp <which> của <body>`, so that `phiên họp Chính phủ` elsewhere in the article
joins it and the day that opens the sentence dates it."""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import Mention
from pipeline.language.analysis import Sentence
from pipeline.record import Event

_BODY = r"(?P<body>(?<!\w)[^\W\d_][\w&.-]*(?:\s+[\w&.-]+){0,6}?)"
_WHICH = (r"(?P<which>(?i:thường kỳ)(?:\s+(?i:tháng)\s+\d{1,2}(?:\s*/\s*(?:19|20)\d{2})?)?|(?i:thứ)\s+(?:\d{1,3}|[IVXL]+)(?!\w)"
          r"|(?i:chuyên đề)(?:\s+(?i:về)\s+[^,.;()]{1,60}?(?=\s*[,.;(]|\s+(?i:để|nhằm|và)\s|$))?|(?i:bất thường))")
_TIMES = frozenset({"sáng", "chiều", "tối", "trưa", "hôm", "ngày", "tuần", "tháng", "năm", "hôm nay", "nay", "trong", "tại"})
_SITTING = re.compile(rf"{_BODY}\s+(?:(?i:đã|vừa|sẽ|tiếp tục|tổ chức)\s+)*(?i:họp)\s+(?i:phiên)\s+{_WHICH}")


def sittings(sentence: Sentence) -> list[Mention]:
    """The sittings of standing bodies the sentence tells by `họp phiên` (see the module docstring); a mention read
    inside one (`phiên thường kỳ`) gives way to it."""
    found = []
    for m in _SITTING.finditer(sentence.text) if "họp phiên" in sentence.text.lower() else ():
        words = m.group("body").split()
        while words and (not words[0][:1].isupper() or words[0].lower() in _TIMES):
            words = words[1:]  # (`Sáng nay | Chính phủ họp phiên ...`: the time before the body)
        if not words:
            continue
        body = " ".join(words)
        which = " ".join(m.group("which").split())
        name = f"phiên họp {which[0].lower()}{which[1:]} của {body}"
        found.append(Mention(name, "conference", None, m.start("body"), m.end(), sentence, named=True, strong=True,
                             head="phiên họp"))
    return found


# a review meeting told by its verb (`Sở Công thương tổ chức tổng kết hoạt động ngành công thương năm 2024, triển khai nhiệm vụ
# năm 2025`): no `Hội nghị` written, the review and the year it reviews name it (s58, set P144)
_REVIEW = re.compile(r"(?<!\w)(?i:tổ chức)\s+(?P<name>(?i:tổng kết|sơ kết)\s+(?!(?i:và|các|những)\s)[^.;:()“”\"]{5,120}?\s+(?i:năm)\s+(?:19|20)\d{2}"
                     r"(?:\s*,\s*(?i:triển khai|đề ra|phương hướng)[^.;:()“”\"]{3,80}?\s+(?i:năm)\s+(?:19|20)\d{2})?)(?!\d)")


# an anniversary told by its verb (`Công ty Phân bón Bình Điền đã tổ chức kỷ niệm 35 năm ngày thành lập công ty`): no `Lễ`
# written, the years and what they remember name it (s59, set P152)
_ANNIVERSARY = re.compile(r"(?<!\w)(?i:tổ chức)\s+(?P<name>(?i:kỷ niệm|kỉ niệm)\s+\d{1,3}\s+(?i:năm)\s+(?:(?i:ngày)\s+)?(?i:thành lập|truyền thống|"
                          r"xây dựng và phát triển|hình thành và phát triển)[^.;:()“”\"]{0,80}?)(?=\s*[,.;:(]|\s+(?i:tại|vào|với|và)\s|$)")


def reviews(sentence: Sentence) -> list[Mention]:
    """The review meetings the sentence tells by `tổ chức tổng kết` or `tổ chức sơ kết` and the year reviewed (see `_REVIEW`),
    and the anniversaries by `tổ chức kỷ niệm N năm thành lập ...` (`_ANNIVERSARY`, a ceremony)."""
    found = [Mention(" ".join(m.group("name").split()), "conference", None, m.start("name"), m.end("name"), sentence, named=True,
                     strong=True, head=m.group("name").split()[0] + " " + m.group("name").split()[1])
             for m in _REVIEW.finditer(sentence.text)]
    return found + [Mention(" ".join(m.group("name").split()), "ceremony", "anniversary", m.start("name"), m.end("name"), sentence,
                            named=True, strong=True, head=" ".join(m.group("name").split()[:2]))
                    for m in _ANNIVERSARY.finditer(sentence.text)]


_BARE_SITTING = re.compile(r"(?i:kỳ họp|phiên họp|kì họp)(?:\s+(?i:thứ)\s+(?:\d{1,3}|[IVXL]+|[a-zà-ỹđ]+)|\s+(?i:bất thường|chuyên đề))?")
_STANDING = re.compile(r"(?i:HĐND|Hội đồng nhân dân|Quốc hội|Chính phủ|Ủy ban Thường vụ|Uỷ ban Thường vụ|UBTVQH)(?!\w)")


def with_body(event: Event) -> Event:
    """A sitting named only by which one it is (`kỳ họp thứ nhất`) with the standing body that holds it, its one organiser
    (`HĐND tỉnh Lạng Sơn khóa XVI tổ chức kỳ họp thứ nhất`: `kỳ họp thứ nhất HĐND tỉnh Lạng Sơn khóa XVI`): many bodies
    hold a first sitting, and the name alone says whose it is."""
    if event.type != "conference" or len(event.organizers) != 1 or not _BARE_SITTING.fullmatch(event.name.strip()):
        return event
    body = event.organizers[0]
    return event.model_copy(update={"name": f"{event.name.strip()} {body}"}) if _STANDING.match(body) else event
