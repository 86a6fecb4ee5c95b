"""A trade flow to or from a country that opens its clause, as the subject of the figures its predicate chains (s56, the
blind verdicts of set P125: the country alone, or nothing, where the sentence says what is measured):

    Đáng chú ý, xuất khẩu sang Trung Quốc lại tăng mạnh 20,6%, đạt 59,39 triệu USD, chiếm 4% trong tổng kim ngạch
        -> all three: `xuất khẩu sang Trung Quốc` (not `Trung Quốc`, and not none)
    Nhập khẩu từ Hàn Quốc giảm 3,1%, còn 21 tỷ USD              -> `Nhập khẩu từ Hàn Quốc`
    xuất khẩu sang Hoa Kỳ ước đạt 5 tỷ USD, ...; Nhật Bản đạt 0,73 tỷ USD, tăng 11%   -> 0,73 tỷ USD, 11%: `xuất khẩu sang Nhật Bản`
    Thị trường xuất khẩu chủ lực của ngành gỗ là Mỹ chiếm 64,6%, ...; Hong Kong chiếm 8,6%  -> 8,6%: `xuất khẩu sang Hong Kong`

The flow is `xuất khẩu`, `nhập khẩu` or `kim ngạch xuất/nhập khẩu` (a few words of goods may follow), then `sang`, `vào`,
`từ`, `tới` or `đến` (`thị trường` may follow) and a country of `countries.txt`, at the start of the sentence or after a
comma, colon or semicolon (an opening frame such as `Đáng chú ý,` before it); after the sentence's first word of trade, a
market that opens a list's item (or follows `là`) with its verb (`đạt`, `chiếm`, `tăng`) is a flow to that market. A figure is chained when only the verbs
and words of a change, a sum or a share stand between the flow and it, and the figures before it in the chain; a
subject of its own that is not the country is kept."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.lexicon import entries
from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

# what may stand between the flow and a figure of its chain (other figures of the chain are read over)
_CHAIN = re.compile(r"(?:\s*,?\s*(?i:lại|đã|cũng|vẫn|tiếp tục|tăng|giảm|đạt|chiếm|kim ngạch xuất khẩu|kim ngạch nhập khẩu|mạnh|nhẹ|khoảng|hơn|gần|trên|tới|lên|xuống|"
                    r"còn|ước|ước đạt|so với|so|cùng kỳ|năm trước|năm ngoái|tỷ trọng|tỉ trọng|trong|tổng kim ngạch|tổng số|và|trị giá|"
                    r"kim ngạch|giá trị|với|\x00)|\s*\d[\d.,]*\d)*\s*,?\s*")  # (a number without its unit: `trị giá 9.280.125`)


@lru_cache(maxsize=1)
def _flow() -> re.Pattern[str]:
    countries = "|".join(re.escape(c) for c in sorted(entries("countries.txt"), key=len, reverse=True))
    return re.compile(rf"(?:^|[,;:]\s*)(?P<flow>(?:(?i:kim ngạch)\s+)?(?i:xuất khẩu|nhập khẩu)(?:\s+[^\W\d][^\d,;:()]{{0,30}}?)?"
                      rf"\s+(?i:sang|vào|từ|tới|đến)\s+(?:(?i:thị trường)\s+)?(?P<country>{countries}))(?!\w)")


@lru_cache(maxsize=1)
def _market() -> re.Pattern[str]:
    countries = "|".join(re.escape(c) for c in sorted(entries("countries.txt"), key=len, reverse=True))
    return re.compile(rf"(?:^|[;:]\s*|,\s*|(?<!\w)(?i:là|và)\s+)(?:(?i:thị trường)\s+)?(?P<country>{countries})"
                      rf"(?:\s*\([^()]{{1,40}}\))?(?=,?\s+(?:(?i:ước đạt|ước|đạt|chiếm|tăng|giảm))(?!\w)|\s+(?:(?i:khoảng|hơn|gần|trên)\s+)?\d)")


# the goods written right after the sentence's first word of trade, before its owner or its markets
_GOODS_AFTER = re.compile(r"\s+(?!(?i:của|sang|vào|từ|tới|đến|các|trong|đạt|tăng|giảm|hàng hóa|hàng hoá|chính|chủ lực|chủ yếu|lớn|lớn nhất|nhiều|mạnh|nhất|ít|phần lớn)(?!\w))([a-zà-ỹđ][a-zà-ỹđ ]{1,30}?)"
                          r"\s+(?i:của|sang|vào|từ|tới|đến)(?!\w)")
_BARE_MEASURES = frozenset({"kim ngạch", "trị giá", "giá trị", "lượng", "sản lượng"})  # a chained figure's measure, no market
_FLOW_WORD = re.compile(r"(?<!\w)(?P<w>(?i:xuất khẩu|nhập khẩu))(?!\w)")


def _chains(text: str) -> list[tuple[str, str, int]]:
    """Each flow of the sentence as (the flow, its country, where its predicate begins): a flow written out, and each item
    of a list of markets after the sentence's first word of trade (`; Nhật Bản đạt 0,73 tỷ USD, tăng 11%`: `xuất khẩu sang
    Nhật Bản`; `Thị trường xuất khẩu chủ lực ... là Mỹ chiếm 64,6%`)."""
    found = [(m.group("flow"), m.group("country"), m.end()) for m in _flow().finditer(text)]
    word = _FLOW_WORD.search(text)
    if word is not None:
        said = {at for _, _, at in found}
        prep = "sang" if low(word.group("w")) == "xuất khẩu" else "từ"
        goods = _GOODS_AFTER.match(text, word.end())  # (`xuất khẩu sắt thép của Việt Nam sang các thị trường chủ yếu: ...`: the
        trade = f"{low(word.group('w'))} {goods.group(1)}" if goods else low(word.group("w"))  # steel's flows, s66 set P195)
        found += [(f"{trade} {prep} {m.group('country')}", m.group("country"), m.end()) for m in _market().finditer(text)
                  if m.start() > word.end() and m.end() not in said]
    return sorted(found, key=lambda x: x[2])


def flows(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` chained after a trade flow that opens their clause, given that flow (see the module)."""
    base, text = sentence.start, sentence.text
    for flow, country, end in _chains(text):
        for n, f in enumerate(out):
            start = f.evidence.start - base
            if start < end:
                continue
            between = text[end:start]
            for g in out[:n]:  # (the chain's figures before it, read over)
                if end <= g.evidence.start - base and g.evidence.end - base <= start:
                    a, b = g.evidence.start - base - end, g.evidence.end - base - end
                    between = between[:a] + "\x00" * (b - a) + between[b:]
            if not _CHAIN.fullmatch(between.replace("\x00" * 2, "\x00")):
                break
            owned = re.fullmatch(rf"((?i:kim ngạch|giá trị|trị giá))(?:\s+(?i:xuất khẩu|nhập khẩu))?\s+(?i:của)\s+{re.escape(country)}", f.subject or "")
            if f.subject is None or low(f.subject) in (low(country), f"thị trường {low(country)}"):
                out[n] = f.model_copy(update={"subject": flow})
            elif owned:  # `là Hoa Kỳ đạt kim ngạch xuất khẩu 568 triệu USD`: the market's, not an owner (s66, set P197)
                out[n] = f.model_copy(update={"subject": f"{low(owned.group(1))} {flow}"})
            elif low(f.subject) in _BARE_MEASURES and not low(flow).startswith(low(f.subject)):
                # `kim ngạch` + `xuất khẩu sang Nam Phi` (a weight the measure of value before it took is the flow's alone)
                told = f"{f.subject} {flow}" if f.unit in ("USD", "VND", "percent") else flow
                out[n] = f.model_copy(update={"subject": told})
    return out
