"""People a firm or a zone needs to hire, told with `cần tuyển` or `nhu cầu tuyển dụng` before the count (s57, from set P140):

    Khu công nghiệp VSIP Nghệ An hiện có nhu cầu tuyển dụng khoảng 4.000 lao động   -> nhu cầu tuyển dụng lao động của Khu
                                                                                      công nghiệp VSIP Nghệ An
    Doanh nghiệp FDI Nghệ An cần tuyển 12.000 lao động mới                            -> nhu cầu tuyển dụng lao động của
                                                                                      Doanh nghiệp FDI Nghệ An
    Những ngành này cần tuyển khoảng 7.500 lao động phổ thông                        -> nhu cầu tuyển dụng lao động phổ thông

A count of people (`lao động`, `người`, `công nhân`, ...) right after such a need is that need, not a workforce: its subject
names the need and what is needed (the counted noun, with the kind the subject read after it: `lao động phổ thông`), and
whose need it is when the subject read names an owner after `của` or the clause opens with a name (capitalised) before
the need. A count hired already (`đã tuyển dụng 3.000 lao động`) is left as read.
"""

from __future__ import annotations

import re

from pipeline.facts.subject_lexicon import AMOUNT_LEAD
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_PEOPLE = frozenset({"lao động", "người", "công nhân", "kỹ sư", "nhân viên", "nhân sự", "người lao động", "lao động phổ thông"})
_NEED = re.compile(r"(?:^|[,;:]\s*|\s)(?P<who>[^,;:]{0,80}?)\s*(?:(?i:hiện|đang|vẫn|sẽ|có|còn|tiếp tục)\s+)*"
                   r"(?i:nhu cầu tuyển dụng|nhu cầu tuyển|cần tuyển dụng|cần tuyển|cần thêm)(?:\s+(?i:mới|thêm|lao động))?"
                   rf"\s*{AMOUNT_LEAD}$")
_POINTING = re.compile(r"^(?i:những|các|nhiều|một số|mỗi)(?!\w)|(?<!\w)(?i:này|đó|trên)$")
_LEAD = re.compile(r"^(?:(?i:cụ thể|theo đó|trong đó|ngoài ra|hiện nay|năm \d{4}|trong năm \d{4})\s*,?\s*)+")


def hiring(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out` with each count of people a need to hire names given that need (see the module)."""
    base, text = sentence.start, sentence.text
    for k, f in enumerate(out):
        counted = (f.counted or "").lower()
        if f.unit != "count" or counted not in _PEOPLE:
            continue
        m = _NEED.search(text[:f.evidence.start - base])
        if m is None:
            continue
        read = f.subject or ""
        kind = read if read.lower().startswith(counted) and " của " not in read and len(read.split()) <= len(counted.split()) + 2 else counted
        owner = read.split(" của ", 1)[1] if " của " in read else None
        who = _LEAD.sub("", m.group("who").strip())
        owner = owner or (who if who[:1].isupper() and len(who.split()) <= 8 and not re.search(r"\d", who) and not _POINTING.search(who)
                          else None)  # (not `Những ngành này`: a pointer back, no name)
        out[k] = f.model_copy(update={"subject": f"nhu cầu tuyển dụng {kind}" + (f" của {owner}" if owner else "")})
    return out
