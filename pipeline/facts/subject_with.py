"""The measure a figure after `, với` gives the size of, named earlier in its clause: `Thành phố Cao Lãnh và huyện Cao
Lãnh là 2 địa phương có diện tích trồng xoài nhiều nhất của tỉnh, với hơn 7.500ha` (`diện tích trồng xoài`), `Nhà máy X
có công suất lớn nhất khu vực, với 450 MW` (`công suất`).

The measure is a word of the figure's kind of unit (`diện tích` of ha, `công suất` of MW, `kinh phí`, `vốn` of money),
with the plain lowercase words that qualify it (`trồng xoài`) up to a word of degree, `của`, a verb of the clause or a
comma; the clause is the sentence before the comma, back to a semicolon. Since the forty-seventh session `với` right after a
superlative needs no comma (`địa phương có diện tích nuôi tôm thâm canh lớn nhất nước với gần 25.000ha`).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import UNIT_KINDS, low
from pipeline.facts.subject_owners import told_after
from pipeline.facts.subject_with_clause import FRAMES
from pipeline.language.analysis import Token

# the words of each kind of unit that a figure after `, với` sizes
_MEASURES = {"area": ("tổng diện tích", "diện tích", "quy mô", "vùng trồng", "vùng nguyên liệu", "vùng sản xuất", "vùng chuyên canh", "vựa"), "power": ("tổng công suất", "công suất"),
             "money": ("tổng vốn đầu tư", "vốn đầu tư", "tổng kinh phí", "kinh phí", "tổng vốn", "doanh thu", "kim ngạch"),
             "mass": ("sản lượng", "tổng sản lượng", "khối lượng"), "length": ("chiều dài", "tổng chiều dài")}
_ENDS = r"(?:nhiều|lớn|cao|rộng|dài|nhất|của|là|đạt|lên|tới|khoảng|hơn|trên|gần|tại|ở|trong|và|với|thuộc|so)"


def measure_before_with(text: str, start: int, unit: str | None) -> str | None:
    """The measure named earlier in the clause of a figure at `text[start]` that follows `, với` (see the module), or
    None."""
    kind = UNIT_KINDS.get(unit or "")
    joint = re.search(r"(?:,\s*|(?<=\snhất)(?:\s+[a-zà-ỹđ]+){0,2}\s+)(?i:với)\s+$", text[:start])  # (`... lớn nhất nước với gần 25.000ha`)
    if kind not in _MEASURES or joint is None:
        return None
    clause = text[:joint.start()]
    clause = clause[clause.rfind(";") + 1:]
    words = "|".join(re.escape(w) for w in _MEASURES[kind])
    found = list(re.finditer(rf"(?<!\w)(?:{words})(?!\w)((?:\s+(?!{_ENDS}(?!\w))[a-zà-ỹđ]+){{0,4}})", clause, re.IGNORECASE))
    if not found:
        return None
    last = found[-1]
    if re.search(r"[,(]", clause[last.end():]):
        return None  # (another phrase of the clause after it: not the measure the figure sizes)
    return last.group().strip()


def told_elsewhere(text: str, start: int, end: int | None, unit: str | None) -> tuple[str, str] | None:
    """For a sum or a size with no subject before it: (subject, kind) from what the sentence tells after it (`đóng góp
    3.000 tỷ đồng /năm cho ngân sách`: `subject_owners.told_after`) or from the measure its clause named before `, với`
    (see the module); else None."""
    if end is None or unit in (None, "count", "percent"):
        return None
    measure = measure_before_with(text, start, unit)
    return told_after(text, start, end) or ((measure, "measure") if measure else None)


_TIME_LEADS = frozenset({"hiện", "hiện nay", "hiện tại", "hiện giờ", "năm nay", "nay", "đến nay", "tính đến nay", "hiện nay thì"})


def framed_comma(tokens: list[Token], k: int) -> bool:
    """Whether token `k` is a comma that ends a frame opening its sentence or clause (`Hiện nay,`, `Qua sự thay đổi của
    thời gian,`, `Theo thống kê,`): the phrase after it opens the clause as if nothing came before (not `trong đó,`); or
    the last word of a time lead with no comma that opens it (`Hiện nay | diện tích cà phê đạt ...`, `Năm nay | ...`)."""
    start = max((n + 1 for n in range(k) if tokens[n].pos == "CH" and tokens[n].text not in ("(", ")", "-", "–")), default=0)
    if k >= 0 and tokens[k].text != "," and start <= k:
        return low(" ".join(t.text for t in tokens[start:k + 1])) in _TIME_LEADS
    if k <= 0 or tokens[k].text != ",":
        return False
    first = low(tokens[start].text) if start < k else ""
    second = low(tokens[start + 1].text) if start + 1 < k else ""
    return first in FRAMES and not (first == "trong" and second in ("đó", "số")) and k - start <= 10

