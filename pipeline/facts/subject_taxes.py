"""What a tax rate is levied on: `Washington áp thuế 15% đối với một loạt hàng nhập khẩu của Trung Quốc` (`thuế đối với một
loạt hàng nhập khẩu của Trung Quốc`), `Trump áp thuế 25% với 200 tỷ USD hàng hóa Trung Quốc`, `mức thuế lên đến 178,6%
đối với mặt hàng bo bo nhập từ Mỹ`. A bare `thuế` or `mức thuế suất` does not say which tax; the goods after the rate do."""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import low
from pipeline.language.analysis import Sentence

_TAXES = frozenset({"thuế", "mức thuế", "thuế suất", "mức thuế suất", "mức thuế bổ sung", "thuế bổ sung", "thuế nhập khẩu",
                    "mức thuế nhập khẩu", "thuế quan", "mức thuế quan", "thuế trả đũa", "mức thuế mới", "thuế mới"})
_ON = re.compile(r"\s*(?P<on>(?i:đối với|với|lên|cho))\s+(?P<what>[^\W_][^,;:()]{2,90}?)"
                 r"(?=\s+(?i:từ|vào|trong|khi|nhằm|để|nhưng|trong khi|có hiệu lực|kể từ|và)(?!\w)|\s*[,;:.()]|\s*$)")

_FROM = re.compile(r"\s+(?i:từ)\s+[^,;:.()]{1,30}?(?=\s+(?i:vào|trong|khi|từ)(?!\w)|\s*[,;:.()]|\s*$)")

_LEVIED = re.compile(r"(?<!\w)(?i:áp|đánh|áp dụng|tăng|giữ|nâng)\s+(?P<tax>(?:(?i:mức)\s+)?(?i:thuế)(?:\s+(?i:suất|bổ sung|nhập khẩu|quan))?)$")


def taxed(sentence: Sentence, end: int, subject: str | None) -> str | None:
    """`subject` with what it is levied on (`thuế đối với X`) when it is a bare tax of `_TAXES` and the words right after the
    rate ending at sentence offset `end` say on what (`đối với`, `với`, `lên`, `cho` + goods, up to twelve words); else
    `subject`."""
    levied = _LEVIED.search(subject) if subject is not None else None
    subject = levied.group("tax") if levied else subject  # `châu Âu quyết định áp | thuế`: the tax, not who levies it
    if subject is None or low(subject) not in _TAXES:
        return subject
    m = _ON.match(sentence.text, end)
    what = m.group("what").strip() if m else ""
    if m is None or not what or len(what.split()) > 12 or re.fullmatch(r"[\d.,]+\s*%?", what):
        return subject
    source = _FROM.match(sentence.text, m.end()) if re.search(r"(?i:nhập|nhập khẩu|xuất khẩu)$", what) else None
    what = f"{what}{source.group()}" if source else what  # `mặt hàng bo bo nhập | từ Mỹ`: where the goods come from
    return f"{subject} {m.group('on').lower()} {what}"
