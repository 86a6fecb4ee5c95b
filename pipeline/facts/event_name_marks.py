"""The marks inside an event's name (`event_names.name_end`): whether a bracket, a comma or a dash at a point of the
name is part of it, and where the name goes on after it.

Each reader gets the sentence `text`, where the name starts (`pos`), the mark's place (`i`) and where the name ends so
far (`end`), and says where reading goes on (and how far the name now reaches), or None when the mark ends the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts import event_stops
from pipeline.facts.event_joints import (
    dash_pair,
    field_list,
    hyphen_in_word,
    list_in_name,
    onward,
    pair_in_name,
    vision,
)
from pipeline.facts.event_lexicon import SITE, capitalised, classes, person_at
from pipeline.facts.event_name_years import edition_after_comma
from pipeline.facts.event_tags import byline
from pipeline.facts.lexicon import alternation, load, table
from pipeline.language.textnorm import fold

_PARTY_AFTER = re.compile(r"\s*[a-zà-ỹđ][^,.;:()]{0,80}?\s(?i:với|và)\s+[A-ZĐ]")  # lower-case words on to the last party


def bracket(text: str, pos: int, i: int, tags: dict[int, tuple[str, int]]) -> tuple[int, bool] | None:
    """Where the name goes on after the bracket opening at `i` (the name then ends there too) and whether the bracket
    closes the name, or None when the name ends before it: an acronym (`(HCTL)`), a gloss (`OCOP (mỗi xã một sản
    phẩm)`), a period's years or a round of a series are part of the name; a credit (`(Ảnh: Moit)`), a site or a bracket
    of lower-case words is not."""
    c = classes()
    close = text.find(")", i)
    inner = text[i + 1:close] if close > 0 else ""
    glossed = re.search(r"(?<!\w)[A-ZĐ]{3,}\s*$", text[pos:i]) is not None and re.fullmatch(
        r"[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){1,7}", inner.strip()) is not None  # `OCOP (mỗi xã một sản phẩm)`
    glossed = glossed or re.fullmatch(r"\s*(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d\s*", inner) is not None and re.match(
        r"\s+[a-zà-ỹđ]", text[close + 1:]) is not None  # `tổng kết 10 năm (2007-2017) thực hiện ...`: the years of the period
    glossed = glossed or re.fullmatch(r"\s*(?i:đợt|lần|lần thứ|kỳ|phiên|giai đoạn|GĐ|phân kỳ)\s+(?:\d{1,2}|[IVX]{1,4})\s*", inner) is not None  # `Hội nghị
    # đánh giá, phân hạng sản phẩm OCOP năm 2021 (Đợt 2)`: which round of a series; `Dự án X (giai đoạn 1)`: which phase
    glossed = glossed or re.fullmatch(r"\s*(?i:giai đoạn |phần |)(?i:mở rộng|nâng cấp|nâng cấp,? mở rộng|mở rộng,? nâng cấp)\s*", inner) is not None \
        and re.search(r"\w\s*$", text[pos:i]) is not None  # `Khu công nghiệp X (mở rộng)`: which works, the extension; `Hội nghị Ban Chấp hành (mở rộng)`
    if not glossed and (close < 0 or not inner[:1].isupper() or len(inner) > 60 or c["stop"].search(inner.lower())
                        or c["credit"].match(inner) or SITE.search(inner)):
        return None  # `triển lãm (Ảnh: Moit)`, `(Thanhuytphcm.vn)`: a credit in brackets is no acronym
    after = close + 1
    spaced = re.match(r"\s+(?=[a-zà-ỹđ])", text[after:])
    words_before = text[pos:close - len(inner) - 1].split()[-len(inner.strip()):]
    initials = "".join(fold(w[:1]).upper() for w in words_before) == fold(inner.strip()).upper()  # `sản phẩm công nghiệp nông
    # thôn (CNNT) | tiêu biểu`: the initials of the words before, written inside the name
    if spaced and re.fullmatch(r"(?=.*[A-ZĐ])[A-ZĐ0-9&-]{2,10}", inner.strip()) and tags.get(after + spaced.end(), ("",))[0].startswith("V") \
            and not initials:
        return after, True  # `Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương (APEC) | dự kiễn diễn ra`: the acronym closes the name
    return after, False


_WORKS = r"(?i:dự án|công trình|nhà máy|hạng mục|tuyến đường)"
_WORKS_BEFORE = re.compile(rf"(?<!\w){_WORKS}$")
_WORKS_AFTER = re.compile(rf"\s*{_WORKS}(?!\w)")
# after a comma inside a title-case name: more capitalised fields, the last after `và` (not the next event of a list)
_FIELD = r"[A-ZĐ][\w-]*(?:\s+[\w-]+){0,2}?"  # (`Thiết bị`, `Sản phẩm Công nghiệp`: a capital opens each field)
_TITLED_FIELDS = re.compile(rf"(?:\s*{_FIELD}\s*,)*\s*{_FIELD}\s+và\s+[A-ZĐ]")


@lru_cache(maxsize=1)
def _bodies() -> re.Pattern[str]:
    """An organisation's head (`lexicons/org_heads.txt`) opening a part: a list of bodies, no fields of a name."""
    return re.compile(rf"(?:{alternation(list(load().org_heads))})(?!\w)")


_BUILDING_VERBS = r"(?i:xây dựng|mở rộng|nâng cấp|cải tạo|sửa chữa|hiện đại hóa|hiện đại hoá|di dời)"
_BUILDING_END = re.compile(rf"(?<!\w)(?i:dự án|công trình)\s+(?:{_BUILDING_VERBS}\s*,\s*)*{_BUILDING_VERBS}$")
_BUILDING = re.compile(rf"\s*{_BUILDING_VERBS}\s")


def comma(text: str, pos: int, i: int, end: int, tags: dict[int, tuple[str, int]], heads: re.Pattern[str]) -> tuple[int, int, int] | None:
    """Where the name goes on after the comma at `i`, where it then ends and how many words it gained, or None when the
    comma ends the name: two acts of one ceremony, a list of fields, a plan's vision, two purposes, the parties of a
    pact, the counts of a meeting's parties go on; anything else ends it."""
    c = classes()
    if end == i and re.match(r"\d", text[i + 1:i + 2] or "") and re.search(r"[A-ZĐ]\w*\s+\d{1,2}$", text[:i]):
        return i + 1, end, 0  # `cụm Nhà máy điện mặt trời Dầu Tiếng 1,2`: the numbers of the plants named
    rest = text[i + 1:]
    verb = c["verb"].match(rest.lstrip()) if end == pos and re.search(rf"{c['verb'].pattern}\s*$", text[:pos]) else None
    verb = verb or (_ceremony_verb().match(rest.lstrip()) if end == pos and re.search(
        rf"(?<!\w)(?i:lễ)\s+{_ceremony_verb().pattern}\s*$", text[:pos]) else None)  # `Lễ tôn vinh, trao Giấy chứng nhận`
    if verb:
        after = i + 1 + len(rest) - len(rest.lstrip()) + verb.end()
        return after, after, 0  # `Lễ khởi công, khánh thành 250 dự án`: one ceremony of two acts
    if end == i and re.search(r"(?<!\w)[A-ZĐ]{2,5}$", text[:i]) and re.match(r"\s*[A-ZĐ]{2,5}(?:\s*$|\s+[a-zà-ỹđ]|[.;:)])", rest):
        return i + 1, end, 0  # `rà soát ứng viên GS, PGS`: two titles' initials in one name
    if re.match(r"\s*thành(?:\s+phố)?(?!\w)", rest) and re.search(r"tỉnh\s*$", text[:i], re.I):
        return i + 1, end, 0
    # `Hợp tác kinh tế, thương mại Việt Nam - Trung Quốc`: a lowercase list inside a name, to a capital within 4 words
    listed = field_list(text, i)  # (the head may end with a field itself: `ngày hội văn hóa`)
    if listed:
        return i + listed, i + listed, 0  # `Ngày hội Văn hóa, thể thao và du lịch ...`: a list of the event's fields
    if end > pos and capitalised(text[pos:i]) and list_in_name(text[pos:i], rest, heads):
        return i + 1, end, 0
    if end > pos and _WORKS_BEFORE.search(text[pos:i]) and _WORKS_AFTER.match(rest):
        return i + 1, end, 0  # `Lễ khởi công, khánh thành các dự án, công trình ...`: two kinds of works one ceremony opens
    if end > pos and _BUILDING_END.search(text[pos:i]) and _BUILDING.match(rest):
        return i + 1, end, 0  # `lễ khởi công Dự án xây dựng, mở rộng khu hàng không dân dụng ...`: two acts of one project (s61)
    fields = _TITLED_FIELDS.match(rest) if end > pos and re.search(r"(?:^|\s)[A-ZĐ][\w-]*(?:\s+[a-zà-ỹđ][\w-]*)?$", text[pos:i]) else None
    if fields and not any(heads.match(part.strip()) or _bodies().match(part.strip()) for part in re.split(r",|\svà\s", fields.group() + rest[fields.end():fields.end() + 40])):
        return i + 1, end, 0  # `Triển lãm Quốc tế về Máy móc, Thiết bị, Công nghệ và Sản phẩm Công nghiệp`: fields of one name
    if end > pos and onward(text, pos, i):
        return i + 1, end, 0  # `hội nghị tổng kết công tác năm 2017, triển khai nhiệm vụ năm 2018`
    if end > pos and (seen := vision(text, pos, i)):
        return i + seen, i + seen, 0  # `quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050`
    second = c["purpose"].match(rest.lstrip()) if end > pos else None
    if second and c["purpose"].search(" ".join(text[pos:i].split()[-4:])):  # (`về tháo gỡ khó khăn, | thúc đẩy sản xuất`)
        after = i + 1 + len(rest) - len(rest.lstrip()) + second.end()
        return after, after, 1  # `Phiên chợ Trưng bày, triển lãm các sản phẩm đặc trưng`: two purposes of one event
    if end > pos and edition_after_comma(text[pos:i], rest, heads, tags, i + 1):
        return i + 1, end, 0  # `Lễ hội Văn hóa Ẩm thực, Món ngon Saigontourist Group 2024`: a year or edition closes the name
    if pair_in_name(text, pos, i, comma=True) and (rest.lstrip()[:1].isupper() or _PARTY_AFTER.match(rest)) and not person_at(rest.lstrip()):
        return i + 1, end, 0  # `giữa tỉnh Thái Bình, Bộ Y tế và Tập đoàn FLC`, `giữa các chủ thể OCOP, sản phẩm đặc trưng tỉnh X với Tập đoàn Y`
    if re.search(r"(?<!\w)\d{1,2}\s+(?i:tỉnh|nước|quốc gia|địa phương)$", text[pos:i]) and re.match(r"\s*\d{1,2}\s+(?i:nước|tỉnh|quốc gia)(?!\w)", rest):
        return i + 1, end, 0  # `hội nghị 9 tỉnh, 3 nước Việt Nam - Lào - Thái Lan`: counts of one meeting's parties
    return None


def dash(text: str, pos: int, i: int, end: int) -> int | None:
    """Where the name goes on after the dash at `i` (its end stays), or None when the dash ends the name: a hyphen
    inside a word or a code, a dash between capitalised parts of one name or between two halves of a compound go on; a
    credit, a byline or a headline's subtitle after it end the name."""
    c = classes()
    after = text[i + 1:].lstrip()
    if end == i and hyphen_in_word(text, i):
        return i + 1  # `Lễ hội Cà-phê`, `điện gió V1-2`: a hyphen inside a word or a code
    if text[i - 1:i].isspace() and after[:1].isupper() and not c["credit"].match(after) and (end > pos or re.search(
            r"(?<!\w)[A-ZĐ]\w*(?:\s+[a-zà-ỹđ]+)?\s*$", text[max(0, pos - 16):pos]) is not None) \
            and not byline(after) and not _subtitle(text, after):  # (`Tuần Du lịch | – Văn hóa Lai Châu`: a head of
        # capitalised words)
        return i + 1  # (not `... Sông Cửu Long – Chìa khoá để phát triển ...`: a headline's subtitle in sentence case)
    if end > pos and event_stops.lower_pair(text, pos, i, after):
        return i + 1  # `Hội nghị kết nối cung - cầu`, `xuất - nhập khẩu`: two lower-case halves of one compound
    if end == i and text[i - 1:i].isalpha() and text[i + 1:i + 2].isspace() and after[:1].isupper() \
            and text[pos:i].split()[-1][:1].isupper() and not c["credit"].match(after) and not byline(after):
        return i + 1  # `khu vực miền Trung- Tây Nguyên`: a dash spaced on one side only, between capitalised parts
    if end > pos and (text[i - 1:i].isalpha() and text[pos:i].split()[-1][:1].isupper() or re.search(r"(?<![\d.,/])\d{1,2}$", text[:i])) and text[i + 1:i + 2].isupper():
        return i + 1  # `Hội chợ Thương mại Việt-Lào 2018`, `Nhà máy điện gió số 5-Ninh Thuận`: a dash inside a name
    if end > pos and dash_pair(text, pos, i):
        return i + 1  # `Triển lãm quốc tế thực phẩm - đồ uống Việt Nam`, `Hội nghị kết nối cung - cầu giữa ...`
    if end > pos and not text[end:i].strip() and re.search(r"(?<!\w)(?i:mốc|cột mốc|km|số|lô|tuyến)\s+\d{1,4}\s*$", text[pos:i]) \
            and re.match(r"\d{1,4}(?!\d)", after):
        return i + 1  # `khu vực mốc 1119 - 1120 cửa khẩu ...`: a span of markers or numbers in the name (s61, set P168)
    return None


def _subtitle(text: str, after: str) -> bool:
    """Whether the words after a dash in a headline (a line without a full stop) are a subtitle in sentence case: one
    capitalised word, then at least three lowercase ones that open no clause (`– Chìa khoá để phát triển ...`)."""
    words = re.match(r"[A-ZĐ][a-zà-ỹđ]*\s+([a-zà-ỹđ]+\s+[a-zà-ỹđ]+\s+[a-zà-ỹđ]+)", after)
    return (words is not None and len(text) < 200 and not text.rstrip().endswith((".", "!", "?", "…", ";", ")"))
            and not classes()["stop"].match(words.group(1)))


@lru_cache(maxsize=1)
def _ceremony_verb() -> re.Pattern[str]:
    """Every verb of `lexicons/event_ceremonies.tsv`, the `lễ` ones too (`tôn vinh`, `trao`)."""
    return re.compile(rf"(?i:{alternation([row[0] for row in table('event_ceremonies.tsv')])})(?!\w)")
