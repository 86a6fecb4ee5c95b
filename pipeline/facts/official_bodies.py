"""The body a post names without its unit word, and the body as its role names it.

`Bộ trưởng Tài chính Mỹ` is of `Bộ Tài chính Mỹ`, `Vụ trưởng Vận tải` of `Vụ Vận tải`, `Đại biểu Quốc hội X` of the province's
delegation, `Đại sứ Việt Nam tại Hà Lan` of `Đại sứ quán Việt Nam tại Hà Lan`, `Tham tán Thương mại Việt Nam tại Nhật Bản` of
`Thương vụ Việt Nam tại Nhật Bản`; a minister in a chain (`Bộ trưởng Công an`) of `Bộ Công an`; a counsellor's field alone
(`Tham tán Nông nghiệp`) of none. `NATIONAL_BODY`: a national body, whose posts take no province; `CENTRAL_BODY`: one that
a province's frame does not place.
"""

from __future__ import annotations

import re

from pipeline.facts.official_context import patterns
from pipeline.language.textnorm import fold

_MINISTER = re.compile(r"(?:(?i:cựu|nguyên|tân)\s+)?(?:Phó\s+)?(?:Bộ trưởng|Thứ trưởng)\s+(?!(?i:bộ|thường trực|kiêm|thứ)(?!\w))([A-ZĐ][^,;()]*)")
# the head of a department, general department or institute named without its unit word (`Vụ trưởng Vận tải`,
# `Cục trưởng Quản lý Khám chữa bệnh`): the unit the role is named after, not an acronym's (`Viện trưởng VKSND tỉnh X`)
_UNIT_HEAD = re.compile(r"(?:(?i:cựu|nguyên|tân)\s+)?(?:(?i:phó)\s+)?((?i:tổng cục|vụ|cục|viện))\s+(?i:trưởng)\s+(?!(?i:kiêm|thường trực)(?!\w))"
                        r"([A-ZĐ][a-zà-ỹđ][^,;()]*)")

_DEPUTY = re.compile(r"(?:(?i:nguyên|cựu)\s+)?(?i:đại biểu)\s+((?i:quốc hội)|HĐND|(?i:hội đồng nhân dân))(?:\s+(?i:khóa|khoá)\s+[\dIVXL]+)?"
                     r"(?:\s+((?:tỉnh|thành phố|TP\.?|huyện|quận|xã)(?:\s+[^,;()]*)?|[A-ZĐ][^,;()]*))?")
# an ambassador or a consul of a country in another (`Đại sứ Việt Nam tại Hà Lan`): the embassy, the consulate
_ENVOY = re.compile(r"(?:(?i:tân|nguyên|cựu)\s+)?((?i:đại sứ|tổng lãnh sự|lãnh sự))(?:\s+(?i:đặc mệnh toàn quyền))?(\s+(?i:danh dự))?\s+"
                    r"([A-ZĐ][^,;()]*?\s+(?i:tại)\s+(?:(?i:tiểu bang|bang|thành phố|tỉnh|vùng)\s+)?[A-ZĐ][^,;()]*)")
# (an honorary consul's consulate is honorary too: `Lãnh sự danh dự Việt Nam tại bang Gujarat`, s58 set P142)


_COUNSELLOR = re.compile(r"(?:(?i:tân|nguyên|cựu)\s+)?(?i:tham tán)(?:\s+(?i:công sứ))?(\s+(?i:thương mại))?\s+"
                         r"([A-ZĐ][^,;()]*?\s+(?i:tại)\s+[A-ZĐ][^,;()]*)")


_TRADE_OFFICE_HEAD = re.compile(r"(?:(?i:phó)\s+)?(?i:trưởng)\s+(?i:thương vụ)\s+([A-ZĐ][^,;()]*?\s+(?i:tại)\s+[A-ZĐ][^,;()]*)")


def body_of_title(title: str) -> str | None:
    """The body a head's title names without its unit word: the ministry (`Bộ trưởng Tài chính Mỹ`: `Bộ Tài chính Mỹ`,
    `Thứ trưởng Công Thương`: `Bộ Công Thương`; none when a country follows the role, `Bộ trưởng Mỹ`), the department
    (`Vụ trưởng Vận tải`: `Vụ Vận tải`), the embassy (`Đại sứ Việt Nam tại Hà Lan`: `Đại sứ quán Việt Nam tại Hà Lan`)."""
    m = _MINISTER.fullmatch(title)
    if m is not None:
        if patterns().country.match(m.group(1)) or re.search(r"(?<!\w)Bộ(?!\w)", m.group(1)):
            return None
        if re.match(r"(?:Văn phòng|Ủy ban|Uỷ ban|Cơ quan)(?!\w)", m.group(1)):
            return m.group(1)  # `Bộ trưởng Văn phòng Nội các Nhật Bản`: a minister heading a body that is no ministry
        return f"Bộ {m.group(1)}"
    m = _UNIT_HEAD.fullmatch(title)
    if m is not None:
        unit = m.group(1)[:1].upper() + m.group(1)[1:].lower()
        if re.search(r"(?<!\w)(?i:tổng cục|vụ|cục|viện|bộ)(?!\w)", m.group(2)) or patterns().country.fullmatch(m.group(2)):
            return None
        return f"{unit} {m.group(2)}"
    m = _DEPUTY.fullmatch(title)
    if m is not None:  # `Đại biểu Quốc hội`, `đại biểu Quốc hội tỉnh Hòa Bình`, `Đại biểu HĐND tỉnh X`: the assembly, a province's delegation
        body = "Quốc hội" if m.group(1).lower() == "quốc hội" else "HĐND" if m.group(1) == "HĐND" else "Hội đồng nhân dân"
        return (f"Đoàn đại biểu Quốc hội {m.group(2)}" if body == "Quốc hội" else f"{body} {m.group(2)}") if m.group(2) else body
    m = _COUNSELLOR.fullmatch(title)
    if m is not None and patterns().country.match(m.group(2)):  # `Tham tán Thương mại Việt Nam tại Nhật Bản`: the trade office
        return f"{'Thương vụ' if m.group(1) else 'Đại sứ quán'} {m.group(2)}"
    m = _TRADE_OFFICE_HEAD.fullmatch(title)
    if m is not None and patterns().country.match(m.group(1)):  # `Trưởng Thương vụ Việt Nam tại Hong Kong`: the office it heads,
        return f"Thương vụ {m.group(1)}"  # not `Việt Nam tại Hong Kong` (s63, set P180)
    m = _ENVOY.fullmatch(title) or _ENVOY.fullmatch(re.sub(r"\s*\([^()]{2,30}\)$", "", title))  # (`... tại Mumbai (Ấn Độ)`)
    if m is not None and patterns().country.match(m.group(3)):
        if re.search(r"(?i:tại)\s+(?:(?i:Liên Hợp Quốc|Liên Hiệp Quốc)|LHQ|ASEAN|WTO|EU|NATO|(?i:Liên minh châu Âu))$", m.group(3)):
            return f"Phái đoàn {m.group(3)}"  # (`Đại sứ Mỹ tại Liên Hợp Quốc`: a mission to a body, not an embassy)
        honorary = " danh dự" if m.group(2) else ""
        return f"{m.group(1)[:1].upper() + m.group(1)[1:].lower()} quán{honorary} {m.group(3)}"
    return None


MINISTERS = frozenset(("bộ trưởng", "thứ trưởng"))  # a minister's roles, lower-cased (not folded: `Thủ trưởng` folds as `Thứ trưởng`)
NATIONAL_BODY = re.compile(r"(?:Bộ\s+(?!(?i:chỉ huy|tư lệnh|đội)(?!\w))[A-ZĐ]\w*|Chính phủ|Quốc hội|Văn phòng Chính phủ|Thủ tướng|"
                           r"Đại học Quốc gia|ĐHQG)(?!\w)")  # (`Đại học Quốc gia Hà Nội`: a national university, named after its city)
# a body of the centre a province's frame does not place (`Về phía tỉnh X có ... Cục trưởng Cục Y`): the national bodies,
# a ministry's departments (`Cục`, `Vụ`; a provincial `Cục Thuế tỉnh X` names its province itself) and missions abroad
CENTRAL_BODY = re.compile(rf"{NATIONAL_BODY.pattern}|(?:Cục|Tổng cục|Vụ|Trung ương|Đại sứ|Tổng lãnh sự)(?!\w)|.*(?i:trung ương)")
_FIELDS = re.compile(r"(?i:nông nghiệp|thương mại|kinh tế|văn hóa|văn hoá|quốc phòng|công sứ|chính trị|báo chí|khoa học|giáo dục)")


def of_role(role: str, organization: str | None) -> str | None:
    """The organisation as the role names it: a minister's ministry without its `Bộ` (`Bộ trưởng Công an` in a chain:
    `Bộ Công an`); none for a counsellor's field alone (`Tham tán Nông nghiệp`: a field, no body)."""
    if organization is None:
        return None
    body = re.search(r"(?<!\w)(?i:quốc hội|chính phủ)$", role)
    if body and patterns().country.fullmatch(organization):
        return f"{body.group()[0].upper()}{body.group()[1:].lower()} {organization}"  # `Phó Chủ tịch Quốc hội | Việt Nam`: the
        # assembly of the country, not the country
    if role.lower() in MINISTERS and not organization.startswith("Bộ") and not patterns().country.match(organization):
        return body_of_title(f"Bộ trưởng {organization}") or organization
    if fold(role).lower() == "tham tan" and _FIELDS.fullmatch(organization):
        return None
    unit = re.fullmatch(r"(?:Phó\s+)?(?i:trưởng)\s+(?P<u>(?i:trạm|đội|trại|xưởng))", role)
    if unit and organization[:1].isupper() and not re.match(rf"(?i:{unit.group('u')})\s", organization):
        return f"{unit.group('u').capitalize()} {organization}"  # `Trưởng trạm | Trồng trọt và Bảo vệ thực vật huyện X`: the
        # station's name opens with the unit the role ends with (s56, set P130)
    return organization
