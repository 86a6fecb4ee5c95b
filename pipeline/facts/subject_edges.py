"""The edges of a figure's subject as the sentence writes them around it.

The subject rules read the tagger's words, and the tagger sometimes splits a two-syllable verb and glues its first
half to the noun before (`Doanh thu các phiên chợ thu | được khoảng 1,5 tỷ đồng`, `giá trị sản xuất ngành chè đem |
lại`), stops a proper name at a dash that joins two places (`Đường dây 220kV Huội Quảng | - Nghĩa Lộ`), or cuts a pair at
its dash (`kim ngạch xuất - | nhập khẩu`), a plant's number before its other units (`Nhà máy điện Cà Mau 1 | &2`) or a
compound the tagger split (`thức ăn | chăn nuôi`), a company's `TNHH một | thành viên`, the first half of a name over a dash
(`Khu đô thị khoa học Quy Hòa - | Thung lũng sáng tạo Quy Nhơn`) or the word of electricity it glued to a unit (`2.000 MW điện | gió`:
`điện gió`); and a figure in brackets after a count is that count's value (`205 dự án
vào Campuchia (2,95 tỷ USD)`). This module looks at the sentence around the subject and mends its edges.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import entries, low

# a place phrase the walk back ran into before the measure it names (`khu vực Tây Nguyên | giá hồ tiêu`), and adverbs of
# the verb after the measure (`tiếp tục`, `vẫn`)
_PLACE_OPENED = re.compile(r"(?i:khu vực|vùng|địa bàn|thị trường)\s+(?:[A-ZĐ][\w-]*\s+)+(?=(?i:giá|sản lượng|diện tích|kim ngạch|doanh thu|lượng)\s)")
_LEVEL_OF = re.compile(r"(?:^|[,;:]\s*)((?i:giá|giá trị|kim ngạch|doanh thu|sản lượng|lượng|thu nhập)\s[^,;:]*?)\s+(?:(?i:trong|năm|tháng|quý|"
                       r"của năm|tính chung|bình quân)\s[^,;:]*?\s+)?(?i:đạt|ở|duy trì ở)\s+(?i:mức)(?:\s+(?i:bình quân|trung bình))?\s+$")
_ADVERB_END = re.compile(r"\s+(?i:tiếp tục|vẫn|đang)$")  # (not `lại`: `số tiền còn lại`, `nhu cầu đi lại`)
# verbs of yielding split by the tagger: the first syllable is the subject's last word, the second follows it
_SPLIT_VERBS = frozenset({"thu được", "thu về", "đem lại", "đem về", "mang lại", "mang về", "đạt được", "lên tới", "giảm giá",
                          "tăng giá", "hạ giá", "tiết kiệm được"})
# a dash and two or three capitalised words that end a name joining two places (`Huội Quảng - Nghĩa Lộ`; not a phase,
# `Cụm công nghiệp X - Giai đoạn 2`)
_JOINED = re.compile(r"\s*[-–]\s*(?!Giai\s)((?:[A-ZĐ][^\W\d_]*)(?:\s+[A-ZĐ][^\W\d_]*){1,2})(?=[\s,.;:()]|$)")


def mended(text: str, before: int, subject: str) -> str:
    """`subject` (found in `text` before offset `before`, the figure's start) with a verb's first syllable cut from its
    end and a name joined over a dash made whole."""
    if low(subject) in ("mức bình quân", "mức trung bình", "bình quân", "mức") and (level := _LEVEL_OF.search(text[:before])):
        return level.group(1)  # `Giá sản phẩm cao su xuất khẩu trong 9 tháng ... đạt mức bình quân`: the measure at that level
    subject = _ADVERB_END.sub("", subject) or subject  # (`Bình Dương tiếp tục | xuất siêu`)
    placed = _PLACE_OPENED.match(subject)
    if placed and re.search(r"(?<!\w)(?i:tại|ở)\s+$", text[:max(0, text.rfind(subject, 0, before))]):
        subject = _ADVERB_END.sub("", subject[placed.end():])  # `tại | khu vực Tây Nguyên | giá hồ tiêu Đắk Lắk tiếp tục`: where,
        # then the measure: the measure, without the adverb of its verb
    after = text.find(subject, before)
    if after > 0 and _POWER_GLUED.search(text[:after]):
        return f"điện {subject}"  # `2.000 MW điện | gió`: the tagger glued `điện` to the unit (`MW điện`)
    counted = _COUNTED_BEFORE.search(text[:before])
    if counted and counted.group(1).endswith(subject):
        return counted.group(1)  # `205 | dự án vào Campuchia (2,95 tỷ USD)`: the value of the things counted before it
    fragment = re.match(r"(?:tại|nay|đó|này|vậy|ra|nhiên|qua|đây|thế|lại),\s+", subject)
    if fragment and len(subject) > fragment.end():  # `Hiện | tại, tiến độ tổng thể của dự án`: a cut word and its comma
        subject = subject[fragment.end():]
    at = text.rfind(subject, 0, before)
    if at < 0:
        return subject
    end = at + len(subject)
    topic = _TOPIC.match(text)
    if topic and topic.start(1) == at and len(topic.group(1)) > len(subject) and len(topic.group(1).split()) <= 8 and topic.end() <= before:
        return topic.group(1)  # `Về dịch vụ | lưu trú, 6 tháng đầu năm tăng 17,01%`: the topic the sentence opens with, whole
    joined = _JOINED_FIRST.search(text[:at]) if len(subject.split()) <= 2 and subject[:1].islower() else None
    if joined and not _PREDICATE_WORD.search(joined.group(1)):
        return text[joined.start(1):end]  # `Nhóm các mặt hàng dệt may và | sợi cũng tăng cao, đạt 7,4 triệu USD`: both, one group
    if subject.lower().endswith("chiều") and re.match(r"\s+(?:dài|rộng|cao|sâu)(?!\w)", text[end:before]):
        told = _LINK_END.sub("", text[end:before])  # `chiều | dài bờ biển là 65 km`: the tagger cut the measure's noun
        if not re.search(r"[\d,;:()]", told) and len(told.split()) <= 6:
            return text[at:end + len(told)]
    located = _MEASURE_AT.search(text[:at])
    if located:
        return text[located.start():end]  # `doanh số ở các | chợ tăng 20%`, `Giá của | thanh long`: the measure, with where or whose
    company = _ONE_MEMBER.search(text[:at]) if subject.lower().startswith("thành viên") else None
    if company:
        return text[company.start():end]  # `Công ty TNHH một | thành viên Xăng dầu X`: `một` is no count here
    words = subject.split()
    item = _ITEM_DASHED_BEFORE.search(text[:at]) if subject[:1].islower() else None
    opens = item.start(1) if item and text[item.start(1)].isupper() else at
    if re.search(r"(?:^|[;:]\s*)$", text[:opens]) and not re.search(r"\d", text[opens:at]):
        joined_on = _ITEM_DASHED_AFTER.match(text, end) if opens < at or len(words) <= 2 and subject[:1].isupper() else None
        # `Thương nghiệp - khách sạn - | nhà hàng đạt ...`, `Công nghiệp |
        close = joined_on.end() if joined_on and joined_on.end() <= before else end  # - xây dựng đạt ...`: an item of
        if opens < at or close > end:  # a list that names one sector over its dashes
            return text[opens:close]
    named = _DASHED_BEFORE.search(text[:at]) if subject[:1].isupper() else None
    if named:
        return text[named.start():end]  # `Khu đô thị khoa học Quy Hòa - | Thung lũng sáng tạo Quy Nhơn`: one name over a dash
    words = subject.split()
    following = re.match(r"\s+([^\W\d_]+)", text[end:])
    if len(words) >= 2 and following and f"{words[-1]} {following.group(1)}".lower() in _SPLIT_VERBS:
        if words[-2].lower() in ("mức", "tỷ lệ", "tỉ lệ"):
            return f"{subject} {following.group(1)}"  # `mức giảm | giá`: the measure of the act, one noun
        return " ".join(words[:-1])
    joined = _JOINED.match(text, end)
    if joined and words[-1][:1].isupper() and joined.end() <= before:
        return text[at:joined.end()]
    pair = next((m for m in _PAIR_BEFORE.finditer(text) if m.end() == at), None)
    if pair:
        return text[pair.start():end]  # `kim ngạch xuất - | nhập khẩu`: the first half of a pair cut at its dash or comma
    units = _UNITS_AFTER.match(text, end) if words[-1][-1:].isdigit() else None
    if units and units.end() <= before:
        return text[at:units.end()]  # `Nhà máy điện Cà Mau 1 | &2`: the plant's units joined to its number
    if len(words) >= 2 and words[-1].lower() in ("thấp", "cao", "ít", "nhiều", "lớn", "nhỏ", "rẻ", "đắt") and re.match(r"\s+(?i:hơn)\s", text[end:]) and (
            words[-2].lower() not in ("độ", "chiều", "tầm", "mức")):  # (not `độ cao`, `chiều cao`: a measure of its own)
        return " ".join(words[:-1])  # `với giá thấp | hơn 790.000 đồng`: the comparison is the amount's, not the measure's
    most = re.match(r"\s+(?:nhất|hơn cả)(?!\w)", text[end:])
    if most and end + most.end() <= before and len(words) >= 2:
        return text[at:end + most.end()]  # `số tiền lớn | nhất`: a superlative is part of its adjective
    feed = _FEED.match(text, end) if re.search(r"(?i:thức ăn)$", subject) else None
    return text[at:feed.end()] if feed and feed.end() <= before else subject  # `thức ăn | chăn nuôi`: one compound


# the first of two things joined by `và` that open their sentence or clause, the second the subject read
_JOINED_FIRST = re.compile(r"(?:^|[.;:]\s*)((?:Nhóm|Ngành|Mặt hàng|Nhóm hàng|Lĩnh vực|Khối)(?:\s+[^\W\d][^\s,;:()]*){1,5})\s+(?i:và)\s+$")
_PREDICATE_WORD = re.compile(r"(?<!\w)(?i:tăng|giảm|đạt|là|có|chiếm|được|bị|đã|sẽ|đang)(?!\w)")
_TOPIC = re.compile(r"\W*(?i:về|đối với|riêng)\s+([^\W\d][^,;:()\d]{1,60}?)\s*,\s")  # a topic opening the sentence
# the words that link a measure to its figure (`là`, `khoảng`, `hơn`), at the end of the words between them
_LINK_END = re.compile(r"(?:\s+(?i:là|khoảng|chừng|đạt|hơn|trên|gần|tới|lên tới|lên đến|ước|ước tính|vào khoảng))*\s*$")
_MEASURE_AT = re.compile(r"(?<!\w)(?i:doanh số|doanh thu|sức mua|lượng khách|lượng hàng|lượng hàng hóa|lượng hàng hoá|sản lượng|"
                         r"giá bán|giá|lượng tiêu thụ)\s+(?i:ở|tại|của)\s+(?:(?i:các|những)\s+)?$")
_POWER_GLUED = re.compile(r"\d\s*(?:MW|kW|GW|MWp|kWp|MWh|kWh|GWh)\s+điện\s+$")
_ONE_MEMBER = re.compile(r"(?:[Cc]ông ty|[Tt]ổng công ty)\s+(?:TNHH|(?i:trách nhiệm hữu hạn))\s+(?i:một)\s+$")
_ITEM_DASHED_BEFORE = re.compile(r"((?:[^\W\d_]+(?:\s+[^\W\d_]+)?\s*[-–]\s*)+)$")
_ITEM_DASHED_AFTER = re.compile(r"(?:\s*[-–]\s*[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+)?(?=\s*[-–]|\s+(?i:đạt|tăng|giảm|chiếm|là|có|ước)(?!\w)))+")
_DASHED_BEFORE = re.compile(r"(?:Khu|Dự án|Nhà máy|Trung tâm|Cụm|Công viên|Tổ hợp|Cảng)\s(?:[^\s,;:()]+\s){1,8}?[-–]\s+$")
# the other units of a plant named by number (`Cà Mau 1&2`, `Vĩnh Tân 1 và 2` is two), and what a feed is for
_UNITS_AFTER = re.compile(r"\s*[&+]\s*\d+(?![\d.,])")
_FEED = re.compile(r"\s+(?i:chăn nuôi|gia súc|gia cầm|thủy sản|thuỷ sản)(?!\w)")
# a count and its noun phrase right before the bracket that holds the figure
_COUNTED_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\s+(?!(?i:tỷ|tỉ|triệu|nghìn|ngàn|đồng|usd|ha|mw|kw)(?!\w))([^\W\d_][^\d(),;:]*?)\s*\(\s*$")
# (not an amount: `trên 1.000 tỷ đồng gồm Dự án X (hơn 2.200 tỷ đồng)` is X's)
# the first half of `xuất - nhập khẩu`, `xuất, nhập khẩu` (exports and imports) with the measure before it, cut at the dash or comma
_PAIR_BEFORE = re.compile(r"(?:(?i:tổng\s+)?(?i:kim ngạch|giá trị|trị giá|hàng hóa|hàng hoá)\s+)?(?i:xuất)\s*[-–,/]\s*(?=(?i:nhập)\s)")


_SPEAKER = re.compile(r"^[^,;:]{2,60}?\s(?i:ước tính|dự báo|cho biết|cho rằng|khẳng định|nhận định|dự kiến|thông báo)\s+(?P<rest>.+)$")


def unspoken(subject: str) -> str:
    """`Liên Hợp Quốc ước tính chi phí khôi phục hạ tầng cơ bản của Mosul`: the measure a speaker's verb introduces, without
    the speaker and the verb, when it is a measure of the lexicon; else `subject`."""
    m = _SPEAKER.match(subject)
    if m is None:
        return subject
    rest = m.group("rest")
    words = tuple(low(w) for w in rest.split())
    kinds = [entries().kinds.get(words[:n], ("", False))[0] for n in range(1, min(4, len(words)) + 1)]
    return rest if any(k in ("measure", "attribute") for k in kinds) else subject


_SAYS = re.compile(r"\s*(?i:cho biết|cho hay|nói|khẳng định|nhấn mạnh|thông tin|chia sẻ)\s*[,:]")
_SAYS_CUT = re.compile(r"\s*(?i:biết|hay)\s*[,:]")  # (the rest of `cho biết` when `cho` ended the subject)


def speaker(text: str, subject: str) -> bool:
    """Whether `subject` is who speaks in `text` (the sentence up to the figure): written right before a verb of saying and
    its comma (`Ban Tổ chức cho | biết, hiện đã có hơn 300 gian hàng ...`), no measured thing (not the people after a share
    who say something: `40% người Nga cho biết, ...`)."""
    at = text.find(subject)
    end = at + len(subject)
    return at >= 0 and (_SAYS.match(text, end) is not None or subject.endswith(" cho") and _SAYS_CUT.match(text, end) is not None)


def without_multiplier(text: str, before: int, subject: str) -> str:
    """`subject` without the word of a multiplier the number before it left (`gấp 8 | lần Trung Quốc (710 triệu tấn)`: the
    thing compared, `Trung Quốc`)."""
    if subject.startswith("lần ") and re.search(rf"\d\s+{re.escape(subject)}", text[:before]):
        return subject[4:]
    return subject
