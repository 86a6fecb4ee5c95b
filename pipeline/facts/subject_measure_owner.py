"""A figure's measure kept with its owner: `Công ty X ... với tổng diện tích trên 10.000 m2` (`tổng diện tích của Công ty
X`), `Nhà máy điện gió Y được khởi công với tổng vốn đầu tư 3.000 tỷ đồng` (`tổng vốn đầu tư của Nhà máy điện gió Y`).

The rules read a bare measure right before a figure (`với công suất là 1.200 MW`) as the measure of the thing its clause
names, and give that thing as the subject. The thing alone does not say what is measured of it: a plant has a capacity,
an investment, an area and a workforce. When the sentence writes the measure right before the figure (link words
between: `là`, `đạt`, `khoảng`) and the thing before it, the subject is the measure of the thing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.subject_lexicon import CLAUSE_WORDS, DEMONSTRATIVES, MEASURE_KINDS, UNIT_KINDS, entries, low, timely
from pipeline.facts.subject_losses import LOSSES
from pipeline.facts.subject_named_owner import owned
from pipeline.facts.subject_with_clause import HELD_SIZES, PRICES, SIZES
from pipeline.language.analysis import Sentence

_LINKS = r"(?:\s+(?i:là|đạt|đạt được|khoảng|hơn|trên|gần|chừng|xấp xỉ|ước|ước tính|ước đạt|lên tới|lên đến|tới|đến|vào khoảng|chỉ|từ|tối đa|tối thiểu))*"


_GENERAL = frozenset({"tổng", "mức", "số", "tổng số", "khối", "giá trị"})  # words of a measure that say nothing of what it measures


# adjectives of size right before a figure (their own word, not `kéo dài`), and the measure each says for (word, of an area)
_SIZE_WORDS = {("dài", False): "chiều dài", ("dài", True): "chiều dài", ("rộng", True): "diện tích", ("rộng", False): "chiều rộng",
               ("cao", False): "chiều cao", ("sâu", False): "độ sâu", ("nặng", False): "trọng lượng"}
_SIZE_KINDS = {"dài": ("length",), "rộng": ("length", "area"), "cao": ("length",), "sâu": ("length",), "nặng": ("mass",)}


@lru_cache(maxsize=1)
def held_attributes() -> frozenset[str]:
    """The sizes a thing holds of `figure_subjects.tsv` (its `attribute` kind: `lượng giãn nước`, `sải cánh`, `dung tích`)."""
    return frozenset(" ".join(words) for words, (kind, _) in entries().kinds.items() if kind == "attribute")


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    """The measures a thing may own: sizes, prices and owned measures (`subject_with_clause`, `figure_owned_measures.txt`),
    and the sizes a thing holds (`held_attributes`)."""
    return SIZES | HELD_SIZES | PRICES | owned() | held_attributes()


@lru_cache(maxsize=1)
def _measure_before() -> re.Pattern[str]:
    words = sorted(_measures() | {w for w, _ in _SIZE_WORDS}, key=len, reverse=True)
    return re.compile(rf"(?:^|(?<=[\s,(]))(?P<measure>(?i:{'|'.join(re.escape(w) for w in words)})(?:\s+(?i:{MEASURE_KINDS}))?){_LINKS}"
                      r"(?:\s+\d{1,2}\s*[xX×])?\s*$")  # (`công suất thiết kế 2 x | 622,5 MW`: the size of each of two units)




def _is_measure(subject: str) -> bool:
    """Whether `subject` opens with a measure, a price or a loss (`Thiệt hại cho ngân hàng`, `vốn đầu tư dự án`): no thing
    to own another measure."""
    words = low(subject).split()
    return any(" ".join(words[:n]) in _measures() or " ".join(words[:n]) in LOSSES for n in (1, 2, 3, 4))


_TIMES = frozenset({"ngày", "ngày đêm", "đêm", "năm", "tháng", "giờ", "tuần"})
_QUALIFIER_WORDS = frozenset({"trên", "hơn", "gần", "khoảng", "dưới", "tới", "đến", "chừng", "xấp xỉ", "ngót"})


def measure_of_owner(sentence: Sentence, start: int, end: int, subject: str | None, unit: str | None = None) -> str | None:
    """`<measure> của <subject>` when the measure, a word of its own (not the end of a verb: `giảm giá`, `tiếp tục lỗ`),
    stands right before the figure from `sentence.text[start]` to `[end]` (and no `của` after it names another owner:
    `trọng lượng hơn 2 tấn của các tảng đá`) and `subject`, a thing that is no measure itself, is written before it in the
    same sentence; a price is the thing's without `của` (`giá bào ngư`, `trị giá hợp đồng`). An adjective of size says
    its measure (`dài` a length, `rộng` an area of a `unit` of area, else a width, `cao`, `sâu`, `nặng`). Else `subject`."""
    text = sentence.text
    if subject is not None and low(subject.strip()) in _QUALIFIER_WORDS:
        bare = _measure_before().search(text[:start])  # `Với trên tổng diện tích 4.000 m2`: a qualifier put first owns nothing
        return bare.group("measure") if bare else None
    if subject is None or " của " in subject or re.match(r"\s+(?i:của)\s", text[end:]) or _is_measure(subject):
        return subject
    if (re.match(rf"\s+{re.escape(subject)}\s*/", text[end:]) or low(subject) in _TIMES) and (bare := _measure_before().search(text[:start])):
        return bare.group("measure")  # `có công suất tiếp nhận 5.000 tấn rác/ngày`: the goods of a rate own no measure, nor does
        # its time (`500 tấn rác/ngày đêm | với tổng công suất phát điện`; s64, set P183)
    if re.match(r"(?i:đây|đó|đấy|này|kia|phần lớn|nó|họ|ai|gì|đa số|hầu hết)(?!\w)", subject):
        return subject  # (`trước đây thuộc sở hữu nhà nước (diện tích sử dụng ...`: a pronoun or a part owns nothing)
    m = _measure_before().search(text[:start])
    if m is None:
        return subject
    a, b = sentence.start + m.start("measure"), sentence.start + m.end("measure")
    first = next((t for t in sentence.tokens if t.start == a or t.start < a < t.end and low(t.text).startswith("có ")), None)
    if first is None or first.pos == "V" and not low(first.text).startswith("có ") or not any(t.end == b for t in sentence.tokens):
        return subject  # (but `có giá`, one word to the segmenter, holds the measure)
    measure = m.group("measure")
    at = text.find(subject, 0, m.start())
    after = at < 0 and re.fullmatch(r"(?:[^,;:]*,)?\s*(?i:với)\s+|\W*(?:(?i:được)\s+)?(?i:xây dựng|đầu tư|triển khai|xây)\s+(?i:trên)\s+",
                                    text[:m.start()]) is not None and re.match(
        rf"\s*,\s*{re.escape(subject)}(?!\w)", text[end:]) is not None  # `Với kinh phí hơn 77 tỷ đồng, hệ thống xe buýt sẽ ...`
    at = 0 if after else at  # (the thing the clause after it opens with; so `Được xây dựng trên diện tích 15ha, Nhà máy ...`, s61)
    core = low(measure).split()
    while len(core) > 1 and core[0] in _GENERAL:
        core = core[1:]  # (`mức giá`: `giá`)
    if at < 0 or re.search(rf"(?<!\w){re.escape(' '.join(core))}(?!\w)", low(subject)):
        return subject  # (the subject is not the thing before the measure, or it is the measure already)
    if not after and re.search(r"[;:]|\s(?i:nhưng|trong khi)\s", text[at + len(subject):m.start()]):
        return subject  # (another clause between the thing and the measure)
    work = list(_WORK_BETWEEN.finditer(text, at + len(subject), m.start())) if not after else []
    inner = [w for w in _WORK_INSIDE.finditer(subject) if w.start() > 0] if not work and not after and _FIRM_START.match(subject) else []
    work = work or inner  # (`công ty tiến hành xây dựng Nhà máy X | trên diện tích`: the plant the firm's clause names)
    if work and _FIRM_START.match(subject):
        subject = work[-1].group(1)  # `Công ty X được cấp phép vận hành Nhà máy điện gió Y, công suất`: the plant's, not the firm's
    measure = f"{measure[:1].lower()}{measure[1:]}"
    kind = UNIT_KINDS.get(unit or "")
    if low(measure) in _SIZE_KINDS and (kind not in _SIZE_KINDS[low(measure)] or unit in ("m3", "litre")):
        return subject  # (`cao hơn 13%`: a comparison; `rộng 1.000 m3`: no width)
    measure = _SIZE_WORDS.get((low(measure), kind == "area"), measure)  # `Tuyến kênh dài hơn 370 km`: `chiều dài của Tuyến kênh`
    return f"{measure} {subject}" if low(measure) in PRICES else f"{measure} của {subject}"


def placed_thing(text: str, subject: str | None) -> str | None:
    """`MEASURE của <place>` where the sentence places a works there before the measure (`KCN Tiên Thanh nằm trên | địa bàn
    huyện Tiên Lãng có qui mô 410 ha`): the measure of the works placed, not of its place (s60, set P157); else `subject`."""
    measure, _, owner = (subject or "").partition(" của ")
    if not owner or not _PLACE_OWNER.match(owner) or (at := text.find(owner)) < 0:
        return subject
    located = _LOCATED.search(text, 0, at)
    return f"{measure} của {located.group('thing')}" if located else subject


def ordinal_named(text: str, start: int, subject: str | None) -> str | None:
    """`MEASURE của Dự án thứ ba` where the sentence says which one it is (`Dự án thứ ba là KCN Ninh Diêm 1 có số vốn ...`), or a
    bare `MEASURE` right after `là NAME có` before the figure at `text[start]`: the measure of that name (s60, set P160); else
    `subject`."""
    measure, _, owner = (subject or "").partition(" của ")
    if subject and not owner:  # `Dự án thứ ba là KCN Ninh Diêm 1 có | số vốn hơn ...`: the named one's, before `có`
        had = re.search(rf"(?<!\w)(?i:là)\s+((?:[A-ZĐ][^\s,;:()]*|\d+)(?:\s+(?:[A-ZĐ][^\s,;:()]*|\d+)){{0,6}})\s+(?i:có)\s+{re.escape(subject)}\s*(?:(?i:là|đạt|khoảng|hơn|gần|trên|lên tới)\s*)?$", text[:start])
        return f"{subject} của {had.group(1)}" if had else subject
    if not owner or not _ORDINAL.fullmatch(owner):
        return subject
    named = re.search(rf"{re.escape(owner)}\s+(?i:là)\s+((?:[A-ZĐ][^\s,;:()]*|\d+)(?:\s+(?:[A-ZĐ][^\s,;:()]*|\d+)){{0,6}})", text)
    return f"{measure} của {named.group(1)}" if named else subject


_ORDINAL = re.compile(r"(?i:dự án|nhà máy|khu công nghiệp|cụm công nghiệp|công trình|doanh nghiệp)\s+(?i:thứ)\s+(?:\w+)")


# a place a thing stands in (`địa bàn huyện X`, `xã Y`), which owns no size of the thing, and the thing placed there
_PLACE_OWNER = re.compile(r"(?i:địa bàn|khu vực|xã|huyện|tỉnh|thành phố|phường|quận|thị xã|thị trấn)(?!\w)")
_LOCATED = re.compile(r"(?P<thing>(?:Khu|Cụm|Dự án|Nhà máy|KCN|CCN|Khu công nghiệp|Cụm công nghiệp)\s[^,;:]{2,160}?)\s+(?:\([^()]{1,40}\)\s+)?"
                      r"(?i:nằm trên|nằm tại|nằm ở|tọa lạc tại|toạ lạc tại|đặt tại|thuộc)\s+$")


# a work named between a firm and a measure of it (`... vận hành | Nhà máy điện gió Chế biến Tây Nguyên | , công suất`)
_WORK_BETWEEN = re.compile(r"(?<!\w)((?i:nhà máy|dự án|công trình|tổ hợp|trang trại|cụm trang trại)\s+(?:[^\W\d_][\w-]*\s+){0,5}"
                           r"[A-ZĐ][\w-]*(?:\s+[\w-]+){0,5}?)(?=\s*(?:,|$|\s(?i:ở|tại|với|có|thuộc|đặt|vào|đi vào)(?!\w)))")  # (`đưa Nhà máy chế
# tạo kết cấu thép Dung Quất | vào vận hành`)
_WORK_INSIDE = re.compile(r"(?<!\w)((?i:nhà máy|dự án|công trình|tổ hợp|trang trại)\s+[A-ZĐ][\w-]*(?:\s+[\w-]+){0,9})$")  # (`công ty
# tiến hành xây dựng | Nhà máy Sản xuất phụ tùng ô tô Đông Hà`: a named works ending the firm's clause)
_FIRM_START = re.compile(r"(?i:công ty|tập đoàn|tổng công ty|liên danh|nhà đầu tư|chủ đầu tư|doanh nghiệp)(?!\w)")


# where a thing stands before its size (`livestream tại | vườn sầu riêng diện tích khoảng 2 ha`)
_BEFORE_THING = frozenset({"tại", "ở", "trong", "trên", "với", "có", "là", "gồm", "thăm", "xây dựng", "trồng", "mua", "thuê", "cho", "lắp đặt"})
_THING_MOST = 6  # words a thing before its size runs to at most
# a plant's or a machine's size, written right after it (`các cột điện gió | công suất từ 2-3,5 MW`; s58, set P143)
_CAPACITIES = frozenset({"công suất", "tổng công suất", "công suất thiết kế", "quy mô công suất"})


def thing_before_size(sentence: Sentence, start: int, subject: str | None) -> str | None:
    """`subject` named with the thing written right before its size when it is a bare size a thing has (`diện tích`,
    `quy mô`, `chiều dài`: `subject_with_clause.HELD_SIZES`), alone or with an owner after it, and that thing is a plain
    noun phrase after a preposition or a verb (`tại vườn sầu riêng diện tích khoảng 2 ha của một gia đình`: `diện tích
    vườn sầu riêng của một gia đình`); else `subject`."""
    said = low(subject or "")
    measure = next((m for m in sorted(HELD_SIZES | _CAPACITIES, key=len, reverse=True) if said == m or said.startswith(m + " của ")), None)
    last = next((m for m in sorted(_CAPACITIES, key=len, reverse=True) if said.endswith(" " + m)), None) if measure is None else None
    if last is not None and (written := _measure_before().search(sentence.text[:start])) and low(written.group("measure")) == last \
            and subject is not None and len(subject) > len(last) + 1:
        return f"{subject[-len(last):]} {subject[:-len(last) - 1]}"  # `tua bin gió công suất | 4 MW`: the size of the thing
    if measure is None:
        return subject
    written = _measure_before().search(sentence.text[:start])
    if written is None or low(written.group("measure")) != measure:
        return subject
    tokens = [t for t in sentence.tokens if t.end <= sentence.start + written.start()]
    k = len(tokens)
    while k > 0 and len(tokens) - k < _THING_MOST and tokens[k - 1].pos in ("N", "Np", "A") and low(tokens[k - 1].text) not in _BEFORE_THING:
        k -= 1
    many = k > 1 and low(tokens[k - 1].text) in ("các", "những")  # `cho | các | cột điện gió công suất 2-3,5 MW`: the things sized
    if k == len(tokens) or k == 0 or low(tokens[k - 1 - many].text) not in _BEFORE_THING or tokens[k].pos != "N" or not tokens[k].text.islower() \
            or any(low(t.text) in CLAUSE_WORDS | DEMONSTRATIVES | {"khi", "lúc", "nay"} or timely(t) for t in tokens[k:]):
        return subject  # (a thing that opens its clause is read by the clause's rules; a name alone is who has it)
    thing = sentence.text[tokens[k - many].start - sentence.start:tokens[-1].end - sentence.start]
    owner = (subject or "")[len(measure):]  # (` của một gia đình`)
    return f"{(subject or '')[:len(measure)]} {thing}{owner}"
