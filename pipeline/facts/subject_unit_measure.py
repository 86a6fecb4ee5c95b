"""The measure a unit implies, said in the subject: a figure of area or of power whose subject names only the thing
(`Tỉnh Đắk Lắk đang xây dựng khu công nghiệp Phú Xuân hơn 300 ha`: `khu công nghiệp Phú Xuân`; `giai đoạn 2 là 62MW`:
`giai đoạn 2`) measures that thing's area or capacity: `diện tích khu công nghiệp Phú Xuân`, `công suất giai đoạn 2`.

Blind judges of set P193 and P194 (s66) marked such subjects wrong: a table row reading `khu công nghiệp Phú Xuân | 300 ha`
does not say what the 300 ha is of it. A rate (`per`), a subject that opens with a measure or an attribute of the lexicon
(`quy mô`, `tổng diện tích`, `số hộ`) or with a word that already says what part or sum it is (`phần`, `tổng`, `giá`) is
left as it is; square metres are an area only of land, buildings and rooms (`vải các loại ước đạt 120 triệu m2` is cloth).
"""

from __future__ import annotations

import re

from pipeline.facts.subject_tidy import measured
from pipeline.language.analysis import Sentence
from pipeline.record import Figure

_MEASURES = {"ha": "diện tích", "m2": "diện tích", "km2": "diện tích", "MW": "công suất", "kW": "công suất", "GW": "công suất",
             "MWp": "công suất", "kWp": "công suất"}
# words that open a subject saying already which part, sum or value of a thing is meant
_SAID = re.compile(r"(?i:phần|tổng|giá|số|lượng|mức|khoảng|trong đó|hơn|gần|trên|chỉ|thiệt hại|sản lượng|công suất|diện tích|quy mô)(?!\w)")


def implied(sentence: Sentence, out: list[Figure]) -> list[Figure]:
    """The figures of `out`, a subject naming only the thing measured in area or power prefixed with that measure."""
    for n, f in enumerate(out):
        measure = _MEASURES.get(f.unit or "")
        subject = (f.subject or "").strip()
        if measure is None or not subject or f.per is not None or measured(subject) or _SAID.match(subject):
            continue
        if f.unit == "m2" and not _BUILT.match(subject):
            continue  # (`vải các loại ước đạt 120 triệu m2`: a quantity of cloth, no area of it)
        out[n] = f.model_copy(update={"subject": f"{measure} {_lowered(subject)}"})
    return out


def _lowered(subject: str) -> str:
    """`Giai đoạn 1` → `giai đoạn 1`: a common noun capitalised only for opening its sentence, lowered inside the subject."""
    first = subject.split()[0]
    return subject[:1].lower() + subject[1:] if first.lower() in _COMMON and first[1:].islower() else subject


# what square metres are an area of (land, buildings, rooms, roofs), not goods sold by the square metre (cloth, tiles, glass)
_BUILT = re.compile(r"(?i:khu|đất|nhà|căn|phòng|xưởng|mặt bằng|mặt sàn|lô|sàn|mái|vườn|bãi|kho|hầm|dự án|công trình|trụ sở|sân|bể|hồ|ao|"
                    r"khuôn viên|mảnh|thửa|văn phòng|gian|trung tâm|siêu thị|chợ|cửa hàng|trang trại|nhà kính|nhà màng|đường|mặt đường|vịnh|bãi biển)(?!\w)")


# common nouns a sentence may open with (written capitalised there only): lowered after the measure put before them
_COMMON = frozenset({"khu", "nhà", "dự", "cụm", "tỉnh", "huyện", "xã", "vùng", "rừng", "đất", "giai", "hệ", "căn", "trang", "diện",
                     "mô", "mặt", "lô", "vườn", "ao", "ruộng", "cánh", "trại", "xưởng", "điện"})
