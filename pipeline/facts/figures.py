"""Figures: money, power, area, shares and counts, in base units, with qualifier, subject, rate, period and place.

A figure is [qualifier] number [multiplier] [number multiplier ...] unit, or a range of two such numbers
(`15-25%`, `từ 20 đến 30 tỷ đồng`: both ends are reported), or a number in words (`hai tỷ đồng`).
A count is a number before a counted noun from the lexicon (`18 đề án`). An amount with a multiplier and no
unit (`1,7 tỉ`) is money in đồng when the clause speaks of money (`money_cues.txt`) and no noun follows it.
Numbers that are parts of dates, decrees, ratios (`6/20 tỉnh`) or names are left alone, and a unit must end
where a word ends (`Một đồng nghiệp`, `không đồng tình` are not money).

Each figure also gets, where the sentence says it: `per`, the denominator of a rate (`200.000 đồng/ngày`,
`4,5 kWh trên mỗi m2`, `Giá mỗi kg ... 120 ngàn đồng`); `subject` (`subjects.py`); `year` and `period`
(`periods.py`); `province`. `repeat_of` marks a figure that restates an earlier one of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from pipeline.facts import (
    count_kinds,
    figure_rates,
    figure_repeats,
    grades,
    periods,
    subject_aboard,
    subject_adjacent,
    subject_apposed,
    subject_area_owner,
    subject_asides,
    subject_aspects,
    subject_booths,
    subject_bracket_counts,
    subject_bracket_restated,
    subject_bracketed,
    subject_capacity,
    subject_chained,
    subject_changes,
    subject_contents,
    subject_coordinated,
    subject_count_group,
    subject_count_objects,
    subject_count_owner,
    subject_count_places,
    subject_count_tail,
    subject_count_with,
    subject_counts,
    subject_datelined,
    subject_distances,
    subject_donors,
    subject_edges,
    subject_energy,
    subject_fallback,
    subject_funding,
    subject_gates,
    subject_growth,
    subject_hiring,
    subject_invested,
    subject_item_owner,
    subject_items,
    subject_land,
    subject_list_intro,
    subject_listed,
    subject_listed_owners,
    subject_listed_places,
    subject_markets,
    subject_measure_across,
    subject_measure_owner,
    subject_model,
    subject_money_acts,
    subject_named_owner,
    subject_nationwide,
    subject_opening_owner,
    subject_owners,
    subject_period_items,
    subject_price_items,
    subject_ratios,
    subject_reached,
    subject_referents,
    subject_respective,
    subject_restated,
    subject_sectors,
    subject_share_predicate,
    subject_shared_measure,
    subject_sibling_trade,
    subject_spending,
    subject_stakes,
    subject_targets,
    subject_taxes,
    subject_thing_owner,
    subject_topic_owner,
    subject_trade_flow,
    subject_trade_parts,
    subject_trade_volume,
    subject_traded,
    subject_transfers,
    subject_unit_measure,
    subject_with_clause,
    subject_with_measure,
    subject_with_owner,
    subject_works_cost,
    subjects,
)
from pipeline.facts.lexicon import alternation, load, rows
from pipeline.facts.lexicon import entries as lexicon_entries
from pipeline.facts.noun_phrases import phrase_text
from pipeline.facts.numbers import DIGITS, MULTIPLIER, WORDS, multiplier, parse_digits, parse_words
from pipeline.facts.phrases_after import phrase_after
from pipeline.facts.subject_lexicon import (
    PLACE_COUNTED,
    SELF_MEASURES,
    UNIT_KINDS,
    empty_subjects,
    entries,
    figure_verbs,
    giving_verbs,
    low,
)
from pipeline.facts.subject_money_verbs import MONEY_UNITS
from pipeline.facts.subject_tidy import measured, tidy
from pipeline.language.analysis import Analysis, Sentence
from pipeline.record import Evidence, Figure

_AMOUNT = rf"(?:(?:{DIGITS})(?:\s*(?:{MULTIPLIER}))?(?:\s+(?:{DIGITS})\s*(?:{MULTIPLIER}))*(?:(?:(?<=nghìn)|(?<=ngàn))\s+\d{{3}}(?![\d.,]))?)"
# (`1 nghìn 200 ha`: the hundreds written after `nghìn` as a bare three-digit number, 1.200; s56, set P132)
# Words that may follow a bare amount of money (`giải ngân 110 tỉ cho Công ty`), besides punctuation.
_AFTER_BARE = frozenset(w for w in (
    "cho của và nhưng để nếu thì do mỗi từ khi nhằm so với tại sau trước còn là được đã trong vào năm tiền "
    "mua nữa thôi hay hoặc").split())


@dataclass(frozen=True)
class _Patterns:
    measure: re.Pattern[str]
    count: re.Pattern[str]
    bare: re.Pattern[str]
    province: re.Pattern[str]
    units: dict[str, tuple[str, float]]
    quals: dict[str, str]
    money_cues: re.Pattern[str]


# `từ` opening a range; a capitalised `Từ` after a word is a name's (`Đại Từ 25.000 tấn`: a district's, no range)
_FROM = r"(?:từ|TỪ|(?<!\w\s)Từ)"


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = load()
    units = {u: (code, factor) for u, code, factor in lex.units}
    quals = dict(lex.qualifiers)
    qual = alternation(list(quals))
    unit_alt = alternation(list(units))
    nouns = alternation(list(lex.count_nouns))
    measure = re.compile(
        rf"(?<![\w/.,])(?:(?P<qual>(?i:{qual}))\s+)?(?:{_FROM}\s+)?"
        rf"(?P<a>{_AMOUNT}|(?i:{WORDS}))"
        rf"(?:\s*(?:-|–|đến|tới|~)\s*(?P<b>{_AMOUNT}))?"
        rf"\s*(?P<unit>{unit_alt})(?![\w])",
    )
    count = re.compile(
        rf"(?<![\w/.,:])(?:(?P<qual>(?i:{qual}))\s+)?(?:{_FROM}\s+)?"
        rf"(?P<a>\d{{1,3}}(?:\.\d{{3}})+|\d+,\d+(?=\s*(?:nghìn|ngàn|triệu|tỷ|tỉ|[-–]))|\d+)"
        rf"(?:\s*(?:-|–|đến|tới)\s*(?P<b>\d{{1,3}}(?:\.\d{{3}})+|\d+,\d+(?=\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))|\d+))?"
        rf"(?:\s*(?P<mult>nghìn|ngàn|triệu|tỷ|tỉ)(?:\s+(?P<rest>\d{{1,3}})(?=\s+(?:{nouns})(?!\w)))?)?"  # (`33 nghìn 900 người`)
        rf"\s+(?P<noun>{nouns})(?!\w)(?!\s+viên(?!\w))"  # (not `130 xã viên`, members of a cooperative)
    )
    bare = re.compile(
        rf"(?<![\w/.,])(?:(?P<qual>(?i:{qual}))\s+)?(?:{_FROM}\s+)?(?P<a>(?:{DIGITS})(?:\s*(?:{MULTIPLIER}))?)"
        rf"(?:\s*(?:-|–|đến|tới)\s*(?P<b>(?:{DIGITS})\s*(?:{MULTIPLIER})))?(?![\w])"
    )
    cues = alternation([r[0] for r in rows("money_cues.txt")])
    province = re.compile(rf"(?<!\w)(?:{lex.province_pattern})(?![\w])")
    return _Patterns(measure, count, bare, province, units, {k.lower(): v for k, v in quals.items()},
                     re.compile(rf"(?<!\w)(?i:{cues})(?!\w)"))


_COMMA_THOUSANDS = re.compile(r"\d{1,3},\d{3}")


def _amount(text: str) -> Decimal | None:
    """The value of `2 tỷ 500 triệu`, `1.765.000.000`, `11,76 tỷ`, `hai tỷ`."""
    parts = re.findall(rf"({DIGITS})\s*({MULTIPLIER})?", text)
    if not parts:
        return parse_words(text)
    total = Decimal(0)
    for digits, mult in parts:
        value = parse_digits(digits)
        total += value * multiplier(mult) if mult else value
    return total


def _splits_a_word(sentence: Sentence, offset: int) -> bool:
    """Whether `offset` (in the sentence) falls inside a word of several syllables (`đồng|nghiệp`, `đầu |tư`)."""
    at = sentence.start + offset
    return any(t.start < at < t.end and " " in t.text for t in sentence.tokens)


@dataclass
class _Found:
    start: int
    end: int
    value: Decimal
    unit: str
    qualifier: str | None
    range: Literal["low", "high"] | None = None
    counted: str | None = None
    per: str | None = None


def _qualifier(m: re.Match[str], quals: dict[str, str]) -> str | None:
    """The qualifier the words before the number give; `hơn` after a word of less is `under` (`với giá thấp hơn 790.000 đồng`)."""
    word = " ".join(m.group("qual").lower().split()) if m.group("qual") else ""
    lower = word == "hơn" and re.search(r"(?<!\w)(?i:thấp|ít|nhỏ|rẻ|kém|ngắn)\s+$", m.string[:m.start()]) is not None
    return "under" if lower else quals.get(word) if word else None


_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # `600.000`: a number written with its thousands grouped
_COMPOUND_AFTER_DONG = re.compile(
    r"\s+(?i:xu|tiền xu|hồ|chí|bào|hương|minh|phục(?!\s+vụ)|lòng|ruộng|cỏ|nghiệp|tình|hành(?!\s+(?:chính|động|vi|trình|lang|khách))|"
    r"sở hữu|chủ trì|tác giả|đội|môn|muối|nát)(?!\w)")  # (not `bằng`, `loại`, `bộ`, `thời`: `500 triệu đồng bằng tiền mặt`, `giá
# 20.000 đồng loại 1`; nor `phục vụ`, `hành chính`: `630 triệu đồng | phục vụ cho hoạt động tư vấn` is money)


def _measures(sentence: Sentence) -> list[_Found]:
    pats = _patterns()
    text = sentence.text
    found: list[_Found] = []
    for m in pats.measure.finditer(text):
        unit_text = m.group("unit")
        spec = pats.units.get(unit_text) or pats.units.get(unit_text.lower())
        if spec is None or _splits_a_word(sentence, m.start("a")) and not m.group("a")[:1].isdigit() or re.match(r"00", m.group("a")):
            continue  # (`14.386.322. 000 đồng`: the last group of a number a stray space cut off, no amount of its own; `đầu |tư`
            # is a word, but digits never are: the tagger's `ròng 3,71` + `tỷ đồng` holds an amount)
        sum_of_money = unit_text.lower() == "đồng" and (re.search(MULTIPLIER, m.group("a")) is not None or _GROUPED.fullmatch(
            m.group("a").strip()) is not None)  # (`2 tỷ đồng | tiền thuế`, `600.000 đồng | tiền dầu`: the tagger's `đồng tiền`)
        if unit_text.islower() and unit_text.isalpha() and _splits_a_word(sentence, m.end()) and not sum_of_money and not re.match(
                r"\s+(?i:bằng)\s+(?i:tiền|hình thức|nguồn|vốn|ngân sách|ngoại tệ)(?!\w)", text[m.end():]):
            continue  # `đồng nghiệp`, `đô thị` (a tagger's `MW nhiệt điện` is still MW; `đồng | bằng tiền mặt` is money)
        if unit_text.lower() == "đồng" and re.match(r"\s+(?i:loại|nghiệp|chí|bào|hương|đội|môn|phạm|tác giả|sở hữu)(?!\w)", text[m.end():]):
            continue  # `3 đồng loại`, `đồng nghiệp` the tagger cut in two: a word, not the currency
        code, factor = spec
        if unit_text == "đ" and re.match(r"\w", text[m.end():m.end() + 1] or " "):
            continue
        if code == "VND" and unit_text.lower() == "đồng" and _COMPOUND_AFTER_DONG.match(text[m.end():]):
            continue  # `150.000 đồng xu` (coins), `3 đồng loại` (fellows): a compound word, not money
        if code == "USD" and unit_text.lower().startswith("đô") and re.match(r"\s+(?!Mỹ)[A-ZĐÚ]", text[m.end():]):
            continue  # `đôla Úc`, `đô Singapore`: another dollar
        if code == "EUR" and unit_text[:1] == "E" and re.match(r"\s*(?:19|20)\d\d(?!\d)", text[m.end():]):
            continue  # `hạng 3 Euro 2017`: a tournament, not euros
        try:
            a = _amount(m.group("a"))
            b = _amount(m.group("b")) if m.group("b") else None
        except ValueError:
            continue
        if a is None:
            continue
        if code == "VND" and factor == 1 and all(_COMMA_THOUSANDS.fullmatch(g.strip()) for g in (m.group("a"), m.group("b") or "0,000")):
            a, b = a * 1000, b * 1000 if b is not None else None  # `110,000-120,000 đồng`: a price written with English thousands
            # separators (no sum of đồng has three decimals; s62, set P175)
        found.extend(_ends(m, a, b, Decimal(str(factor)), code, _qualifier(m, pats.quals)))
        found.extend(_changed_from(text, m, b is None, a, Decimal(str(factor)), code, [(f.start, f.end) for f in found]))
    taken = [(f.start, f.end) for f in found]
    for m in pats.bare.finditer(text):
        if not (m.group("b") or re.search(MULTIPLIER, m.group("a"))):
            continue
        if any(s < m.end() and m.start() < e for s, e in taken) or not _bare_money(sentence, m):
            continue
        try:
            a = _amount(m.group("a"))
            b = _amount(m.group("b")) if m.group("b") else None
        except ValueError:
            continue
        if a is not None:
            found.extend(_ends(m, a, b, Decimal(1), "VND", _qualifier(m, pats.quals)))
    return found


_CHANGED_FROM = re.compile(rf"(?<![\w/.,])(?i:từ)\s+(?P<a>{_AMOUNT})\s+(?i:lên|xuống|về|còn)\s+(?:(?i:mức|con số)\s+)?$")


def _changed_from(text: str, m: re.Match[str], single: bool, to: Decimal, factor: Decimal, code: str,
                  taken: list[tuple[int, int]]) -> list[_Found]:
    """The amount a change starts from when only its end carries the unit (`tăng từ 3.980.000 lên 4.180.000 đồng`,
    `giảm từ 5 xuống 3,2 tỷ đồng`): a figure of the same unit, the end's multiplier applying to it as to a range's first
    end; none when it is taken or is not a number of its own."""
    start = m.start("qual") if m.group("qual") else m.start("a")
    before = _CHANGED_FROM.search(text[:start]) if single else None
    if before is None or any(s <= before.start("a") < e for s, e in taken):
        return []
    try:
        value = _amount(before.group("a"))
    except ValueError:
        return []
    if value is None:
        return []
    mult = re.search(MULTIPLIER + r"\s*$", m.group("a"))
    if mult and not re.search(MULTIPLIER, before.group("a")):
        scale = multiplier(mult.group())
        while scale > 1 and value * scale > to * 10:
            scale = scale / 1000  # (`từ 800.000 lên 1,2 triệu đồng`: the first amount in a smaller unit)
        value = value * max(scale, Decimal(1))
    return [_Found(before.start("a"), before.end("a"), value * factor, code, None)]


def _ends(m: re.Match[str], a: Decimal, b: Decimal | None, factor: Decimal, code: str, qualifier: str | None) -> list[_Found]:
    """One figure, or the two ends of a range (`từ 20 đến 30 tỷ đồng`: the multiplier of the second end applies to both,
    or the one below it that keeps the first end the lower: `800.000 - 1,2 triệu đồng`, `800 - 1,2 tỷ đồng`)."""
    if b is None:
        return [_Found(m.start(), m.end(), a * factor, code, qualifier)]
    mult_b = re.search(MULTIPLIER + r"\s*$", m.group("b"))
    if mult_b and not re.search(MULTIPLIER, m.group("a")):
        scale = multiplier(mult_b.group())
        while scale > 1 and a * scale > b * 10:  # (`b` has its multiplier already)
            scale = scale / 1000  # `800.000 - 1,2 triệu đồng`, `800 - 1,2 tỷ`: the first end is in a smaller unit
        a = a * max(scale, Decimal(1))
    return [_Found(m.start(), m.end(), a * factor, code, qualifier, "low"),
            _Found(m.start(), m.end(), b * factor, code, qualifier, "high")]


def _bare_money(sentence: Sentence, m: re.Match[str]) -> bool:
    """`1,7 tỉ` is money when its clause speaks of money and no noun (a currency, `khách`, `cổ phần`) follows it."""
    text = sentence.text
    if _splits_a_word(sentence, m.end()):
        return False
    after = text[m.end():]
    nxt = re.match(r"\s*([^\W\d_]+)", after)
    if nxt and not re.match(r"\s*[,.;:)!?\"”]", after):
        if nxt.group(1).lower() not in _AFTER_BARE:  # diacritics kept: `do` (because) is not `đô`
            return False
        if nxt.group(1).lower() == "năm" and not re.match(r"\s*năm\s+(?:19|20)\d\d", after):
            return False
    clause_start = max((text.rfind(c, 0, m.start()) for c in ",;:("), default=-1) + 1
    return bool(_patterns().money_cues.search(text[clause_start:m.start()]))


def _denominator(sentence: Sentence, f: _Found) -> bool:
    """`giá 1 lít xăng`, `mỗi 1 kg`: one unit named as what a price is for, not a quantity."""
    return f.value == 1 and f.unit not in ("VND", "USD", "EUR", "JPY", "CNY") and bool(
        re.search(r"(?i:giá|mỗi|trên)\s+$", sentence.text[max(0, f.start - 8):f.start]))


_NUMBERED = re.compile(r"(?<!\w)(?i:ban chỉ đạo|bcđ|nghị quyết|nghị định|quyết định|thông tư|chỉ thị|công văn|kết luận|tờ trình)"
                       r"\s+(?:(?i:số)\s+)?$")


def _counts(sentence: Sentence, taken: list[tuple[int, int]]) -> list[_Found]:
    pats = _patterns()
    found = []
    for m in pats.count.finditer(sentence.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        before = sentence.text[max(0, m.start() - 12):m.start()].lower()
        if re.search(r"(năm|tháng|ngày|lần thứ|(?<!\w)lần|thứ|top|(?<!tổng )(?<!trong )(?<!ngoài )(?<!con )số|lớp|khối|quận|phòng|tầng|khóa|khoá|đợt|phường|đội|(?<!triệu )(?<!sưu )tập|tổ|(?<!\w)(?:thôn|ấp|khóm|xóm|khu phố|tiểu khu|lô|giai đoạn|phân khu|gói thầu))\s*$", before):
            continue  # (`một lớp 6 chương trình tích hợp`, `quận 1`, `thôn 5 xã Đinh Xá`: a name, not a count; but `trong số 8
            # người`, `tổng số 180 hộ`, `triệu tập 12 người` count; `bảo dưỡng tổng thể lần 5 nhà máy`: an ordinal, s54;
            # `khởi công giai đoạn 2 dự án X`: a phase's number, s66 set P196)
        if re.search(r"(?<![\w])[A-ZĐ]{1,4}\d*\s*[-–]\s*$", sentence.text[max(0, m.start() - 8):m.start()]):
            continue  # `Tòa nhà HH - 02 dự án ...`: a building's code, not a count
        if _NUMBERED.search(sentence.text[max(0, m.start() - 20):m.start()]):
            continue  # `Ban Chỉ đạo 389 tỉnh`, `Nghị quyết 19 tỉnh`: the number names a body or a document, it counts nothing
        value = parse_digits(m.group("a"))
        high = parse_digits(m.group("b")) if m.group("b") else None
        if high is not None and (high <= value or re.fullmatch(r"(?:19|20)\d\d", m.group("a"))):
            continue  # `2021-2025 doanh nghiệp`, `12-3 dự án`: a period or a date, not a range of counts
        if m.group("mult"):
            value *= multiplier(m.group("mult"))
            high = high * multiplier(m.group("mult")) if high is not None else None
            value += parse_digits(m.group("rest")) * multiplier(m.group("mult")) / 1000 if m.group("rest") and high is None else 0
        qualifier, noun = _qualifier(m, pats.quals), m.group("noun")
        end = count_kinds.listed(sentence.text, m.end(), noun)
        noun = noun + sentence.text[m.end():end]  # `18 huyện, thị, thành`: the kinds counted together
        if high is None:
            found.append(_Found(m.start(), end, value, "count", qualifier, counted=noun))
        else:  # `30-35 gian hàng`, `từ 5 đến 7 dự án`: both ends
            found += [_Found(m.start(), end, value, "count", qualifier, "low", counted=noun),
                      _Found(m.start(), end, high, "count", qualifier, "high", counted=noun)]
    return found


def _province(sentence: Sentence, subject: str | None, start: int) -> tuple[str | None, str | None]:
    """The province that places a figure: one named in its subject, else the only one of its clause, else the only
    one of its sentence. A province name inside a longer name (`điện gió Hòa Bình 5`) does not count."""
    lex = load()
    text = sentence.text

    def names(part: str) -> list[str]:
        out = []
        for m in _patterns().province.finditer(part):
            rest = part[m.end():]
            if re.match(r"\s*(?:\d|[A-ZĐ]\w*)", rest) or re.search(r"(?i:chủ tịch|bác|đường|phố|huyện|quận|thị xã|thị trấn|xã|phường|sông|cầu)\s*$", part[:m.start()]):
                continue
            province = lex.province(m.group())
            if province is not None and province.name not in out:
                out.append(province.name)
        return out

    clause_start = max((text.rfind(c, 0, start) for c in ",;:("), default=-1) + 1
    clause_end = min([i for i in (text.find(c, start) for c in ",;:)") if i >= 0] or [len(text)])
    for part in (subject or "", text[clause_start:clause_end], text):
        found = names(part)
        if len(found) == 1:
            province = lex.province(found[0])
            if province is not None:
                return province.name, province.province_2025
        if len(found) > 1:
            return None, None
    return None, None


# What a count may belong to besides its counted noun: a number word (`số người thất nghiệp`, `dân số`), a group,
# an event or a body that has that many (`Đoàn gồm 31 người`, `Hội chợ có 200 gian hàng`, `Công ty có 2.400 lao
# động`); any other phrase is the count's neighbour, and a place is where the things counted are (`Nghệ An có 567 sản
# phẩm`, `tỉnh Quảng Ngãi có 9 sản phẩm`: the counted noun says what is counted; the twenty-sixth session's judges).
# `đoàn ghi nhận` (+ có 4 cửa hàng ...): who reports a count does not hold it
_MEMBER_NOUNS = frozenset({"người", "thành viên", "cán bộ", "chiến sĩ", "vận động viên", "cầu thủ", "nghệ sĩ", "diễn viên"})  # (of a group)
_REPORTED = re.compile(r"\s(?i:ghi nhận|phát hiện|kiểm tra|cho biết|thống kê|xác định|nhận thấy)$")
# events, companies and institutions that hold what a count counts (`Hội chợ có 300 gian hàng`: `_held_things`)
_HOLDERS = (r"hội chợ|phiên chợ|tuần lễ|tuần hàng|chương trình|triển lãm|festival|ngày hội|lễ hội|hội nghị|hội thảo|cuộc thi|"
            r"hội thi|khu công nghiệp|KCN|cụm công nghiệp|công ty|tập đoàn|tổng công ty|nhà máy|hợp tác xã|HTX|trường|"
            r"bệnh viện|hiệp hội|đoàn")
_HOLDS_COUNT = re.compile(rf"(?i:tổng số|số lượng|số|dân số|mật độ|lượng|sức chứa|quy mô|đoàn|nhóm|{_HOLDERS}|doanh nghiệp|tàu|"
                          r"hội|ban|video|clip|bài viết)(?!\w)")
_HOLDER_HEAD = re.compile(rf"(?i:{_HOLDERS})(?!\w)")
_SUM = re.compile(r"(?i:tổng\s+)?(?i:kinh phí|vốn|giá trị|trị giá|số tiền|doanh thu|lợi nhuận|chi phí|ngân sách)(?!\w)")
# No figure of the news reaches this (the world's yearly output is about 1e14 USD, 3e18 VND): a longer number is
# a code, a phone number run together or garbage, and beyond float range it would be written as `Infinity`.
_ALTERNATIVES = frozenset({"dự án", "ý tưởng", "sáng kiến", "giải pháp", "đề tài", "sản phẩm", "mặt hàng", "doanh nghiệp", "hợp tác xã",
                           "cơ sở", "đơn vị", "tác phẩm", "mô hình", "công trình", "tổ chức", "cá nhân"})  # things a slash names twice
_TOO_LARGE = Decimal("1e21")


_PAYING = re.compile(r"(?:(?i:thu)\s+)?(?i:nộp|đóng góp)(?:\s+(?i:vào|cho))?\s+$")


_LINKS_BEFORE = r"\s+(?:(?i:là|lên tới|lên đến|tới|đến|khoảng|hơn|gần|trên|xấp xỉ|chỉ|ước tính|ước|đạt|rộng|dài|trị giá|tương đương|tương ứng)\s+)*$"
# a bare sum word right before a sum of money (`số tiền`, `tổng số tiền`, `khoản tiền`, `mức tiền`, `phạt tiền`), through a link
_BARE_SUM = re.compile(rf"(?<!\w)((?i:tổng\s+|mức\s+|khoản\s+|án\s+)?(?i:số tiền|khoản tiền|mức tiền|phạt tiền|tiền phạt|mức phạt|xử phạt hành chính|phạt hành chính|"
                       rf"tiền hoa hồng|hoa hồng|tiền bồi thường|bồi thường|tiền thưởng|tiền hỗ trợ|hỗ trợ|tiền lương|thất thu thuế|thất thu)){_LINKS_BEFORE}")
# a case of crime or loss right before the sum it is of (`vụ lừa đảo 20 tỷ đồng`, `việc mất trộm 8,5 tỷ đồng`; not `chức vụ`)
_CASE_SUM = re.compile(r"(?<!\w)(?<!chức )(?<!nhiệm )(?<!nghiệp )(?<!dịch )(?<!phục )(?<!công )(?<!thời )(?<!mùa )((?i:vụ|việc)\s+(?i:mất trộm|trộm cắp|trộm|lừa đảo|chiếm đoạt|tham ô|tham nhũng|nhận hối lộ|hối lộ|đưa hối lộ|"
                       rf"buôn lậu|trốn thuế|rửa tiền|cướp|thất thoát|gian lận|làm giả)(?:\s+(?i:tài sản|tiền|thuế))?){_LINKS_BEFORE}")
# a bare attribute right before a size of its kind (`với diện tích hơn 500 ha`, `tổng chiều dài 12 km`, `công suất 50 MW`)
_BARE_SIZE = {kind: re.compile(rf"(?<!\w)(?<!(?i:đấu|trả|mặc|ngã) )((?i:tổng\s+)?(?i:{words})){_LINKS_BEFORE}") for kind, words in (  # (not `đấu | giá`)
    ("area", "diện tích|quy mô"), ("length", "chiều dài|độ dài|cự ly|khoảng cách|quãng đường|tầm bắn|tầm xa"), ("power", "công suất"),
    ("mass", "trọng lượng|tải trọng|trọng tải|khối lượng|xuất khẩu|nhập khẩu|tiêu thụ|sản xuất|thu hoạch"),
    ("money", "xuất khẩu|nhập khẩu|giá|mức giá|giá bán|giá trị|trị giá|tổng trị giá|tổng giá trị|vốn đầu tư|mức đầu tư|vốn điều lệ|kinh phí|chi phí|bù lỗ|quy mô"))}
# an amount restated in brackets, after a word of `subject_asides.RESTATING` or none (`(tương đương 9 tỉ USD)`)
_RESTATED = re.compile(r"\s*\(\s*(?:(?i:" + "|".join(sorted((re.escape(w) for w in subject_asides.RESTATING if w[0].isalpha()), key=len, reverse=True))
                       + r")\s*)?")
_RESTATED_COMMA = re.compile(r"\s*,\s*(?i:tương đương với|tương đương|tức là|tức)\s+")  # `113 triệu USD, tương đương 2.800 tỷ đồng`


_BRACKET_RESTATED = re.compile(r"\s*\(\s*(?:(?i:khoảng|tương đương|tức|hay|gần|hơn|trên|xấp xỉ)\s+)?")  # `18.100 tỷ đồng | (750 triệu USD)`


def _restating(between: str) -> bool:
    """Whether the words between two amounts restate the first (`(tương đương`, `, tương đương`): one sum, one rate."""
    return _RESTATED.fullmatch(between) is not None or _RESTATED_COMMA.fullmatch(between) is not None


def _trade_value(text: str, previous_end: int, start: int, subject: str | None, previous: str | None) -> str | None:
    """A bare worth listed right after a trade's figure (`xuất khẩu gạo đạt 4,9 triệu tấn, tăng 7,6% | và giá trị trên 2,5 tỉ
    USD`) is the worth of that trade (`giá trị xuất khẩu gạo`; s63, set P177); else `subject`."""
    if subject is None or low(subject) not in ("giá trị", "trị giá", "kim ngạch") or not previous or previous_end < 0 \
            or not re.match(r"(?i:xuất khẩu|nhập khẩu|xuất nhập khẩu)\s+\S", previous) or " của " in previous:
        return subject
    listed = re.fullmatch(rf"\s*(?:,\s*(?:(?i:và)\s+)?|(?i:và)\s+){re.escape(subject)}\s+(?:(?i:{_links_between()})\s+)*", text[previous_end:start])
    return f"{subject} {previous[:1].lower()}{previous[1:]}" if listed else subject


@lru_cache(maxsize=1)
def _country() -> re.Pattern[str]:
    """A country of `countries.txt` alone: a market listed after a market's figure is no attribute of an owner (`Hoa Kỳ đạt
    kim ngạch 568 triệu USD, Nhật Bản 103 triệu USD`, s66 set P197)."""
    return re.compile(alternation(list(lexicon_entries("countries.txt"))))


def _owner_listed(text: str, previous_end: int, start: int, subject: str | None, previous: str | None) -> str | None:
    """A bare attribute listed right after another figure whose subject is an attribute of an owner (`Nhà máy X có tổng công
    suất 210 MWp, trên diện tích khoảng 270 ha, vốn đầu tư chạm mốc 6.000 tỉ đồng`: `vốn đầu tư của Nhà máy X`), of that owner;
    else `subject`."""
    owned = re.fullmatch(r"(.+?) của (.+)", previous or "")
    if subject is None or owned is None or " của " in subject or len(subject.split()) > 3 or previous_end < 0 or _country().fullmatch(subject) \
            or len(owned.group(1).split()) > 4:  # (not `khối lượng xuất khẩu cao su của Việt Nam, với giá trị`: the goods too)
        return subject
    gap = text[previous_end:start]
    listed = re.fullmatch(rf",\s*(?:(?i:trên|với|và)\s+)?{re.escape(subject)}\s+(?:(?i:{_links_between()})\s+)*", gap)
    return f"{subject} của {owned.group(2)}" if listed and low(subject) != low(owned.group(1)) else subject


def _clause_own(text: str, previous_start: int, start: int, subject: str | None, previous: str | None) -> str | None:
    """A share's subject written only in a clause before the last `;` (`Kim ngạch xuất khẩu ..., đạt 174,8% kế hoạch; nhập khẩu
    450 triệu USD, đạt 500 % kế hoạch năm`) yields to the subject of the figure before it in its own clause (`nhập khẩu`); else
    `subject`."""
    cut = text.rfind(";", 0, start)
    if subject is None or not previous or cut < 0 or previous_start <= cut or subject == previous:
        return subject
    return previous if subject in text[:cut] and subject not in text[cut:] else subject


@lru_cache(maxsize=1)
def _links_between() -> str:
    """The links of `figure_links.txt` and the amount's qualifiers, longest first, as one alternation: the words that may stand
    between a bare attribute and its figure (`vốn đầu tư chạm mốc | 6.000 tỉ đồng`)."""
    phrases = {" ".join(link) for link in entries().links} | {"hơn", "gần", "trên", "xấp xỉ"}
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _bare_measure(before: str, subject: str | None, unit: str | None, after: str = "") -> str | None:
    """What names a sum or a size right before it, read from the text `before` it (and `after` it), else None:
    - a bare sum word (`_BARE_SUM`: `số tiền`, `phạt tiền`, `bồi thường`, ...) in place of who pays it (`Công ty nộp lại
      số tiền | 800 triệu đồng`), but not in place of what the sum is, named right before it (`thiệt hại cho DAB số tiền
      1.574 tỉ đồng`), of a longer measure it ends (`Tổng kinh phí hỗ trợ`) or of what is paid, written after the sum
      (`bồi thường 5 triệu đồng | viện phí`);
    - when nothing else is the subject, a case of crime or loss (`vụ lừa đảo 20 tỷ đồng`) or a bare attribute of the
      size's kind (`Tỉnh có ba vùng trồng chè, diện tích | 900 ha` when the learned reading names nothing)."""
    kind = UNIT_KINDS.get(unit or "", "")
    bare_sum = _BARE_SUM.search(before) if kind == "money" else None
    if bare_sum and subject is not None and low(subject).endswith(low(bare_sum.group(1))) and (len(subject.split()) - len(
            bare_sum.group(1).split()) <= 2 or low(subject).split()[0] in ("tổng", "mức", "khoản", "kinh", "số", "ngưỡng", "khung", "tiền")):
        return subject  # `ngưỡng xử phạt hành chính`, `Tổng kinh phí hỗ trợ`: the sum word ends a longer measure (not `nghị định
        # quy định | phạt tiền`)
    if bare_sum and subject is not None and low(bare_sum.group(1)) in ("bồi thường", "hỗ trợ") and re.match(rf"\s*{re.escape(subject)}(?!\w)", after):
        return subject  # `bồi thường gần 5 triệu đồng | viện phí`: what is paid, written after the sum
    beside = subject is not None and before[:bare_sum.start()].rstrip(" ,").endswith(subject) if bare_sum else False
    if bare_sum and subject is None and low(bare_sum.group(1)) in subject_money_acts.ACTS and re.match(r"\s*(?i:cho)\s", after):
        return None  # `đã hỗ trợ 1,6 tỷ đồng | cho 3 cơ sở ...`: whom it goes to names it (`số tiền hỗ trợ cho 3 cơ sở ...`, below)
    if bare_sum and not (beside and subject is not None and low(subject.split()[-1]) not in figure_verbs() | giving_verbs()):  # (`cho chị
        # X vay | số tiền 150 triệu đồng`: who borrows, not the sum)
        return bare_sum.group(1)
    case = _CASE_SUM.search(before) if kind == "money" and subject is None else None
    if case:
        return case.group(1)  # `nơi xảy ra việc mất trộm 8,5 tỷ đồng`, `vụ lừa đảo 20 tỷ đồng`: the case the sum is of
    size = _BARE_SIZE.get(kind) if subject is None else None
    bare_size = size.search(before) if size is not None else None
    return bare_size.group(1) if bare_size else None


def _paid_into(before: str, subject: str) -> str:
    """`thu nộp ngân sách nhà nước 16,5 tỷ đồng`: a sum paid into the budget is the payment, not the budget; the
    subject takes the verb of paying that stands right before it."""
    at = before.rfind(subject)
    paying = _PAYING.search(before[:at]) if at >= 0 and subject.lower().startswith("ngân sách") else None
    return (before[paying.start():at] + subject) if paying else subject


def in_sentence(sentence: Sentence, published_year: int | None = None) -> list[Figure]:
    """Every figure in one sentence, in order."""
    found = [f for f in _measures(sentence) if not _denominator(sentence, f)
             and not (f.unit == "percent" and grades.is_grade(sentence.text, f.start, f.end))]  # `gạo 5% tấm`: a grade's name
    found += _counts(sentence, [(f.start, f.end) for f in found])
    found = [f for f in found if abs(f.value) < _TOO_LARGE]  # `999...9` (400 digits) is no quantity, and no float
    if not found:
        return []  # most sentences: no period or subject to look for
    found.sort(key=lambda f: (f.start, f.range == "high"))
    spans: list[tuple[int, int]] = []
    for n, f in enumerate(found):
        f.per, per_end = figure_rates.per_after(sentence, f.end)
        if f.unit == "count" and low(f.per or "") in _ALTERNATIVES and low(f.counted or "") in _ALTERNATIVES:
            f.per = None  # `429 dự án/ý tưởng`: two names of what is counted, no rate (s60, set P162)
        if f.unit == "count" and _PLACE_PAIR.match(sentence.text, f.end):
            f.per, per_end = None, f.end  # `hơn 20 tỉnh/thành`: provinces and cities, no rate
        prior = found[n - 1] if n else None
        if f.per is None and prior is not None and prior.per and f.unit in MONEY_UNITS and prior.unit in MONEY_UNITS \
                and _RESTATED_IN.fullmatch(sentence.text, spans[-1][1], f.start):
            f.per = prior.per  # `2.000 USD/tấn (khoảng 46 triệu đồng)`: the same price, restated in brackets
        f.per = f.per or figure_rates.each_before(sentence.text[:f.start], f.unit)  # `hàng năm sản xuất ra khoảng 320.000 tấn`
        spans.append((f.start, per_end))  # the figure's text stays the amount (`200.000 đồng`), `per` says `ngày`
    said = periods.in_sentence(sentence, published_year)
    out: list[Figure] = []
    previous: subjects.Subject | None = None
    adjacent = True  # whether `previous` is the subject of the figure right before
    for n, f in enumerate(found):
        same_unit = n > 0 and found[n - 1].unit == f.unit
        found_subject = subjects.subject(sentence, f.start, spans, previous, same_unit, rate=f.per is not None and spans[n][1] > f.end,
                                         unit=f.unit, end=spans[n][1], adjacent=adjacent)
        long = subject_items.long_measure(sentence, f.start, spans) if f.unit != "count" and (found_subject is None or found_subject.kind == "of" and f.unit == "percent") else None
        found_subject = subjects.Subject(long, "measure") if long else found_subject  # `tỉ lệ bị bệnh hen ở Việt Nam chiếm 4,1%`
        owner = subject_owners.shared(sentence, f.start, spans) if f.unit == "percent" else None
        found_subject = subjects.Subject(owner, "changed") if owner else found_subject  # `dệt may đóng góp 20% ...`
        if f.range == "high":
            found_subject = previous
        if f.unit == "count" and found_subject is not None and (
                found_subject.kind not in ("measure", "entity", "qualified") and not _visits(f, found_subject.text)
                or found_subject.text.lower().startswith(f.counted or "")):
            found_subject = None  # `Tỉnh có 200 doanh nghiệp`: the counted noun says what is counted (but `khách quốc tế đạt
            # 87,7 ngàn lượt`: a count of visits says not whose)
        visitors = _VISITORS.search(sentence.text[:f.start]) if f.unit == "count" and (f.counted or "").lower() == "lượt" else None
        if visitors and _visits(f, visitors.group(1)) and (found_subject is None or found_subject.text in visitors.group(1)):
            found_subject = subjects.Subject(visitors.group(1), "measure")  # `khách du lịch đến với Quảng Ninh đạt hơn 8 triệu lượt`
        drawn = subject_booths.count_owner(sentence, f.start, spans) if f.unit == "count" else None
        kept = drawn and found_subject is not None and drawn.startswith(found_subject.text)  # (its own words kept)
        found_subject = subjects.Subject(drawn, "entity") if drawn and not kept else found_subject  # `Hội chợ thu hút ... 400 gian hàng`
        subject = found_subject.text if found_subject else None
        kind = found_subject.kind if found_subject is not None else None
        if subject is None and f.unit == "count" and (f.counted or "").lower() == "lượt":  # `thu hút hơn 200.000 lượt xem`: the act
            subject = subject_counts.counted_predicate(sentence, spans[n][1], spans, f.counted)  # counted, before any guess of whose
        subject = subject_model.reading(sentence, f.start, spans[n][1], spans, subject, kind, f.unit, f.counted)
        subject = subject_distances.said_from(sentence.text[:f.start], subject, f.unit)  # `X nằm cách Y | 4,5 km`
        subject = subject_distances.route_thing(sentence, f.start, subject, f.unit)  # `tuyến X qua ... huyện Y | dài 23 km`
        subject = tidy(subject) if subject is not None else None  # `... được BIDV thông báo`, `cuối`, `SGD`
        subject = subject_sectors.sector(sentence.text, f.start, subject)  # `cung cấp nước, ... xử lý rác thải, nước thải | 5,2%`
        subject = subject_sectors.signed_item(sentence.text, f.start, subject) if f.unit == "percent" else subject  # `...; xe có ... +203,5%`
        subject = subject_sectors.balance(sentence.text, f.start, subject) if f.unit in MONEY_UNITS else subject  # `X xuất siêu | N USD`
        subject = _paid_into(sentence.text[:f.start], subject) if subject is not None else None  # `nộp ngân sách`
        subject = subject_invested.invested_more(sentence.text[:f.start], subject)  # `LGD đầu tư tăng thêm | 1,4 tỷ USD`
        subject = subject_invested.built_with(sentence.text[:f.start], sentence.text[spans[n][1]:], subject) if f.unit in MONEY_UNITS else subject
        subject = subject_owners.refined(sentence, f.start, spans[n][1], spans, subject, out[-1].subject if out else None)
        subject = subject_edges.mended(sentence.text, f.start, subject) if subject is not None else None  # `... chợ thu| được`
        subject = subject_edges.without_multiplier(sentence.text, f.start, subject) if subject is not None else None  # `8 | lần X`
        subject = subject_edges.unspoken(subject) if subject is not None else None  # `Liên Hợp Quốc ước tính | chi phí ...`
        subject = None if subject is not None and subject_edges.speaker(sentence.text[:f.start], subject) else subject  # `Ban Tổ chức cho | biết, ...`
        subject = None if f.unit in MONEY_UNITS and subject is not None and low(subject) in subject_money_acts.ACTS and re.search(
            rf"(?<!\w){re.escape(subject)}\s+(?:(?i:tổng cộng|thêm|khoảng|hơn|gần|trên)\s+)?$", sentence.text[:f.start]) else subject
        # (`đã hỗ trợ | 1,6 tỷ đồng cho 3 cơ sở`: the verb that moves the money names none; `số tiền hỗ trợ cho 3 cơ sở` below)
        subject = None if f.unit == "count" and (f.counted or "").lower() in PLACE_COUNTED and not (subject and re.match(
            rf"(?i:số)\s+{re.escape(f.counted or '')}\s", subject)) else subject  # `4 huyện`; not `số xã chưa có điện được
        # cấp điện là 17 xã`: the count the sentence names in full before it
        subject = None if f.unit == "count" and subject_asides.PART_OF.search(sentence.text[:f.start]) else subject  # `X có 77 sản
        # phẩm, trong đó có 3 sản phẩm đạt 4 sao`: a part of the count before, not another count of X's
        subject = None if f.unit == "count" and subject is not None and _SUM.match(subject) else subject  # `Tổng kinh
        # phí hỗ trợ cho 2 cơ sở`: a sum of money counts nothing
        units = subject if f.unit == "count" and (f.counted or "").lower() == "đơn vị" and f.value >= 100_000 else None  # `Thanh
        # khoản đạt hơn 176,70 triệu đơn vị`: units traded say nothing of what they count, the phrase before does (not `120 đơn vị`)
        changed = _same_kind_changed(sentence.text[:f.start], f.counted) if f.unit == "count" else None
        subject = changed or subject if f.unit != "count" or subject is None or changed or (drawn or "").startswith(subject) or ((_HOLDS_COUNT.match(subject) or subject_asides.is_group(subject) and (f.counted or "") in _MEMBER_NOUNS) and not _REPORTED.search(subject)) or _visits(
            f, subject) else None  # `hệ thống xử lý ô nhiễm cho 7 cơ sở`:
        # the counted noun says what is counted (but `khách quốc tế đạt 87,7 ngàn lượt`: the visitors)
        held = subject_owners.amount_holder(sentence.text, f.start, [(g.start, g.end, g.unit) for g in found[:n]]) if f.unit == "percent" else None
        subject = held or (_after_count(sentence.text, found[:n], f.start, subject, f.unit) if subject is not None else None)
        before = (found[n - 1].end, out[-1].subject) if n else None
        subject = subject_gates.checked(sentence, f.start, spans[n][1], f.unit if not held else "held", subject, before,
                                        [(g.start, g.end) for g in found[:n] if g.unit == "count"])
        acts = subject_counts.counted_predicate(sentence, spans[n][1], spans, f.counted) if f.unit == "count" and (
            f.counted or "").lower() == "lượt" and subject and found_subject is not None and not subject.lower().startswith("lượt") else None
        subject = f"{acts} {subject}" if acts else subject  # `Clip của X thu hút 154.000 lượt xem`: `lượt xem Clip của X`
        subject = subject or units or (subject_counts.carried(sentence, f.start, f.end, f.counted) or subject_counts.served_kind(
                                           subject_counts.counted_predicate(sentence, spans[n][1], spans, f.counted), sentence, f.start, f.counted)
                                       or subject_counts.object_of(sentence, f.start, f.counted)
                                       or subject_counts.fate_after(sentence, f.end, spans, f.counted)
                                       or subject_count_owner.count_owner(sentence, f.start, spans, f.counted)
                                       or subject_count_tail.tail(sentence, f.start, spans[n][1], spans, f.counted)
                                       or subject_count_objects.acted_on(sentence, f.start, f.counted)
                                       or subject_count_objects.holders(sentence, f.end, f.counted)
                                       or subject_count_objects.came_from(sentence, f.start, f.counted) if f.unit == "count" else None)
        # (`làm 4 người chết`: `người chết`, which people the count counts)
        subject = subject_count_owner.owned_count(sentence, f.start, spans, f.counted, subject) if f.unit == "count" else subject
        subject = subject_count_group.grouped(sentence, f.start, f.counted, subject) if f.unit == "count" else subject
        subject = count_kinds.graded(sentence.text, spans[n][1], f.counted, subject) if f.unit == "count" else subject  # `2 sản phẩm 5 sao`
        # (`Nhóm sản phẩm X có 35 sản phẩm`: the group; `dệt thổ cẩm có hơn 1.000 người`: `người dệt thổ cẩm`)
        # (`Nhật Bản ... với 176 dự án FDI`: `dự án FDI của Nhật Bản`)
        subject = subject_count_objects.dealt_with(sentence.text, f.start, subject, f.counted) if f.unit == "count" else subject
        # (`xử lý vi phạm hành chính đối với 01 doanh nghiệp`: `doanh nghiệp bị xử lý vi phạm hành chính`)
        subject = subject or (_money_after(sentence, spans[n][1], spans) if found_subject is not None and f.unit in MONEY_UNITS else None)
        # (`Người này được phép nộp 382 USD tiền bảo lãnh`: a person's sum dropped, the money named after it)
        if subject is not None and low(subject.strip(" ,.:;")) in empty_subjects() and not _stuff_after(sentence.text, f.end, f.unit, subject):
            subject = subject_owners.bare_owner(sentence, f.start, spans, subject) or (  # a bare `kinh phí`: its thing's, or
                subject if low(subject.strip(" ,.:;")) in SELF_MEASURES and f.unit != "percent" else None)  # itself
            # (`sản lượng ước đạt 16.000 tấn`; not a share, `hỗ trợ 100% kinh phí mua thẻ ...`, of what the words after it say)
        subject = _bare_measure(sentence.text[:f.start], subject, f.unit, sentence.text[f.end:]) or subject
        subject = subject or (subject_measure_across.measure_across(sentence, f.start) if f.unit not in ("count", None) else None)  # `nhu
        # cầu sử dụng nước hiện nay trên toàn thành phố khoảng 300.000 m3`: a measure with a place between it and its figure
        subject = subject_measure_across.price_over_places(sentence.text[:f.start], subject) if f.unit in MONEY_UNITS else subject  # `giá kén
        # ... như huyện Bảo Lâm, Đạ Tẻh | dao động`: the price, not the last place
        subject = subject_with_owner.owner_with(sentence, f.start, subject)  # `Vinamilk ... với thị phần 55%`: whose share
        subject = subject_named_owner.named_owner(sentence, f.start, subject, spans)  # `X dự kiến ..., doanh thu đạt`: X's
        subject = subject_thing_owner.thing_owner(sentence, f.start, subject)  # `Ngành dệt may đạt doanh thu`: the trade's
        subject = subject_restated.restated(sentence, f.start, subject)  # `Doanh thu bán lẻ của X ..., doanh thu đạt`: the full one
        subject = subject_taxes.taxed(sentence, spans[n][1], subject) if f.unit == "percent" else subject  # `áp thuế 15% đối với X`
        subject = subject_targets.target_of(sentence.text, f.start, spans[n][1], subject) if f.unit == "percent" else subject  # `X đạt
        # 100% chỉ tiêu Y`: `chỉ tiêu Y của X`
        subject = subject_named_owner.owner_after(sentence, spans[n][1], subject) if f.unit != "count" else subject  # `X km của tàu Y`
        subject = subject_growth.growth_of(sentence.text, f.start, subject, before)
        # (`X đạt hơn 40.000 tỷ đồng, tỷ lệ tăng trưởng trung bình hàng năm là trên 20%`: X's growth)
        subject = subject_works_cost.works_cost(sentence.text, f.start, subject, [subject_works_cost.Earlier(
            g.start, g.end, g.unit, g.counted, o.text, o.subject) for g, o in zip(found[:n], out, strict=False)], MONEY_UNITS)  # `triển khai 13 đề án
        # ..., với tổng kinh phí hỗ trợ`: the works it pays for
        subject = subject_with_clause.told_by_clause(sentence, f.start, spans, subject) if subject and " của " not in subject else subject
        # (`Quốc lộ 18 được nâng cấp với tổng vốn đầu tư ...`: whose; `mua lại X với mức giá ...`: what it buys)
        subject = subject_apposed.apposed_owner(sentence, f.start, spans, subject)  # `phân khúc căn hộ cao cấp, mức giá ...`
        subject = subject_with_clause.after_owner(sentence, f.start, f.end, spans, subject)  # `phim X thu về 500 triệu đô doanh thu`
        subject = subject_measure_owner.thing_before_size(sentence, f.start, subject) if f.unit != "count" else subject  # `tại vườn
        # sầu riêng diện tích 2 ha`: the garden's
        subject = subject_measure_owner.measure_of_owner(sentence, f.start, f.end, subject, f.unit) if f.unit != "count" else subject  # `X với
        # tổng diện tích 10.000 m2`: `tổng diện tích của X`
        subject = subject_topic_owner.topic_owner(sentence, f.start, subject)  # `TB001 dài 10 m, ..., với tầm bay`: TB001's
        subject = subject_growth.shared_owner(sentence.text, f.start, subject, before)
        # (`Tổng doanh thu của X là ..., nộp ngân sách ...`: X's too)
        subject = subject_aboard.aboard(sentence.text, f.start, f.counted, subject) if f.unit == "count" else subject  # `Tàu chở 190 người`
        subject = subject_aboard.vessel_size(sentence.text, f.start, f.end, f.unit, subject)  # `tàu 22.500 tấn`: its tonnage
        subject = subject_aboard.cargo(sentence.text, f.start, f.unit, subject)  # `chuyến xe chở quả sầu riêng tươi với 17,4 tấn`: the durian
        subject = subject_listed_places.listed_places(sentence.text, f.start, subject)  # `kim ngạch ... qua các cửa khẩu, | lối mở X`
        subject = subject_listed.with_items_before(sentence.text, f.start, subject) if f.unit in MONEY_UNITS else subject  # `hàng
        # hóa nhập lậu, | hàng giả trị giá ...`: every item of the list
        subject = subject_works_cost.sourced_cost(sentence.text, f.start, subject) if f.unit in MONEY_UNITS else subject  # `kinh phí đối
        # ứng từ | ngân sách địa phương`: what is paid, not who pays
        subject = subject_contents.contents(sentence.text, f.start, f.end, subject, f.unit in MONEY_UNITS)  # `chiếc ví có 44 triệu đồng`
        subject = subject_land.land_of(sentence.text, f.start, spans[n][1], subject, f.unit)  # `Bình Thuận còn 280.000 ha rừng`
        subject = subject_land.area_named_before(sentence.text, f.start, subject, f.unit)  # `Lai Châu có diện tích rừng là 453.520 ha`
        paid = phrase_after(list(sentence.tokens), sentence.start + spans[n][1], [(sentence.start + a, sentence.start + b) for a, b in spans]) \
            if f.unit == "percent" and _PAYS_SHARE.search(sentence.text[:f.start]) else []
        subject = phrase_text(sentence, paid) if paid else subject  # `ngân sách nhà nước hỗ trợ 100% chi phí đào tạo ...`: the share is
        # of what is paid, not of who pays
        saved = _SAVED_WHOLE.match(sentence.text, max(spans[n][1], f.end)) if f.unit == "percent" and _SAVES_SHARE.search(sentence.text[:f.start]) else None
        subject = f"mức tiết kiệm {_LEVEL_WORD.sub('', saved.group(1))}" if saved else subject  # `tiết kiệm 5-8% tổng mức tiêu thụ năng lượng`: the share saved
        # of that whole (s64, set P187)
        subject = subject_aspects.aspect_of(sentence, f.start, f.end, spans, subject)  # `giảm 21,3% về lượng`: the goods' amount
        subject = subject_topic_owner.changed_measure(sentence, f.start, spans[n][1], subject) if f.unit == "percent" else subject  # `Đồng
        # lira đã sụt 40% giá trị`: `giá trị của Đồng lira`
        subject = subject_spending.sum_spent(sentence, f.start, spans[n][1], spans, subject)  # `bỏ ra số tiền ... để X`
        subject = subject or (subject_spending.spent_passive(sentence, spans[n][1], spans) if f.unit in MONEY_UNITS else None)  # `X USD đã được
        # chi cho một chiến dịch tìm kiếm`: what a passive verb of spending after the amount spends it on
        subject = subject_transfers.with_sum(sentence, f.start, subject) if f.unit in MONEY_UNITS else subject  # `xử phạt ông X, ..., với số tiền`
        subject = subject_transfers.result_of(sentence, f.start, subject) if f.unit in MONEY_UNITS else subject  # `Công ty X thiệt hại 150 tỷ`
        subject = subject_transfers.money_named(sentence, subject_asides.foreign_lead(sentence, f.start), f.end, spans, subject) if f.unit in MONEY_UNITS else subject  # `đưa
        # cho Tuấn 450 triệu đồng`: `số tiền đưa cho Tuấn`
        subject = subject_apposed.listed_after(sentence.text, f.start, subject, out[-1].subject if out else None, found[n - 1].end if n else None)
        subject = (subject_donors.donated(sentence.text, f.start) or subject) if f.unit in MONEY_UNITS else subject  # `ủng hộ gồm: Chị A: 100.000 đồng`
        subject = subject_named_owner.given_by(sentence, f.start, f.end, subject) if f.unit in MONEY_UNITS else subject  # `CLB X ủng hộ 21 triệu`
        subject = subject_money_acts.act_sum(sentence, f.start, f.end, subject, f.unit)  # `thu tổng cộng 200 triệu đồng`: `số tiền thu`
        subject = subject_money_acts.paid_by(sentence, f.start, f.end, subject, f.unit)  # `Mỹ đã tốn 244 triệu USD`: not the payer
        subject = subject_money_acts.allotted(sentence, f.start, f.end, subject, f.unit)  # `Phê duyệt 3,6 tỷ đồng cho đề án X`
        subject = subject_money_acts.agent_owned(sentence, f.start, subject)  # `Bà Choi ... thu về số tiền`: whose
        subject = subject_money_acts.takings_source(sentence, f.start, f.end, subject)  # `... thu về 113 triệu USD từ xuất khẩu X`
        subject = subject_invested.invested_by(sentence.text[:f.start], sentence.text[spans[n][1]:], subject) if f.unit in MONEY_UNITS else subject
        # (`Samsung đã đầu tư 2 tỷ USD vào Bắc Ninh`: `vốn đầu tư của Samsung vào Bắc Ninh`)
        subject = subject_traded.passive_amount(sentence.text[spans[n][1]:], f.unit, subject)  # `90.000 tấn được tiêu thụ trong nước`
        subject = subject_traded.handled(sentence.text[:f.start], sentence.text[spans[n][1]:], f.unit, subject)  # `xử lý 300 tấn rác`
        subject = subject_traded.goods_traded(sentence.text[:f.start], sentence.text[spans[n][1]:], f.unit, subject)  # `Việt Nam xuất
        # khẩu 2,14 triệu tấn gạo`: `xuất khẩu gạo của Việt Nam`
        subject = subject_opening_owner.first_item(sentence.text[:f.start], subject) if f.unit != "count" else subject  # `Danh sách gồm
        # KCN X có diện tích 1.143 ha`: `diện tích của KCN X`
        subject = subject_opening_owner.opening_owner(sentence.text[:f.start], subject) if f.unit in MONEY_UNITS else subject  # `Hàng
        # hóa được huy động với tổng trị giá`: `tổng trị giá của Hàng hóa được huy động`
        subject = subject_traded.traded_by(sentence.text[:f.start], subject) if f.unit in MONEY_UNITS and not re.match(
            r"(?i:ước đạt|đạt|ước)\s", sentence.text[f.start:f.end]) else subject  # `toàn tỉnh đã xuất khẩu được 3,4 tỷ USD`: `kim
        # ngạch xuất khẩu của toàn tỉnh` (not `nhập khẩu | ước đạt 8.413 tỷ đồng`: the noun, imports reached)
        subject = subject_markets.sent_to(sentence.text[:f.start], subject) if f.unit not in ("count", None) else subject  # `; sang Trung
        # Quốc tăng 186%`: the exports to the market
        subject = subject_markets.market_flow(sentence.text[:f.start], subject, f.unit in MONEY_UNITS) if f.unit not in ("count", None) else subject  # `Mỹ là thị
        # trường xuất khẩu lớn nhất của Campuchia với 9,2 tỷ USD`: the trade with the market, not the market
        initials = _INITIALS_AFTER.match(sentence.text, spans[n][1]) if f.unit == "percent" and subject is None else None
        subject = initials.group(1) if initials else subject  # `70% DNVVN | đã phải ngưng hoạt động`: the firms, by their initials
        subject = subject_share_predicate.opening_share(sentence, f.start, spans[n][1], subject) if f.unit == "percent" else subject
        # (`Cụ thể, 75% | doanh nghiệp ứng dụng thương mại điện tử ...`: a share that opens its clause is of the rest of it)
        subject = subject_share_predicate.with_predicate(sentence, spans[n][1], spans, subject, f.unit, f.counted)  # `38% số người được
        # hỏi | ủng hộ ...`: the part of whom the predicate holds, not the whole
        restated = n > 0 and subject is None and out and UNIT_KINDS.get(f.unit or "") == UNIT_KINDS.get(found[n - 1].unit or "", "-") \
            and (_restating(sentence.text[found[n - 1].end:f.start]) or _COMPARED.fullmatch(sentence.text[found[n - 1].end:f.start]) is not None
                 or f.unit != found[n - 1].unit and f.unit in MONEY_UNITS and found[n - 1].unit in MONEY_UNITS
                 and re.fullmatch(r"\s+(?i:và)\s+", sentence.text[found[n - 1].end:f.start]) is not None)  # `tổng mức vốn ĐT khoảng
    # 47.067,6 tỷ đồng và 51 triệu USD`: one sum in two currencies
        subject = out[-1].subject if restated else subject  # `kinh phí đầu tư hơn 47.500 tỷ đồng (khoảng 2,16 tỷ USD)`
        subject = out[-1].subject if n > 0 and out and out[-1].subject and f.unit in MONEY_UNITS and found[n - 1].unit in MONEY_UNITS \
            and f.unit != found[n - 1].unit and (subject is None or low(out[-1].subject).endswith(f" của {low(subject)}")) \
            and _BRACKET_RESTATED.fullmatch(sentence.text[found[n - 1].end:f.start]) else subject  # `tổng vốn đầu tư gần 18.100 tỷ
        # đồng (750 triệu USD)`: the sum restated in another currency, not its owner alone (s63, set P177)
        subject = _owner_listed(sentence.text, found[n - 1].end if n else -1, f.start, subject, out[-1].subject if out and n else None)
        subject = _trade_value(sentence.text, found[n - 1].end if n else -1, f.start, subject, out[-1].subject if out and n else None)
        subject = _bracket_variant(sentence.text, found[n - 1].end if n else -1, f.start, subject, out[-1].subject if out and n else None)
        subject = _clause_own(sentence.text, found[n - 1].start if n else -1, f.start, subject, out[-1].subject if out and n else None) \
            if f.unit == "percent" else subject
        f.per = f.per or figure_rates.of_clause(sentence.text[:f.start], subject, f.unit)  # `Giá mỗi kg cà phê là 40.000 đồng`,
        # `Mỗi tháng, công ty trả 5 triệu đồng`, `2 x 622,5 MW`
        if f.per is None and n > 0 and out and out[-1].per and _restating(sentence.text[found[n - 1].end:f.start]) \
                and UNIT_KINDS.get(f.unit or "") == UNIT_KINDS.get(found[n - 1].unit or "", "-"):
            f.per = out[-1].per  # `1.400 SGD (hơn 1.000 USD) mỗi tháng`: the amount restated is the same rate
        inherited = found_subject is not None and found_subject is previous and out and subject is not None and (out[-1].subject or "").startswith(subject + " của ")
        subject = out[-1].subject if inherited else subject  # `..., vượt 5% so với kế hoạch`: the owned measure before, whole
        each_thing = subject_transfers.priced_each(sentence, f.start) if f.unit in MONEY_UNITS and f.per and subject is None else None
        subject = each_thing if each_thing and low(each_thing) not in figure_rates.per_units() else subject  # `mỗi suất ăn của học sinh
        # 15.000 đồng`: the thing each of which costs it (not a bare denominator: `mỗi học sinh là 25.000 đồng/tháng`)
        subject = _MAINLY_END.sub("", subject) if subject else subject  # `cơ sở sản xuất | chủ yếu` (+ là nước đá): how, not which
        joined = _JOINED_BEFORE.search(sentence.text[:f.start]) if f.unit == "count" and f.counted and (
            subject is None or subject.lower().startswith(f.counted.lower())) else None
        subject = f"{f.counted} {joined.group('verb').lower()} {joined.group('what')}" if joined else subject  # `Tham gia phiên chợ có 30
        # đơn vị`: the units that take part in the market
        things = subject_counts.counted_predicate(sentence, spans[n][1], spans, f.counted) if f.unit == "count" and f.counted else None
        things = _MAINLY_END.sub("", things) if things else things
        subject = _held_things(f, subject, things)  # `Hội chợ có 350 gian hàng`: the booths of the fair, not the fair
        subject = subject_adjacent.next_to(sentence.text, f.start, f.end, subject, f.unit)  # `Tổng mức đầu tư dự án là ... với công suất
        # 45MW`: the plant's capacity, not its cost
        subject = subject_measure_owner.placed_thing(sentence.text[:f.start], subject)  # `KCN X nằm trên địa bàn huyện Y có qui mô`
        subject = subject_measure_owner.ordinal_named(sentence.text, f.start, subject)  # `Dự án thứ ba là KCN Ninh Diêm 1 có ...`: KCN Ninh Diêm 1's
        subject = subject_bracketed.item_owner(sentence.text, f.start, subject, f.unit)  # `..., nhà máy X (vốn đầu tư N)`: X's
        subject = subject_energy.supplied(sentence, f.start, f.unit, subject)  # `Nhà máy sẽ cung cấp cho lưới điện quốc gia 110
        # triệu kWh`: the plant's electricity given to the grid
        subject = subject_datelined.datelined(sentence.text, subject, f.unit)  # `Bắc Giang: Giá trị sản xuất công nghiệp ... tăng 20%`
        subject = subject or (_bare_counted(sentence, f.start, f.end, spans, f.counted) if f.unit == "count" else None)
        subject = subject_bracket_counts.bracket_count(sentence.text[:f.start], sentence.text[f.end:], f.counted, subject) if f.unit == "count" \
            else subject  # `du lịch (14 dự án)`: `dự án du lịch`
        subject = subject_capacity.capacity(sentence.text[:f.start], subject, f.unit, f.per)  # `Nhà máy X 30.000 tấn/năm`: its capacity
        subject = subject if subject is None or any(ch.isalpha() for ch in subject) else None  # (`| Hiện tỷ lệ ... 50% |`: a table's rule)
        subject = out[-1].subject if subject is None and f.unit == "percent" and n and out and out[-1].subject and found[n - 1].unit in MONEY_UNITS \
            and measured(out[-1].subject) and low(out[-1].subject) not in SELF_MEASURES | empty_subjects() \
            and _CHANGED_AFTER.fullmatch(sentence.text[found[n - 1].end:f.start]) and not re.match(r"\s*(?i:về)\s", sentence.text[f.end:]) else subject  # `xuất khẩu được 3,4 tỷ USD, tăng 21,32%`
        period = periods.for_figure(sentence, said, f.start, f.end)
        province, province_2025 = _province(sentence, subject, f.start)
        out.append(Figure(
            value=float(f.value), unit=f.unit, counted=f.counted, text=sentence.text[f.start:f.end], qualifier=f.qualifier,
            range=f.range, subject=subject, per=f.per, year=period.year if period else None,
            period=period.value if period else None, province=province, province_2025=province_2025, repeat_of=None,
            evidence=Evidence(start=sentence.start + f.start, end=sentence.start + f.end, sentence=sentence.text),
        ))
        previous = found_subject if found_subject is not None else previous
        adjacent = found_subject is not None
        counted = subject_asides.counted_phrase(sentence, f.start, f.end, spans) if found_subject is None and f.unit == "count" else None
        if counted and f.range != "low":  # `đón 1,2 triệu lượt khách, tăng 20%`: a change after a count with no subject
            previous, adjacent = subjects.Subject(counted, "counted"), True  # is of the things counted
    for step in _SENTENCE_STEPS:  # what the figures of one sentence say of each other (see below)
        out = step(sentence, out)
    return out


def _bracket_variant(text: str, before_end: int, start: int, subject: str | None, before: str | None) -> str | None:
    """`Giá vải thiều Thanh Hà ... 36.900 đồng/kg (giá gốc niêm yết 49.900 đồng/kg)`: a measure of the same head in brackets
    right after the figure before (`text[:before_end]`) is of that figure's thing too (`giá gốc niêm yết vải thiều Thanh Hà
    ...`; `doanh thu năm trước của Công ty X`); else `subject`."""
    if not subject or not before or before_end < 0 or not re.fullmatch(
            rf"(?:\s*/\s*[^\W\d_]+)?\s*\(\s*{re.escape(subject)}(?:\s+[^\W\d_]+){{0,3}}\s*", text[before_end:start]):
        return subject
    said, other = subject.split(), before.split()
    same = next((k for k in range(min(len(said), len(other))) if low(said[k]) != low(other[k])), min(len(said), len(other)))
    named = any(w[:1].isupper() for w in other[same:])  # (a named thing or owner: not `chi phí tài chính lớn (chi phí lãi vay ...)`, a part)
    return f"{subject} {' '.join(other[same:])}" if 1 <= same < len(said) and same < len(other) and named else subject


def _bare_counted(sentence: Sentence, start: int, end: int, spans: list[tuple[int, int]], counted: str | None) -> str | None:
    """A count no rule gives a subject is of the things it counts: its counted noun with the nouns right after it (`22 sản
    phẩm trên`: `sản phẩm`; `cả nước có trên 5.400 làng nghề` is named by `subject_count_owner`); never none when it counts
    something, since a count's things are what it measures."""
    phrase = subject_asides.counted_phrase(sentence, start, end, spans)
    return phrase if phrase and not (counted and len(phrase) < len(counted) and counted.endswith(phrase)) else counted  # (`đến từ 18
    # tỉnh, thành phố`: both words counted, not the last)


def _distinct_shares(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """Shares of one sentence with one subject told apart by the whole each is of, written right after it (`"tiền sử dụng
    đất" chiếm khoảng 10% giá căn hộ chung cư và chiếm khoảng 30% giá nhà phố, 50% giá nhà biệt thự`: `tiền sử dụng đất trong
    giá nhà phố`): the same subject for three figures says which none is."""
    shares = [n for n, f in enumerate(out) if f.unit == "percent" and f.subject]
    tokens = list(sentence.tokens)
    spans = [(f.evidence.start, f.evidence.end) for f in out]
    said = {n: out[n].subject for n in shares}
    for n in shares:
        twins = [k for k in shares if said[k] == said[n]]
        if len(twins) < 2 or not re.search(r"(?<!\w)(?i:chiếm)(?!\w)", sentence.text[:out[twins[0]].evidence.start - sentence.start]):
            continue  # (a share of a whole after `chiếm`; not `đạt 45% kế hoạch`, a plan's, nor `74% là người Hoa`)
        base = phrase_after(tokens, out[n].evidence.end, spans)
        words = phrase_text(sentence, base) if base else ""
        others = {phrase_text(sentence, b) for k in twins if k != n for b in [phrase_after(tokens, out[k].evidence.end, spans)] if b}
        if words and words not in others and low(words) not in low(out[n].subject or "") and not re.match(
                r"(?i:kế hoạch|dự toán|chỉ tiêu|mục tiêu|phần|người)(?!\w)", words):
            out[n] = out[n].model_copy(update={"subject": f"{out[n].subject} trong {words}"})
    return out


def _money_after(sentence: Sentence, end: int, spans: list[tuple[int, int]]) -> str | None:
    """The money a sum is, named right after it (`382 USD | tiền bảo lãnh`, `khoản tiền phạt`), or None."""
    after = phrase_after(list(sentence.tokens), sentence.start + end, [(sentence.start + a, sentence.start + b) for a, b in spans])
    return phrase_text(sentence, after) if after and low(after[0].text) in ("tiền", "khoản", "phí", "lệ phí", "tiền phạt", "khoản tiền") else None


def _stuff_after(text: str, end: int, unit: str, subject: str) -> bool:
    """Whether a subject is the stuff written right after its figure: what a quantity measures (`1.200 MW điện gió`), or
    the whole base of a share (`hỗ trợ 30% kinh phí, ...`; not `90% doanh nghiệp | nhỏ và vừa`, a base cut short)."""
    rest = text[end:].lstrip()
    if not rest.startswith(subject):
        return False
    if unit in ("tonne", "MW", "MWp", "kW", "kWp", "kWh", "m3", "litre"):
        return True
    return unit == "percent" and (re.match(r"\s*(?:[,.;:)]|$)", rest[len(subject):]) is not None or re.match(
        r"\s+(?:(?i:đã|đang|sẽ|vẫn|cũng|đều|phải|chưa|không|bị|được)\s+)+[^\W\d]", rest[len(subject):]) is not None)  # (`70% doanh
    # nghiệp | đã phải ngưng hoạt động`: the part its predicate selects, read after)


# who makes the visits a bare count of `lượt` counts: the clause before its link, past a period that opens it
_VISITORS = re.compile(r"(?:^|[,;:]\s*)(?:(?i:năm|trong năm|quý|tháng)\s+\S+\s+)?([^\W\d_][^,;:()\d]{2,80}?)\s+(?i:đạt|ước đạt|lên tới|là)"
                       r"\s+(?:(?i:khoảng|hơn|gần|trên|xấp xỉ)\s+)?$")


_PAYS_SHARE = re.compile(r"(?<!\w)(?i:hỗ trợ|chi trả|chịu|cấp|tài trợ|miễn phí|miễn|giảm giá|giảm|cắt giảm|tăng|nâng|hạ|bù|trả|thanh toán|đài thọ|hoàn)\s+(?:(?i:đến|tới|khoảng|tối đa|gần|hơn)\s+)?$")
_SAVES_SHARE = re.compile(r"(?<!\w)(?i:tiết kiệm)(?:\s+(?i:được))?\s+(?:(?i:từ|khoảng|trên|hơn|gần|tới|đến)\s+)?$")
_SAVED_WHOLE = re.compile(r"\s+(?!(?i:so với|so|trong|khi|nếu|đến|tới|mỗi|hàng|hằng|và|để|nhờ|cho|với|của)(?!\w))((?:tổng\s+)?[a-zà-ỹđ]+(?:\s+[^\W\d_]+){0,9}?)(?=\s*[,.;:()]|\s+(?i:so với|trong|nhờ|mỗi|hàng|hằng|khi|nếu|và|để|nhằm)(?!\w)|\s*$)")
_LEVEL_WORD = re.compile(r"^mức\s+")
_COMPARED = re.compile(r"\s*,?\s*(?i:so với|gấp|bằng|thay vì|từ)\s+(?:(?i:mức|con số)\s+)?")  # `16,9 tỉ đồng so với 19,5 tỉ đồng`: the same measure
_INITIALS_AFTER = re.compile(r"\s+(DN|DNVVN|DNNVV|HTX|NLĐ|CBCNV)(?=\s+[a-zà-ỹđ])")  # people or firms a share is of, by initials
_RESTATED_IN = re.compile(r"\s*\(\s*(?:(?i:khoảng|tương đương|hơn|gần|chừng|tức|hay)\s+)?")  # the bracket that restates an amount
_PLACE_PAIR = re.compile(r"\s*/\s*(?i:thành phố|thành|thị xã|phường|thị trấn|quận|huyện|xã)(?!\w)")  # `tỉnh/thành`: one noun



_JOINED_BEFORE = re.compile(r"(?:^|[,;:.]\s*)\W*(?P<verb>(?i:tham gia|tham dự|góp mặt tại|góp mặt ở))\s+(?P<what>[^,;:.]{3,60}?)\s+(?i:có)"
                            r"(?:\s+(?i:sự tham gia của|đại diện|đại diện của|khoảng|hơn|gần|trên|tới|chừng))*\s*$")
_CHANGED_AFTER = re.compile(r",\s*(?i:tăng|giảm)(?:\s+(?i:khoảng|hơn|gần|trên))?\s+")  # a change chained right after the amount it changes
_MAINLY_END = re.compile(r"\s+(?i:chủ yếu|phần lớn|đa số)$")


def _held_things(f: _Found, subject: str | None, things: str | None) -> str | None:
    """For a count whose subject is the event, company or institution that holds the things counted (`Hội chợ có trên 350
    gian hàng`, `Triển lãm thu hút 200 doanh nghiệp`): the things of the holder (`gian hàng của Hội chợ`; with the words after
    the counted noun that say which ones, `things`, unless they name an owner themselves), as a reader asks what is
    counted; any other subject as it is."""
    counted = (f.counted or "").strip()
    if f.unit != "count" or not subject or not counted or counted.lower() in subject.lower() or not (
            _HOLDER_HEAD.match(subject) or subject_booths.NAMED_FAIR.fullmatch(subject)):  # (a fair's own name: `Q-FAIR 2024`)
        return subject
    named = things if things and things.lower().startswith(counted.lower()) and not re.search(r"(?<!\w)(?i:của|tại|ở)(?!\w)", things) \
        and not re.search(r"(?<!\w)(?i:thành|ra|vào|cho|với|từ|bằng|về)$", things) else counted  # (not `gian hàng được chia thành`: cut)
    joined = " " if re.search(r"(?<!\w)(?i:tham gia|tham dự|dự|đến|đến với)$", named) else " của "  # (`đơn vị tham gia Triển lãm`)
    return f"{named}{joined}{subject}"


def _same_kind_changed(before: str, counted: str | None) -> str | None:
    """The phrase opening with a count's counted noun whose change the count is, right after it (`sản phẩm công nghiệp chủ
    yếu của tỉnh Đắk Lắk | tăng | 4 sản phẩm`): it says which ones are counted (s58, set P144); else None."""
    noun = low(counted or "")
    m = re.search(rf"(?:^|[,;:]\s*)((?:(?i:tổng số|số lượng|số)\s+)?{re.escape(noun)}\s[^,;.()“”\"]{{3,80}}?)\s+(?:(?i:đã|cũng|đều)\s+)?(?i:tăng|giảm)(?:\s+(?i:thêm|lên|xuống|bớt))?"
                  r"\s+(?:(?i:từ)\s+\d+\s+(?i:lên|xuống)\s+)?$", before) if noun else None
    return m.group(1) if m and not re.search(r"\d", m.group(1)) else None


def _visits(f: _Found, subject: str | None) -> bool:
    """A count of visits (`87,7 ngàn lượt`), whose counted word says not who visits, and a subject that does (`khách
    quốc tế`)."""
    return f.unit == "count" and (f.counted or "").lower() == "lượt" and re.search(r"(?i:khách)(?!\w)", subject or "") is not None


def _after_count(text: str, before: list[_Found], start: int, subject: str, unit: str | None = None) -> str:
    """A subject read right after a count of its own head (`6 nhà máy | điện gió với tổng công suất 179,7MW`, `3 dự án |
    điện gió với tổng vốn ...`): the count with it (`6 nhà máy điện gió`), not the words the count left over; and a
    subject that is the count's own noun (`cho 8 dự án | với tổng vốn ...`, not of a share) keeps its number."""
    at = text.rfind(subject, 0, start)
    inside = next((g for g in reversed(before) if g.unit == "count" and g.counted and g.start < at < g.end), None)
    if inside is not None and unit != "percent" and subject.lower().startswith((inside.counted or "").lower()):
        return f"{text[inside.start:at]}{subject}"  # `cho 8 dự án với tổng vốn ...`: the 8 projects', not one project's
    count = next((g for g in reversed(before) if g.unit == "count" and g.counted and g.end <= at), None)
    if at < 0 or count is None or text[count.end:at].strip() or subject.lower().startswith((count.counted or "").lower()):
        return subject
    return f"{text[count.start:count.end]} {subject}"


def extract(analysis: Analysis, published: str | None = None) -> list[Figure]:
    """Every figure in an article, in text order; `published` (ISO date) dates `6 tháng đầu năm` and `năm nay`."""
    year = None
    if published:
        try:
            year = date.fromisoformat(str(published)[:10]).year
        except ValueError:
            year = None
    sentences = list(analysis.sentences)
    return figure_repeats.mark_repeats([f for k, sentence in enumerate(sentences)
                                        for f in subject_referents.resolve(sentences, k, in_sentence(sentence, year))])


# what the figures of one sentence say of each other, applied in order by `in_sentence`
_SENTENCE_STEPS = (
    subject_changes.from_end,  # `từ 100 MW lên 150 MW`: the start measures what the end does
    figure_rates.listed,  # `..., nông thôn 75.000 đồng và miền núi 19.000 đồng mỗi tháng`: each per `tháng`
    subject_shared_measure.shared,  # `công suất nhiệt điện than ..., thủy điện ...`: `công suất thủy điện`
    subject_reached.reached,  # `Cảng X đạt doanh thu ...`: `doanh thu của Cảng X`
    subject_area_owner.area_owned,  # `5.600 ha của Công ty X`: `diện tích của Công ty X`
    subject_item_owner.item_owned,  # `..., gồm: Khu thương mại X, quy mô 0,5 ha`: `quy mô của Khu thương mại X`
    subject_coordinated.coordinated,  # `kim ngạch xuất khẩu của 2 ngành dệt may, | da giày đã đạt`: the whole list
    subject_coordinated.past_goods,  # `2,1 triệu tấn than và | thu nhập tăng 2,3%`: `thu nhập`, not the goods before it
    subject_trade_flow.flows,  # `xuất khẩu sang Trung Quốc lại tăng mạnh 20,6%, đạt 59,39 triệu USD`: the flow's
    subject_trade_volume.volume_and_value,  # `Việt Nam xuất khẩu được 18.685 tấn quế với tổng kim ngạch đạt ...`: the trade's
    subject_with_measure.with_measure,  # `TP. HCM là ... với trị giá xuất khẩu đạt 40,37 tỷ USD`: `trị giá xuất khẩu của TP. HCM`
    subject_chained.chained,  # `sản xuất 7,96 tỷ kWh điện, bằng 82,3% kế hoạch năm và tăng 1%`: the output's shares
    subject_funding.funded,  # `nguồn kinh phí khuyến công quốc gia hỗ trợ 6,16 tỷ đồng`: the fund's
    subject_hiring.hiring,  # `Khu công nghiệp X có nhu cầu tuyển dụng 4.000 lao động`: the need, not a workforce
    subject_count_places.placed,  # `huyện Kim Thành có 3 cơ sở, thị xã Kinh Môn 2 cơ sở`: each place's
    subject_respective.respective,  # `Doanh thu của A và B lần lượt đạt X và Y`: `Doanh thu của A`, `Doanh thu của B`
    subject_period_items.period_items,  # `doanh thu của Canon là ...; năm 2012 là 1,85 tỷ USD`: the first item's measure
    subject_list_intro.from_intro,  # `..., trong đó: nông nghiệp tăng 5,1%`: `giá trị sản xuất nông nghiệp`
    subject_sibling_trade.sibling,  # `lượng thép tiêu thụ giảm 1% ... và xuất khẩu giảm 2,8%`: `xuất khẩu thép`
    subject_listed_owners.listed,  # `tổng diện tích ca cao ... 5.833 ha; trong đó Bình Phước 584 ha`: `diện tích ca cao của Bình Phước`
    subject_price_items.priced_items,  # `Giá xoài X từ 5.000 đồng/kg; xoài Y từ 10.000 đồng/kg`: `giá xoài Y`
    subject_count_with.with_count,  # `bột sắn 1.076 xe với 43.863 tấn`: `khối lượng bột sắn`
    subject_stakes.stakes,  # `Công ty X (CPIH) góp 40%`: `tỷ lệ vốn góp của Công ty X (CPIH)`
    subject_fallback.fallback,  # `vốn điều lệ ở mức hơn 3.000 tỷ đồng`: a measure the clause writes, when nothing else was read
    subject_bracket_restated.restated,  # `3,6 tỷ sản phẩm/năm (tương đương 1.600 tấn sản phẩm)`: the same capacity
    subject_nationwide.nationwide,  # `tăng 92,51% (cả nước tăng 8,1%)`: the whole country's value of the same measure
    subject_unit_measure.implied,  # `khu công nghiệp Phú Xuân hơn 300 ha`: `diện tích khu công nghiệp Phú Xuân`
    subject_with_clause.investors_works,  # `Dự án X, do Tập đoàn Y đầu tư với tổng vốn`: the project's, not the investor's
    subject_trade_parts.trade_parts,  # `xuất khẩu sắt thép đạt ... với kim ngạch 1,23 tỷ USD, giá ...`: `kim ngạch xuất khẩu sắt thép`
    _distinct_shares,  # shares of one subject told apart by their wholes
    subject_ratios.ratios,  # `chiếm 38,8% trong tổng kim ngạch ...`, `đạt 72,8% so với kế hoạch`: a share of what
)
