"""A works named only by its bare head where a sentence opens with it (`Dự án có tổng mức đầu tư ...`, `Nhà máy có
tổng công suất ...`, `Công trình này ...`) is the works of that head the article named last (s65, set P189):

    Sáng 5/3, tỉnh khởi công Nhà máy điện gió Hướng Phùng 3. Nhà máy có tổng công suất 30 MW.
        30 MW: `tổng công suất của Nhà máy điện gió Hướng Phùng 3`, was `tổng công suất của Nhà máy`

A works named is its head (`Nhà máy`, `Dự án`, `Công trình`, in any case) and the words after it up to punctuation, a
verb of a clause, a preposition or a figure, whose last word there is a capitalised word or a number (`nhà máy thủy điện Lai Châu`, `Dự án
Khu công nghiệp VSIP II`); only the nearest sentence before that names one is read, and not when it names two.
"""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_HEADS = ("Nhà máy", "Dự án", "Công trình")
_BARE = re.compile(rf"^((?:[^\s]+\s+){{0,5}}?của\s+)?({'|'.join(_HEADS)})(?:\s+(?i:này|trên))?$")
_OPENS = re.compile(rf"^\s*(?:(?:Theo đó|Hiện nay|Hiện tại|Dự kiến|Trong đó)\s*,\s*)?({'|'.join(_HEADS)})(?:\s+(?:này|trên))?\s+(?!\w*[A-ZĐ])")
_STOP = re.compile(r"\s(?i:có|được|đã|sẽ|đang|do|của|tại|ở|với|là|và|gồm|nằm|thuộc|vừa|chính thức|đi vào|khởi công|khánh thành|"
                   r"vận hành|cho|trên|từ|đến|nhằm|để|mới|cũng|bị|sử dụng|trị giá|công suất|vốn|tổng|quy mô|diện tích)(?!\w)"
                   r"|[,.;:()“”\"–]|\s[-–]\s|\s\d[\d.,]*\s+(?i:tỷ|tỉ|triệu|nghìn|ngàn|MW|ha|tấn|USD)(?!\w)")


def resolve(sentences: list[Sentence], k: int, out: list[Figure]) -> list[Figure]:
    """The figures of sentence `k` whose subject is a bare head opening the sentence, with that head's works named last
    before it (see the module)."""
    opened = _OPENS.match(sentences[k].text)
    if opened is None or not any(f.subject and _bare(f.subject, opened.group(1)) for f in out):
        return out
    head = opened.group(1)
    named = None
    for before in reversed(sentences[max(0, k - 6):k]):
        names = {n.lower(): n for n in _named(before.text, head)}
        if len(names) > 1:
            return out  # (two works of that head: which one is not said)
        if names:
            named = next(iter(names.values()))
            break
    if named is None:
        return out
    for n, f in enumerate(out):
        m = _BARE.match(f.subject or "")
        if m and m.group(2) == head:
            out[n] = f.model_copy(update={"subject": f"{m.group(1) or ''}{named}"})
    return out


def _bare(subject: str, head: str) -> bool:
    m = _BARE.match(subject)
    return m is not None and m.group(2) == head


def _named(text: str, head: str) -> list[str]:
    """The works of `head` named in `text`: the head and its words up to a stop, ending with a capitalised word or a
    number, with at least one capitalised word after the head."""
    found = []
    for m in re.finditer(rf"(?<!\w)(?i:{head})\s+", text):
        stop = _STOP.search(text, m.end() - 1)
        words = text[m.end():stop.start() if stop else len(text)].split()[:12]
        last = max((n for n, w in enumerate(words) if w[:1].isupper() or w[:1].isdigit()), default=-1)
        if last < 0 or last < len(words) - 1 or not any(w[:1].isupper() for w in words[:last + 1]):
            continue  # (not `Dự án Đầu | tư xây dựng ...`, `Dự án Khu Công | nghiệp, ...`: a name in title case cut short)
        found.append(f"{text[m.start():m.end()].strip()} {' '.join(words[:last + 1])}")
    return found
