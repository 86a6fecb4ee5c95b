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
- An announcement runs on to the standard the announced thing meets (`Lễ công bố xã X đạt chuẩn nông thôn mới`).
- A connector before a quoted name is no part of it (`Lễ hội carnival trái cây | với tên gọi | “Bách Quả ...”`), nor a
  cost closing a ceremony's name (`lễ thi công Dự án X | hơn 14.000 tỷ đồng`: fifty-first session).
- A span of time closing a ceremony's name is no part of it (`lễ đón nhận tấn urea thứ 5 triệu | sau 7 năm hoạt động`).
- A ceremony over a part of a work (`tổ máy số 1`, `hạng mục`, `giai đoạn 2`) runs on to the project it belongs to after a
  comma (`Lễ khánh thành hòa lưới điện tổ máy số 1, dự án Nhà máy thủy điện X mở rộng`: forty-eighth session, set P63).
- A ceremony's object does not end on a verb whose complement the cut left behind (`nhà máy sản xuất lon nhôm | cung
  cấp cho các hãng ...`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.facts.event_lexicon import Mention, classes, keywords

_ALIASED = re.compile(r"((?:\s*,\s*|\s+)[^()\[\].;:!?\"“”]{1,140}?)\s*\(\s*([A-Z][A-Za-z0-9&.'’ -]{2,40}?)\s*\)")
_CLAUSE = re.compile(r"(?<!\w)(?i:tại|ở|diễn ra|khai mạc|tổ chức|được|đã|sẽ|đang|thu hút|nhằm|do|cho|theo|từ|vào|của|với|là|có"
                     r"|cùng|trong|sáng|chiều|tối|ngày)(?!\w)")
# parties counted at the end of a name, then listed after a colon up to `và` and the last (and an edition or year)
_COUNTED_PARTIES = re.compile(r"(?<!\w)(?i:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d{1,2}|các)\s+(?i:nước|quốc gia|tỉnh|thành phố|địa phương|bên)(?=\s*:)")
_PARTIES_AFTER_COLON = re.compile(r"\s*:\s*[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*(?:\s*,\s*[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*)*\s+(?i:và)\s+"
                                  r"[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*(?:\s+(?i:lần thứ)\s+\w+|\s+(?i:năm)\s+(?:19|20)\d{2})?")
# a bare head, perhaps with its format, that opens a headline, and the title after its colon to the line's end
_BARE_HEAD = re.compile(r"(?:Tọa đàm|Toạ đàm|Hội thảo|Diễn đàn|Hội nghị)(?:\s+(?i:trực tuyến|trực tiếp|khoa học|chuyên đề|quốc tế))?")
_TITLE_AFTER_COLON = re.compile(r"(?:\s*(?:trực tuyến|trực tiếp))?\s*:\s*[A-ZĐ\"“][^.!?\n:;]{5,120}$")
_KINDS = frozenset({"fair", "exhibition", "forum", "conference", "workshop", "festival", "contest"})
_WORK = re.compile(r"(?:Nhà máy|Dự án|Công trình|Khu công nghiệp|Cụm công nghiệp|Trung tâm|Tổ hợp|Kho cảng|Cảng)(?:\s+[a-zà-ỹđ]+){0,3}", re.I)
_NAMED = r"(?:\s+(?:[A-ZĐ0-9][\w&.-]*))+"
# the standard an announced thing meets, which the announcement names (`lễ công bố nhà máy X | đạt tiêu chuẩn EU-GMP`)
_MET = re.compile(r"\s+(?:(?i:được công nhận)\s+)?(?i:đạt)\s+(?:(?i:tiêu chuẩn|chuẩn)\s+)?[^,.;:()“”\"]{2,100}?"
                  r"(?=\s+(?i:tại|vào|do|với|cho|nhằm|và|sẽ|đã|được|đang|diễn ra|tổ chức)\s|\s+(?i:có|gồm)\s+\d|\s*[,.;:(]|\s*$)")  # (`... năm 2022 |
# sẽ tổ chức`; `... năm 2020 | có 124 doanh nghiệp`: a count of who is announced, s56)
# a span of time closing a ceremony's name (`sau 7 năm hoạt động`, `sau gần 2 năm thi công`)
_AFTER_SPAN = re.compile(r"\s+(?i:sau)\s+(?:(?i:gần|hơn|khoảng|chỉ)\s+)?\d+\s+(?i:năm|tháng|tuần|ngày)(?:\s+[a-zà-ỹđ]+){0,3}$")
# a part of a work (`tổ máy số 1`, `hạng mục X`, `giai đoạn 2`) closing a ceremony's name, and the work it belongs to after a comma
_PART = re.compile(r"(?<!\w)(?i:tổ máy|hạng mục|giai đoạn|phân kỳ)(?:\s+(?i:số))?(?:\s+[\w-]+){0,2}$")
_CALLED = re.compile(r"\s+(?:(?i:với|có)\s+(?i:tên gọi|tên)(?:\s+(?i:là))?|(?i:mang tên))\s+(?=[“\"«])")
_DESCRIBED = re.compile(r"\s+(?:(?i:công suất|quy mô|tổng vốn|vốn đầu tư|trị giá)\s+(?:(?i:khoảng|hơn|gần|trên|lên tới)\s+)?\d.*"
                        r"|(?i:lớn nhất|hiện đại nhất|duy nhất)(?:\s.*)?)$")
_PRICED = re.compile(r"\s+(?:(?i:hơn|gần|khoảng|trên|trị giá)\s*)?\d[\d.,]*\s*(?i:tỷ|tỉ|triệu|nghìn|ngàn)\s+(?i:đồng|USD)$")
_PART_OF = re.compile(r"\s*,\s*((?i:dự án|công trình)\s+[^.,;:!?()“”\"]{3,120}?)(?=\s*[.,;:!?(]|\s*$)")


def whole_name(mention: Mention | None) -> Mention | None:
    """The mention with its name ended where the module says; else the mention."""
    if mention is None:
        return None
    called = _CALLED.search(mention.name)
    if called and called.start() > len(mention.head or ""):  # `Lễ hội carnival trái cây | với tên gọi | “Bách Quả ...”`: the
        mention = replace(mention, name=mention.name[:called.start()] + " " + mention.name[called.end():])  # name, no connector
    text = mention.sentence.text
    aliased = _ALIASED.match(text, mention.end) if mention.type in _KINDS and mention.name[:1].isupper() and not mention.name.rstrip().endswith(")") else None
    if aliased and aliased.group(1).lstrip().startswith(",") and re.search(r"(?:19|20)\d{2}\s*$", mention.name):
        aliased = None  # (`Ngày hội X năm 2025, | Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) phối hợp ...`: a name its year
        # closes ends at the comma; what follows is the clause's subject, s63 set P179)
    if aliased and len(aliased.group(1).split()) <= 16 and not _CLAUSE.search(aliased.group(1)) and aliased.group(2).isascii() \
            and not keywords()[0].search(aliased.group(1)):  # (not `Hội chợ X (CAEXPO) và Hội nghị Y (CABIS)`: another event)
        return replace(mention, name=text[mention.start:aliased.end()], end=aliased.end(), strong=mention.strong or mention.named)
        # (a name cut at `và` and made whole up to its acronym names one event again: `Triển lãm quốc tế máy móc và nguyên phụ
        # liệu da giày (VFM)`, s58 set P144)
    counted = _COUNTED_PARTIES.search(mention.name) if mention.name == text[mention.start:mention.end] else None
    parties = _PARTIES_AFTER_COLON.match(text, mention.start + counted.end()) if counted else None
    parties = parties if parties and parties.end() > mention.end else None
    if parties:  # `Hội nghị hợp tác kiểm tra, kiểm soát thị trường bốn nước: | Campuchia, Lào, Myanmar và Việt Nam lần thứ nhất`
        return replace(mention, name=text[mention.start:parties.end()], end=parties.end())  # (the countries counted; s63, set P182)
    titled = _TITLE_AFTER_COLON.match(text, mention.end) if mention.start == 0 and mention.name == text[:mention.end] \
        and _BARE_HEAD.fullmatch(mention.name) else None
    if titled:  # `Tọa đàm trực tuyến: Giải pháp cho ngành công nghiệp ôtô bứt phá`: a headline names its event after a colon
        return replace(mention, name=text[:titled.end()].rstrip(), end=titled.end(), named=True, strong=True)  # (s63, set P179)
    if mention.type != "ceremony" or mention.name != text[mention.start:mention.end]:
        return mention  # (a name made from the work before a passive verb is no span of the text to move the end of)
    headline = mention.name[:1].isupper() and not mention.name.lower().startswith("lễ") and mention.sentence.text.startswith(mention.name)
    described = _DESCRIBED.search(mention.name, len(mention.head or "") + 3) if headline else None
    if described:  # `Khánh thành nhà máy chế biến sầu riêng | công suất 40 nghìn tấn/năm`, `... thảo dược | lớn nhất Vùng Tây Bắc`: what a
        cut = described.start()  # headline says of the works, no part of its name (s60, set P161; a body's `lễ khánh thành ... công
        # suất 450 MW` keeps it)
        return replace(mention, name=mention.name[:cut], end=mention.start + cut)
    priced = _PRICED.search(mention.name)
    if priced and priced.start() > len(mention.head or "") + 3:  # `lễ thi công Dự án X | hơn14.000 tỷ đồng`: its cost, no name
        return replace(mention, name=mention.name[:priced.start()], end=mention.start + priced.start())
    object_at = mention.start + len(mention.head) if mention.head and mention.name.startswith(mention.head) else mention.start
    work = _WORK.search(mention.name, object_at - mention.start)
    if work:
        pair = re.match(rf"\s+(?i:và)\s+({re.escape(work.group(0))}{_NAMED})", text[mention.end:])
        if pair and text[mention.start + work.start():mention.end].split()[:len(work.group(0).split())] == work.group(0).split():
            end = mention.end + pair.end()
            return replace(mention, name=text[mention.start:end], end=end)
    met = _MET.match(text, mention.end) if mention.subtype == "announcement" and len(mention.name.split()) > 2 else None
    if met and len(met.group().split()) <= 14:  # `Lễ công bố xã Tân Lập | đạt chuẩn nông thôn mới nâng cao năm 2023`: what is announced
        return replace(mention, name=text[mention.start:met.end()], end=met.end())
    since = _AFTER_SPAN.search(mention.name)
    if since and since.start() > len(mention.head or "") + 3:
        cut = since.start()  # `lễ đón nhận tấn urea thứ 5 triệu | sau 7 năm hoạt động`: when, not what
        return replace(mention, name=mention.name[:cut], end=mention.start + cut)
    part = _PART_OF.match(text, mention.end) if _PART.search(mention.name) else None
    if part:  # `... tổ máy số 1, dự án Nhà máy X` (to a word of the clause: `, dự án X | tại Bình Định`)
        clause = _CLAUSE.search(part.group(1), len(part.group(1).split()[0]) + 1)
        end = part.start(1) + len(part.group(1)[:clause.start() if clause else None].rstrip())
        if 3 <= len(text[part.start(1):end].split()) <= 14:
            return replace(mention, name=text[mention.start:end], end=end)
    made = _made_there(text, mention.end) if _BARE_WORK.search(mention.name) else None
    if made:  # `Lễ khởi công Nhà máy | chế tạo Chip bán dẫn`: what the works make is its name
        return replace(mention, name=text[mention.start:made], end=made)
    belongs = re.search(rf"{_NAMED}\s+(?=(?i:thuộc)\s)", mention.name[object_at - mention.start:])
    if belongs and mention.name[:object_at - mention.start + belongs.end()].rstrip() != mention.name.rstrip():
        cut = len(mention.name[:object_at - mention.start + belongs.end()].rstrip())
        return replace(mention, name=mention.name[:cut], end=mention.start + cut)
    last = next((t for t in mention.sentence.tokens if t.end - mention.sentence.start == mention.end), None)
    if last is not None and last.pos == "V" and re.match(r"\s+(?i:cho)\s", text[mention.end:]) and " " in mention.name.strip():
        cut = len(mention.name[:mention.name.rstrip().rfind(last.text)].rstrip())
        return replace(mention, name=mention.name[:cut], end=mention.start + cut) if cut > len(mention.head or "") + 1 else mention
    return mention


_BARE_WORK = re.compile(r"(?<!\w)(?i:nhà máy|xưởng|tổ hợp|khu liên hợp)$")
_MAKES = re.compile(r"\s+(?i:sản xuất|chế tạo|chế biến|lắp ráp|đóng gói|kiểm thử|tái chế|xử lý|luyện|đóng tàu|may mặc|dệt may|may|dệt)(?=\s)")  # (`may`: sewing, s61)


def _made_there(text: str, end: int) -> int | None:
    """The end of the products a bare works noun's verb of making names, up to six words after it (`Nhà máy | chế tạo
    Chip bán dẫn | đánh dấu ...`): to punctuation or a word that ends a name; None when nothing or too much follows."""
    makes = _MAKES.match(text, end)
    if makes is None:
        return None
    stop = classes()["stop"]
    words = list(re.finditer(r"\s+([^\s,.;:!?()“”\"]+)", text[makes.end():]))
    at = makes.end()
    for n, w in enumerate(words):
        if w.start() + makes.end() != at or n >= 6 or stop.match(text, at + len(w.group()) - len(w.group(1))):
            break
        at = makes.end() + w.end()
    return at if at > makes.end() else None


_BRANDED = re.compile(r"(?i:và)\s+(?:[a-zà-ỹđ]+\s+){1,6}[A-ZĐ][\w&-]*(?:\s+[A-ZĐ][\w&-]*)*(?=\s*(?:[,.;(]|$)|\s+(?i:tại|ở|của|do|vào)\s)")


def branded_end(text: str, start: int, end: int) -> int:
    """The end of a work's name whose lower-case description, cut at `và`, runs on to its brand (`dự án Nhà máy sản xuất
    vải dệt kim cao cấp | và phụ liệu đồng bộ Global Hantex`; s54, set P112), else `end`; the name runs from `start`."""
    work = re.search(r"(?<!\w)(?i:dự án|nhà máy)((?:\s+[a-zà-ỹđ]+){2,})\s*$", text[start:end])
    gap = len(text[end:]) - len(text[end:].lstrip())
    branded = _BRANDED.match(text, end + gap) if work else None
    return branded.end() if branded else end
