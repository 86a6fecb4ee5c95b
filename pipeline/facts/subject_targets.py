"""The target a share reaches: `Tây Ninh đạt 100% chỉ tiêu về kinh tế - xã hội` measures the targets met, whose they are
named before the verb: `chỉ tiêu về kinh tế - xã hội của Tây Ninh`, not `Tây Ninh`. The target is a plan, goal or quota
(`kế hoạch`, `chỉ tiêu`, `mục tiêu`, `dự toán`, `nhiệm vụ`) written right after the share, up to a comma, a bracket or a
clause word; a subject found before the verb, a name (`Tây Ninh`, `Công ty X`), becomes its owner, unless it is a measure itself (`Doanh thu đạt 105% kế
hoạch`: the revenue, against its plan)."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import entries, low

_REACHED = re.compile(r"(?<!\w)(?i:đạt|đạt được|vượt|hoàn thành|thực hiện được|thực hiện)\s+(?:(?i:khoảng|gần|hơn|trên|xấp xỉ)\s+)?$")
_TARGET = re.compile(r"\s+((?i:kế hoạch|chỉ tiêu|mục tiêu|dự toán|nhiệm vụ)(?:\s+[^\s,.;:()\d]+){0,10}?)"
                     r"(?=\s*(?:[,.;:()]|$)|\s+(?i:và|so với|đề ra|được giao|Trung ương giao|của|trong|năm|của năm)(?!\w))")


def target_of(text: str, start: int, end: int, subject: str | None) -> str | None:
    """The target a percentage at `text[start:end]` reaches, owned by `subject` (see the module), else `subject`."""
    words = tuple(low(subject or "").split())
    words = words[1:] if words[:1] == ("tổng",) else words  # (`Tổng kim ngạch xuất khẩu`: a measure)
    if not _REACHED.search(text[:start]) or not (subject or "x")[:1].isupper() or any(entries().kinds.get(words[:n], ("",))[0] in ("measure", "attribute")
                                                for n in range(1, min(4, len(words)) + 1)):
        return subject
    m = _TARGET.match(text, end)
    if m is None:
        return subject
    target = m.group(1)
    year = re.match(r"\s+(?i:năm)\s+(?:19|20)\d{2}(?!\d)", text[m.end():])
    target += year.group() if year else ""  # `kế hoạch năm 2024`
    if subject and subject.lower() not in target.lower() and not subject.lower().startswith(target.split()[0].lower()):
        return f"{target} của {subject}"
    return target
