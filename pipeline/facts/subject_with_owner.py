"""The owner of a bare measure linked by `với` to the clause that names its owner first: `Vinamilk đứng đầu thị trường sữa
với thị phần 55%` (`thị phần của Vinamilk`), `Hệ thống của NEC đạt ..., với tỷ lệ lỗi là chỉ 0,3%`, `Tại Techcombank, ...
với thị phần 30%`. A bare `thị phần` or `tỷ lệ lỗi` alone does not say whose it is."""

from __future__ import annotations

import re

from pipeline.language.analysis import Sentence

# measures that say nothing without their owner (not a sum someone proposes or notes: `số vốn`, `tổng vốn`)
BARE = frozenset({"thị phần", "tỷ lệ lỗi", "tỉ lệ lỗi", "doanh thu", "lợi nhuận", "vốn điều lệ", "giá trị vốn hóa", "vốn hóa",
                  "tổng tài sản", "dư nợ", "số phiếu", "tỷ lệ phiếu bầu", "tỉ lệ phiếu bầu", "tỷ lệ chính xác", "tỉ lệ chính xác"})
_OPENING = re.compile(r"\s*(?:(?i:tại|với|ở)\s+(?P<frame>[A-ZĐ][\w.&-]*(?:\s+[A-ZĐ][\w.&-]*){0,4})\s*,|(?P<name>(?:[A-ZĐ][\w.&+-]*)"
                      r"(?:\s+(?:[A-ZĐ0-9][\w.&+-]*|của|(?-i:[a-zà-ỹđ]+)(?=\s+(?:của\s+)?[A-ZĐ]))){0,6}))")


def owner_with(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """`subject` with the owner the sentence opens with (a proper name, or a frame `Tại X,`) when it is a bare measure of
    `BARE` written right after `với` before the figure at `sentence.text[start]`, or with the owner its clause opens with
    when a verb of reporting stands right before it (`Dệt may Nam Định ghi nhận doanh thu cả năm 2017 đạt ...`:
    `doanh thu của Dệt may Nam Định`); else `subject`."""
    if subject is None or subject.lower() not in BARE:
        return subject
    reported = re.search(rf"(?<!\w)(?i:ghi nhận|báo lãi|công bố|mang về|đạt được|có|cam kết|đặt mục tiêu|đặt kế hoạch)\s+{re.escape(subject)}(?:\s+[^,.;:()]{{0,40}}?)?\s*$",
                         sentence.text[:start])
    if reported is not None:
        clause = max(sentence.text.rfind(c, 0, reported.start()) for c in ",;:") + 1  # the clause's start (0: the sentence's)
        opening = _OPENING.match(sentence.text, clause) if not re.match(r"\s*(?i:năm|tháng|quý|trong|tính)\s", sentence.text[clause:]) else None
        owner = opening.group("name") if opening else None
        return f"{subject} của {owner}" if owner and 1 <= len(owner.split()) <= 7 and opening.end("name") <= reported.start() + 1 and any(  # type: ignore[union-attr]
            t.pos in ("Np", "Ny") and sentence.start + opening.start("name") <= t.start < sentence.start + opening.end("name") for t in sentence.tokens) else subject  # type: ignore[union-attr]
    if not re.search(rf"(?<!\w)(?i:với)\s+{re.escape(subject)}(?:\s+(?i:là|đạt|chỉ|khoảng|hơn|gần|lên đến|lên tới|chiếm))*\s*$", sentence.text[:start]):
        return subject
    opening = _OPENING.match(sentence.text)
    group = ("frame" if opening.group("frame") else "name") if opening else ""
    owner = opening.group(group) if opening else None
    if not owner or len(owner.split()) > 7:
        return subject
    a, b = sentence.start + opening.start(group), sentence.start + opening.end(group)  # type: ignore[union-attr]
    if not any(t.pos == "Np" and a <= t.start and t.end <= b for t in sentence.tokens):
        return subject  # (a capital that only opens the sentence names no one: `Năm nay, ...`)
    return f"{subject} của {owner}"
