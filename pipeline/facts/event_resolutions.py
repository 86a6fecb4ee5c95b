"""A meeting named after the resolutions it carries out goes on to their issuers and their subject (s60, set P158):

    Bộ Công Thương tổ chức Hội nghị chuyên đề triển khai Nghị quyết số 57-NQ/TW | của Bộ Chính trị và Nghị quyết số 71/NQ-CP
    của Chính phủ về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.

A name that ends on a resolution's number (`Nghị quyết số 57-NQ/TW`, `Nghị quyết 19`, `Chỉ thị 15/CT-TTg`) runs on over
`của` and the body that issued it, other resolutions joined by `và` or a comma, and a subject told with `về` to the end
of the sentence, when nothing in that subject is a word that opens a clause (`tại`, `do`, `nhằm`, a date, a verb of
saying): the resolution's title is part of the meeting's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention

_BODY = r"(?i:của)\s+(?:(?i:Bộ Chính trị|Ban Chấp hành Trung ương(?:\s+Đảng)?|Ban Bí thư|Chính phủ|Quốc hội|Thủ tướng Chính phủ|Thủ tướng|" \
        r"Trung ương|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|HĐND tỉnh|UBND tỉnh)|[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,4})"
_ISSUED = re.compile(rf"\s+{_BODY}")
_NUMBER_END = re.compile(rf"(?<!\w)(?i:nghị quyết|chỉ thị|kết luận|quyết định|nghị định|luật)\s+(?:(?i:số)\s+)?[\dIVX][\w/.-]*(?:\s+{_BODY})?$")
_ANOTHER = re.compile(rf"(?:\s*,\s*|\s+(?i:và)\s+)(?i:nghị quyết|chỉ thị|kết luận|quyết định|nghị định)\s+(?:(?i:số)\s+)?[\dIVX][\w/.-]*(?:\s+{_BODY})?")
_ABOUT = re.compile(r"\s+(?i:về)\s+[^.;:!?()“”\"]{3,160}?(?=\s*[.;:!?]|\s*$)")
_CLAUSE = re.compile(r"(?<!\w)(?i:tại|do|nhằm|diễn ra|cho biết|phát biểu|với sự)(?!\w)|(?<!\w)(?i:sáng|chiều|tối|ngày)\s+(?:\d|(?i:nay|mai|qua))"
                     r"|\d{1,2}/\d{1,2}")


def carried_out(mention: Mention | None) -> Mention | None:
    """The mention run on over its resolution's issuer, other resolutions and subject (see the module); else it."""
    if mention is None or not _NUMBER_END.search(mention.name) or mention.name != mention.sentence.text[mention.start:mention.end]:
        return mention
    text, end = mention.sentence.text, mention.end
    issued = _ISSUED.match(text, end) if not _ISSUED.search(mention.name) else None
    end = issued.end() if issued else end
    while (another := _ANOTHER.match(text, end)) is not None:
        end = another.end()
    about = _ABOUT.match(text, end)
    if about and not _CLAUSE.search(about.group()):
        end = about.end()
    return replace(mention, name=text[mention.start:end], end=end) if end > mention.end else mention
