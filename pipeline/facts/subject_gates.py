"""Last checks on a figure's subject, read from the words around the figure: a subject the sentence's grammar gives
to something else is dropped or replaced.

    ... thu về hơn 225 tỉ đồng, chiếm 48% tổng giá trị sản xuất       a share's base     -> the amount before's subject
    ... tập huấn cho 61 học viên                                      a count governed   -> None (not the one who trains)
    Dự án gồm hai giai đoạn, giai đoạn 1 với tổng mức đầu tư 100 triệu USD   a phase   -> giai đoạn 1 của Dự án

A share (`chiếm 48% B`) is its holder's part of B, never B itself (but `đóng góp 70% giá trị sản xuất`: a contribution
to B may be told by B). A count after `cho`, `tại`, `của`, `từ`, `ở` or
`với` is the object of that word: what stands before it is who gives, where it is or whose it is, not what the count
belongs to (`hệ thống xử lý tại 7 cơ sở`, `làng nghề với hơn 5.000 doanh nghiệp`), unless it is an event, a programme
or a group that has the counted things (`Triển lãm của gần 70 doanh nghiệp`, `đoàn với 35 sản phẩm`). A project's
phase named in the clause before an amount (`giai đoạn 1`, not `giai đoạn 2021-2025`) is what the amount measures.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import place_only

_SHARE = re.compile(r"(?<!\w)(?i:chiếm)(?:\s+(?i:tỷ|tỉ)\s+(?i:lệ|trọng))?(?:\s+(?i:khoảng|gần|hơn|trên|tới|đến|xấp xỉ|chỉ))*\s*$")
_GOVERNED = re.compile(r"(?<!\w)(?i:cho|tại|của|ở|với|từ)\s+(?:(?i:khoảng|gần|hơn|trên|tới|đến|xấp xỉ|chỉ)\s+)?$")
_HAS_COUNT = re.compile(r"(?i:hội chợ|phiên chợ|chợ|tuần lễ|tuần hàng|chương trình|triển lãm|festival|ngày hội|lễ hội|hội nghị|hội thảo|"
                        r"cuộc thi|hội thi|không gian|đoàn|nhóm|tổng số|số lượng|số)(?!\w)")
_JOBS = re.compile(r"(?i:việc làm)(?:\s+\w+)?\s+(?i:cho)\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?$")
_PHASE = re.compile(r"(?<!\w)(?i:giai đoạn)\s+(?:\d{1,2}|I{1,3}V?|IV|(?i:một|hai|ba|đầu))(?![\w/.-]*\d{3})(?!\w)")
_PHASE_DONE = re.compile(r"(?i:sau khi|khi|hoàn thành|kết thúc|xong)\s+$")
_MEASURE = re.compile(r"(?i:tổng\s+)?(?i:vốn đầu tư|mức đầu tư|vốn|công suất|công suất lắp đặt|diện tích|quy mô|kinh phí)")
_PROJECT = re.compile(r"(?i:dự án|nhà máy|công trình|khu công nghiệp|cụm công nghiệp|KCN|CCN)(?:\s+\S+)?")


def share_base(text: str, start: int, end: int, subject: str | None, before: tuple[int, str | None] | None) -> str | None:
    """For a share after `chiếm` or `đóng góp` whose subject is the phrase right after it (the base it is a share of):
    the subject of the amount right before the link (`before`: that amount's end and subject), else None.
    `text[start:end]` is the share."""
    link = _SHARE.search(text[:start])
    if subject is None or link is None or not text[end:].lstrip().startswith(subject):
        return subject
    if re.match(r"(?i:thị phần)", subject):
        return subject  # `chiếm 95% thị phần dịch vụ di động`: the share is of that market
    return before[1] if before is not None and not text[before[0]:link.start()].strip(" ,()") else None


def governed_count(text: str, start: int, subject: str | None) -> str | None:
    """A count's subject, None when the count is the object of a preposition (see the module's text)."""
    if subject is None or _GOVERNED.search(text[:start]) is None or _JOBS.search(text[:start]):
        return subject  # `khu công nghiệp dự kiến giải quyết việc làm cho hơn 20.000 lao động`: who gives the jobs
    if place_only(subject):
        return None  # `tại Quảng trường 16/3, TP. Kon Tum với quy mô hơn 180 gian hàng`
    return subject if _HAS_COUNT.match(subject) else None


def phase(text: str, start: int, subject: str | None) -> str | None:
    """The project phase named in the clause before the amount at `text[start]`, with the project's name when the
    subject is one (`giai đoạn 1 của dự án`), when the subject is a bare project or none; a bare measure takes the
    phase after it (`tổng vốn đầu tư giai đoạn 1`); else the subject."""
    clause = text.rfind(";", 0, start)
    found = [m for m in _PHASE.finditer(text, clause + 1, start)]
    if not found or _PHASE_DONE.search(text[:found[-1].start()]):
        return subject
    named = found[-1].group(0)
    if subject is not None and _MEASURE.fullmatch(subject):
        return f"{subject} {named}"  # `giai đoạn 1 có tổng vốn đầu tư 1.200 tỷ đồng`: the phase's capital
    if subject is not None and not _PROJECT.fullmatch(subject) and not subject.lower().startswith("giai đoạn"):
        return subject
    if subject is None or subject.lower().startswith("giai đoạn"):
        return named
    return f"{named} của {subject}"
