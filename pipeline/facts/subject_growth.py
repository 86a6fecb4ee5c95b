"""Whose growth a bare rate of growth is, when it follows the figure of what grows after a comma:

    giá trị sản xuất công nghiệp năm 2021 của Lào Cai đạt hơn 40.000 tỷ đồng (1,8 tỷ USD), tỷ lệ tăng trưởng trung
    bình hàng năm là trên 20%      -> tỷ lệ tăng trưởng trung bình hàng năm của giá trị sản xuất công nghiệp ...

A rate of growth says nothing alone of what grows; the measure whose figure it follows, with only a bracket between,
does. So does a bare measure that opens the next item of such a list of its owner (`shared_owner`):

    Tổng doanh thu của 200 doanh nghiệp ... là trên 747.000 tỷ đồng, nộp ngân sách trên 40.000 tỷ đồng
        -> nộp ngân sách của 200 doanh nghiệp ..."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import MEASURE_KINDS, entries, low

_GROWTH = re.compile(r"(?:tỷ lệ|tỉ lệ|tốc độ|mức|chỉ số)?\s*tăng trưởng(?:\s+(?:bình quân|trung bình|kinh tế))?"
                     r"(?:\s+(?:hàng năm|hằng năm|mỗi năm|năm|giai đoạn này))?", re.IGNORECASE)
_BETWEEN = re.compile(r"\s*(?:\([^()]*\)|\))?\s*,\s*(?:(?i:với|và)\s+)?")  # `... 40.000 tỷ đồng (1,8 tỷ USD), | tỷ lệ tăng trưởng`


def growth_of(text: str, start: int, subject: str | None, before: tuple[int, str | None] | None) -> str | None:
    """`subject` with what grows when it is a bare rate of growth (`tỷ lệ tăng trưởng trung bình hàng năm`) written right
    after the comma that ends the figure before (`before`: that figure's end and subject) in `text`, before the figure at
    `text[start]`; else `subject`."""
    if subject is None or before is None or not before[1] or not _GROWTH.fullmatch(subject.strip()):
        return subject
    at = text.rfind(subject, 0, start)
    if at < 0 or _BETWEEN.fullmatch(text[before[0]:at]) is None:
        return subject
    grown = before[1]
    if _GROWTH.search(grown) or " của " in subject:
        return subject  # (a rate after a rate: no measure that grows)
    return f"{subject} của {grown[0].lower()}{grown[1:]}" if grown[:1].isupper() and not grown[1:2].isupper() else f"{subject} của {grown}"


# what a measure says is done, written after it (`công suất | phát điện`), and a rate's goods and time after the figure before
# (`công suất xử lý 500 tấn | rác/ngày, công suất phát điện 11 MW`: s64, set P183)
_DONE = re.compile(rf"(?:{MEASURE_KINDS})")
_PER_GOODS = re.compile(r"^\s+[^\W\d][^,;()/]{0,30}/\s*(?:ngày đêm|ngày|năm|giờ|tháng|h)(?!\w)")
_LISTED_AFTER = re.compile(r"\s*(?:\([^()]*\)|\))?\s*[,;]\s*(?:(?i:và)\s+)?")  # `... là 747.000 tỷ đồng, | nộp ngân sách ...`


# what owns a list of measures after its first figure: things counted (`5 dự án`) or a works (`Khu công nghiệp X`, `tuyến X`)
_THINGS_OWNED = re.compile(r"\d+\s|(?i:dự án|nhà máy|công trình|khu|cụm|tổ hợp|trang trại|tuyến|cảng|trung tâm)(?!\w)")


def _listed_measure(text: str, start: int, subject: str, before: tuple[int, str | None]) -> str:
    """A measure written right after the figure before and its comma, with no owner of its own written, shares that figure's
    owner whatever another rule read for it (`triển khai 5 dự án tại Lào với tổng công suất 803 MW, | tổng vốn đầu tư 1,2 tỷ
    USD`: `tổng vốn đầu tư của 5 dự án`, not of `Việt Nam` that opens the clause; s63, set P177)."""
    measure, _, owner = subject.partition(" của ")
    words = tuple(measure.lower().split())
    theirs = (before[1] or "").split(" của ", 1)[1]
    if entries().kinds.get(words, ("",))[0] not in ("measure", "attribute") or len(words) > 4 or low(theirs) in low(owner):
        return subject  # (`Tàu tuần tra dài 80 m, lượng giãn nước ...`: an owner read whole already holds the shorter one)
    if not _THINGS_OWNED.match(theirs) or _THINGS_OWNED.match(owner) and not re.match(r"\d", theirs):
        return subject  # (only things counted or a works own the list: not `do tập đoàn X đầu tư`, a relative clause's investor)
    if re.search(r"(?<!\w)(?i:mỗi)\s", text[max(0, text.rfind(", ", 0, before[0]) + 1):before[0]]):
        return subject  # (`mỗi tua-bin công suất 4,2 MW, | tổng công suất 84 MW`: the total is the whole's, not each unit's)
    at = text.find(measure, before[0], start)
    if at < 0 or _LISTED_AFTER.fullmatch(text[before[0]:at]) is None or re.search(r"(?<!\w)(?i:của)(?!\w)", text[at:start]):
        return subject
    return f"{measure} của {theirs}"


def shared_owner(text: str, start: int, subject: str | None, before: tuple[int, str | None] | None) -> str | None:
    """`subject` with the owner of the measure before it when it is a bare measure of the lexicon that opens the next item of
    a list after that measure's figure (`Tổng doanh thu của 200 doanh nghiệp ... là trên 747.000 tỷ đồng, nộp ngân sách trên
    40.000 tỷ đồng`: `nộp ngân sách của 200 doanh nghiệp ...`); else `subject`."""
    if subject is None or before is None or not before[1] or " của " not in before[1]:
        return subject
    if " của " in subject:
        return _listed_measure(text, start, subject, before)
    words = tuple(subject.lower().split())
    done = any(entries().kinds.get(words[:n], ("",))[0] in ("measure", "attribute") and _DONE.fullmatch(" ".join(words[n:])) for n in range(1, len(words)))
    if entries().kinds.get(words, ("",))[0] not in ("measure", "attribute") and not done or len(words) > 4:
        return subject  # (a measure and what is done, `công suất phát điện`, is a measure too)
    at = text.rfind(subject, 0, start)
    if at < 0 or _LISTED_AFTER.fullmatch(_PER_GOODS.sub("", text[before[0]:at], count=1)) is None:
        return subject
    return f"{subject} của {before[1].split(' của ', 1)[1]}"
