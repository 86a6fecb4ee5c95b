"""Rates: the denominator (`per`) of a figure, where the sentence writes one.

`200.000 đồng/ngày`, `4,5 kWh trên mỗi m2`, `300 tấn rác/ngày`, `240 triệu kWh điện mỗi năm` (after the figure);
`Mỗi tháng, công ty trả 5 triệu đồng`, `hàng năm sản xuất ra khoảng 320.000 tấn`, `Giá mỗi kg cà phê là 40.000 đồng`
(before it, in its clause or its subject); `2 x 622,5 MW` (the size of each unit, per `tổ máy`); and the amounts of a
list or a range that share the rate written after the last (`listed`). `per` is a word of `rate_units.tsv` or, after
a slash, the word written there (`đồng / học sinh`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.facts.lexicon import alternation, rows
from pipeline.facts.subject_lexicon import low
from pipeline.facts.subject_money_verbs import MONEY_UNITS
from pipeline.language.analysis import Sentence
from pipeline.record import Figure


@dataclass(frozen=True)
class _Patterns:
    per: re.Pattern[str]
    per_units: dict[str, str]
    each: re.Pattern[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    per_units = {r[0]: r[1] for r in rows("rate_units.tsv")}
    per_alt = alternation(list(per_units))
    per = re.compile(
        rf"\s*/\s*(?:(?:1|(?i:một))\s+)?(?:(?P<slash>{per_alt})|(?P<word>[^\W\d_]+))(?![\w²³])"
        rf"|\s+(?i:trên\s+mỗi|cho\s+mỗi|mỗi|hàng|hằng)\s+(?P<each>(?i:năm|tháng|tuần|ngày|quý|giờ)|{per_alt})(?![\w²³])"  # (`hàng tháng`)
        # `một`, `trên` only with nothing after the denominator (`89% trên người bị hại` is not per person)
        rf"|\s+(?i:trên\s+một|cho\s+một|một|trên|1)\s+(?P<weak>{per_alt})(?=\s*(?:[,.;:)!?]|$))"
    )
    return _Patterns(per, per_units, re.compile(rf"(?<!\w)(?i:mỗi|một|1)\s+({per_alt})(?!\w)"))


def per_units() -> dict[str, str]:
    """The written denominators (`kg`, `tháng`, `m²`) and the `per` each gives."""
    return _patterns().per_units


_TIMED = re.compile(r"\s+(?:[^\W\d_A-ZĐ][^\W\d_]*|[A-Z][A-Z0-9]{1,4})(?:\s+(?:[^\W\d_A-ZĐ][^\W\d_]*|[A-Z][A-Z0-9]{1,4})){0,3}\s*/\s*(ngày đêm|ngày|tháng|năm|giờ|tuần|h)(?!\w)")
# lower-case words (or letters of a grade or a chemical, `nhựa PE`, `PAC`: s64, sets P183, P184), then `/` a time
_EVERY_AFTER = re.compile(r"(?:\s+(?!(?:và|của|cho|để|với|so|khi|trong|nhưng|còn|là|có|ở|tại)\s)(?:[^\W\d_A-ZĐ][^\W\d_]*|[A-ZĐ][A-ZĐ0-9]{1,5}(?!\w))){0,5}"
                          r"\s+(?i:mỗi|hàng|hằng)\s+(năm|tháng|ngày|tuần)(?!\w)")  # a time (`6 triệu tấn hàng hóa qua cảng mỗi năm`, s52)
# each (`240 triệu kWh điện mỗi năm`, `330.000 tấn DAP mỗi năm`: the goods, lower case or initials)

_EVERY_BEFORE = re.compile(r"(?<!\w)(?i:mỗi|hàng|hằng)\s+(năm|tháng|ngày|tuần)(?:\s*,\s*(?:[^\W\d_]+\s+){0,3}|\s+)(?:[a-zà-ỹđ]+\s+){1,3}(?:(?i:khoảng|hơn|gần|trên|tới|chừng|"
                           r"xấp xỉ)\s+)?$")  # a time each, then the verb that yields the amount right before it
_AVERAGE_BEFORE = re.compile(r"(?<!\w)(?i:trung bình|bình quân)\s+(năm|tháng|ngày)\s+(?:(?i:khoảng|hơn|gần|trên|đạt|là|ước đạt|ước)\s+)*$")
_DAY_AND_NIGHT = re.compile(r"\s+(ngày\s*(?:đêm|\.\s*đêm))(?!\w)")  # a volume a day, written without `/`
_TIMES = frozenset({"năm", "tháng", "ngày", "tuần", "quý", "giờ"})  # units of time a count may be a rate of
_UNITS_TIMES = re.compile(r"(?<![\d.,])\d{1,2}\s*(?:(?i:tổ máy)\s*)?[xX×]\s*$")  # `2 x`, `2 tổ máy x` before a unit's size


# `mỗi`/`hằng` and a unit opening the figure's clause (after an average's or a forecast's word: `Bình quân mỗi ngày`,
# `Dự kiến mỗi năm`), right before it or up to three words before it, or `một` and a unit of time before its link: the
# amount is a rate per that unit
_EACH_BEFORE = re.compile(r"(?:^|[,;:]\s*)(?:(?i:bình quân|trung bình|dự kiến|ước tính|tính ra|hiện nay|hiện)\s+)?(?i:mỗi|hằng|hàng)\s+([^\W\d_]+)(?:\s*,)?\s[^,;:()]*$"
                          r"|(?:^|[,;:]\s*)(?i:bình quân|trung bình)\s+(?i:mỗi)\s+([^\W\d_]+)\s[^;:()\d]*$"  # `Bình quân mỗi ngày xuất khẩu máy móc, thiết bị, ... thu về`
                          r"|(?<!\w)(?i:mỗi)\s+([^\W\d_]+)\s+$"
                          r"|(?<![\d%]\s)(?<!\w)(?i:mỗi)\s+([^\W\d_]+)\s+(?:(?!(?i:và)\s)[^\W\d_.]+\s+){1,5}$"  # `mỗi giờ đi được | 5-10 km`
                          # (not `tăng 20% mỗi năm | và dự kiến đạt 13 tỷ USD`: the rate of the figure before)
                          r"|(?:^|(?<!\w)(?!(?i:trong|sau|trước|hơn|gần|khoảng|vòng|tới|đến)\s)[^\W\d_]+\s+)(?i:một)\s+(năm|tháng|ngày|tuần)\s+"
                          r"(?:[^\W\d_]+\s+){0,2}$")  # `hoàn tiền một năm lên tới | 12 triệu đồng` (not `trong một năm`: a duration)


def per_after(sentence: Sentence, end: int) -> tuple[str | None, int]:
    """The denominator written right after a figure ending at `end`, and where it ends."""
    pats = _patterns()
    m = pats.per.match(sentence.text, end)
    counted = _PER_COUNT.match(sentence.text, end) if re.search(r"(?:đồng|USD|đ)$", sentence.text[:end]) else None
    if counted:  # `70.000 đồng/10 chiếc`: the price of ten (s60, set P161)
        return f"{counted.group(1)} {counted.group(2).lower()}", counted.end()
    if m is None:
        closed = re.match(r"\s*\)\s+(?i:mỗi|trên mỗi)\s+([^\W\d_]+)", sentence.text[end:])  # `1.400 SGD (hơn 1.000 USD) mỗi tháng`: the
        if closed is None:  # restated amount's rate, after its bracket; or a rate of time after the thing measured
            timed = _TIMED.match(sentence.text, end) or (_EVERY_AFTER.match(sentence.text, end) if not sentence.text[:end].endswith("%") else None) or (
                _DAY_AND_NIGHT.match(sentence.text, end) if re.search(r"(?:m3|m³|tấn|lít|kWh)$", sentence.text[:end]) else None)  # (`900.000 m3 nước sạch / ngày đêm`,
            # `300 tấn rác/ngày`, `khoảng 240 triệu kWh điện mỗi năm`, `2.832 m3 ngày đêm`: a day and its night, no slash)
            return (pats.per_units.get(timed.group(1).lower()) if timed else None), end
        return pats.per_units.get(closed.group(1).lower()), end
    if m.group("word"):
        at = sentence.start + m.start("word")
        token = next((t for t in sentence.tokens if t.start == at and " " in t.text), None)  # `đồng / học sinh`
        word = token.text if token is not None else m.group("word")
        stop = token.end - sentence.start if token is not None else m.end()
        if len(word) > 12:
            return None, end
        return _compound(sentence.text, word.lower(), stop)
    written = m.group("slash") or m.group("each") or m.group("weak")
    per = pats.per_units.get(written) or pats.per_units.get(" ".join(written.split()))
    return _compound(sentence.text, per, m.end()) if per else (per, m.end())


_PER_COUNT = re.compile(r"\s*/\s*([2-9]|[1-9]\d{1,2})\s+(chiếc|cái|con|quả|hộp|gói|bao|chai|lon|viên|kg|suất|vé|bộ|đôi|cuốn|tờ)(?!\w)")
# (`70.000 đồng/10 chiếc`: the price of several, of a sum only)
_THEN_TIME = re.compile(r"\s*/\s*(năm|tháng|ngày|tuần|quý|giờ)(?!\w)")  # `/người/tháng`: a rate per person per month


def _compound(text: str, per: str | None, stop: int) -> tuple[str | None, int]:
    """A denominator and the time a second slash adds to it (`6 triệu đồng/người/tháng`: `người/tháng`, s60 set P162)."""
    then = _THEN_TIME.match(text, stop) if per and per not in _TIMES else None
    return (f"{per}/{then.group(1)}", then.end()) if then else (per, stop)


# the gap between two amounts of one list: a separator and a short label (`, nông thôn`, `và miền núi`, `; loại 2:`)
_LIST_GAP = re.compile(r"\s*(?:,|;|(?i:và))\s*(?:[^\W\d_][^\d,;:()]{0,30}?)?\s*(?::|(?i:là))?\s*")
_EACH_AFTER = re.compile(r"\s*(?i:mỗi|một)\s+(\S+)")
_NOT_LABELS = frozenset({"khoảng", "hơn", "gần", "trên", "dưới", "chừng", "tương đương", "tương ứng", "lên", "xuống", "mức"})


def listed(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with the denominator `mỗi X` written after the last amount of a list given to the amounts of
    the list before it that have none (`thành thị là 155.000 đồng, nông thôn 75.000 đồng và miền núi 19.000 đồng mỗi
    tháng`: each per `tháng`)."""
    text, base = sentence.text, sentence.start
    for j in range(len(out) - 1, 0, -1):
        last = out[j]
        each = _EACH_AFTER.match(text, last.evidence.end - base)
        if last.per is None or each is None or low(each.group(1)).strip(".,;") != last.per or last.unit not in MONEY_UNITS:
            continue
        i = j - 1
        while i >= 0 and out[i].unit == last.unit and out[i].per is None and _LIST_GAP.fullmatch(
                text, out[i].evidence.end - base, out[i + 1].evidence.start - base) and not any(
                t.pos in ("V", "E", "R", "M") and low(t.text) != "là" or low(t.text) in _NOT_LABELS
                for t in sentence.tokens if out[i].evidence.end <= t.start and t.end <= out[i + 1].evidence.start):
            # (a label of nouns only: `, nông thôn`, `và miền núi`; not `, tương đương khoảng`, `và đóng BHXH là`)
            out[i] = out[i].model_copy(update={"per": last.per})
            i -= 1
    for j in range(len(out) - 1):  # `từ 17.000 tấn đến 21.000 tấn/năm`: a range written with its unit twice shares the rate (s57)
        if out[j].per is None and out[j + 1].per and out[j].unit == out[j + 1].unit and re.match(r"(?i:từ)\s", out[j].text) and (
                _TO_SECOND.fullmatch(text, out[j].evidence.end - base, out[j + 1].evidence.start - base) or re.match(
                    r"(?i:đến|tới)\s", out[j + 1].text) and not text[out[j].evidence.end - base:out[j + 1].evidence.start - base].strip()):
            out[j] = out[j].model_copy(update={"per": out[j + 1].per})
    for j in range(len(out) - 1):  # `biên độ từ 34,81% – 72,56%`: the range's second end measures what its first does (s58)
        if out[j].subject and out[j + 1].subject is None and out[j].unit == out[j + 1].unit and out[j].range is None \
                and re.match(r"(?i:từ)\s", out[j].text) and (_TO_SECOND.fullmatch(text, out[j].evidence.end - base, out[j + 1].evidence.start - base)
                                                            or re.match(r"(?i:đến|tới)\s", out[j + 1].text) and not text[out[j].evidence.end - base:out[j + 1].evidence.start - base].strip()):
            out[j + 1] = out[j + 1].model_copy(update={"subject": out[j].subject})
    return out


_TO_SECOND = re.compile(r"\s*(?:[-–]|(?i:đến|tới))\s*")


def each_before(before: str, unit: str | None) -> str | None:
    """The rate a time written before a figure with no denominator gives it (`hàng năm sản xuất ra khoảng | 320.000
    tấn`, `điện lượng trung bình năm khoảng | 200 triệu kWh`); None for shares and counts."""
    if unit in ("percent", "count", None) or unit in _POWER:
        return None  # (a power has no rate of time: `xử lý 300 tấn rác mỗi ngày, phát điện công suất 4 MW`)
    every = _EVERY_BEFORE.search(before) or _AVERAGE_BEFORE.search(before)
    if every is not None and re.search(r"\d\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+$", before[:every.start()]):
        return None  # (the time of the amount before it: `xử lý 200–300 tấn rác mỗi ngày, | phát điện ...`; s64, set P183)
    return _patterns().per_units.get(every.group(1).lower()) if every else None


_POWER = frozenset({"MW", "kW", "GW", "MWp", "kWp", "GWp"})


def of_clause(before: str, subject: str | None, unit: str | None) -> str | None:
    """The rate of a figure with no denominator after it, from its subject (`Giá mỗi kg cà phê là | 40.000 đồng`), its
    clause (`Mỗi tháng, công ty trả | 5 triệu đồng`, `thưởng mỗi người | 100 triệu`, `mỗi giờ đi được | 5-10 km`, `hoàn tiền
    một năm lên tới | 12 triệu đồng`) or a unit's size (`công suất thiết kế 2 x | 622,5 MW`: per `tổ máy`, no total)."""
    pats = _patterns()
    per = None
    if subject is not None and unit not in ("count", "percent"):  # (a share is of a whole, per nothing: `sản lượng cà phê
        each = pats.each.search(subject)  # mỗi năm chiếm 30% cả nước`)
        per = pats.per_units.get(each.group(1)) if each else None
    if per is None and unit not in ("percent", None):
        found = _EACH_BEFORE.search(before)
        word = next((g for g in found.groups() if g), "") if found else ""
        per = pats.per_units.get(low(word)) or pats.per_units.get(word) if word else None
        per = per if unit != "count" or per in _TIMES else None  # (`Mỗi năm, làng hoa bán ra 7 triệu sản phẩm`: a count a
        # year; not `mỗi người 3 con`)
    if per is None and unit in ("MW", "kW", "GW", "MWp", "kWp", "MVA") and _UNITS_TIMES.search(before):
        per = "tổ máy"
    return per
