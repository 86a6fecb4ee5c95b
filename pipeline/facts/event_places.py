"""Where an event takes place and who organises it, read from the sentence of its naming mention.

`location`: the place after `tại` nearest after the mention (within 40 characters), else the first before it; a
place runs to a comma, a clause word or a time, keeping `(...)` and `TP. X`. `organizers`: the organisations of
`do X (phối hợp với Y) tổ chức` after the mention, or of `X tổ chức` (`X (Y), tổ chức`) before it, split at commas and
`và`, `cùng`, `với`, each starting with an organisation head of the lexicon; an event joined to the one before by `kết hợp`
or `gắn với` has its organisers.
"""

from __future__ import annotations

import re

from pipeline.facts.event_lexicon import VENUE_PURPOSES
from pipeline.facts.event_mentions import PLACE_START, Mention, keywords
from pipeline.facts.lexicon import alternation, load
from pipeline.facts.official_context import patterns
from pipeline.language.analysis import Sentence

_MISSION = re.compile(r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Thương vụ)(?:\s+\S+){0,3}\s*$")
_TIME_LEAD = re.compile(r"(?:(?i:date)\s+\S+\s+)?(?:(?i:sáng|chiều|tối|trưa|ngày|hôm nay|hôm qua)\s+)?[\d/.-]+\s+")
_APPROVAL = re.compile(r"(?<!\w)(?i:đồng ý|cho phép|chấp thuận|phê duyệt)\s+(?i:của)\s+[^;:.]*$")
_ORG_CUT = re.compile(r"(?<!nhỏ và)\s(?:sẽ|đã|đang|vừa|cũng|tham gia|dự kiến|chủ trì|long trọng|trang trọng|chính thức|tiếp tục|phối hợp|(?<![Bb]an )chỉ đạo|hỗ trợ|tài trợ|đăng cai|tổ chức|kết hợp|tiến hành)(?!\w)")


def organizers(sentence: Sentence, start: int) -> list[str]:
    text = sentence.text
    signers = None
    signing = re.match(r"(?i:lễ\s+)?(?i:ký)(?!\w)", text[start:]) is not None  # (the parties of a signing)
    heads = load().org_heads
    head_re = re.compile(rf"(?<!\w)(?:{alternation(list(heads))})(?!\w)")
    by = re.search(r"(?<!\w)do\s+(.+?)\s+(?:phối hợp\s+)?(?:đồng\s+)?tổ chức", text[start:])
    if by:
        chunk = by.group(1)
    else:
        before = re.search(r"([^,;:]+?)\s+(?:long trọng\s+|trang trọng\s+|chính thức\s+|đã\s+|sẽ\s+)?tổ chức\s*[“\"‘«]?\s*$", text[:start])  # (a
        # sentence's dots are abbreviations: `RENOVA Inc.`, `TP. HCM`)
        named = re.search(r"([^,;:]+?),\s*(?:long trọng\s+|chính thức\s+|đã\s+|sẽ\s+)?tổ chức\s*[“\"‘«]?\s*$", text[:start]) if before is None else None
        before = named if named and head_re.match(named.group(1).strip()) else before  # `Hiệp hội X (Viforest), tổ chức`
        signers = re.search(r"([^,;:]+?)\s+(?:(?:đã|vừa|chính thức|cùng)\s+)*$", text[:start]) \
            if before is None and signing else None  # `X và Y đã ký kết Z`: the parties
        before = before or signers
        chunk = before.group(1) if before else ""
        at = before.start(1) if before else 0
        timed = _TIME_LEAD.match(chunk)
        if timed and head_re.match(chunk, timed.end()):
            chunk, at = chunk[timed.end():], at + timed.end()  # `Sáng 29/5 Hội Hồ tiêu tỉnh đã tổ chức`: the body
        while chunk and text[:at].rstrip().endswith(","):  # `X (Y), Z phối hợp tổ chức`: each listed body
            listed = re.search(r"([^,.;:]+),\s*$", text[:at])
            if not listed or not head_re.match(listed.group(1).strip()) or _APPROVAL.search(text[:at]):
                break  # (not `được sự đồng ý của Bộ Nội vụ, Bộ X, Hiệp hội Y tổ chức`: who approved)
            chunk, at = f"{listed.group(1).strip()}, {chunk}", listed.start(1)
    masked = re.sub(r"\([^()]*\)|“[^”]*”", lambda m: "#" * len(m.group()), chunk)  # (no split inside brackets: `Bộ Công Thương
    cuts = [(m.start(), m.end()) for m in re.finditer(r"\s*(?:,|phối hợp với|phối hợp|cùng với|cùng|và|với|giao cho)\s+", masked)  # (Cục X, Y)`)
            if m.group().strip() != "và" or head_re.match(chunk, m.end()) or masked[:m.start()].endswith("#")]  # (`Bộ Khoa
    # học và Công nghệ`: one body; `Tổng công ty X (PTSC) và RENOVA Inc.`: a bracket closes the first)
    parts = [chunk[a:b] for a, b in zip([0] + [e for _, e in cuts], [s for s, _ in cuts] + [len(chunk)], strict=True)]
    out: list[str] = []
    for n, part in enumerate(parts):
        if n and out and out[-1] == parts[n - 1].strip() and chunk[cuts[n - 1][0]:cuts[n - 1][1]].strip() == "," and \
                (re.match(r"[A-Z]{2,}(?:\s|$)", part.strip()) or re.match(r"[A-ZĐ][a-zà-ỹđ]+\s", part.strip()) and re.match(
                    r"(?:Bộ|Sở|Ủy ban|Uỷ ban|Cục|Vụ|Viện)\s", out[-1]) or re.match(r"(?!(?:các|những|cùng|và|với)\s)[a-zđ]", part.strip())
                 and re.match(r"(?:Hội đồng|Ban)\s", out[-1])) and not head_re.match(part.strip()):
            out[-1] = f"{out[-1]}, {_ORG_CUT.split(part.strip(), maxsplit=1)[0].strip()}"  # `Ban Quản lý các dự án IFAD,
            continue  # UNIDO và GIC tỉnh Đồng Tháp`, `Bộ Văn hóa, Thể thao và Du lịch`, `Hội đồng đánh giá, phân hạng sản phẩm
            # OCOP tỉnh X`: names listed inside one body's name
        part = _ORG_CUT.split(part.strip(), maxsplit=1)[0].strip()
        if re.search(r"(?<!\w)(?i:này|đó|nói trên)$", part):
            continue  # `Sở Công thương tỉnh này`: which province, the record cannot say
        if part and not patterns().role.match(part) and (head_re.match(part) or signing and re.match(r"[A-ZĐÀ-Ỹ][\w.]*(?:\s+[A-ZĐÀ-Ỹ&][\w.]*)*(?:\s*\(.*\))?$", part)) \
                and part not in out:  # (a party that signs may be named without a head: `Ørsted và Công ty X ký kết`; a
            # person with a post is no body: `Bộ trưởng X và Bộ trưởng Y ký kết`)
            out.append(" ".join(part.split()))
    joined = re.search(r"(?<!\w)(?:kết hợp|gắn với)(?:\s+(?:với|tổ chức))?\s*$", text[:start]) if not out else None
    earlier = [m.end() for m in re.finditer(r"(?<!\w)tổ chức\s+", text[:joined.start()])] if joined else []
    return organizers(sentence, earlier[-1]) if earlier else out  # `X tổ chức Đại hội ..., kết hợp lễ kỷ niệm ...`: X's too


_PLACE_END = re.compile(r"\s+(?:ẢNH|Ảnh)(?:\s*:|\s+[A-ZĐ])|\s[-–]\s+(?=(?:khởi đầu|nơi|là|được|đã|với|mở ra|đánh dấu|góp phần|thu hút)(?!\w))|\s(?:năm\s+\d|(?:do|vào|từ|với|nhằm|diễn ra|trong|để|và|đã|sẽ|có|ngày|sáng|chiều|tối|trưa|hôm|lần|"
                        r"thu hút|được|khai mạc|kéo dài|đến|tới|cho|tại|tổ chức|thực hiện|tham gia|phối hợp|là|vừa|đang|cũng)(?!\w))|[,;:]"
                        r"|\.(?!\s*\w)|\.\s+(?=[A-ZĐ][a-zà-ỹ]*\s)|\s*\|")  # (`tại Quảng Nam | tổ chức thành công ...`: a clause)


_VENUE_PAIR = re.compile(rf"(?:Trung tâm|Cung|Nhà)\s+{VENUE_PURPOSES}$")
_ADMIN_NEXT = re.compile(r"\s*(?i:ấp|thôn|bản|xóm|tổ dân phố|khu phố|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)\s+[A-ZĐ0-9]")
# the next unit of an address ends its name where the address may end (not `, tỉnh Sóc Trăng | đã tổ chức ...`: a clause)
_ADMIN_ENDS = re.compile(r"\s*(?i:ấp|thôn|bản|xóm|tổ dân phố|khu phố|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)"
                         r"(?:\s+[A-ZĐ0-9][\w.-]*)+(?=\s*[,.;:()|–-]|\s*$|\s+(?i:ngày|vào|sáng|chiều|tối|trưa|từ|với|do|nhằm|để|trong)\s)")
_BODY_PAIR = re.compile(r"(?:Sở|Bộ|Viện|Học viện|Trường|Cục|Tổng cục|Trung tâm|Đại học)\s+[A-ZĐ][\w-]*(?:\s+[\w-]+){0,3}$")
_BODY_AFTER = re.compile(r"\s+(?:Sở|UBND|Ủy ban|Uỷ ban|Bộ|Công ty|Tổng công ty|Tập đoàn|Hiệp hội|Hội|Trung tâm|Ban|Cục|Vụ)\s")


def _place(text: str, start: int) -> str:
    """The place that starts at `start`: up to a comma, a clause word, a time or a caption's `|`; `(...)` and `TP. X`
    kept."""
    i = start
    while i < len(text):
        if text[i] == "(":
            close = text.find(")", i)
            if close < 0:
                break
            i = close + 1
            if _BODY_AFTER.match(text, i):
                break  # `Quảng trường 20-8 (TP Thái Nguyên) | Sở Công Thương ...`: a body opens the next clause
            continue
        m = _PLACE_END.match(text, i)
        if m and m.group() == "," and _ADMIN_NEXT.match(text, i + 1) and _ADMIN_NEXT.match(text, start) \
                and _ADMIN_ENDS.match(text, i + 1):
            i += 1  # `ấp 5, xã An Khương, huyện Hớn Quản, tỉnh Bình Phước`: an address of nested units
            continue
        if m and m.group().strip() == "và" and _VENUE_PAIR.match(text[start:i]):
            i = m.end()  # `Trung tâm Hội nghị và | triển lãm tỉnh Bình Dương`: one venue of two purposes
            continue
        if m and m.group().strip() == "và" and _BODY_PAIR.match(text[start:i]) and re.match(r"\s*[A-ZĐ]", text[m.end():]) \
                and not _BODY_AFTER.match(text[m.end():]) and not load().province(" ".join(text[m.end():].split()[:2])):
            i = m.end()  # `Sở Khoa học và | Công nghệ`: one body whose name joins two fields
            continue
        if m and (not re.search(r"(?<!\w)[A-ZĐ]{1,3}$", text[start:i]) or not text[i + 1:].strip()):
            break  # (`tại TP. HCM`: an abbreviation's dot; `tại TP HCM.`: the sentence's end)
        if m and text[i] != ".":
            break
        i += 1
    place = text[start:i].strip()
    place = place[:place.rfind(")")].strip() if place.count(")") > place.count("(") else place  # (`... tại Pháp)`: an aside's end)
    words = place.split()
    province = next((k for k in (4, 3, 2, 1) if len(words) > k and load().province(" ".join(words[:k]))), 0)
    return " ".join(words[:province]) if province and words[province][:1].islower() else place  # (`tại Đồng Tháp | quảng bá`)


def location(mention: Mention) -> str | None:
    """The place after `tại` nearest after the mention (within 40 characters), else the first before it, not in another
    item of a list split by `;` (`_other_item`); none for a contest whose prizes the sentence gives."""
    text = mention.sentence.text
    heads, _ = keywords()
    found = []
    for m in re.finditer(r"(?<!\w)(?i:tại)\s+|(?<!\w)(?<!nhà )ở\s+(?=[A-ZĐ]|(?i:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường)\s)", text):
        if m.end() == mention.start:
            continue  # `Phát biểu tại | Lễ khai mạc X`: the mention itself, no place
        value = _place(text, m.end())
        if _MISSION.search(text[max(0, m.start() - 60):m.start()]):
            continue  # `Đại sứ quán Việt Nam tại Hàn Quốc`: where a mission is, a part of its name
        if re.search(r"(?i:đầu tiên|lần đầu)\s*$", text[:m.start()]) and re.match(r"Việt Nam(?!\w)", text[m.end():]):
            continue  # `... lần đầu tiên tại Việt Nam`: a first in the country, not where the event is held
        if value and (value[:1].isupper() or PLACE_START.match(value)) and not heads.match(value) \
                and not re.match(r"(?i:tuần)\s", value):  # (`tại Tuần Du lịch Ninh Bình`: an event, not a place)
            found.append((m.start(), value))
    if mention.type == "contest" and _AWARD_BEFORE.search(text[:mention.start]):
        return None  # `Ngày 8/12 tại Hà Nội, Bộ tổ chức Lễ trao giải Cuộc thi X`: where its prizes were given, not the contest's place
    after = [(at, v) for at, v in found if mention.end <= at < mention.end + 40]
    if after:
        return after[0][1]
    before = [v for at, v in found if at < mention.start and not _other_item(text[at:mention.start])]
    return before[0] if before else None


def _other_item(between: str) -> bool:
    """Whether a place before a mention lies in another item of a list split by `;` (`Hội chợ X ... tại Trung tâm Văn hóa
    tỉnh; Hội thảo Y`), not in the frame that opens the list with a colon (`diễn ra tại TP. Bến Tre với các hoạt động như:
    A; B`) nor inside brackets (`(HCCB; trực thuộc ...)`)."""
    between = re.sub(r"\([^()]*\)", "", between)
    return ";" in between and not re.search(r":[^;]*;", between)


_AWARD_BEFORE = re.compile(r"(?<!\w)(?i:trao giải|trao thưởng)(?:\s+(?i:cho))?(?:\s+(?i:cuộc))?\s*$")
