"""Last checks on a figure's subject, read from the words around the figure: a subject the sentence's grammar gives
to something else is dropped or replaced.

    ... thu về hơn 225 tỉ đồng, chiếm 48% tổng giá trị sản xuất       a share's base     -> the amount before's subject
    ... tập huấn cho 61 học viên                                      a count governed   -> None (not the one who trains)
    Dự án gồm hai giai đoạn, giai đoạn 1 với tổng mức đầu tư 100 triệu USD   a phase   -> giai đoạn 1 của Dự án

A share (`chiếm 48% B`) is its holder's part of B, never B itself (but `đóng góp 70% giá trị sản xuất`: a contribution
to B may be told by B). A count after `cho`, `tại`, `của`, `từ`, `ở` or
`với` is the object of that word: what stands before it is who gives, where it is or whose it is, not what the count
belongs to (`hệ thống xử lý tại 7 cơ sở`, `làng nghề với hơn 5.000 doanh nghiệp`), unless it is an event, a programme
or a group that has the counted things (`Triển lãm của gần 70 doanh nghiệp`, `đoàn với 35 sản phẩm`). A project's
phase named in the clause before an amount (`giai đoạn 1`, not `giai đoạn 2021-2025`) is what the amount measures.

    68 đề án được triển khai, tổng kinh phí khoảng 34 tỷ đồng          a bare measure after a comma -> 68 đề án
    khởi công dự án Nhà máy X, tổng vốn đầu tư hơn 4 tỷ USD                                        -> dự án Nhà máy X
    Công ty A khánh thành Nhà máy B tại KCN C, với tổng vốn ...        a subject over a verb      -> Nhà máy B
    Nhà máy đường X với 267.000 tấn mía                               a weight and its goods     -> mía của Nhà máy đường X
    Nhà máy điện X đã đạt sản lượng gần 3,7 tỷ kWh                    a bare output              -> sản lượng của Nhà máy điện X
    Dự án có vốn lớn nhất là Dự án nhà máy G ..., với tổng vốn 200 triệu USD   a bare head  -> Dự án nhà máy G
    ..., với tổng kinh phí 578 triệu đồng, đạt 63 % kế hoạch năm 2023  a share of a plan         -> kế hoạch năm 2023
    hỗ trợ 50% kinh phí, cụ thể là 80 triệu đồng                       a share spelled out       -> 50% kinh phí
    có 130km đường biên giới                                          a line after a length     -> đường biên giới
    diện tích trồng nhãn ... với sản lượng dự kiến ... đạt 40 nghìn tấn  an output of a crop      -> sản lượng nhãn
    có 28.300 ha vải thiều, sản lượng ước đạt 160.000 tấn              an area's crop            -> vải thiều, sản lượng vải thiều
    Với tổng diện tích chè hơn 20.300 ha, Hà Giang là ...              a place for a measure      -> tổng diện tích chè của Hà Giang
    3 tấn xoài đầu năm 2022                                           a time's first word        -> xoài

A bare measure of money, size or capacity (`tổng vốn đầu tư`, `tổng kinh phí`, `quy mô`) after a comma or `với` is the
total of what the clause before names: the things counted there, else a project, plant or work named there. A subject
that runs over a verb of building or opening is the thing built or opened. A weight or volume followed by its goods
measures the goods, of the holder when it is named (`gạo của Công ty X`; an unnamed holder's capacity stays its own). A
bare output or income a named plant or company reaches is that owner's, a bare output of what the sentence grows,
harvests, buys or carries before it is that crop's or those goods', a measure named after `trong đó` is the part,
and a place a fronted `Với` gives a measure of what it grows or makes takes that measure.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_crops import AREA_OF, crop_at, crop_of_output
from pipeline.facts.subject_lexicon import FORMULA, SIZE_UNITS, not_a_number, place_only
from pipeline.language.analysis import Sentence

_SHARE = re.compile(r"(?<!\w)(?<![Tt]ái\s)(?i:chiếm)(?:\s+(?i:tỷ|tỉ)\s+(?i:lệ|trọng))?(?:\s+(?i:khoảng|gần|hơn|trên|tới|đến|xấp xỉ|chỉ))*\s*$")
_NUMBERED_BEFORE = re.compile(r"(?<![\w.,])\d[\d.,]*\s+([^\W\d_][^\d,;:()]{2,80}?)\s*,?\s*$")
_NOT_COUNTED = frozenset("lần chiếc cái con tấn kg ha km năm tháng ngày giờ phút đồng usd tỷ tỉ triệu nghìn ngàn trăm".split())  # (a multiplier, a classifier or a unit)
_GOVERNED = re.compile(r"(?<!\w)(?i:cho|tại|của|ở|với|từ)\s+(?:(?i:khoảng|gần|hơn|trên|tới|đến|xấp xỉ|chỉ)\s+)?$")
_HAS_COUNT = re.compile(r"(?i:hội chợ|phiên chợ|chợ|tuần lễ|tuần hàng|chương trình|triển lãm|festival|ngày hội|lễ hội|hội nghị|hội thảo|"
                        r"cuộc thi|hội thi|không gian|đoàn|nhóm|tổng số|số lượng|số)(?!\w)")
_JOBS = re.compile(r"(?i:việc làm)(?:\s+\w+)?\s+(?i:cho)\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?$")
_PHASE = re.compile(r"(?<!\w)(?i:giai đoạn)\s+(?:\d{1,2}|I{1,3}V?|IV|(?i:một|hai|ba|đầu))(?![\w/.-]*\d{3})(?!\w)")
_BUILT_THING = re.compile(r"(?<!\w)(?:xây dựng|đầu tư|lắp đặt|khởi công)\s+(?:[Nn]hà máy|[Tt]rung tâm|[Cc]hợ|[Kk]ho|[Cc]ông trình|[Đđ]ường|[Tt]rạm|[Kk]hu)(?!\w)")
_PHASE_DONE = re.compile(r"(?i:sau khi|khi|hoàn thành|kết thúc|xong)\s+$")
_BARE_MEASURE = re.compile(r"(?:tổng\s+)?(?:vốn đầu tư|mức đầu tư|vốn đăng ký|vốn|kinh phí|kinh phí đầu tư|quy mô|diện tích|"
                           r"công suất|công suất thiết kế|công suất lắp đặt)", re.I)
_PERSON = re.compile(r"(?:(?i:ông|bà|người này|người đàn ông|người phụ nữ|bị cáo|nghi phạm|đối tượng|hắn|họ)"
                     r"|(?:anh|chị|em)(?=\s+[A-ZĐ]))(?:\s+[A-ZĐÀ-Ỹ][\w-]*)*")
_PROJECT = re.compile(r"(?i:dự án|nhà máy|công trình|khu công nghiệp|cụm công nghiệp|KCN|CCN)(?:\s+\S+)?")


def checked(sentence: Sentence, start: int, end: int, unit: str | None, subject: str | None,
            before: tuple[int, str | None] | None, counts: list[tuple[int, int]]) -> str | None:
    """The subject of the figure from `sentence.text[start]` to `[end]` (its denominator included) after every check of
    this module, in order. `unit` is `held` for a share whose holder the amount before it gave; `before`: the end and
    subject of the figure before in the sentence; `counts`: (start, end) of the sentence's counts before the figure."""
    text = sentence.text
    if unit == "percent":
        subject = plan_share(text, end, share_base(text, start, end, subject, before))  # not `chiếm 48% | B`
        owned = _OWNED_BY.search(text[:start])
        subject = owned.group(1) if owned and (subject is None or subject in text[owned.end(1):start]) else subject  # `Vietnam
        # Beverage do một pháp nhân nước ngoài sở hữu 49%`: what is owned, not the owner (but `... 65% vốn điều lệ`: that)
    if unit == "count":
        subject = classified_goods(sentence, start, end, governed_count(text, start, subject))
        subject = (_HIRING.sub("", subject) or subject) if subject else None  # `Công ty X tuyển dụng | 770 lao động`: who hires
    if unit not in ("count", "percent", "held"):
        subject = owner_of_measure(text, start, phase(text, start, subject), counts)
    subject = _RAISING.sub("", subject) if subject else subject  # `đầu tư | công suất Nhà máy X từ 650.000 tấn/năm lên ...`
    subject = goods_after(sentence, end, built_thing(subject), unit)
    if unit not in ("count", "percent", "held"):
        subject = place_of_measure(text, start, owned_measure(text, start, crop_of_output(sentence, start, subject)))
    subject = part_named(text, start, subject) if unit not in ("count", "percent", "held") else subject
    if subject is not None and unit in _PHYSICAL and _MONEY_MEASURE.fullmatch(subject):
        subject = None  # `Với tổng mức đầu tư 12.600 tỷ đồng và diện tích hơn 7,2 km²`: money measures no area
    if subject is not None and unit not in ("count", "percent", "held") and _PERSON.fullmatch(subject):
        subject = None  # `tuyên phạt ông Tuấn ... (gần 600 triệu đồng)`, `Người này được nộp 382 USD tiền bảo lãnh`: a
        # person is no amount, whatever the amount is of
    if subject is not None and re.search(rf"(?:^|[,;:]\s*)(?i:theo)\s+{re.escape(subject)}\s*,", text[:start]):
        subject = None  # `Theo bà Bùi Thị Dung, ..., tăng 21,32%`: who says it is the source, never what is measured
    if subject is not None and re.fullmatch(r"[^\W\d]+\s*/\s*[^\W\d]+", subject):
        subject = None  # `tấn/năm`: a rate's unit left from the figure before, no thing (s57, set P139)
    return named_instance(text, start, without_giving_verb(without_time_tail(text, subject)))


def share_base(text: str, start: int, end: int, subject: str | None, before: tuple[int, str | None] | None) -> str | None:
    """For a share after `chiếm` or `đóng góp` whose subject is the phrase right after it (the base it is a share of):
    the subject of the amount right before the link (`before`: that amount's end and subject), else None.
    `text[start:end]` is the share."""
    link = _SHARE.search(text[:start])
    if subject is None or link is None or not text[end:].lstrip().startswith(subject):
        return subject
    if re.match(r"(?i:thị phần)", subject):
        return subject  # `chiếm 95% thị phần dịch vụ di động`: the share is of that market
    if before is not None and not text[before[0]:link.start()].strip(" ,()"):
        return before[1]
    counted = _NUMBERED_BEFORE.search(text[:link.start()])  # `có trên 1.000 trẻ em tử vong vì tai nạn giao thông, chiếm khoảng 20%`:
    words = counted.group(1).split() if counted else []  # the things a number the figures do not count counts
    return " ".join(words) if words and words[0].lower() not in _NOT_COUNTED and len(words) <= 10 else None


_PHYSICAL = SIZE_UNITS | {"km", "MW", "MWp", "kW", "kWp", "kWh", "MWh", "GWh"}  # sizes, lengths, powers and energies
_MONEY_MEASURE = re.compile(r"(?i:tổng\s+)?(?i:mức\s+|số\s+|nguồn\s+)?(?i:vốn|vốn đầu tư|đầu tư|kinh phí|doanh thu|ngân sách|chi phí|số tiền|tiền)"
                            r"(?:\s+(?i:đầu tư|đăng ký|thực hiện|dự kiến))?")
_OWNED_BY = re.compile(r"(?:^|[,;:]\s*)([^\W\d_][^,;:()]{1,60}?)\s+(?i:do)\s+[^,;:()]{2,60}?\s+(?i:sở hữu|nắm giữ|nắm)\s+(?:(?i:khoảng|hơn|gần|trên|tới)\s+)?$")
_HIRING = re.compile(r"\s+(?i:tuyển dụng|tuyển|thu hút|sử dụng|đào tạo|giải quyết việc làm cho|tạo việc làm cho)(?:\s+(?i:thêm|được|mới))?$")
_PLAN = re.compile(r"\s+((?i:kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?:\s+(?:[^\s,;:.()]+))*?)(?=\s*(?:[,;:.()]|$|\s(?i:và|so với|đề ra|giao)\s))")
_SPELLED_OUT = re.compile(r"(\d[\d.,]*\s*%\s+(?!(?i:so với))[^\d,;:()]{2,40}?),?\s*(?i:cụ thể là|tức là)\s*$")


def plan_share(text: str, end: int, subject: str | None) -> str | None:
    """A share of a plan or target named right after it (`... với tổng kinh phí 578 triệu đồng, đạt 63 % kế hoạch năm
    2023`): the plan, when the subject is a bare measure (the amount before's); else the subject."""
    plan = _PLAN.match(text, end)
    if subject is None or not _BARE_MEASURE.fullmatch(subject):
        return subject  # (`Giá trị sản xuất công nghiệp ... đạt 92,2% kế hoạch năm`: what reached it)
    return plan.group(1) if plan and 2 < len(plan.group(1).split()) <= 8 else subject  # (a bare `kế hoạch` says too little)


def part_named(text: str, start: int, subject: str | None) -> str | None:
    """An amount that spells out a share named before it (`hỗ trợ 50% kinh phí, cụ thể là 80 triệu đồng`): that share of
    the whole (`50% kinh phí`); else the subject."""
    share = _SPELLED_OUT.search(text[:start])
    return share.group(1).strip() if share else subject


def governed_count(text: str, start: int, subject: str | None) -> str | None:
    """A count's subject, None when the count is the object of a preposition (see the module's text)."""
    if subject is None or _GOVERNED.search(text[:start]) is None or _JOBS.search(text[:start]):
        return subject  # `khu công nghiệp dự kiến giải quyết việc làm cho hơn 20.000 lao động`: who gives the jobs
    if place_only(subject):
        return None  # `tại Quảng trường 16/3, TP. Kon Tum với quy mô hơn 180 gian hàng`
    return subject if _HAS_COUNT.match(subject) else None


def phase(text: str, start: int, subject: str | None) -> str | None:
    """The project phase named in the clause before the amount at `text[start]`, with the project's name when the
    subject is one (`giai đoạn 1 của dự án`), when the subject is a bare project or none; a bare measure takes the
    phase after it (`tổng vốn đầu tư giai đoạn 1`); else the subject."""
    clause = text.rfind(";", 0, start)
    found = [m for m in _PHASE.finditer(text, clause + 1, start)]
    if not found or _PHASE_DONE.search(text[:found[-1].start()]) or _BUILT_THING.search(text, found[-1].end(), start):
        return subject  # (`Giai đoạn 2 sẽ đầu tư xây dựng Trung tâm thương mại ... với tổng diện tích`: that centre's)
    named = found[-1].group(0)
    quoted = next((m for m in _QUOTED_WORK.finditer(text, clause + 1, start) if m.start() < found[-1].start() < m.end()), None)
    if quoted:  # `dự án "Giải quyết ngập ... - giai đoạn 1" có tổng mức đầu tư`: the phase is part of the work's name
        return f"{subject} của {quoted.group()}" if subject is not None and _BARE_MEASURE.fullmatch(subject) else subject
    if subject is not None and _BARE_MEASURE.fullmatch(subject):
        return f"{subject} {named}"  # `giai đoạn 1 có tổng vốn đầu tư 1.200 tỷ đồng`: the phase's capital
    if subject is not None and not _PROJECT.fullmatch(subject) and not subject.lower().startswith("giai đoạn"):
        return subject
    owner = _PHASED.search(text, clause + 1, found[-1].start())
    if subject is None or subject.lower().startswith("giai đoạn"):
        return f"{owner.group()}{named}" if owner else named  # `Khu công nghiệp VSIP Cần Thơ giai đoạn 2, quy mô 519 ha`
    return f"{named} của {subject}"


_QUOTED_WORK = re.compile(r"(?:[Dd]ự án|[Cc]ông trình|[Nn]hà máy|[Đđ]ề án|[Cc]hương trình)\s*[\"“][^\"”]{3,200}[\"”]")
_PHASED = re.compile(r"(?:[Dd]ự án|[Nn]hà máy|[Cc]ông trình|[Kk]hu công nghiệp|[Cc]ụm công nghiệp|KCN|CCN|[Kk]hu đô thị)(?:\s+[A-ZĐ0-9][\w&.-]*)+\s+$")


_MEASURE_BEFORE = re.compile(rf"(?:,|(?<!\w)(?i:với))\s*(?:{_BARE_MEASURE.pattern})(?:\s+(?i:quy hoạch|đất))?\s+(?:(?i:là|đạt|khoảng|gần|hơn|trên|lên tới|lên đến|xấp xỉ)\s+)*$", re.I)
_THING = re.compile(r"(?<!\w)(?:[Dd]ự án|[Nn]hà máy|[Cc]ông trình|[Kk]hu công nghiệp|[Cc]ụm công nghiệp|[Cc]hợ|[Tt]uyến|"
                    r"[Đđ]ường dây|[Tt]rạm biến áp|[Kk]ho)\s+[^,;]*?[A-ZĐ]")
_WORKS_COUNTED = re.compile(r"\d\s+(?i:dự án|nhà máy|công trình|đề án|trang trại|cụm công nghiệp|khu công nghiệp)(?!\w)")
_PREPOSITION = r"(?:tại|ở|vào|của|trong|thuộc|cho|từ|trên)"
_NAMED = re.compile(r"\s[A-ZĐ]")  # a capitalised word after a thing's head: its name
_RAISING = re.compile(r"^(?:\S+\s+){0,3}?(?<!vốn\s)(?<!mức\s)(?<!phí\s)(?<!suất\s)(?:đầu tư|đầu tư nâng|nâng|mở rộng)\s+(?=(?:công suất|quy mô|diện tích|sản lượng)(?!\w))")
_ITEM_THING = re.compile(r"\s*((?:CCN|KCN|KKT|[Cc]ụm công nghiệp|[Kk]hu công nghiệp|[Dd]ự án|[Nn]hà máy|[Cc]ông trình)\s+[A-ZĐ][^,;:]*)$")
_PLACE_SEGMENT = re.compile(r"\s*(?:(?i:tỉnh|huyện|xã|thành phố|TP\.?|thị xã|quận|phường|thị trấn|tại|ở|thuộc|trên địa bàn)\s)")
_PLACE_AFTER = re.compile(r"\s+(?:tại|ở|thuộc|trên địa bàn|do|được|đã|đang|sẽ|vừa|có|là|với|gồm|theo|cho|để|nhằm|ký (?:kết|biên|hợp|thỏa))\s")
_BUILT = re.compile(r"\s(?:khánh thành|khởi công|động thổ|đầu tư xây dựng|xây dựng|khai trương|đưa vào vận hành)\s+(?=[A-ZĐ]|(?:dự án|nhà máy|công trình)\s)")
# a holder that carries out an act measured (`Công ty thực hiện | tiết kiệm điện 27 triệu kWh`): the act
_DONE = re.compile(r"^(?:[Cc]ông ty|[Tt]ổng công ty|[Đđ]ơn vị|[Nn]hà máy|[Tt]ỉnh|[Hh]uyện|[Tt]hành phố)(?:\s+[A-ZĐ]\S*)*\s+(?:đã\s+)?(?i:thực hiện)\s+"
                   r"(?=(?:tiết kiệm|giải ngân|thu|chi|cắt giảm)\s)")


# an activity opening its clause, a capitalised verb and its object with no amount (`Tổ chức bình chọn sản phẩm ...`)
_ACTIVITY = re.compile(r"\s*((?:Tổ chức|Hỗ trợ|Xây dựng|Đào tạo|Tập huấn|Mở lớp|Khảo sát|Tham gia)\s[^\d,;:]*?(?:(?:19|20)\d{2})?)\s*")


def owner_of_measure(text: str, start: int, subject: str | None, counts: list[tuple[int, int]]) -> str | None:
    """For a bare measure after a comma or `với` (see the module's text): what the clause before it names, else the
    subject. `counts`: (start, end) of the sentence's counts."""
    written = _MEASURE_BEFORE.search(text[:start])  # (`X với diện tích 1.339 ha`, whatever subject the rules found)
    if written is not None:
        end = written.start()
        lead = re.search(r",\s*$", text[:end]) if text[end:end + 3].lower() == "với" else None
        clause = text[max(text.rfind(c, 0, lead.start()) for c in ",;:") + 1:lead.start()] if lead else ""
        end = lead.start() if lead and _WORKS_COUNTED.search(clause) else end  # (`6 dự án ... đi vào hoạt động, | với tổng công suất`: the
        # works counted in the clause before the comma own it; s64, set P183; not `hơn 1.200 hộ trồng hoa, với diện tích`)
    elif subject is not None and _BARE_MEASURE.fullmatch(subject):
        at = text.rfind(subject, 0, start)
        link = re.search(r"(?:,|(?<!\w)với)\s*$", text[:at]) if at > 0 else None
        if link is None:
            return subject
        end = link.start()
    else:
        return subject
    begin = max(text.rfind(c, 0, end) for c in ",;:") + 1
    listed = next((s for s, e in counts if begin > 0 and text[begin - 1] == "," and not text[e:begin - 1].strip()), None)
    begin = listed if listed is not None else begin  # (`78 doanh nghiệp, hợp tác xã ... với diện tích`: a list's comma)
    counted = [(s, e) for s, e in counts if begin <= s < end and not _GOVERNED.search(text[:s])]  # (not `cho 3 doanh nghiệp`)
    counted = counted if counted and not re.search(r"\d", text[counted[-1][1]:end]) else []  # (not `59 KCN với diện tích
    # 16.800 ha và 82 CCN với diện tích ...`: another amount stands between)
    own = subject is not None and not _BARE_MEASURE.fullmatch(subject)  # (a subject the rules found that says what it is)
    held = written is not None and own and -1 < text.rfind(subject or "", 0, counted[0][0] if counted else 0)
    if counted and not held:  # (not `Hội chợ có quy mô gần 1.000 gian hàng với diện tích ...`: the fair's, named first)
        first = len(counted) - 1
        while first and re.fullmatch(r"[^\d,;]*\s(?i:và)\s+", text[counted[first - 1][1]:counted[first][0]]) and not _PLACE_AFTER.search(
                text[counted[first - 1][1]:counted[first][0]]):
            first -= 1  # `152 đề án khuyến công địa phương và 17 đề án khuyến công quốc gia với tổng kinh phí`: both
        owner = text[counted[first][0]:end]
        place = _PLACE_AFTER.search(owner)
        return (owner[:place.start()] if place else owner).strip(" ,")  # `68 đề án | được triển khai, tổng kinh phí ...`
    placed = written is not None and _PLACE_SEGMENT.match(text, begin, end) is not None
    item = _ITEM_THING.match(text[max(text.rfind(c, 0, begin - 1) for c in ",;:") + 1:begin - 1]) if placed and begin > 0 else None
    if item:  # `gồm: CCN Hồng Lạc, thuộc địa bàn xã Hồng Lạc với diện tích quy hoạch khoảng 75 ha; ...`: the item before its place
        return _before_place(item.group(1))
    if written is not None and own:
        return subject  # (the rules' own thing: `Nhà máy X với tổng vốn ...`)
    activity = _ACTIVITY.fullmatch(text, begin, end)
    if activity is not None and subject is not None and re.match(r"(?i:tổng\s+)?(?i:kinh phí)", subject):
        return activity.group(1)  # `...: Tổ chức bình chọn sản phẩm ... năm 2023 với kinh phí 100 triệu đồng`: what it pays for
    thing = next((m for m in _THING.finditer(text, begin, end) if not re.search(rf"(?<!\w){_PREPOSITION}\s+$", text[:m.start()])
                  and not re.search(rf"\s{_PREPOSITION}\s", m.group())), None)
    if thing is None and placed:  # `Nhà máy X được xây dựng tại huyện A,
        thing = next((m for m in _THING.finditer(text, 0, begin) if m.start() <= 40 and _NAMED.search(
            _before_place(text[m.start():begin].split(",")[0]))), None)  # tỉnh B với tổng công suất 400MW`: the named thing
        # that opens the sentence, where the clause before the measure only places it
    if thing is None:
        return subject  # (`có dự án đầu tư vào tỉnh X`, `đầu tư dự án tại khu công nghiệp X`: not a named thing)
    owner = text[thing.start():end]
    place = _PLACE_AFTER.search(owner)
    return (owner[:place.start()] if place else owner).strip()  # `dự án Nhà máy Nhiệt điện khí LNG Bạc Liêu, tổng vốn ...`


def _before_place(phrase: str) -> str:
    """A thing's name without where it is, what it does and its aside (`CCN Hồng Lạc (xã X)`, `Nhà máy X | được xây dựng`)."""
    cut = _PLACE_AFTER.search(phrase + " ")
    return phrase[:cut.start() if cut else None].split("(")[0].strip()


def built_thing(subject: str | None) -> str | None:
    """A subject that runs over a verb of building or opening, or a holder's `thực hiện`: the thing or act after the verb,
    without its place."""
    verb = (_BUILT.search(subject) or _DONE.search(subject)) if subject is not None else None
    if verb is None or subject is None:
        return subject
    thing = subject[verb.end():]
    place = _PLACE_AFTER.search(thing)
    return (thing[:place.start()] if place else thing).strip() or subject


_GOODS_STOP = re.compile(r"(?i:năm|đầu|cuối|giữa|mỗi|một|trên|dưới|và|so|trong|tăng|giảm|là|với|cho|của|từ|đến|tới|sang|vào|ra|hàng|các|được|đã|tiếp tục|vẫn|cũng|sẽ|đang|bị|"
                         r"đạt|chiếm|bằng|tương đương|khoảng|gần|hơn|nhưng|còn|thì|để|nhằm|tại|ở|này|đó)$")
_OUTPUT = re.compile(r"(?i:tổng\s+)?(?i:sản lượng)(?:\s+(?i:khai thác|thu hoạch|đánh bắt))?")  # a bare output
_GOODS_INITIALS = frozenset({"LNG", "LPG", "CNG", "NPK", "DAP", "PET", "PVC"})  # goods written in initials
_MAKING = re.compile(r"(?i:(?:mục tiêu|kế hoạch|chỉ tiêu)\s+)?(?i:sản xuất|xuất khẩu|nhập khẩu|tiêu thụ|thu mua|chế biến)")  # a bare act on goods
_HOLDER = re.compile(r"[A-ZĐ]|(?:nhà máy|công ty|dự án|hợp tác xã|HTX|doanh nghiệp|tỉnh|huyện|xã|cơ sở|tập đoàn|đơn vị|hộ|tàu|chuyến tàu|chuyến hàng|hợp đồng|đơn hàng)(?!\w)")
_LAND = re.compile(r"\s(đất\s+(?:sạch|công nghiệp|nông nghiệp|ở|lúa|trồng lúa|thương mại(?:,?\s+dịch vụ)?|dịch vụ|sản xuất(?:\s+nông nghiệp)?|"
                   r"trống|xây dựng|khu công nghiệp|rừng sản xuất|rừng phòng hộ|rừng))(?!\w)")
_CAPACITY = re.compile(r"(?i:công suất|quy mô|năng lực)")
_ZONE = re.compile(r"\s(KCN|CCN|KKT|KCX)(?![\w-])")  # initials of a zone right after an area


def goods_after(sentence: Sentence, end: int, subject: str | None, unit: str | None) -> str | None:
    """The goods right after a weight or volume ending at `sentence.text[end]` (`267.000 tấn mía`: its nouns, and an
    adjective after them), the crop right after an area (`4.000 ha nhãn`), and the line right after a length (`có 130km đường biên giới`), when the subject is none or a holder, of the holder when it is named (`Nhà máy X có công suất
    12.500 tấn cà phê nhân`: `cà phê nhân của Nhà máy X`; an unnamed holder's capacity stays its own); else the subject."""
    named = subject is not None and re.search(r"\s[A-ZĐ]", subject) is not None  # (`Công ty X`; not a bare `Công ty`)
    line = _LINE.match(sentence.text, end) if unit in ("km", "m") else None
    if line and not (subject or "").lower().startswith(line.group(1).lower().split()[0]):  # `có 130km đường biên giới`: the
        # border, whoever has it (a line the rules named already stays: `đường ống dẫn khí áp suất`)
        return line.group(1)
    held = subject is not None and _HOLDER.match(subject) is not None and not _CAPACITY.search(subject) and not re.search(
        r"(?i:diện tích)", subject)  # (not `Diện tích trồng cam ở Nghệ An`: a measure already)
    land = _LAND.match(sentence.text, end) if unit == "ha" and (subject is None or held) else None
    if land:  # `Khu CNC Đà Nẵng có hơn 300ha đất sạch`: the land of that kind, the holder's
        return f"{land.group(1)}{f' của {subject}' if named else ''}"
    zone = _ZONE.match(sentence.text, end) if unit == "ha" and (subject is None or held) else None
    if zone:  # `Dự án ... rộng 750ha, trong đó có 367,6ha KCN và ...`: the zone's part, in initials the crops' lowercase misses
        return zone.group(1)
    bare = subject is not None and subject.lower() in ("diện tích", "tổng diện tích")  # (the words after the area, cut at `trồng`)
    area = AREA_OF.match(sentence.text, end) if unit == "ha" and (subject is None or held or bare) else None
    if area:  # `có 962 ha sầu riêng/V với ...`, `4.000 ha diện tích trồng nhãn`: the crop the area grows, a holder's too
        crop = crop_at(sentence, area.end(), len(sentence.text))  # (`Tân Uyên đang sở hữu gần 3.400ha chè`: `chè của Tân Uyên`)
        farmed = f"diện tích {area.group(2).lower()} " if area.group(2) and not area.group(1) and area.group(2).lower().startswith("nuôi") else ""
        return f"{area.group(1) or farmed}{crop}{f' của {subject}' if named else ''}" if crop and crop not in (subject or "") else subject  # (`302.000 ha
        # nuôi trồng thủy sản`: `diện tích nuôi trồng thủy sản`, not the fish, s61)
    if unit in ("tonne", "kg", "m3", "litre") and subject is not None and (_MAKING.fullmatch(subject) or _OUTPUT.fullmatch(subject)) \
            and (goods := _goods_at(sentence, end)) and not _OUTPUT.fullmatch(goods):
        return f"{subject} {goods}"  # `Formosa đặt mục tiêu sản xuất 1 triệu tấn thép cuộn thành phẩm`: what it makes; `với tổng
        # sản lượng khoảng 34 tấn cá nục`: the output of the goods after it (s61)
    if unit not in ("tonne", "kg", "m3", "litre") or subject is not None and not _HOLDER.match(subject) or (
            _CAPACITY.search(sentence.text[max(0, end - 80):end]) and not named):
        return subject  # (`thu mua cành lá quế khoảng 2 tấn`: the goods already; `Dự án có công suất 300.000 tấn`: its own;
        # `74 cơ sở ... với tổng công suất đạt gần 800.000 tấn bột/năm`: a capacity, not the goods)
    goods = _goods_at(sentence, end)
    if not goods:
        return subject  # (`tấn/năm`, `tấn,`: no goods)
    capacity = _CAPACITY_RIGHT_BEFORE.search(sentence.text[:end])
    if capacity and named and re.match(r"\s*[^\W\d_][^/]{0,30}/\s*(?i:năm|ngày|tháng|giờ|ca|vụ)(?!\w)", sentence.text[end:]):
        return f"{capacity.group(1).lower()} {goods} của {subject}"  # `Nhà máy X ..., công suất 600.000 tấn xi măng/năm`: the
        # plant's capacity of its goods, a rate of them (s66, set P195), not the goods alone
    return f"{goods} của {subject}" if named else goods  # (`gạo của Công ty X`)


# a capacity written right before the figure (`, công suất 600.000 tấn`), its qualifier between
_CAPACITY_RIGHT_BEFORE = re.compile(r"(?<!\w)((?:(?i:tổng)\s+)?(?i:công suất|năng lực)(?:\s+(?i:thiết kế|sản xuất|chế biến))?)\s+(?:(?i:là|đạt|khoảng|hơn|gần|trên|lên tới|lên đến)\s+)*[\d.,\s]+(?:(?i:triệu|nghìn|ngàn)\s+)?(?i:tấn|kg|m3|lít)\s*$")


def _goods_at(sentence: Sentence, end: int) -> str:
    """The goods a space after `sentence.text[end]`: its nouns and an adjective after them, up to four words, none
    capitalised or a word of time, place or quantity (`_GOODS_STOP`); else ``."""
    tokens = [t for t in sentence.tokens if t.start >= sentence.start + end]
    if not tokens or tokens[0].start != sentence.start + end + 1:
        return ""
    words: list[str] = []
    for token in tokens[:4]:
        if FORMULA.fullmatch(token.text) and words or token.text in _GOODS_INITIALS or words and (
                re.fullmatch(r"[A-Z]{2,5}", token.text) or words[-1].isupper() and token.text.isdigit()):
            words.append(token.text)  # `khí CO2`, `63.000 tấn LNG`, `xăng RON 92`
            continue
        if token.pos not in ("N", "Nc", "A") and not (token.pos == "M" and not_a_number(token) and (words or " " in token.text) and not token.text[:1].isdigit()) or not words and token.pos == "A" or token.text[:1].isupper() or _GOODS_STOP.match(
                token.text.split()[0]):  # (a token of two words: `đầu năm`)
            break
        words.append(token.text)
    return " ".join(words)


_BARE_HEAD = re.compile(r"(?i:dự án|nhà máy|công trình|công ty)(?:\s+(?i:này|đó|nói trên))?")
_NOT_NAME_WORD = re.compile(r"\s(?:do|là|nằm|tại|sẽ|đã|được|thuộc|của|có|với|trên|ở|và|gồm|cho|đang|này|đó)(?!\w)")
_INSTANCE = r"(?:\s+[^\s,;:.()]+)*\s+[A-ZĐ][^\s,;:.()]*(?:\s+[A-ZĐ0-9][^\s,;:.()]*)*"  # (to the last capitalised word before a stop)


def named_instance(text: str, start: int, subject: str | None) -> str | None:
    """A bare head (`Dự án`, `Nhà máy này`) when the sentence names one instance of it before the figure (`Dự án có vốn
    lớn nhất là Dự án nhà máy Greenworks Thái Bình ..., với tổng vốn đầu tư 200 triệu USD`): that named one; else the
    subject."""
    if subject is None or not _BARE_HEAD.fullmatch(subject):
        return subject
    head = subject.split()[0] + " " + subject.split()[1]
    heads = [m.start() for m in re.finditer(rf"(?<!\w)(?i:{re.escape(head)})", text[:start])]
    found = [re.compile(rf"(?i:{re.escape(head)}){_INSTANCE}").match(text[:start], at) for at in heads]
    named = [m.group() for m in found if m is not None and not _NOT_NAME_WORD.search(m.group())]
    return named[0] if len(set(named)) == 1 else subject


_CLASSIFIER = re.compile(r"\s(?i:chiếc|cái|hộp|thùng|bao|kiện|đôi|gói|chai|lon|túi|cuộn|tấm|đơn vị)$")


def classified_goods(sentence: Sentence, start: int, end: int, subject: str | None) -> str | None:
    """A count whose noun is a classifier (`15.000 đơn vị`, `300 hộp`) counts the goods right after it (`sản phẩm khẩu trang
    thành phẩm`: its nouns and an adjective after them), not who holds or seizes them; else the subject."""
    classifier = _CLASSIFIER.search(sentence.text[start:end])
    if not classifier or classifier.group().strip().lower() == "đơn vị" and not re.match(r"\s+(?i:sản phẩm|hàng)", sentence.text[end:]):
        return subject  # (`17 đơn vị thành viên`: units, bodies; `15.000 đơn vị sản phẩm`: items)
    return _goods_at(sentence, end) or subject


_LINE = re.compile(r"\s+((?i:đường biên giới|biên giới|bờ biển|đường bờ biển|đê|kênh|tuyến đường(?!\s+dây)|cáp ngầm)|(?i:đường dây|đường ống)(?:\s+(?i:trung thế|hạ thế|trung áp|hạ áp|cao thế|\d+\s*kV))?)(?!\w)")
_BARE_OWNED = re.compile(r"(?i:sản lượng|doanh thu|doanh số|lợi nhuận|công suất|tổng công suất|sản lượng điện)")
_OWNER_CLAUSE = re.compile(r"(?:^|[,;:]\s*)((?:[Nn]hà máy|[Cc]ông ty|[Tt]ổng công ty|[Tt]ập đoàn|[Dd]oanh nghiệp|[Hh]ợp tác xã|HTX|[Dd]ự án|"
                           r"[Cc]ảng|[Kk]hu công nghiệp)\s+[^,;:]*?[A-ZĐ][^,;:]*?)\s+(?:(?i:đã|vừa|cũng|đều)\s+)*(?i:đạt|có)\s+$")
_PART = re.compile(r"(?i:trong đó),?\s+((?i:diện tích|công suất|vốn|kinh phí|giá trị|sản lượng|doanh thu)(?:\s+[a-zà-ỹđ]+){1,3}?)"
                   r"\s+(?:(?i:là|đạt|khoảng|gần|hơn|trên)\s+)*$")


def owned_measure(text: str, start: int, subject: str | None) -> str | None:
    """A bare output or income (`sản lượng`, `doanh thu`) that a named plant or company opening its clause reaches
    (`Nhà máy điện Cà Mau 1&2 đã đạt sản lượng gần 3,7 tỷ kWh`): the measure of that owner; a measure named after
    `trong đó` (`trong đó diện tích xây dựng là 40.992 m2`): that part; else the subject."""
    part = _PART.search(text[:start])
    if part is not None:
        return part.group(1)
    if subject is None or not _BARE_OWNED.fullmatch(subject):
        return subject
    at = text.rfind(subject, 0, start)
    linked = at > 0 and re.fullmatch(r"\s*(?:(?i:là|đạt|khoảng|gần|hơn|trên|lên tới)\s*)?", text[at + len(subject):start])
    owner = _OWNER_CLAUSE.search(text[:at]) if linked else None
    return f"{subject} của {owner.group(1).strip()}" if owner else subject


_QUALIFIED_WITH = re.compile(r"(?i:với)\s+((?:tổng\s+)?(?i:diện tích|sản lượng|quy mô|công suất)\s+[^\W\d][^\d,;()]*?)"
                             r"\s+(?:(?i:là|đạt|ước|ước đạt|ước tính|lên đến|lên tới|khoảng|gần|hơn|trên)\s+)*$")


def place_of_measure(text: str, start: int, subject: str | None) -> str | None:
    """A place given as the subject of a measure that a fronted `Với` names with what it measures (`Với tổng diện tích
    chè lên đến hơn 20.300 ha, Hà Giang là ...`): that measure of the place (`tổng diện tích chè của Hà Giang`)."""
    if subject is None or not place_only(subject):
        return subject
    measure = _QUALIFIED_WITH.search(text[:start])
    return f"{measure.group(1).strip()} của {subject}" if measure else subject


_TIME_TAIL = re.compile(r"\s+(?:đầu|cuối|giữa)$", re.I)


def without_time_tail(text: str, subject: str | None) -> str | None:
    """A subject without a last `đầu`, `cuối` or `giữa` that opens a time in the sentence (`3 tấn xoài đầu | năm 2022`)."""
    tail = _TIME_TAIL.search(subject) if subject is not None else None
    if tail is None or subject is None:
        return subject
    at = text.find(subject)
    follows = at >= 0 and re.match(r"\s+(?i:năm|tháng|quý|vụ|tuần|kỳ)(?!\w)", text[at + len(subject):]) is not None
    return subject[:tail.start()] if follows else subject


_GIVEN_BY = re.compile(r"^((?i:kinh phí|ngân sách|nguồn vốn|vốn)\s+\S+(?:\s+\S+)*?)\s+(?i:hỗ trợ|cấp|bố trí|phân bổ|giải ngân)$")


def without_giving_verb(subject: str | None) -> str | None:
    """A source of money with the verb that gives it cut off (`kinh phí khuyến công địa phương hỗ trợ | 13,870 tỷ
    đồng`, `ngân sách tỉnh hỗ trợ | 2 tỷ đồng`); `kinh phí hỗ trợ` alone stays one compound."""
    given = _GIVEN_BY.match(subject) if subject is not None else None
    return given.group(1) if given else subject
