"""A figure's subject made tidy once it is read: without the generic sum word, the passive agent, the verb of aiming,
of a range or of its clause that end it, and None for what names no thing (a word of time, a currency's code, a unit)."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import ADVERB_END, clause_openers, entries, low

_TRAILING_SUM = re.compile(r"\s+(?i:tổng số tiền|số tiền|khoản tiền)$")  # `thiệt hại cho DAB | số tiền`
_PASSIVE_AGENT = re.compile(r"\s+(?i:được|bị)\s+[A-ZĐ][\w.&-]*(?:\s+[A-ZĐ][\w.&-]*)*\s+\w+.*$")  # `... | được BIDV thông báo`
_NAMES_NOTHING = re.compile(r"(?i:cuối|đầu|giữa|năm|tháng|quý|hàng năm|hằng năm|mỗi năm|vụ)(?:\s+(?:\d{4}|nay|qua|ngoái))?$"
                       r"|(?:SGD|EUR|JPY|CNY|KRW|THB|GBP|AUD|CAD|CHF|HKD|TWD|RUB|INR|MYR|IDR|LAK|KHR|NDT)$"
                       r"|(?i:gr|kg|g|ml|cm|mm|km|rupee|krone|euro)(?:\s|$)|(?i:tổng\s+)?(?i:số tiền|khoản tiền|mức tiền)$")

# A verb of aiming or estimating between a measure and its link (`Giá trị hàng hóa xuất khẩu | phấn đấu | đạt`): the
# predicate's, not the subject's.
_AIM_END = re.compile(r"(?<=\w)\s+(?:(?:phấn đấu|dự kiến|ước tính|kỳ vọng)(?:\s+(?:sẽ\s+)?\w+(?:\s+\w+){0,3})?|ước đạt|ước\s+thực hiện(?:\s+được)?|tính riêng|tính chung)$")
# `khu công nghiệp | dự kiến giải quyết việc làm` (+ cho 20.000 lao động): the plan and its verb are the predicate's; so is
# what was done (`Giá trị sản xuất công nghiệp | ước thực hiện` + 9 tháng đạt ...)
_QUALIFIER_END = re.compile(r"(?:^|\s+)(?:khoảng|tầm|chừng)(?:\s+(?:tầm|chừng))?$")  # (not `cao hơn`, `khoản nợ trên`)
_DANGLING = re.compile(r"(?<=\w)\s+(?i:và|của|với|hoặc)(?:\s+(?i:tổng))?$")
_ADVERBIALS = frozenset({"dự kiến", "theo đó", "ngoài ra", "hiện nay", "hiện tại", "tuy nhiên", "cụ thể", "đặc biệt",
                         "bên cạnh đó", "trước đó", "sau đó", "theo kế hoạch", "năm nay", "đồng thời"})  # `..., ` open a clause
_RANGES_END = re.compile(r"(?<=\w)\s+(?:dao động|giao động)$")  # the verb of a range, never part of a noun phrase
# a name and then the verb of its clause: `Nhà máy điện gió Vân Canh 2 tọa lạc` (+ tại ... trên diện tích 62ha)
# a predicate left at a subject's end: `kim ngạch xuất khẩu của Việt Nam vượt` (+ mức 200 tỷ USD), `khu công nghiệp thu hút`
# (+ được 190 dự án), `kim ngạch xuất khẩu sang thị trường EU chiếm tỷ lệ thấp` (+ với khoảng 3,3%)
_PREDICATE_END = re.compile(r"(?<=\w)\s+(?:có|hội tụ|quy tụ|bao gồm|gồm|(?:tăng trưởng\s+|tăng\s+)?đạt(?:\s+(?:tốc độ|mức|tỷ lệ|tỉ lệ))?|vượt|thu hút|trải|kéo|chiếm(?:\s+(?:tỷ|tỉ)\s+(?:lệ|trọng))?(?:\s+(?:thấp|cao|lớn|nhỏ))?|chính thức"
                            r"|duy trì(?:\s+ổn định)?|vinh dự|tự hào|(?<!được\s)ghi nhận|(?<!phí\s)(?<!vốn\s)(?<!tiền\s)(?<!mức\s)(?<!nghiệp\s)hỗ trợ)$")  # (`Nhà máy NPK Phú Mỹ chính thức` + cán mốc ...; `nguồn khuyến công | hỗ trợ`)
_NAMED_VERB_END = re.compile(r"(?<!\w)(\w+)\s+(?:tọa lạc|toạ lạc|nằm|triển khai|thực hiện|đi vào hoạt động|vận hành|ổn định|giữ ổn định|duy trì)$")

def tidy(subject: str) -> str | None:
    """A subject without the generic sum word that ends it (`thiệt hại cho DAB số tiền`), the passive agent and verb
    that end it (`Giá khởi điểm của khoản nợ trên được BIDV thông báo`), a verb of aiming (`... phấn đấu`) or of
    a range (`giá trung bình giao động`); None for what names no thing: a word of time
    (`cuối`), a currency's code (`SGD`) or a unit that opens it (`gr gồm 6-7 quả`)."""
    if _NAMES_NOTHING.match(subject.strip()):
        return None
    text = re.sub(r"^(?i:sau|trước)\s+(?=\w)", "", subject.strip().rstrip("( "))  # `Sau | hành trình hơn 170 km`: a time word, no part
    text = _BUILDER.sub("", text)  # `Công ty xây dựng | nhà máy mới` (+ trên diện tích 10 ha): the works built, not who builds it
    text = _RAISED.sub("", _ACT_FIRST.sub("", text))  # `Khai trương chợ Mai Phụ`, `đầu tư nhà máy linh kiện`, `(ngành
    # phấn đấu) đưa tổng mức ...`: the thing, not the act on it
    text = _VAGUE_AMOUNT.sub("", text)  # `hàng tấn | cam` (+ với giá 35 nghìn đồng/kg): how much was sold, not what is priced
    text = _AIM_END.sub("", _PASSIVE_AGENT.sub("", _TRAILING_SUM.sub("", text)))
    text = _NAMED_VERB_END.sub(lambda m: m.group(1) if m.group(1)[0].isupper() or m.group(1)[0].isdigit() else m.group(), text)
    passive = _PASSIVE_END.search(text)  # `dự án | được tăng` (+ vốn thêm 140 triệu USD), not `tỷ lệ vốn được giải ngân`
    text = text[:passive.start()] if passive and (not measured(text[:passive.start()]) or re.search(
        r"(?i:điều chỉnh|nâng|hạ|tăng|giảm)$", text)) else text  # (`Giá điện | được điều chỉnh` + tăng 3%: a change)
    predicate = _PREDICATE_END.search(text)
    text = text[:predicate.start()] if predicate and len(text[:predicate.start()].split()) >= 2 else text  # (not `sức thu hút`)
    text = _RANGES_END.sub("", text)  # `giá trung bình giao động` (+ từ 30 nghìn đến 1,5 triệu đồng)
    text = _QUALIFIER_END.sub("", text)  # `Giá nguyên liệu vầu | khoảng tầm` (+ 30.000 đồng): the amount's qualifier
    text = ADVERB_END.sub("", text)  # (+ hơn 95%) `doanh nghiệp | thường xuyên` (+ sử dụng TMĐT): the verb's adverb
    text = _COUNTED_FIRST.sub("", text)  # `dân số hơn 300 triệu | người và GDP` (+ hơn 2.900 tỷ USD): the last amount's noun
    if not text or _DANGLING.search(text):
        return None  # `đất công nghiệp và tổng` (+ vốn đầu tư 200 triệu USD): cut before what it measures
    opener = re.match(r"([^,]{1,20}),\s+(?=\S)", text)
    text = text[opener.end():] if opener and low(opener.group(1)) in clause_openers() | _ADVERBIALS else text  # `Dự kiến, ngành`
    return None if not text or _NAMES_NOTHING.match(text) else text

_COUNTED_FIRST = re.compile(r"^(?:người|lượt người|lao động|hộ|ha|tấn|km2|km|m2)\s+(?:và|cùng)\s+(?=\w)")
_ACT_FIRST = re.compile(r"^(?:(?:(?i:lễ)\s+)?(?i:khai trương|khánh thành|khởi công|động thổ)|(?i:đầu tư)(?=\s+(?i:nhà máy|dự án|khu|cụm|"
                        r"trung tâm|cảng|công trình)(?!\w))|(?i:duy trì|đảm bảo|bảo đảm)|(?i:ghi nhận)(?=\s+(?i:doanh thu|lợi nhuận|lãi|lỗ|doanh số)(?!\w)))"
                        r"\s+(?=[^\W\d_])")  # (`duy trì | ROE`; `Báo cáo ghi nhận | doanh thu hợp nhất ...`: the report's verb, s62)
_BUILDER = re.compile(r"^(?:(?i:công ty|tập đoàn|doanh nghiệp|nhà đầu tư|chủ đầu tư|tỉnh|thành phố|huyện)(?:\s+[A-ZĐ][\w.&-]*)*)\s+"
                      r"(?:(?i:đã|sẽ|đang)\s+)?(?:xây dựng|khởi công|khánh thành|mở rộng|triển khai|đầu tư xây dựng)\s+"
                      r"(?=(?i:nhà máy|dự án|khu|cụm|trung tâm|công trình|tổ hợp|nhà xưởng)(?!\w))")  # (s62, set P173)
_RAISED = re.compile(r"^(?:.*?\s)?(?i:đưa|nâng|đặt|đặt ra)\s+(?=(?i:tổng|tỷ|tỉ|giá trị|kim ngạch|doanh thu|sản lượng|số|mục tiêu|chỉ tiêu)(?!\w))")  # (`công ty đặt | mục tiêu`)
_VAGUE_AMOUNT = re.compile(r"^(?i:hàng|vài|mấy)\s+(?i:tấn|tạ|chục|trăm|nghìn|ngàn|triệu)\s+(?=[^\W\d_])")
_PASSIVE_END = re.compile(r"(?<=\w)(?<!thiết)(?<!chuẩn)(?<!trang)(?<!dự)(?<!phòng)\s+(?i:được|bị)(?:\s+[a-zà-ỹđ]+){1,2}$")  # (not `thiết bị`)


def measured(text: str) -> bool:
    """Whether a phrase opens with a measure or an attribute of the lexicon (`tỷ lệ`, `giá`, `vốn`), or counts (`số người`)."""
    first = tuple(low(text).split()[:3])
    return any((entries().kinds.get(first[:n]) or ("",))[0] in ("measure", "attribute") for n in (1, 2, 3)) or first[:1] == ("số",) and len(text.split()) <= 3
