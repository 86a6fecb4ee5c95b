"""Figures listed owner by owner under one measure, each that measure of its owner (s62, sets P169 and P170):

    Ước tính tổng diện tích ca cao tại Việt Nam năm 2018 đạt 5.833 ha; trong đó Đắk Lắk 1.475 ha, Bình Phước 584 ha, ...
        584 ha: `diện tích ca cao của Bình Phước` (not the province alone; 1.475 ha, none before: `... của Đắk Lắk`)
    Ca cao được trồng nhiều nhất ở huyện Ea Kar (793 ha), Krông Ana (293 ha) và Krông Pắc (204 ha).
        -> `diện tích trồng ca cao của huyện Ea Kar`, `... của Krông Ana`
    Một số làng nghề có doanh thu cao như: Làng nghề X (huyện Y) đạt 2.850 tỷ đồng; làng nghề Z đạt 1.000 tỷ đồng.
        -> `doanh thu của Làng nghề X`

A figure is an owner's item when a place (a province, a district with or without its unit word), a firm, a cooperative
or a craft village opens its clause (after the list's marker, a comma, `;` or `và`) and nothing but a bracketed aside,
`(` or a link verb (`đạt`, `có`, `là`, `chiếm`) stands between it and the figure, and its subject is that owner or none.
Two such items of one kind of quantity make a list; the list's measure is that of the figure of the same kind before the
list (its head, without `tổng` and without the place or time it was of), or else the measure its intro clause names: an
area of the crop it grows (`trồng ca cao`), or a measure of the lexicon of that kind (`doanh thu`). A market abroad after
a trade's measure is the trade's flow (`subject_trade_flow`, `subject_list_intro`), not an owner.
"""

from __future__ import annotations

import re

from pipeline.facts.lexicon import load
from pipeline.facts.subject_lexicon import UNIT_KINDS, crops, low, place_only
from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_FIRM = r"(?:Công ty|Tổng công ty|Tập đoàn|Hợp tác xã|HTX|[Ll]àng nghề|Làng|Doanh nghiệp|Cơ sở)(?!\w)"
_UNIT = r"(?:(?i:huyện|thị xã|thành phố|tỉnh|quận|xã|phường|thị trấn|khu vực|miền|vùng)|TP\.?)"  # (a region too: `miền Trung`, s64)
_CAP = r"[A-ZĐ][^\s,;:()]*"
_NAME = rf"(?:{_UNIT}\s+)?{_CAP}(?:\s+(?:[–-]\s+)?{_CAP}){{0,4}}"
_OPEN = r"(?:^|[,;:]\s*|\s(?i:và|trong đó|như|gồm|ở|tại)\s+)"
_FILL = r"\s*(?:\([^()]{1,60}\)\s*)?(?:(?i:đạt|có|là|chiếm|với|ước đạt)\s+)?\(?\s*$"
_BARE = re.compile(rf"{_OPEN}(?P<owner>{_NAME}){_FILL}")
_FIRM_ITEM = re.compile(rf"{_OPEN}(?P<owner>{_FIRM}[^,;:()]{{1,60}}?){_FILL}")
_MEASURE_END = re.compile(r"\s+(?i:tại|ở|của|trên|toàn|cả|năm|trong|giai đoạn|đến|tính đến|tính|hiện|đạt|là)(?!\w).*$")
_LEXICON = {  # the measures an intro may name, by kind of quantity
    "money": re.compile(r"(?i:doanh thu|doanh số|kim ngạch xuất khẩu|kim ngạch nhập khẩu|kim ngạch|giá trị sản xuất|"
                        r"giá trị xuất khẩu|lợi nhuận|vốn đầu tư|nộp ngân sách)"),
    "area": re.compile(r"(?i:diện tích)"),
    "mass": re.compile(r"(?i:sản lượng|khối lượng)"),
    "power": re.compile(r"(?i:công suất)"),
}
_TRADE = re.compile(r"(?i:xuất khẩu|nhập khẩu|kim ngạch)")


def _owner_like(text: str) -> bool:
    """Whether a phrase only names who or where: a place, a firm or village, or a capitalised name of a few words."""
    if place_only(text) or re.match(_FIRM, text):
        return True
    return re.fullmatch(_NAME, text) is not None and not measured(text) and len(text.split()) <= 5


def _item(text: str, end: int, said: str | None) -> tuple[int, str, bool] | None:
    """The owner an item written right before `text[end:]` names, with where it starts and whether the figure's subject
    already names a measure of it (`doanh thu làng nghề X`); none when no owner opens the item."""
    head = text[:end]
    if said and _owner_like(said):
        m = re.search(rf"{_OPEN}(?P<owner>{re.escape(said)}){_FILL}", head)
        if m:
            return m.start("owner"), said, False
    m = _BARE.search(head) or _FIRM_ITEM.search(head)
    if not m or not _owner_like(m.group("owner")):
        return None
    if not said:
        return m.start("owner"), m.group("owner"), False
    return (m.start("owner"), m.group("owner"), True) if measured(said) and said.endswith(m.group("owner")) else None


def _core(subject: str) -> str:
    """A measure without its `tổng` and the place or time it was of: `tổng diện tích ca cao tại Việt Nam` -> `diện tích ca cao`."""
    core = _MEASURE_END.sub("", re.sub(r"^(?i:tổng)\s+", "", subject.strip()))
    return core[:1].lower() + core[1:]


def _intro_measure(intro: str, kind: str) -> str | None:
    """The measure the clause before a list names for its kind: an area of the crop it grows, or the nearest measure."""
    if kind == "area":
        grown = [m.group(1) or m.group(2) for m in re.finditer(r"(?i:trồng)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)|([^\W\d_]+(?:\s+[^\W\d_]+)?)"
                                                                r"\s+(?i:được|đang được)\s+(?i:trồng)", intro)]
        for words in reversed(grown):
            crop = next((c for c in (low(words), low(words.split()[0])) if c in crops()), None)
            if crop:
                return f"diện tích trồng {crop}"
    pattern = _LEXICON.get(kind)
    found = list(pattern.finditer(intro)) if pattern else []
    return low(found[-1].group()) if found else None


def listed(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` listed owner by owner given their list's measure of their owner (see the module)."""
    text, base = sentence.text, sentence.start
    items = {n: it for n, f in enumerate(out) if (it := _item(text, f.evidence.start - base, f.subject))}
    for n, f in enumerate(out):
        item, kind = items.get(n), UNIT_KINDS.get(f.unit or "")
        if not item or item[2] or not kind:
            continue
        peers = [k for k in items if UNIT_KINDS.get(out[k].unit or "") == kind]
        if len(peers) < 2:
            continue
        first = min(items[k][0] for k in peers)
        before = [g for g in out if g.evidence.end - base <= first and UNIT_KINDS.get(g.unit or "") == kind
                  and g.subject and measured(g.subject) and not _owner_like(g.subject)]
        clause = text[:first].rsplit(";", 1)[-1] if not before else ""
        measure = _core(before[-1].subject or "") if before else _intro_measure(clause, kind)
        named = [k for k in sorted(peers) if items[k][2] and out[k].subject and k < n
                 and ";" not in text[out[k].evidence.end - base:f.evidence.start - base]]  # (one list, not another clause's item)
        measure = measure or (_core(out[named[-1]].subject or "") if named else None)  # `Giá dưa hấu ở khu vực
        # miền Nam là 5.500đ/kg, miền Trung 3.500đ/kg`: the nearest item's own measure before, of the next owners (s64, set P185)
        owner = item[1]
        if not measure or _TRADE.search(measure) and load().province(owner) is None and not re.match(_FIRM, owner):
            continue  # (`kim ngạch xuất khẩu ..., trong đó Mỹ 2 tỷ USD`: a market, the trade's flow)
        owner = owner[0].lower() + owner[1:] if re.match(_UNIT, owner) and not owner.startswith("TP") else owner
        out[n] = f.model_copy(update={"subject": f"{measure} của {owner}"})
    return out
