"""Where an event's name ends when the rules cut it at a list or run it past its work: forty-seventh session, from
the verdicts of set P61.

- A name the text glosses with a short Latin name in brackets a few words on goes to the bracket: the words between
  are the rest of its name (`Triển lãm Quốc tế ngành công nghiệp nhựa, in ấn và đóng gói bao bì Hà Nội (Hanoi Plas
  Print Pack)`, `Triển lãm quốc tế lần thứ 21 về máy móc và thiết bị ... (VietnamPlas 2023)`), unless a word of a clause
  stands between (`tại`, `diễn ra`, `được`, ...).
- A ceremony over two works of the same head joined by `và` is one ceremony over both (`khánh thành Nhà máy điện Nhơn
  Trạch 3 và Nhà máy điện Nhơn Trạch 4`).
- A ceremony's named work ends before `thuộc` and the larger project it belongs to (`khởi công xây dựng Nhà máy sữa TH |
  thuộc dự án chăn nuôi bò sữa và ...`).
- A ceremony's object does not end on a verb whose complement the cut left behind (`nhà máy sản xuất lon nhôm | cung
  cấp cho các hãng ...`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention, keywords

_ALIASED = re.compile(r"((?:\s*,\s*|\s+)[^()\[\].;:!?\"“”]{1,140}?)\s*\(\s*([A-Z][A-Za-z0-9&.'’ -]{2,40}?)\s*\)")
_CLAUSE = re.compile(r"(?<!\w)(?i:tại|ở|diễn ra|khai mạc|tổ chức|được|đã|sẽ|đang|thu hút|nhằm|do|cho|theo|từ|vào|của|với|là|có"
                     r"|cùng|trong|sáng|chiều|tối|ngày)(?!\w)")
_KINDS = frozenset({"fair", "exhibition", "forum", "conference", "workshop", "festival", "contest"})
_WORK = re.compile(r"(?:Nhà máy|Dự án|Công trình|Khu công nghiệp|Cụm công nghiệp|Trung tâm|Tổ hợp|Kho cảng|Cảng)(?:\s+[a-zà-ỹđ]+){0,3}", re.I)
_NAMED = r"(?:\s+(?:[A-ZĐ0-9][\w&.-]*))+"


def whole_name(mention: Mention | None) -> Mention | None:
    """The mention with its name ended where the module says; else the mention."""
    if mention is None:
        return None
    text = mention.sentence.text
    aliased = _ALIASED.match(text, mention.end) if mention.type in _KINDS and mention.name[:1].isupper() and not mention.name.rstrip().endswith(")") else None
    if aliased and len(aliased.group(1).split()) <= 16 and not _CLAUSE.search(aliased.group(1)) and aliased.group(2).isascii() \
            and not keywords()[0].search(aliased.group(1)):  # (not `Hội chợ X (CAEXPO) và Hội nghị Y (CABIS)`: another event)
        return replace(mention, name=text[mention.start:aliased.end()], end=aliased.end())
    if mention.type != "ceremony" or mention.name != text[mention.start:mention.end]:
        return mention  # (a name made from the work before a passive verb is no span of the text to move the end of)
    object_at = mention.start + len(mention.head) if mention.head and mention.name.startswith(mention.head) else mention.start
    work = _WORK.search(mention.name, object_at - mention.start)
    if work:
        pair = re.match(rf"\s+(?i:và)\s+({re.escape(work.group(0))}{_NAMED})", text[mention.end:])
        if pair and text[mention.start + work.start():mention.end].split()[:len(work.group(0).split())] == work.group(0).split():
            end = mention.end + pair.end()
            return replace(mention, name=text[mention.start:end], end=end)
    belongs = re.search(rf"{_NAMED}\s+(?=(?i:thuộc)\s)", mention.name[object_at - mention.start:])
    if belongs and mention.name[:object_at - mention.start + belongs.end()].rstrip() != mention.name.rstrip():
        cut = len(mention.name[:object_at - mention.start + belongs.end()].rstrip())
        return replace(mention, name=mention.name[:cut], end=mention.start + cut)
    last = next((t for t in mention.sentence.tokens if t.end - mention.sentence.start == mention.end), None)
    if last is not None and last.pos == "V" and re.match(r"\s+(?i:cho)\s", text[mention.end:]) and " " in mention.name.strip():
        cut = len(mention.name[:mention.name.rstrip().rfind(last.text)].rstrip())
        return replace(mention, name=mention.name[:cut], end=mention.start + cut) if cut > len(mention.head or "") + 1 else mention
    return mention
