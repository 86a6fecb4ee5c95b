"""Titles completed by what the article says elsewhere of their holder's post.

A bare title (`phó giám đốc`, `Thứ trưởng`) is written with the body the article gives its holder (`completed`); a bare
deputy's post takes the body of the one head the article names before it (`deputy_of`); a title that ends with a bare
place word (`Chủ tịch UBND tỉnh`) takes the province its holder's post is in (`placed`).
"""

from __future__ import annotations

import re

from pipeline.facts.official_pairs import Found
from pipeline.language.textnorm import fold


def completed(title: str, role: str, organization: str | None) -> str:
    """A bare title (`phó giám đốc`, `Thứ trưởng`) completed by the body the article gives its holder elsewhere (`phó
    giám đốc Điện lực Bình Lục`), the body's head word said once (`Phó ban` + `Ban Nội chính Trung ương`: `Phó ban Nội
    chính Trung ương`); any other title as it is."""
    plain_title, plain_org = fold(title).lower().strip(), fold(organization or "").lower().strip()
    bare = title[len(role):].strip() if plain_title.startswith(fold(role).lower().strip() + " ") else ""
    if organization and bare and len(organization) > len(bare) and plain_org.startswith(fold(bare).lower() + " ") and fold(bare).lower() in _BARE_BODIES:
        return f"{title[:len(title) - len(bare)]}{organization}"  # `Giám đốc Công ty` of `Công ty TNHH Tôn thép Trung Tín` named before
    if not organization or plain_title != fold(role).lower().strip() or plain_title in plain_org or plain_org in plain_title \
            or plain_org.split(" ", 1)[-1] in plain_title:
        return title  # (not `Đại biểu Quốc hội` + `Đoàn đại biểu Quốc hội X`, a delegation; nor a body the title says already:
        # `đại biểu Quốc hội`, `Bộ trưởng Ngoại giao` + `Bộ Ngoại giao`)
    last, first = title.split()[-1], organization.split()[0]
    rest = organization[len(first):].strip() if last.lower() == first.lower() else organization
    return f"{title} {rest}" if rest else title


_BARE_BODIES = frozenset({"cong ty", "tap doan", "tong cong ty", "xi nghiep", "nha may", "hop tac xa", "htx", "trung tam", "ban quan ly", "chi cuc"})
_BARE_PLACE_END = re.compile(r"(?<!\w)(?:tỉnh|Tỉnh|TP|thành phố|Thành phố)$")


def placed(title: str, province: str | None) -> str:
    """A title that ends with a bare place word (`Phó chủ tịch UBND TP`, `Chủ tịch UBND tỉnh`) and the province its holder's
    post is in, from the sentence's frame or the article (`UBND TP Đà Nẵng cho biết Phó chủ tịch UBND TP Hồ Kỳ Minh ...`):
    the title with that province's name (`Phó chủ tịch UBND TP Đà Nẵng`); any other title as it is."""
    end = _BARE_PLACE_END.search(title)
    if end and province and end.group().lower() in ("tp", "thành phố") and province not in _CITIES:
        return title  # `Chủ tịch UBND thành phố` in a province (`Thừa Thiên Huế`): a city of it, whose name the title does not give
    return f"{title} {province}" if province and end else title


def not_province(title: str, province: str) -> bool:
    """Whether a title ending with a bare `tỉnh` (`Phó Chủ tịch UBND tỉnh`) was given a city run by the centre (`Đà Nẵng`),
    which no `tỉnh` is: the article's city is another body's place, not the post's."""
    return re.search(r"(?<!\w)(?:tỉnh|Tỉnh)$", title.strip()) is not None and province in _CITIES - {"Huế"}


# the cities run by the centre, whose `thành phố` is the province itself (`Chủ tịch UBND TP` + `Đà Nẵng`)
_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})


def deputy_of(best: Found, bests: dict[str, Found]) -> str | None:
    """The body of a bare deputy's role (`ông B, phó giám đốc`) when the one person the article names before it with
    the head's role holds it in a body (`ông A, giám đốc Điện lực Bình Lục, ... Đối với các lãnh đạo khác gồm ông B, phó
    giám đốc`): the deputy of that head; else None."""
    role = fold(best.role).lower()
    if best.organization or not role.startswith("pho ") or best.title.strip().lower() != best.role.strip().lower():
        return None
    heads = [b for b in bests.values() if b is not best and b.organization and fold(b.role).lower() == role[4:]
             and b.start < best.start and best.start - b.start < 5000]
    return heads[0].organization if len(heads) == 1 else None


_BARE_HEADS = frozenset({"hội", "hiệp hội", "ban", "sở", "công ty", "tổng công ty", "tập đoàn", "trung tâm", "viện", "cục", "liên hiệp"})


def deputy_of_bare(best: Found, bests: dict[str, Found], organization: str | None) -> str | None:
    """A deputy's body written as its bare head (`Các Phó Chủ tịch Hội gồm: A, B`) when the head of that role the article names
    before holds one body opening with that head (`Chủ tịch Hội In TPHCM`): that body (s58, set P146); else `organization`."""
    role = fold(best.role).lower()
    if organization is None or organization.strip().lower() not in _BARE_HEADS or not role.startswith("pho "):
        return organization
    held = {b.organization for b in bests.values() if b is not best and b.organization
            and fold(b.role).lower() == role[4:] and b.organization.lower().startswith(organization.strip().lower() + " ")}
    return held.pop() if len(held) == 1 else organization


# a body a person is introduced as representing, then a dash before the person: `Đại diện Tổng lãnh sự quán Australia – bà X, Tham tán`
_REPRESENTED = re.compile(r"(?:^|[;:,.]\s*|\s)(?i:đại diện)\s+(?P<org>(?:Tổng lãnh sự quán|Đại sứ quán|Lãnh sự quán|Thương vụ|Bộ|Sở|Cục|"
                          r"Tổng cục|Công ty|Tổng công ty|Tập đoàn|Hiệp hội|Ngân hàng|Viện|Trung tâm|Ban|Ủy ban|UBND)\s[^,;:–-]{2,60}?)\s*[–-]\s*"
                          r"(?:(?i:ông|bà|anh|chị)\s+)?$")


def represented(found: Found) -> str | None:
    """The body a holder of a bare title is introduced as representing (`Đại diện Tổng lãnh sự quán Australia – bà Karen Lanyon,
    Tham tán Nông nghiệp`: `Tổng lãnh sự quán Australia`), else None."""
    m = _REPRESENTED.search(found.sentence.text[:found.start - found.sentence.start])
    return m.group("org").strip() if m else None

