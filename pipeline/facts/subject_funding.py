"""Sums a fund gives, told as the fund and its verb right before the amount (s57, from set P136):

    Nguồn ngân sách hỗ trợ 9,51 tỷ đồng gồm nguồn kinh phí khuyến công quốc gia hỗ trợ 6,16 tỷ đồng, nguồn kinh phí khuyến
    công địa phương hỗ trợ 3,35 tỷ đồng
        6,16 tỷ đồng: `nguồn kinh phí khuyến công quốc gia`; 3,35 tỷ đồng: `nguồn kinh phí khuyến công địa phương`
    kinh phí khuyến công quốc gia hỗ trợ hơn 5,3 tỷ đồng, khuyến công địa phương hỗ trợ gần 23,8 tỷ đồng
        23,8 tỷ đồng: `kinh phí khuyến công địa phương` (the item names only its fund's kind: the measure is the item's
        before it)

A fund is a phrase that opens with a measure of money (`kinh phí`, `nguồn vốn`, `ngân sách`, ...) and runs over at least
one word (a bare `Tổng kinh phí hỗ trợ` is one noun, support funds) and no comma, number or clause word to a verb of giving (`hỗ trợ`, `cấp`, `bố trí`, `đối ứng`, `phân bổ`) right before the
amount (a qualifier between: `hơn`, `gần`); its subject is the fund, without the verb (as since the twelfth session: the
verb that gives the money is no part of its source). An item after a comma that names only
the fund's kind before the same verb takes the measure of the fund before it.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import AMOUNT_LEAD, low
from pipeline.facts.subject_money_verbs import MONEY_UNITS
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_MEASURE = r"(?:(?i:tổng)\s+)?(?:(?i:nguồn)\s+)?(?i:kinh phí|vốn|ngân sách|nguồn vốn|quỹ)"
_VERB = r"(?i:hỗ trợ|cấp|bố trí|đối ứng|phân bổ)"
_QUALIFIER = AMOUNT_LEAD
_FUNDED = re.compile(rf"(?:^|[,;:(]\s*|(?<!\w)(?i:gồm|gồm có|trong đó|bao gồm)\s+)(?P<fund>{_MEASURE}(?:\s+[^\W\d][^\s,;:()\d]*){{1,8}}?)"
                     rf"\s+(?P<verb>{_VERB})\s+{_QUALIFIER}$")
_ITEM = re.compile(rf"[,;]\s*(?P<kind>[^\W\d][^,;:()\d]{{2,40}}?)\s+(?P<verb>{_VERB})\s+{_QUALIFIER}$")
_CLAUSE_WORDS = re.compile(r"(?<!\w)(?i:là|đã|được|sẽ|đang|và|với|cho|của|năm|tháng)(?!\w)")


def funded(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with each sum a fund gives named by the fund (see the module)."""
    base, text = sentence.start, sentence.text
    fund: tuple[str, str] | None = None  # the measure and the verb of the last fund read
    for k, f in enumerate(out):
        if f.unit not in MONEY_UNITS:
            continue
        before = text[:f.evidence.start - base]
        m = _FUNDED.search(before)
        if m and not _CLAUSE_WORDS.search(m.group("fund")):
            measure = re.match(_MEASURE, m.group("fund"))
            fund = (measure.group() if measure else "", low(m.group("verb")))
            out[k] = f.model_copy(update={"subject": m.group("fund")})
            continue
        item = _ITEM.search(before) if fund else None
        if fund and item and low(item.group("verb")) == fund[1] and not _CLAUSE_WORDS.search(item.group("kind")) \
                and not re.match(_MEASURE, item.group("kind")):
            out[k] = f.model_copy(update={"subject": f"{low(fund[0])} {item.group('kind')}"})
    return out
