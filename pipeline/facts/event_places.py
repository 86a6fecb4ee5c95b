"""Where an event takes place, read from the sentence of its naming mention (who organises it: `event_organisers.py`).

`location`: the place after `tại` nearest after the mention (within 40 characters), else the first before it; a
place runs to a comma, a clause word or a time, keeping `(...)` and `TP. X`; a province's or a foreign place's name
(`Manila`, `Bangkok`) ends at the lower-case word after it.
"""

from __future__ import annotations

import re

from pipeline.facts.event_dates import celebrated_before
from pipeline.facts.event_lexicon import VENUE_PURPOSES, classes
from pipeline.facts.event_mentions import PLACE_START, Mention, keywords
from pipeline.facts.lexicon import load
from pipeline.facts.names import foreign_spelling

_MISSION = re.compile(r"(?:Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Thương vụ)(?:\s+\S+){0,3}\s*$")


# A place ends at a credit (bracketed too: `tại Singapore (Ảnh Lê Nam - TTO)`), a dash before an acronym (`tại TP.HCM - VINAMAC
# EXPO 2025`: the event's brand), a clause word, punctuation, a clause after `|` (`tại Quảng Nam | tổ chức thành công ...`) or a
# time (`ở Paris 3 tháng trước`, `ở Đức hồi tháng 7`).
_PLACE_END = re.compile(r"\s+(?:[-–(]\s*)?(?:ẢNH|Ảnh)(?:\s*:|\s+[A-ZĐ])|\s[-–]\s+(?=[A-ZĐ]{2,}(?:\s|$))|\s[-–]\s+(?=(?:khởi đầu|nơi|là|được|đã|với|mở ra|đánh dấu|góp phần|thu hút|một)(?!\w)|(?!(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|thôn|ấp|tp)\s)[a-zà-ỹđ]+\s)|\s(?:(?:(?:cuối|đầu|giữa)\s+)?(?:năm|tháng)\s+\d|(?:do|vào|hồi|từ|với|nhằm|diễn ra|trong|để|và|đã|sẽ|có|ngày|sáng|chiều|tối|trưa|hôm|lần|"
                        r"thu hút|được|khai mạc|kéo dài|đến|tới|cho|tại|tổ chức|thực hiện|tham gia|phối hợp|là|vừa|đang|cũng|trở thành|chính thức)(?!\w))|[,;:]"
                        r"|\.(?!\s*\w)|\.\s+(?=[A-ZĐ][a-zà-ỹ]*\s)|\s*\||\s\d+\s+(?:ngày|tuần|tháng|năm)(?!\w)"
                        r"|\s(?:rộng|dài|cao)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?\d")  # (`quảng trường X | rộng 13ha`: a size)


_DATED = re.compile(r"\s*(?:(?i:từ|vào|khai mạc|diễn ra)\s+)?(?:(?i:ngày)\s+)?\d{1,2}\s*[/.–-]\s*\d")
_VENUE_NAME = re.compile(r"(?:Cung|Trung tâm|Nhà|Bảo tàng|Viện|Học viện)\s+(?i:triển lãm|hội nghị|văn hóa|văn hoá|thể thao|khoa học|trưng bày)\s")
_VENUE_PAIR = re.compile(rf"(?:Trung tâm|Cung|Nhà)\s+{VENUE_PURPOSES}$")
# a venue's head and its purposes, in any case (`Trung tâm hội chợ | triển lãm quốc tế Cần Thơ`, `Trung tâm Hội chợ và | triển lãm`)
_VENUE_PURPOSED = re.compile(rf"(?i:trung tâm|cung|nhà)\s+{VENUE_PURPOSES}(?:\s+(?:và\s+)?{VENUE_PURPOSES})?(?:\s+và)?\s+$")
_ADMIN_NEXT = re.compile(r"\s*(?i:ấp|thôn|bản|xóm|tổ dân phố|khu phố|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)\s+[A-ZĐ0-9]")
# the next unit of an address ends its name where the address may end (not `, tỉnh Sóc Trăng | đã tổ chức ...`: a clause)
_ADMIN_ENDS = re.compile(r"\s*(?i:ấp|thôn|bản|xóm|tổ dân phố|khu phố|xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|TP\.?)"
                         r"(?:\s+[A-ZĐ0-9][\w.-]*)+(?=\s*[,.;:()|–-]|\s*$|\s+(?i:ngày|vào|sáng|chiều|tối|trưa|từ|với|do|nhằm|để|trong)\s)")
_BODY_PAIR = re.compile(r"(?<!\w)(?:Sở|Bộ|Viện|Học viện|Trường|Cục|Tổng cục|Trung tâm|Đại học)\s+[A-ZĐ][\w-]*(?:\s+[\w-]+){0,3}$")
_BODY_AFTER = re.compile(r"\s+(?:Sở|UBND|Ủy ban|Uỷ ban|Bộ|Công ty|Tổng công ty|Tập đoàn|Hiệp hội|Hội|Trung tâm|Ban|Cục|Vụ)\s")


_OWNER_AFTER = re.compile(r"\s+(?i:của)\s+(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Nhà đầu tư)\s")  # an owner after an address
# a venue written in lower case (`tại nhà máy Hoàng Phát (Long An)`, `tại sân vận động huyện X`): a place too
_VENUE_START = re.compile(r"(?:nhà máy|sân vận động|quảng trường|trụ sở|hội trường|khách sạn|trung tâm|nhà văn hóa|nhà văn hoá|công viên|"
                          r"bảo tàng|khuôn viên|sân|cảng|ga|trường|phố đi bộ)\s+\S")


def _place(text: str, start: int) -> str:
    """The place that starts at `start`: up to a comma, a clause word, a time or a caption's `|`; `(...)` and `TP. X`
    kept."""
    i = start
    while i < len(text):
        if text[i] == "(":
            close = text.find(")", i)
            inner = text[i + 1:close].split() if close > 0 else []
            if close < 0 or _DATED.match(text, i + 1) or re.match(r"\s*(?i:ảnh|photo)\s*:", text[i + 1:]) or (len(inner) >= 2 and all(re.fullmatch(r"[A-Za-z]+", w) for w in inner)
                                                          and any(foreign_spelling(w) for w in inner)):
                break  # (`tại xã Tân Lạc | (từ ngày 24-30/11)`: the days held there; `tại Hà Nội | (ảnh: BCT)`: a photo's credit; `tại Mỹ | (Scripps National Spelling Bee)`: a name)
            i = close + 1
            if _BODY_AFTER.match(text, i):
                break  # `Quảng trường 20-8 (TP Thái Nguyên) | Sở Công Thương ...`: a body opens the next clause
            continue
        if i > start and text[i] == " " and keywords()[0].match(text, i + 1) and text[i + 1:i + 2].islower() \
                and not classes()["venue_before"].search(text[start:i + 1]) and not _VENUE_PURPOSED.fullmatch(text, start, i + 1):
            # (not inside a venue: `trung tâm | hội nghị tỉnh`, `Trung tâm Hội chợ và | triển lãm Sài Gòn`)
            break  # `tại TP. Hội An | lễ hội văn hóa ẩm thực xứ Quảng ... đã được khai mạc`: the event itself follows its place
        if _OWNER_AFTER.match(text, i) and _ADMIN_NEXT.match(text, start):
            break  # `tại xã Nghi Thiết (huyện Nghi Lộc) | của Công ty CP X`: whose the work is, not part of where
        m = _PLACE_END.match(text, i)
        if m and m.group() == "," and _ADMIN_NEXT.match(text, i + 1) and _ADMIN_NEXT.match(text, start) \
                and _ADMIN_ENDS.match(text, i + 1):
            i += 1  # `ấp 5, xã An Khương, huyện Hớn Quản, tỉnh Bình Phước`: an address of nested units
            continue
        if m and m.group() == "," and _VENUE_NAME.match(text, start) and re.match(r"\s*[A-ZĐ]\w*\s+[a-zà-ỹđ]", text[i + 1:]) \
                and not load().province(" ".join(text[i + 1:].split()[:2]).strip(",.")) and not _ADMIN_NEXT.match(text, i + 1) \
                and not _BODY_AFTER.match(text, i + 1):
            i += 1  # `Cung triển lãm Kiến trúc, Quy hoạch xây dựng Quốc gia`: a venue's name that lists its fields (not `Nhà văn
            # hóa huyện X, | Trung tâm Xúc tiến ... phối hợp`: a body opens the clause)
            continue
        if m and m.group().strip() == "và" and _VENUE_PAIR.match(text[start:i]):
            i = m.end()  # `Trung tâm Hội nghị và | triển lãm tỉnh Bình Dương`: one venue of two purposes
            continue
        if m and m.group().strip() == "và" and _BODY_PAIR.search(text[start:i]) and re.match(r"\s*[A-ZĐ]", text[m.end():]) \
                and not _BODY_AFTER.match(text[m.end():]) and not load().province(" ".join(text[m.end():].split()[:2])):
            i = m.end()  # `Sở Khoa học và | Công nghệ`: one body whose name joins two fields (also inside a venue: `Văn phòng Bộ
            # Nông nghiệp và | Phát triển Nông thôn`, s64)
            continue
        if m and (not re.search(r"(?<!\w)(?:[A-ZĐ]{1,3}|Tp|Tx|Tt)$", text[start:i]) or not text[i + 1:].strip()):
            break  # (`tại TP. HCM`, `tại Tp. Hà Tĩnh`: an abbreviation's dot; `tại TP HCM.`: the sentence's end)
        if m and text[i] != ".":
            break
        i += 1
    place = text[start:i].strip()
    place = place[:place.rfind(")")].strip() if place.count(")") > place.count("(") else place  # (`... tại Pháp)`: an aside's end)
    words = place.split()
    province = next((k for k in (4, 3, 2, 1) if len(words) > k and load().province(" ".join(words[:k]))), 0)
    if province and words[province][:1].islower():
        return " ".join(words[:province])  # (`tại Đồng Tháp | quảng bá`)
    foreign = next((k for k in (3, 2, 1) if len(words) > k and all(_FOREIGN_WORD.fullmatch(w) for w in words[:k])
                    and any(foreign_spelling(w) for w in words[:k])), 0)
    return " ".join(words[:foreign]) if foreign and words[foreign][:1].islower() else place  # (`tại Singapore | tuần trước`)


_FOREIGN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Za-z][a-z]*)?")  # a capitalised word of plain Latin letters; one of them spelt as
# no Vietnamese syllable is (`Manila`, `Bangkok`; not `Trung` of `Trung tâm`)


def location(mention: Mention) -> str | None:
    """The place after `tại` nearest after the mention (within 40 characters), else the first before it, not in another
    item of a list split by `;` (`_other_item`); none for a contest whose prizes the sentence gives."""
    text = mention.sentence.text
    if celebrated_before(text[:mention.start]):
        return None  # `Hưởng ứng Lễ hội X, tối 16/6, tại thị trấn Y đã diễn ra Z`: the place of the event that celebrates it
    heads, _ = keywords()
    found = []
    for m in re.finditer(r"(?<!\w)(?i:tại)\s+|(?<!\w)(?<!nhà )ở\s+(?=[A-ZĐ]|(?i:tỉnh|thành phố|TP|huyện|quận|thị xã|xã|phường)\s)", text):
        if m.end() == mention.start:
            continue  # `Phát biểu tại | Lễ khai mạc X`: the mention itself, no place
        value = _place(text, m.end())
        if _DATELINE.search(text[max(0, m.start() - 40):m.start()]):
            continue  # `Theo phóng viên TTXVN tại New Delhi`: where the report was filed, not where the event was
        if _MISSION.search(text[max(0, m.start() - 60):m.start()]) or re.search(r"(?<!\w)(?i:trụ sở|trụ sở chính)\s+$", text[:m.start()]):
            continue  # `Đại sứ quán Việt Nam tại Hàn Quốc`: where a mission is, a part of its name (`có trụ sở ở Washington`: a seat)
        if re.search(r"(?i:đầu tiên|lần đầu|nhất)\s*$", text[:m.start()]) and re.match(r"Việt Nam(?!\w)", text[m.end():]):
            continue  # `... lần đầu tiên tại Việt Nam`, `lớn nhất tại Việt Nam`: a first or a superlative in the country, no place
        if value and (value[:1].isupper() or PLACE_START.match(value) or _VENUE_START.match(value)) and not heads.match(value) \
                and value.split()[0].lower() not in ("lễ", "buổi") \
                and not re.match(r"(?i:tuần)\s", value):  # (`tại Tuần Du lịch Ninh Bình`: an event, not a place)
            found.append((m.start(), value))
    if mention.type == "contest" and _AWARD_BEFORE.search(text[:mention.start]):
        return None  # `Ngày 8/12 tại Hà Nội, Bộ tổ chức Lễ trao giải Cuộc thi X`: where its prizes were given, not the contest's place
    after = [(at, v) for at, v in found if mention.end <= at < mention.end + 40 or mention.end <= at < mention.end + 200 and re.search(
        r"(?i:tổ chức|diễn ra)\s+$", text[:at]) and ";" not in text[mention.end:at] and not heads.search(text, mention.end, at)]  # (`lễ
    # khánh thành X do Công ty Y làm chủ đầu tư đã được tổ chức tại xã Z`: the held verb of the mention's clause)
    announced = _ANNOUNCED_BEFORE.search(text[:mention.start]) is not None
    subject = re.search(r"(?<!\w)(?i:buổi|cuộc)\s+(?i:họp báo)(?!\w)", text[:mention.start]) is not None  # (`Buổi họp báo giới thiệu X diễn ra ở Y`: its own verb)
    after = [(at, v) for at, v in after if not (announced or subject) or not subject and re.search(r"(?i:tổ chức|diễn ra)\s+(?:(?i:tại|ở)\s+)?$", text[mention.end:at])]
    if after:  # (`họp báo giới thiệu Festival X tại TP. Hà Nội`: the press conference's place, not the festival's)
        return after[0][1]
    if announced:
        return None  # `Ngày 6/11, tại TP Hồ Chí Minh, ... họp báo, công bố việc tổ chức Festival X`: the press conference's place
    before = [(at, v) for at, v in found if at < mention.start and not _other_item(text[at:mention.start]) and not _FIRM_SEAT.search(text[:at])]
    framed = [v for at, v in before if re.search(r",\s*$", text[:at]) and re.match(rf"\s*(?i:tại)\s+{re.escape(v)}\s*,", text[at:])]
    return framed[-1] if framed else before[0][1] if before else None  # (`Để chuẩn bị cho nhà máy ... xây dựng tại huyện X ..., sáng
    # ngày 27/7, tại hội trường UBND huyện, Công ty Y đã tổ chức hội nghị`: the frame set off by commas, s66 set P197)  # (`Ông X, CEO Công ty Royale Star Holdings Limited tại Singapore ... đã ký kết`: where
    # the firm of someone named before the event is, not the event's place; s66, set P193)


_FIRM_SEAT = re.compile(r"(?<!\w)(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Quỹ)(?:\s+(?:[A-ZĐ][\w&.-]*|cổ phần|TNHH|CP))+\s*$")


_HELD_AT = re.compile(r"\s*,?\s*(?:(?:sẽ|đã|được|đang|vừa|chính thức)\s+)*(?:(?:tổ chức|diễn ra|khai mạc|bế mạc|khai trương|"
                      r"tiến hành)\s+)?(?:tại|ở)\s+")


_LEAD_PLACE = re.compile(r"\W*(?:[^,.;:]{0,30},\s*)?(?i:tại)\s+[^,.;:]+,")


def held_at(mention: Mention) -> str | None:
    """The place a later mention says the event is held at, right after it (`Hội chợ diễn ra tại Quảng trường X`, `Hội
    chợ được tổ chức tại Y`) or in the frame that opens its sentence (`Tối 5/5, tại huyện X, UBND tỉnh tổ chức Hội chợ Y`),
    for an event whose naming mention (a headline) gives none; else None."""
    text = mention.sentence.text
    framed = _LEAD_PLACE.match(text)  # `Tối 5/5, tại huyện Hải Hậu, UBND tỉnh tổ chức Hội chợ X`: the lead's own frame
    return location(mention) if _HELD_AT.match(text, mention.end) or framed and framed.end() <= mention.start else None


def _other_item(between: str) -> bool:
    """Whether a place before a mention lies in another item of a list split by `;` (`Hội chợ X ... tại Trung tâm Văn hóa
    tỉnh; Hội thảo Y`), not in the frame that opens the list with a colon (`diễn ra tại TP. Bến Tre với các hoạt động như:
    A; B`) nor inside brackets (`(HCCB; trực thuộc ...)`)."""
    between = re.sub(r"\([^()]*\)", "", between)
    return ";" in between and not re.search(r":[^;]*;", between)


_DATELINE = re.compile(r"(?<!\w)(?i:phóng viên|PV|thông tấn xã|TTXVN|thường trú)(?:\s+[A-ZĐ][\w.]*){0,2}\s*$")
_ANNOUNCED_BEFORE = re.compile(r"(?<!\w)(?:(?i:họp báo|thông tin|công bố|thông báo)(?:\s+(?i:về))?(?:\s+(?i:việc|kế hoạch))?"
                               r"(?:\s+(?i:tổ chức))|(?i:họp báo)(?:\s+(?i:công bố|giới thiệu|về))?|(?i:đề án|kế hoạch|phương án|dự thảo|công tác chuẩn bị)"
                               r"\s+(?i:tổ chức)|(?i:họp báo)\s[^.;]{0,60}?(?i:giới thiệu|công bố|thông tin về)(?:\s+(?i:chương trình|kế hoạch|việc tổ chức))?)"
                               r"\s*[“\"]?$")  # (`tổ chức họp báo Lễ hội X`; `cuộc họp cho ý kiến về Đề án tổ chức Hội chợ X`: the meeting's
# place; `tổ chức họp báo tại Hà Nội để giới thiệu chương trình “Lễ hội X”`: the press conference's)
_AWARD_BEFORE = re.compile(r"(?<!\w)(?i:trao giải|trao thưởng)(?:\s+(?i:cho))?(?:\s+(?i:cuộc))?\s*$")
