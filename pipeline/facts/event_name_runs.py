"""Where a name goes on past a dash or a comma the rules end it at (s60, set P160):

- a region named by two parts joined by a dash (`Giải thưởng Chất lượng Quốc tế Châu Á | - Thái Bình Dương`);
- a second year after a name that ends with one (`Lễ trao Giải thưởng Chất lượng Quốc gia 2019 |, 2020`: the awards of both);
- the region an event of a year is held for, written after the year (`hội nghị xúc tiến tiêu thụ vải thiều năm 2015 | khu vực
  phía Nam`, `Hội chợ ... năm 2024 | khu vực miền Trung - Tây Nguyên`; s65, set P190);
- the businesses a meeting of the government or a province's leaders meets (`Hội nghị Chính phủ | với các doanh nghiệp Nhà
  nước`, `Hội nghị UBND tỉnh | với doanh nghiệp`; s66, set P197).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention

_REGION_END = re.compile(r"(?<!\w)(?i:châu Á)$")
_REGION_MORE = re.compile(r"\s*[-–]\s*(?i:Thái Bình Dương)(?:\s+(?:19|20)\d{2}(?!\d))?")
_YEAR_END = re.compile(r"(?<!\d)(?:19|20)\d{2}$")
_NAMED = r"[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*"
_SCOPE_MORE = re.compile(rf"\s+(?i:khu vực|vùng)\s+(?:(?i:phía|miền)\s+)?{_NAMED}(?:\s*[-–]\s*{_NAMED})?"
                         r"(?=\s*[,.;:(]|\s*$|\s+(?i:tại|ở|vào|diễn ra|được|đã|sẽ|do|với|từ|cho|nhằm)\s)")
_MEETS = re.compile(r"(?i:hội nghị|buổi gặp mặt|gặp mặt)\s+(?:(?i:Thủ tướng)\s+)?(?:Chính phủ|Thủ tướng|UBND tỉnh|UBND thành phố|Ủy ban nhân dân tỉnh|"
                    r"lãnh đạo tỉnh|Tỉnh ủy|Thành ủy)(?:\s+[A-ZĐ][\w-]*)*")
_MET_MORE = re.compile(r"\s+(?i:với)\s+(?:(?i:các|cộng đồng)\s+)?(?i:doanh nghiệp|nhà đầu tư|doanh nhân|hiệp hội|hợp tác xã)(?:\s+[^\W\d_][\w-]*){0,4}?"
                       r"(?=\s*[,.;:(]|\s*$|\s+(?i:hôm|ngày|sáng|chiều|tối|năm|diễn ra|đã|sẽ|vào|tại|ở|được|do)(?!\w))")
_YEAR_MORE = re.compile(r",\s*(?:19|20)\d{2}(?!\d)(?=\s+(?i:cho|tại|ở|vào|diễn ra|được|đã|sẽ)\s|\s*[.;:]|\s*$)")


def run_on(mention: Mention | None) -> Mention | None:
    """The mention with its name run on as the module says; else the mention."""
    if mention is None or mention.name != mention.sentence.text[mention.start:mention.end]:
        return mention
    text = mention.sentence.text
    more = _REGION_MORE.match(text, mention.end) if _REGION_END.search(mention.name) else None
    more = more or (_YEAR_MORE.match(text, mention.end) or _SCOPE_MORE.match(text, mention.end) if _YEAR_END.search(mention.name) else None)
    more = more or (_MET_MORE.match(text, mention.end) if _MEETS.fullmatch(mention.name) else None)
    return replace(mention, name=text[mention.start:more.end()], end=more.end()) if more else mention
