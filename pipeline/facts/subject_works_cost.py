"""Whose cost a bare sum after `với` is when its clause counts the works it pays for earlier:

    toàn tỉnh đang triển khai 13 đề án khuyến công cho các cơ sở ..., với tổng kinh phí hỗ trợ là trên 1,2 tỉ đồng
        -> tổng kinh phí hỗ trợ của 13 đề án khuyến công
    có 2 đề án KC quốc gia và 28 đề án KC địa phương đã được triển khai ... với tổng kinh phí hỗ trợ trên 3,1 tỷ đồng
        -> tổng kinh phí hỗ trợ của 2 đề án KC quốc gia và 28 đề án KC địa phương

A bare `tổng kinh phí` says nothing of what it pays for; the works counted before it in the same clause (back to a
semicolon or a colon) do, when no other sum stands between them. A count of works is one of `đề án`, `dự án`,
`chương trình`, `mô hình`, `kế hoạch`, `công trình`, `nhiệm vụ`; its words are the count and its subject."""

from __future__ import annotations

import re
from typing import NamedTuple

_COST = re.compile(r"(?:tổng\s+)?(?:kinh phí|chi phí|vốn|vốn đầu tư|số vốn|nguồn vốn|mức vốn|mức đầu tư|số tiền|kinh phí khuyến công)"
                   r"(?:\s+(?:hỗ trợ|thực hiện|đầu tư|khuyến công|dự kiến))?", re.IGNORECASE)
_LINKS = r"(?:\s+(?i:là|đạt|khoảng|hơn|gần|lên đến|lên tới|ước tính|dự kiến|trên|tới|gần như|chừng))*\s*$"
_WORKS = frozenset({"đề án", "dự án", "chương trình", "mô hình", "kế hoạch", "công trình", "nhiệm vụ"})
_CLAUSE_ENDS = (";", ":")


class Earlier(NamedTuple):
    """A figure before the sum in its sentence: where it is, its unit, its counted noun, its text and subject."""
    start: int
    end: int
    unit: str | None
    counted: str | None
    text: str
    subject: str | None


def works_cost(text: str, start: int, subject: str | None, earlier: list[Earlier], money: frozenset[str]) -> str | None:
    """`subject` with the works it pays for (see the module) when it is a bare sum after `với` before the figure at
    `text[start]`; else `subject`. `earlier`: the sentence's figures before it; `money`: the units of money."""
    if subject is None or not _COST.fullmatch(subject.strip()):
        return subject
    joint = re.search(rf"(?<!\w)(?i:với)\s+{re.escape(subject)}{_LINKS}", text[:start])
    if joint is None:
        return subject
    clause = max(text.rfind(end, 0, joint.start()) for end in _CLAUSE_ENDS) + 1
    inside = [f for f in earlier if f.start >= clause]
    paid = max((f.end for f in inside if f.unit in money), default=clause)  # (a list: `5 dự án ... với tổng vốn X, 8 dự án ... với
    inside = [f for f in inside if f.start >= paid]  # tổng vốn Y`: each sum is of the works counted after the sum before it)
    works = [f for f in inside if f.unit == "count" and (f.counted or "").lower() in _WORKS]
    if not works or any(f.unit in money for f in inside if f.start > works[0].start) or re.search(r"[;:]", text[paid:works[0].start]):
        return subject  # (no works counted, or another sum between: `hỗ trợ 3 đề án 500 triệu đồng, ... với tổng kinh phí`)
    joined = all(re.fullmatch(r"[\w\s]*?\s(?i:và)\s+|\s*,\s*", text[a.end:b.start]) for a, b in zip(works, works[1:], strict=False))
    if not joined:
        return subject  # (counts of works far apart: which of them it pays for is not said)
    named = " và ".join(_named(f, text) for f in works)
    more = re.match(rf"\s*,\s*(?:{'|'.join(sorted(_WORKS))})(?=\s+(?i:với))", text[works[-1].end:])
    return f"{subject} của {named}{more.group() if more else ''}"  # (`13 chương trình, đề án với kinh phí`: both kinds)


def _named(count: Earlier, text: str) -> str:
    """A count of works with the words after it its subject says of them (`13 đề án` + `đề án khuyến công`: `13 đề án
    khuyến công`; not the verb before it that acts on them: `hỗ trợ 18 đề án`, `18 đề án`)."""
    counted = count.counted or ""
    if count.subject and count.subject.lower().startswith(counted.lower()) and count.text.lower().endswith(counted.lower()) \
            and text[count.end:].lstrip().startswith(count.subject[len(counted):].strip()):
        return count.text[:len(count.text) - len(counted)] + count.subject
    return count.text


# a source of money (`ngân sách địa phương`, `nguồn vốn ODA`) read alone when the cost it pays is written before `từ`
_SOURCE = re.compile(r"(?i:ngân sách|nguồn vốn|nguồn kinh phí|nguồn|vốn vay|quỹ)(?!\w)")
_FROM = re.compile(r"(?:^|(?<=[\s,;:(]))(?P<cost>(?i:tổng\s+)?(?i:kinh phí|chi phí|vốn|số tiền|khoản|phần)(?:\s+[a-zà-ỹđ]+){0,3}?)\s+(?i:từ)\s+$")


def sourced_cost(text: str, start: int, subject: str | None) -> str | None:
    """`kinh phí đối ứng từ ngân sách địa phương 149,872 triệu đồng`: the cost paid, with its source, in place of the source
    alone (the payer is not what is paid); else `subject`."""
    if not subject or not _SOURCE.match(subject):
        return subject
    at = text.rfind(subject, 0, start)
    cost = _FROM.search(text[:at]) if at > 0 else None
    return f"{cost.group('cost')} từ {subject}" if cost else subject
