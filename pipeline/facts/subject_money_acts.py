"""A sum nothing else names, named by the verb that moves it: `thu tổng cộng hơn 200 triệu đồng` (`số tiền thu`), `trao 2
triệu đồng hỗ trợ gia đình anh Đức` (`số tiền trao hỗ trợ gia đình anh Đức`), `Hà gửi về 30 triệu đồng cho mẹ đẻ` (`số tiền gửi về cho mẹ đẻ`).

The last reading of a sum of money: when every other rule left it without a subject, a verb right before it (its voice
and the words `tổng cộng`, `thêm` between them) says what the money is when it moves money (`ACTS`), and whom it goes
to after `cho` or what it does after `hỗ trợ`, `ủng hộ`, `để`, `xây dựng`, `mua`, ... (`số tiền trao hỗ trợ gia đình anh
Đức`, `Tỉnh đầu tư 50 tỷ đồng xây dựng cầu`: `số tiền đầu tư xây dựng cầu`).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import SAYING, kind_of, low
from pipeline.facts.subject_money_verbs import MONEY_UNITS, MONEY_VERBS
from pipeline.language.analysis import Sentence

# verbs that move money: the sum right after one of them is the money moved (a verb of change, of linking or of having
# is not one: `tăng 10,6 tỷ đồng`, `là 1.680 tỷ đồng`, `có 3 tỷ đồng`)
ACTS = MONEY_VERBS | frozenset({
    "trao", "trao tặng", "tặng", "biếu", "ủng hộ", "hỗ trợ", "đóng góp", "chuyển", "chuyển trả", "gửi", "gửi về", "mang", "chi", "chi ra",
    "gửi ra", "bỏ ra", "lấy ra", "lấy đi", "mang về", "thu về", "cấp", "giao", "thanh toán", "hoàn", "hoàn trả", "hoàn bồi", "ứng", "tạm ứng", "bỏ", "đầu tư", "huy động", "vay",
    "cho vay", "đền bù", "khen thưởng", "truy thu", "trả lại", "nhận lại", "thu", "quyên", "viện trợ", "tài trợ",
    "tiêu", "tiêu xài", "chi khống", "đối ứng", "tiết kiệm", "tiết kiệm được", "tiêu tốn", "chi trả", "trích", "trích ra", "chuyển khoản",
    "gom", "gom góp", "đặt cọc", "cược", "đặt cược", "chuẩn bị"}) - {"chiếm"}
_BETWEEN = frozenset({"tổng cộng", "thêm", "tất cả", "tổng"})
GOES_TO = re.compile(r"\s+(?P<to>(?i:cho|hỗ trợ|ủng hộ|tặng|giúp|để|xây dựng|xây|mua|sửa chữa|nâng cấp|làm))\s+(?P<who>[^\W\d_][^,;:.()\"“”]{1,50}?)(?=\s+(?i:và|để|nhằm|khi|trong|tại|từ|vào|nhưng|thì|sau|trước)(?!\w)|\s*[,;:.()\"“”]|\s*$)")


def act_sum(sentence: Sentence, start: int, end: int, subject: str | None, unit: str | None) -> str | None:
    """`số tiền <verb>` (with `bị`/`được` before it, and `cho <whom>` or what the money does after the sum: `GOES_TO`) for a
    sum from `sentence.text[start]` to `[end]` without a subject whose verb stands right before it; else `subject`."""
    if subject is not None or unit not in MONEY_UNITS:
        return subject
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + start]
    while tokens and low(tokens[-1].text) in _BETWEEN:
        tokens.pop()  # (`thu tổng cộng hơn 200 triệu đồng`)
    verb = low(tokens[-1].text) if tokens else ""
    if verb in ("lại", "về", "ra", "đi", "khống", "được") and len(tokens) > 1:
        tokens.pop()
        verb = f"{low(tokens[-1].text)} {verb}"  # `trả/V lại/V tổng cộng 3,8 tỉ đồng`, `gửi về`, `bỏ ra`, `chi khống`
    joined = verb.split()
    if verb not in ACTS and len(joined) == 2 and tokens[-1].text[:1].isupper() and joined[1] in ACTS - MONEY_VERBS and tokens[-1].pos == "V":
        verb = joined[1]  # (`ông Quyết tiêu/V`: a name the segmenter joined to the verb)
    if verb not in ACTS or tokens[-1].pos not in ("V", "N") and not (verb == "chi khống") or len(tokens) > 1 and low(tokens[-2].text) in ("vụ", "việc", "khoản", "tiền"):
        return subject  # (not `vụ lừa đảo 12 tỷ đồng`: the case)
    voice = low(tokens[-2].text) if len(tokens) > 1 and low(tokens[-2].text) in ("bị", "được") else ""
    if any((kind_of(tokens[n:]) or ("",))[0] in ("measure", "attribute") for n in range(max(0, len(tokens) - 4), len(tokens) - 1)):
        return subject  # (`với tổng mức vốn đầu tư hơn 9.000 tỷ đồng`: the verb ends a measure)
    if verb == "mất" and not voice:
        return subject  # (`Thị giá cổ phiếu ... mất 600 đồng`: a measure that falls, no money moved)
    who = GOES_TO.match(sentence.text, end)
    return " ".join(w for w in ("số tiền", voice, verb, f"{low(who.group('to'))} {who.group('who')}" if who else "") if w)



_SPENDS = frozenset({"tốn", "tiêu tốn", "chi", "chi ra", "bỏ ra", "tiêu", "tiêu xài", "chi trả", "trả", "nộp", "nộp lại", "thanh toán",
                     "chi tiêu"})
_WILL = frozenset({"đã", "đang", "sẽ", "vừa", "phải", "chỉ", "mới", "cũng", "từng", "đều", "dự kiến", "muốn", "định", "sẵn sàng",
                   "quyết định", "cam kết", "đồng ý", "chấp nhận"})
_PURPOSE = re.compile(r"\s+(?P<to>(?i:cho|vào))\s+(?P<what>[^\W\d_][^,;:.()\"“”]{1,60}?)(?=\s+(?i:và|để|nhằm|khi|trong|tại|từ|"
                      r"nhưng|thì|sau|trước|năm|mỗi)(?!\w)|\s*[,;:.()\"“”]|\s*$)")


def paid_by(sentence: Sentence, start: int, end: int, subject: str | None, unit: str | None) -> str | None:
    """A sum whose subject was read as who spends or pays it, written right before the verb (`Mỹ đã tốn 244 triệu USD cho
    cuộc thử nghiệm ...`: `Mỹ`), as the sum itself: `số tiền <verb> của <payer>`, with what it goes to when `cho`, `vào` or a
    verb of `GOES_TO` says it right after the sum (`chi phí của Mỹ cho cuộc thử nghiệm ...`; `tốn`: a cost). A measure or a fund that
    spends (`Ngân sách tỉnh chi ...`, `lãi vay phải trả`) is left as it is, and so is any other subject."""
    if subject is None or unit not in MONEY_UNITS or subject.lower().startswith("số tiền"):
        return subject
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + start]
    while tokens and (low(tokens[-1].text) in _BETWEEN or tokens[-1].pos in ("A", "R") and low(tokens[-1].text) in _QUALIFIERS):
        tokens.pop()  # (`chi | khoảng 100.000 USD`)
    if not tokens or tokens[-1].pos not in ("V", "P") or low(tokens[-1].text) not in _SPENDS:  # (`chi/P`)
        return subject
    verb = low(tokens[-1].text)
    k = len(tokens) - 2
    while k >= 0 and low(tokens[k].text) in _WILL:
        k -= 1
    owner = sentence.text[:tokens[k].end - sentence.start] if k >= 0 else ""
    if not owner.endswith(subject) or all(t.start != sentence.start + len(owner) - len(subject) for t in tokens) or (kind_of([t for t in tokens[:k + 1] if t.start >= sentence.start + owner.rfind(subject)]) or ("",))[0] in (
            "measure", "attribute", "qualified") or re.match(r"(?i:ngân sách|quỹ|kinh phí|nguồn|tổng)(?!\w)", subject):
        return subject  # (the payer right before the verb; not `lãi vay ngân hàng phải trả`, `tổng chi`, `Ngân sách tỉnh chi`)
    purpose = _PURPOSE.match(sentence.text, end)
    goes = GOES_TO.match(sentence.text, end) if purpose is None else None  # (`chi 2.000 tỷ đồng mua lại nhà máy`)
    told = f" {purpose.group('to').lower()} {purpose.group('what')}" if purpose else f" {goes.group('to').lower()} {goes.group('who')}" if goes else ""
    return f"{'chi phí' if verb in ('tốn', 'tiêu tốn') else f'số tiền {verb}'} của {subject}{told}"  # (`Bữa cơm này chỉ tốn`: its cost)


_QUALIFIERS = frozenset({"khoảng", "hơn", "gần", "trên", "tới", "đến", "chừng", "ít nhất", "lên tới", "lên đến"})


_AGENT = re.compile(r"(?:^|^[^,.;:]{1,50},\s+)(?P<agent>(?i:ông|bà|anh|chị|cô)\s+[A-ZĐ]\w*(?:\s+[A-ZĐ][\w-]*){0,3})"
                    r"(?:\s*,\s*(?:(?i:ở|tại|trú|trú tại|quê|ngụ|sinh năm|SN|huyện|xã|phường|quận|tỉnh|thị xã|thành phố|TP)\s[^,.;:]{1,40}"
                    r"|\(\w[^()]{0,40}\))){0,3}\s*,?\s+(?=[a-zà-ỹđ])")
_SAID = re.compile(rf"(?<!\w)(?i:{'|'.join(re.escape(w) for w in sorted(SAYING, key=len, reverse=True))})(?!\w)")
_AGENT_ACTS = frozenset({"thu về", "thu", "kiếm", "kiếm được", "thu lợi", "thu lời", "nhận", "nhận được", "chiếm đoạt", "lừa", "lừa đảo",
                         "tham ô", "chi", "chi ra", "bỏ ra", "tiêu", "tiêu xài", "trả", "nộp", "nộp lại", "vay", "huy động", "đầu tư"})


def agent_owned(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """`số tiền <verb>` of a sum whose sentence opens with who acts, a person by honorific and name (past a frame: `Tương tự, ông Nguyễn Văn Hường, ở xã Phú Trung, ... thu về hơn 700 triệu đồng`; `Bà Choi đã lợi
    dụng vị thế để thu về số tiền hơn 60 triệu USD`): `số tiền thu về của Bà Choi`; else `subject`."""
    act = re.fullmatch(r"số tiền (?P<verb>\w+(?: \w+)?)", subject or "")
    if act is None or act.group("verb") not in _AGENT_ACTS:
        return subject
    agent = _AGENT.match(sentence.text[:start])
    between = sentence.text[agent.end():start] if agent is not None else ""
    said = _SAID.search(between) or re.search(r"(?<!\w)[A-ZĐ]", between)
    # (not who says it, `Ông X cho biết, ...`, nor after another name: `Ông Cẩn giao ..., trong đó bà Mai nhận ...`)
    return f"{subject} của {agent.group('agent')}" if agent and not said else subject


_ALLOTS = re.compile(r"(?<!\w)((?i:phê duyệt|bố trí|phân bổ|cấp|giải ngân|dành|trích|hỗ trợ|chi|chi ra|bỏ ra))\s+"
                     r"(?:(?i:khoảng|hơn|gần|trên|tới|thêm|tổng cộng)\s+)?$")


def allotted(sentence: Sentence, start: int, end: int, subject: str | None, unit: str | None) -> str | None:
    """A sum with no subject that a verb of allotting gives to what `cho` names right after it (`Phê duyệt 3,6 tỷ đồng cho đề án
    khuyến công năm 2023`): `số tiền phê duyệt cho đề án khuyến công năm 2023`; else `subject`."""
    if subject is not None or unit not in MONEY_UNITS:
        return subject
    verb = _ALLOTS.search(sentence.text, 0, start)
    purpose = _PURPOSE.match(sentence.text, end) if verb else None
    if verb is None or purpose is None or purpose.group("to").lower() != "cho" or len(purpose.group("what").split()) > 10:
        return subject
    return f"số tiền {verb.group(1).lower()} cho {purpose.group('what')}"


_SOLD_BEFORE = re.compile(r"(?<![^\W\d_])(?P<src>(?i:xuất khẩu|bán|tiêu thụ|kinh doanh|cho thuê|khai thác)\s+[^;:()\d]{2,80}?)\s+"
                          r"(?:(?i:đã|đều|cũng)\s+)?(?i:thu về|thu được)\s*$")
_SOLD_AFTER = re.compile(r"(?:\s*,?\s*\(?\s*(?i:tương đương|tức)\s+(?:(?i:khoảng|gần|hơn|trên)\s+)?[\d.,]+\s+[^\s()]+(?:\s+(?i:đồng|USD))?\s*\)?)?"
                         r"\s+(?i:từ)\s+(?P<src>(?i:xuất khẩu|bán|tiêu thụ|kinh doanh|cho thuê|khai thác|việc)\s+[^;:().]{2,80}?)\s*(?:[;:().]|$)")


_CLAUSAL = re.compile(r",\s*[A-ZĐ]|(?<!\w)(?i:sẽ|đã|đang|thì|nếu|khi|thành công|được)(?!\w)")


def takings_source(sentence: Sentence, start: int, end: int, subject: str | None) -> str | None:
    """`số tiền thu về` of a sum whose source the sentence names: the sale that opens its clause (`bình quân mỗi ngày xuất
    khẩu máy móc, thiết bị, phụ tùng thu về khoảng 113 triệu USD`) or `từ` and the sale after it (`cả nước thu về 113
    triệu USD từ xuất khẩu máy móc`): `số tiền thu về từ xuất khẩu máy móc, thiết bị, phụ tùng`; else `subject`."""
    if subject not in ("số tiền thu về", "số tiền thu được"):
        return subject
    found = _SOLD_BEFORE.search(sentence.text[:start]) or _SOLD_AFTER.match(sentence.text, end)
    if found is None or _CLAUSAL.search(found.group("src")):
        return subject  # (`nếu chào bán thành công, VNR sẽ thu về`: a clause, no goods sold)
    source = " ".join(found.group("src").split())
    return f"{subject} từ {source[:1].lower() if found.start('src') == 0 and found.re is _SOLD_BEFORE else source[:1]}{source[1:]}"

