"""A sum nothing else names, named by the verb that moves it: `thu tổng cộng hơn 200 triệu đồng` (`số tiền thu`), `trao 2
triệu đồng hỗ trợ gia đình anh Đức` (`số tiền trao hỗ trợ gia đình anh Đức`), `Hà gửi về 30 triệu đồng cho mẹ đẻ` (`số tiền gửi về cho mẹ đẻ`).

The last reading of a sum of money: when every other rule left it without a subject, a verb right before it (its voice
and the words `tổng cộng`, `thêm` between them) says what the money is when it moves money (`ACTS`), and whom it goes
to after `cho` or what it does after `hỗ trợ`, `ủng hộ`, `để`, `xây dựng`, `mua`, ... (`số tiền trao hỗ trợ gia đình anh
Đức`, `Tỉnh đầu tư 50 tỷ đồng xây dựng cầu`: `số tiền đầu tư xây dựng cầu`).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import kind_of, low
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
