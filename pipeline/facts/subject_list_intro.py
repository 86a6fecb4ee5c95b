"""The items of a list that name only their thing take the measure the clause before the list names (s60, sets P159 and
P160):

    Tổng giá trị sản xuất nông - lâm - thủy sản là 5.480,8 tỷ đồng, ..., trong đó: nông nghiệp tăng 5,1%, lâm nghiệp tăng 18,8%
        18,8%: `giá trị sản xuất lâm nghiệp` (not the sector alone)
    ... một số ngành có chỉ số tăng cao như: ngành dệt (tăng 55,56%), ...       -> `chỉ số ngành dệt`
    ... mở rộng giá trị xuất khẩu, trong đó nhóm nông sản chiếm ưu thế như: cao su đạt hơn 811 triệu USD (tăng 125,57%)
        -> `giá trị xuất khẩu cao su` for both

A figure whose subject is a short phrase that names no measure, written after the list's marker (`trong đó:`, `như:`,
`gồm:`, `cụ thể:`), takes the measure the clauses before the marker name, the nearest clause first: for a sum a measure
of money, for a mass one of output, for a share any measure but a plan's; a change in brackets right after an amount of
the same item takes that amount's.
"""

from __future__ import annotations

import re

from pipeline.facts.lexicon import entries as lexicon_entries
from pipeline.facts.lexicon import load
from pipeline.facts.subject_lexicon import entries, low
from pipeline.facts.subject_money_verbs import MONEY_UNITS
from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_MARKER = re.compile(r"(?:(?<=\s)|(?<=,))(?:(?i:trong đó|cụ thể là|cụ thể|như|gồm|bao gồm|gồm có)\s*:?|(?i:là)\s*:)\s+")  # (`... sang 3 thị
# trường lớn nhất là: Thái Lan giảm 33,2%; ...`: a colon after `là` opens a list too)
_CLAUSES = re.compile(r"\s*(?:,|;|(?<!\w)(?i:trong đó|mà còn|và)(?!\w))\s*")
_NOT_MEASURES = frozenset({"kế hoạch", "chỉ tiêu", "mục tiêu", "dự toán", "tỷ lệ", "tỉ lệ", "tỷ trọng", "tỉ trọng"})
# the measures a list's intro may lend its items: outputs, trade and their values, indices (not `lượng`, `vốn`, `mức phí`, ...)
_LENT = re.compile(r"(?i:giá trị sản xuất|giá trị xuất khẩu|giá trị nhập khẩu|kim ngạch xuất khẩu|kim ngạch nhập khẩu|kim ngạch|"
                   r"xuất khẩu|nhập khẩu|chỉ số sản xuất|chỉ số|sản lượng|doanh thu|giá trị|(?:giá trị |kim ngạch )?(?:XK|NK))")
_TRADE = re.compile(r"(?i:.*(?:xuất khẩu|nhập khẩu|kim ngạch|XK|NK))")
_REGIONS = re.compile(r"(?i:châu Âu|châu Á|châu Phi|châu Mỹ|châu Đại Dương|Bắc Mỹ|Nam Mỹ|Mỹ La-tinh|Đông Nam Á|Trung Đông|EU|ASEAN)")
_MONEY = re.compile(r"(?i:giá trị|kim ngạch|doanh thu|doanh số|vốn|trị giá|chi phí|thu)")
_MASS = re.compile(r"(?i:sản lượng|khối lượng|lượng)")
# goods through ports: a mass measure of cargo is lent whole (`khu vực cảng biển có khối lượng hàng hóa thông qua tăng cao, như:
# khu vực Thái Bình tăng 179%`: s64, set P184)
_CARGO = re.compile(r"(?<!\w)(?i:(?:sản lượng|khối lượng|lượng) hàng(?: hóa| hoá| container)?(?: (?:thông qua|qua)(?: cảng(?: biển)?)?)?)(?!\w)")
_ITEM_WORDS = 5


def _measures(clause: str) -> list[str]:
    """The measures of the lexicon a clause names, in order, each the longest at its place."""
    words = [w.strip(".,;:()“”\"") for w in clause.split()]
    found, i = [], 0
    while i < len(words):
        hit = next((n for n in (4, 3, 2, 1) if i + n <= len(words)
                    and (entries().kinds.get(tuple(low(w) for w in words[i:i + n])) or ("",))[0] == "measure"), 0)
        if hit:
            found.append(" ".join(words[i:i + hit]))
        i += hit or 1
    return [m for m in found if low(m) not in _NOT_MEASURES and _LENT.fullmatch(m)]


def _fits(measure: str, unit: str | None) -> bool:
    if unit in MONEY_UNITS:
        return _MONEY.match(measure) is not None
    if unit in ("tonne", "m3", "litre"):
        return _MASS.match(measure) is not None
    return unit == "percent"


def _intro_measure(intro: str, unit: str | None) -> str | None:
    for clause in reversed([c for c in _CLAUSES.split(intro) if c]):
        cargo = _CARGO.search(clause)
        if cargo and (unit == "percent" or unit in ("tonne", "TEU")):
            return cargo.group()
        fit = next((m for m in _measures(clause) if _fits(m, unit)), None)
        if fit:
            return fit
    return None


def from_intro(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` whose subject names only a listed thing given the list's measure (see the module)."""
    text, base = sentence.text, sentence.start
    given: dict[int, tuple[str, str]] = {}
    for n, f in enumerate(out):
        said = f.subject or ""
        start = f.evidence.start - base
        if not said or f.unit in ("count", None) or measured(said) or len(said.split()) > _ITEM_WORDS or " của " in said \
                or re.search(r"\d", said):
            continue
        at = text.rfind(said, 0, start)
        marks = list(_MARKER.finditer(text, 0, at)) if at > 0 else []
        if not marks:
            continue
        prior = given.get(n - 1)
        if f.unit == "percent" and prior and prior[0] == said and re.fullmatch(r"\s*\(\s*(?i:tăng|giảm)\s+(?:(?i:khoảng|hơn|gần|trên)\s+)?",
                                                                            text[out[n - 1].evidence.end - base:start]):
            out[n] = f.model_copy(update={"subject": prior[1]})  # `cao su đạt hơn 811 triệu USD (tăng 125,57%)`: the amount's
            continue
        measure = _intro_measure(text[:marks[-1].start()], f.unit)
        place = _place(said)
        first = next((t for t in sentence.tokens if t.start == base + at), None)
        thing = first is not None and first.pos in ("N", "Nc", "Np", "Ny")  # (not `nộp/V ngân sách`, a measure of its own)
        cargo = measure is not None and _CARGO.fullmatch(measure) is not None
        if measure and (said[:1].islower() and thing and not place or place and (_TRADE.fullmatch(measure) or cargo)):
            abroad = place and load().province(said) is None
            link = ("qua " if not low(measure).endswith(("qua", "cảng", "cảng biển")) else "") if cargo else (
                "sang " if low(measure).endswith(("xuất khẩu", "xk")) else "từ " if low(measure).endswith(("nhập khẩu", "nk")) else "") if abroad \
                else "của " if place else ""  # (`xuất khẩu sang Nam Mỹ`, a market; `xuất khẩu của Quảng Ngãi`, a province that exports;
            # `lượng hàng container qua cảng biển Mỹ Tho`, cargo through a port)
            whole = f"{measure[:1].lower()}{measure[1:]} {link}{said}"  # (`xuất khẩu sang châu Á`: a market, named)
            given[n] = (said, whole)
            out[n] = f.model_copy(update={"subject": whole})
    return out


def _place(item: str) -> bool:
    """Whether an item is a market: a province, a country or a region of the world (`châu Á`, `Bắc Mỹ`)."""
    name = re.sub(r"^(?i:thị trường)\s+", "", item)
    return load().province(name) is not None or name in lexicon_entries("countries.txt") or _REGIONS.fullmatch(name) is not None
