"""The province of a local post that does not name it: `Phó chủ tịch phường Tăng Nhơn Phú A (quận 9, TP.HCM)`.

A commune, ward, town or district post (`UBND xã Suối Tân`, `Huyện ủy Thới Bình`) lies in one province, and so does a
provincial post that does not name its province (`Chủ tịch UBND tỉnh`): it is read from a frame before it in its
sentence (`Về phía lãnh đạo tỉnh Thái Bình có các đồng chí: ...`) or the province the sentence calls its ground (`trên
địa bàn Hà Tĩnh`), else from the article as below. When the
post's own words do not name it, it is read, in order, from a bracket right after the organisation (`(Cà Mau)`,
`(quận 9, TP.HCM)`), from a place that continues the organisation after a comma (`xã Cẩm Lĩnh, huyện Cẩm Xuyên,
Hà Tĩnh`), from the district or province the article writes after that commune elsewhere (`xã Vàng Đán, huyện Nậm Pồ,
tỉnh Điện Biên`), and last from the article when it names one province of Việt Nam and no other, or when its headline names one
province alone that the article names at least twice and more often than any other; a provincial post, else, from the
districts its paragraph names up to it, when they all lie in one province (`UBND huyện Tân Uyên tổ chức ... Dự có ...
Phó Bí thư Tỉnh ủy`: Lai Châu), or from the districts of an article that names no province (`TX Hoài Nhơn`: Bình Định). Any other post that names no province takes the one a bracket right after it names
with `tỉnh`, `TP` or `thành phố` (`phó trưởng Phòng Cảnh sát môi trường (Công an tỉnh Đồng Nai)`). A national or foreign
post never takes a province this way, nor does a local post of the foreign side of a meeting (`phía tỉnh Vân Nam (Trung
Quốc) có ông X, Chánh Văn phòng Huyện ủy Hà Khẩu`) take the article's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.districts import district_province, only_district_province
from pipeline.facts.lexicon import Province, load, rows
from pipeline.facts.names import foreign_spelling
from pipeline.facts.official_bodies import CENTRAL_BODY
from pipeline.facts.official_context import LOCAL_PLACE_END, patterns
from pipeline.language.textnorm import fold

LOCAL = re.compile(r"(?<!\w)(?<!tác )(?i:xã(?!\s+hội)|phường|thị trấn|huyện|quận|thị xã)\s+\S|(?<!\w)(?:Huyện|Quận|Thị|Đảng|huyện|quận|thị) ủy\s+\S")
_BRACKET = re.compile(r"\s*\(([^()]{1,80})\)")
_CONTINUED = re.compile(r",\s*(?:(?i:huyện|quận|thị xã|thành phố|TP\.?)\s+[^,()]{1,30},\s*)?(?:(?i:tỉnh|TP\.?|thành phố)\s+)?")


_TIME_ZONE = re.compile(r"(?<!\w)(?<![Tt]hành )(?<!THÀNH )(?i:giờ|sông|núi|đèo|phố|đường)\s+$")  # (`(giờ Hà Nội)`: a time zone; `sông Thái Bình`,
# `phố Huế`, `đường Hải Phòng`: a river, a street named after a province; no place of the story)
_IN_NAME = re.compile(r"[A-ZĐ]\w*\s+$")  # a capitalised word right before a one-word country: a person's name goes on
_GROUND = re.compile(r"(?<!\w)(?i:địa bàn)\s+(?:(?i:tỉnh|thành phố|TP\.?)\s+)?")
_NAMED_PROVINCE = re.compile(r"(?<!\w)(?i:tỉnh)\s+([A-ZĐ][\w-]*(?:(?:\s+|\s*[-–]\s*)[A-ZĐ][\w-]*)*)")
# a provincial post that names no province (`Chủ tịch UBND tỉnh`, `Tỉnh ủy`, `Sở Công Thương tỉnh`, `UBND thành phố`: a city lies in one)
PROVINCIAL = re.compile(r"(?<!\w)(?:tỉnh|Tỉnh ủy|Tỉnh uỷ|tỉnh ủy|tỉnh uỷ|Tỉnh|thành phố|Thành phố|TP\.?|Thành ủy|Thành uỷ|thành ủy|thành uỷ)\s*$|^(?:[^,]*\s)?Sở\s(?!(?i:giao dịch|hữu))"
                        r"|^(?:[^,]*\s)?(?i:ban quản lý)\s+(?:(?i:các)\s+)?(?i:KCN|KKT|KCX|khu công nghiệp|khu kinh tế|khu chế xuất)(?!\w)")
# (a department is a province's; not a stock or commodity exchange, nor `Sở hữu trí tuệ`; so is the board of a province's
# industrial or economic zones, `Trưởng ban quản lý KKT Nghi Sơn`: s66, set P193; not a project's board)


def local_province(text: str, sentence: str, title: str, organization: str | None, at: int = -1) -> Province | None:
    """The province of a local post (see the module) from its sentence or its article `text`, or None; a provincial post
    that names none (`UBND tỉnh`) takes the province a frame before it in its sentence names (`Về phía lãnh đạo tỉnh
    Thái Bình có các đồng chí: X, Chủ tịch UBND tỉnh`), else the article's only one. `at`: where the post starts."""
    post = organization or title
    named = _NAMED_PROVINCE.search(post)
    words = named.group(1).split() if named else []
    abroad = _abroad(sentence)
    if words and not any(load().province(" ".join(words[:n])) for n in range(1, len(words) + 1)) and abroad:
        return None  # `Trưởng Bản Đơi, ..., tỉnh Hủa Phăn, Nước ... Lào`: a province abroad, the post is not the article's
    if _provincial(title, post):
        if abroad and _foreign_frame(sentence, at):
            return None  # `phía Campuchia có ngài X, Phó Cục trưởng Cục ... tỉnh - thành`, `Đại biểu nước CHDCND Lào có ...: X, Phó
            # Giám đốc Sở Công thương`: the other side's post, not the article's province (s65, set P190)
        ground = _GROUND.search(sentence)  # `... gặp mặt doanh nghiệp trên địa bàn Hà Tĩnh`: the sentence's own province
        here = patterns().province.match(sentence, ground.end()) if ground else None
        if here and not abroad:
            return load().province(here.group())
        frame = list(re.finditer(r"(?<!\w)(?:(?i:tỉnh|thành phố)|TP\.?)\s*", sentence[:at if at >= 0 else len(sentence)]))
        for word in reversed(frame):
            named_here = patterns().province.match(sentence, word.end())
            if named_here:
                return load().province(named_here.group())
            if sentence[word.end():word.end() + 1].isupper() and not _person_after(sentence, word.end()):
                return None  # `tỉnh Phông Sa Lỳ (Lào)`: a province abroad frames the post, not the article's (but `Chủ tịch
                # UBND tỉnh Võ Văn Hưng`: a person named after a bare `tỉnh`, s63 set P177)
        return article_province(text) or _recent_province(text, sentence) or only_district_province(_paragraph_to(
            text, sentence, at)) or _districts_alone(text, sentence, at)  # (`UBND huyện Tân Uyên tổ chức ... Dự có đồng chí X, Phó Bí thư
        # Tỉnh ủy`: the province of the districts its paragraph names, or the article's when it names no province: `TX Hoài Nhơn`)
    if not LOCAL.search(post):
        return district_province(post, text) or _owner_bracketed(sentence, post)  # `Chủ tịch UBND thành phố Cao Lãnh`
    at = sentence.lower().find(post.lower())  # (`Phòng Kinh tế huyện X` of `trưởng phòng Kinh tế huyện X`)
    if at >= 0:
        after = sentence[at + len(post):]
        bracket = _BRACKET.match(after)
        if bracket:
            found = _last(bracket.group(1))
            if found:
                return found
        continued = _CONTINUED.match(after)
        if continued:
            m = patterns().province.match(after, continued.end())
            if m and not LOCAL_PLACE_END.search(after[:m.start()]):
                return load().province(m.group())
    if abroad and _FOREIGN_SIDE.search(sentence[:at if at >= 0 else len(sentence)]):
        return district_province(post, text)  # `phía tỉnh Vân Nam (Trung Quốc) có ông X, Chánh Văn phòng Huyện ủy Hà Khẩu`: abroad
    if _foreign_unit(post):
        return None  # `Phó Chủ tịch huyện Uiseong`: a district abroad, not the article's province
    return district_province(post, text) or _commune_placed(post, text) or article_province(text) or _districts_alone(text, sentence, at)
    # (`Phó Chủ tịch xã Trà Bui` in a story on `huyện Bắc Trà My` that names no province: Quảng Nam's)


_LOCAL_NAMED = re.compile(r"(?<!\w)(?i:huyện|quận|thị xã|thành phố|xã|phường)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _foreign_frame(sentence: str, at: int) -> bool:
    """Whether a country abroad is named before the post (at `at`) as the side or delegation its people are of (`phía
    Campuchia có`, `Đại biểu nước Cộng hòa dân chủ nhân dân Lào có`, `đoàn công tác tỉnh X (Lào)`)."""
    before = sentence[:at if at >= 0 else len(sentence)]
    return any(m.group() != "Việt Nam" and _SIDE.search(before, max(0, m.start() - 60), m.start())
               for m in patterns().country.finditer(before))


_SIDE = re.compile(r"(?<!\w)(?i:phía|đại biểu|đoàn)(?!\w)")


def _foreign_unit(post: str) -> bool:
    """Whether the post's district or commune has a name no Vietnamese place is spelt like, one the gazetteer does not
    know (`huyện Uiseong`: Korea's; not `huyện Ea Kar`, whose `Ea` is Vietnamese spelling)."""
    m = _LOCAL_NAMED.search(post)
    return m is not None and district_province(m.group()) is None and all(foreign_spelling(w) for w in m.group(1).split())


# the other side of a meeting, abroad (`phía tỉnh Vân Nam (Trung Quốc) có`, `Về phía bạn`, `phía Lào có`)
_FOREIGN_SIDE = re.compile(r"(?<!\w)(?i:phía)\s+(?:(?i:bạn)(?!\w)|(?:(?i:tỉnh|nước|thành phố|châu|khu tự trị)\s+)?[A-ZĐ][^,;]{0,40}\((?:Trung Quốc|Lào|Campuchia|Thái Lan|Hàn Quốc|Nhật Bản)\)|"
                           r"(?:Trung Quốc|Lào|Campuchia|Thái Lan|Hàn Quốc|Nhật Bản|Nga|Mỹ)(?!\w))")


_COMMUNE = re.compile(r"(?<!\w)(?i:xã|phường|thị trấn)\s+([A-ZĐ][\w-]*(?:\s+[A-ZĐ0-9][\w-]*){0,3})")
_PLACED_AFTER = (r"(?:\s*,\s*(?:(?i:xã|phường)\s+)?[A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*){0,2})*"  # (`hai xã Vàng Đán, Nà Bủng huyện Nậm Pồ`)
                 r"\s*[,(]?\s*(?:((?:(?i:huyện|quận|thị xã|thành phố)|TX\.?|TP\.?)\s+[A-ZĐ][\w-]*(?:\s+[A-ZĐ0-9][\w-]*){0,3})\s*[,)]?\s*)?")
_PROVINCE_AFTER = re.compile(r"\s*(?:(?i:tỉnh|thành phố)|TP\.?)\s+")


def _commune_placed(post: str, text: str) -> Province | None:
    """The province of a commune's post (`Bí thư Đảng ủy xã Vàng Đán`) where the article names that commune with its
    district or province after it (`xã Vàng Đán, huyện Nậm Pồ, tỉnh Điện Biên`), or None."""
    commune = _COMMUNE.search(post)
    if commune is None:
        return None
    for m in re.finditer(re.escape(commune.group(0)) + _PLACED_AFTER, text):
        lead = _PROVINCE_AFTER.match(text, m.end())
        province = patterns().province.match(text, lead.end()) if lead else None
        if province:
            return load().province(province.group())
        if m.group(1) and (found := district_province(m.group(1), text)) is not None:
            return found
    return None


def _districts_alone(text: str, sentence: str, at: int) -> Province | None:
    """The province of the districts an article that names no province itself names before the post (`TX Hoài Nhơn`:
    Bình Định; not the guests after it, `..., Chủ tịch UBND huyện Tiên Yên`)."""
    found = text.find(sentence)
    before = text[:found + (at if at >= 0 else len(sentence))] if found >= 0 else ""
    return None if patterns().province.search(text) else only_district_province(before)


def _abroad(sentence: str) -> bool:
    """Whether the sentence names a country other than Việt Nam (not the `Anh` of `Trần Tú Anh`)."""
    return any(m.group() != "Việt Nam" and (" " in m.group() or not _IN_NAME.search(sentence, 0, m.start()))
               for m in patterns().country.finditer(sentence))


def _provincial(title: str, post: str) -> bool:
    """Whether the post, or one post of the title's chain, is a province's (`UBND tỉnh`, `Tỉnh ủy`, `Sở ...`)."""
    return bool(PROVINCIAL.search(post) or any(PROVINCIAL.search(part.strip()) for part in re.split(r",|\s[-–]\s", title)))


def bare_provincial(title: str, organization: str | None, sentence: str) -> bool:
    """Whether the post is a province's that names no place (`Phó Chủ tịch UBND tỉnh`, `Bí thư Tỉnh ủy`, `Giám đốc Sở
    Công Thương`), in a sentence that names no country abroad."""
    post = organization or title
    abroad = _abroad(sentence) and not _PEOPLES_COMMITTEE.search(post)  # (`Phó Chủ tịch UBND tỉnh Trần Thị Hà, Thứ trưởng Bộ Y tế
    # nước ... Lào ...`: a people's committee is Vietnam's own, whatever country the sentence names too; s56, set P132)
    return not (_NAMED_PROVINCE.search(post) or LOCAL.search(post) or abroad) and _provincial(title, post)


_PEOPLES_COMMITTEE = re.compile(r"(?<!\w)(?:UBND|HĐND|(?i:ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân))\s+(?i:tỉnh)\s*$")


_LOCATED = re.compile(r"(?<!\w)(?i:tại|ở|đến|về)\s+(?:(?i:tỉnh|thành phố|TP\.?)\s*)?")


def unplaced_province(title: str, organization: str | None, sentence: str, site: Province | None) -> Province | None:
    """The province of a provincial post that neither it nor its article places (`Phó Chủ tịch UBND tỉnh`): the province
    of the paper that printed it (`site`), else the one place its sentence says things happen in (`đến tìm hiểu đầu tư
    tại Thái Bình`); None for any other post, or when the sentence names two such places."""
    if not bare_provincial(title, organization, sentence):
        return None
    if site:
        return site
    named = {p.name: p for m in patterns().province.finditer(sentence) if (p := load().province(m.group()))}
    located = [p for m in _LOCATED.finditer(sentence) if (here := patterns().province.match(sentence, m.end()))
               and (p := load().province(here.group()))]
    return located[0] if len(named) == 1 and located else None


def _recent_province(text: str, sentence: str) -> Province | None:
    """The province a body named with `tỉnh` or `thành phố` in the two sentences before `sentence` names, the nearest
    (`HĐND tỉnh Thanh Hóa khóa XVII ... bầu ông A` then `Ông B ... được bầu làm Phó Chủ tịch HĐND tỉnh`: Thanh Hóa, in an
    article that told Lạng Sơn's sitting first); else None."""
    found = text.find(sentence)
    if found <= 0:
        return None
    before = text[:found]
    cut = [m.end() for m in re.finditer(r"[.!?\n]\s", before)]
    recent = before[cut[-3] if len(cut) >= 3 else 0:]
    named = [p for m in re.finditer(r"(?<!\w)(?i:tỉnh|thành phố)\s+", recent) if (p := patterns().province.match(recent, m.end()))]
    if len(named) > 1 and fold(named[-2].group()) != fold(named[-1].group()) \
            and not re.search(r"[.!?\n]\s", recent[named[-2].end():named[-1].start()]):
        return None  # `giữa tỉnh Nghệ An và tỉnh Lâm Đồng`: the nearest sentence names two, and which one is the post's it does not say
    return load().province(named[-1].group()) if named else None


def _paragraph_to(text: str, sentence: str, at: int) -> str:
    """The paragraph of `text` that holds `sentence`, up to offset `at` of that sentence (where a post starts: the guests
    named after it are not its ground); empty when it is not found."""
    found = text.find(sentence)
    if found < 0:
        return ""
    start = text.rfind("\n", 0, found) + 1
    return text[start:found + (at if at >= 0 else len(sentence))]


_FRAME = re.compile(r"(?i:về phía|đoàn đại biểu|đoàn công tác|đoàn)\s+(?:(?i:lãnh đạo|đại diện|của)\s+)?(?:(?i:tỉnh|thành phố|TP\.?)\s*)?")
# (`Đoàn đại biểu Hà Tĩnh do Phó Chủ tịch Thường trực UBND tỉnh X ... tham dự`: the delegation's province, wherever it met)


_PLACE_OPENS = re.compile(r"^\W*(?i:tỉnh|thành phố)\s+(?=[A-ZĐ])")  # a sentence that opens with a province: `Tỉnh X tham dự có ông A`


def framed_province(sentence: str, at: int, organization: str | None) -> Province | None:
    """The province a frame before the post names (`Về phía tỉnh Quảng Nam có Phó Giám đốc Sở Công Thương X; Giám đốc
    Trung tâm Khuyến công Y`): every post of its list that is not national (`Cục trưởng Cục X` is the ministry's) and
    names no place of its own; else None. The last `về phía` before the post frames it (`Về phía Bộ ...` frames none)."""
    frames = list(_FRAME.finditer(sentence[:at])) or list(_PLACE_OPENS.finditer(sentence[:at]))  # (`Tỉnh Bến Tre tham dự có ...`)
    if not frames or organization and (CENTRAL_BODY.match(organization) or patterns().province.search(organization)
                                       or patterns().country.search(organization)):
        return None
    m = patterns().province.match(sentence, frames[-1].end())
    if m is None or not re.match(r"\s*,?\s*(?:(?:(?i:tham dự|dự|đến dự)\s+)?(?i:có)|(?i:do))(?!\w)", sentence[m.end():]):
        return None
    return load().province(m.group())


def article_province(text: str) -> Province | None:
    """The article's province: the only one it names, or the one its headline (first line) names alone when the body
    names it twice at least and more often than any other (`Đồng Nai dự kiến xuất ...`, with `Phó Tổng lãnh sự ... tại Tp.HCM`
    once)."""
    found = _all(text)
    named = {p.name: p for p in found}
    if len(named) == 1:
        return next(iter(named.values()))
    head = {p.name: p for p in _all(text.lstrip().split("\n", 1)[0])}
    if len(head) != 1:
        return None
    name, province = next(iter(head.items()))
    counts = {n: sum(p.name == n for p in found) for n in named}
    return province if counts[name] >= 2 and counts[name] > max(c for n, c in counts.items() if n != name) else None


# a bracket after a post that names the provincial body it belongs to: `Phòng Cảnh sát môi trường (Công an tỉnh Đồng Nai)`
_OWNER_BRACKET = re.compile(r"\s*\(([^()]{0,40}?(?<!\w)(?:tỉnh|TP\.?|thành phố)\s+[^()]{1,30})\)")


def _owner_bracketed(sentence: str, post: str) -> Province | None:
    """The province a bracket right after the post names with its `tỉnh`, `TP` or `thành phố` (`phó trưởng Phòng Cảnh sát môi
    trường (Công an tỉnh Đồng Nai)`), else None."""
    at = sentence.lower().find(post.lower())
    bracket = _OWNER_BRACKET.match(sentence, at + len(post)) if at >= 0 else None
    return _last(bracket.group(1)) if bracket else None


def _last(place: str) -> Province | None:
    found = _all(place)
    return found[-1] if found else None


_BRAND_END = re.compile(r"(?<![\w-])[A-Z][a-z]*[a-z]{5}\s+$"  # a brand in Latin letters names a firm, not its ground, and so
                        r"|(?<!\w)(?i:công ty|tổng công ty|tập đoàn)(?:\s+(?i:cổ phần|TNHH|CP))?\s+$")  # does a firm named after one


def _in_person_name(text: str, at: int) -> bool:
    """Whether a province named at `text[at]` is the end of a person's name: a capitalised surname or middle name right
    before it, with a title or an honorific before that (`đồng chí Hà Hòa Bình - Ủy viên ...`, `ông Nguyễn Văn Bình Định`)."""
    before = re.search(r"(?:(?i:đồng chí|ông|bà|anh|chị)\s+|[;,:-]\s*)((?:[A-ZĐÀ-Ỹ][\w]*\s+){1,2})$", text[max(0, at - 40):at])
    if before is None:
        return False
    words = [fold(w).lower() for w in before.group(1).split()]
    return all(w in _name_parts() for w in words)


def _person_after(sentence: str, at: int) -> bool:
    """Whether the capitalised words at `sentence[at]` are a Vietnamese person's name (a surname, then two to three words
    in all: `Võ Văn Hưng`), not a place."""
    words = re.match(r"[A-ZĐÀ-Ỹ][\w]*(?:\s+[A-ZĐÀ-Ỹ][\w]*){1,3}", sentence[at:])  # (family names as written, not folded:
    # `Luông Pha Bang` folds to `Lương`)
    return words is not None and words.group().split()[0] in load().surnames and not patterns().province.match(sentence, at)


@lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    """Folded surnames and middle names (`surnames.txt`, `middle_names.txt`)."""
    return frozenset(fold(r[0]).lower() for name in ("surnames.txt", "middle_names.txt") for r in rows(name))


def _all(text: str) -> list[Province]:
    """The provinces a text names, not counting a district named like one (`huyện Quảng Ninh`) nor a province that ends a
    brand (`Công ty Cổ phần Vinanutrifood Bình Định`: the firm may work anywhere) or names a firm (`Tổng Công ty Thái Bình`)."""
    out = []
    for m in patterns().province.finditer(text):
        if not LOCAL_PLACE_END.search(text[:m.start()]) and not _TIME_ZONE.search(text[:m.start()]) \
                and not _BRAND_END.search(text, max(0, m.start() - 40), m.start()) and not _in_person_name(text, m.start()):
            province = load().province(m.group())
            if province is not None:
                out.append(province)
    return out
