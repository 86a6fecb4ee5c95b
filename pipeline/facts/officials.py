"""Officials of an article: named people given a position, one per person.

underthesea's CRF NER is weak here (it reads `Bộ Công Thương Phan Thị Thắng` as one place), so the
rules are built on the lexicon of roles (`Phó Chủ tịch`), organisation grammar (`organisations.py`),
the shape of names (`names.py`) and POS tags, sentence by sentence (`official_pairs.py`, over the
sentence context of `official_context.py`). A person named several times is one official: the most
complete title wins (one naming its organisation first), every mention is kept (short ones like `ông Hòa` included), and a bare
organisation (`UBND tỉnh`, `Trung tâm`) is resolved to the fuller name the article gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from pipeline.facts.lexicon import Province, entries, load, table
from pipeline.facts.official_bodies import MINISTERS, NATIONAL_BODY, body_of_title, of_role
from pipeline.facts.official_context import LOCAL_PLACE_END, PLACE_NAME, PLACE_WORD_END, Context, patterns
from pipeline.facts.official_pairs import Found, in_sentence
from pipeline.facts.official_places import framed_province, local_province, unplaced_province
from pipeline.facts.official_titles import completed, deputy_of, deputy_of_bare, not_province, placed, represented
from pipeline.facts.organisations import address_form_end, org_scan
from pipeline.facts.world_leaders import country_of, named_after_post
from pipeline.language.analysis import Analysis
from pipeline.language.textnorm import fold
from pipeline.record import Evidence, Mention, Official


@dataclass
class _Person:
    name: str
    found: list[Found] = field(default_factory=list)


def _article_orgs(analysis: Analysis, contexts: dict[int, Context], bare: set[str]) -> list[str]:
    """Every organisation phrase the article names, in order, for resolving the `bare` ones (folded): only
    sentences that contain one of them are read (so only those are tagged)."""
    orgs = []
    pats = patterns()
    for n, sentence in enumerate(analysis.sentences):
        if not pats.org_head.search(sentence.text):
            continue
        folded = fold(sentence.text).lower()
        if not any(b.lower() in folded for b in bare):  # (`Trung tâm khuyến công` is named `Trung tâm Khuyến công ...` too)
            continue
        c = contexts.get(n) or contexts.setdefault(n, Context(sentence))
        for match in c.pats.org_head.finditer(c.sentence.text):
            k = c.grid.by_start.get(c.sentence.start + match.start())
            if k is None or not c.units[k].cap:
                continue
            end, name = org_scan(c, k)
            text = c.grid.text(k, name[0] if name else end)
            closed = re.search(r"\([A-ZĐ][\w&.-]{1,10}\)(?=\s+[a-zà-ỹđ])", text)  # `Tổng công ty Dầu Việt Nam (PVOIL) | tổ chức Hội
            text = text[:closed.end()] if closed else text  # nghị ...`: the abbreviation closes the name; a verb follows (s56)
            text = _CLAUSE_AFTER.sub("", text)  # `Công ty Luật TNHH Thắng Phạm & Cộng sự | tổ chức hội thảo ...`: the clause's verb (s57)
            if text:
                orgs.append(" ".join(text.split()))
    return orgs


_CLAUSE_AFTER = re.compile(r"\s+(?:tổ chức|phối hợp|tiến hành|ký kết|cho biết|khai mạc|đã|sẽ|vừa|đang)(?!\w).*$")
_UNIT_ROLE = re.compile(r"(?i:trưởng|phó trưởng|phó)\s+(?P<unit>ban|phòng|chi cục|cục|trạm|viện)$")


def _unit_in_sentence(found: Found) -> str | None:
    """The body a bare unit role heads (`Trưởng ban`, `Phó Trưởng phòng`) when its sentence names one body of that unit
    before the person, capitalised (`... tại trụ sở Ban Quản lý Các khu Chế xuất và Công nghiệp Cần Thơ (...), TS. X,
    Trưởng ban cho biết`: that board, s57); else None."""
    unit = _UNIT_ROLE.fullmatch(found.title.strip())
    if unit is None or found.organization:
        return None
    before = found.sentence.text[:found.start - found.sentence.start]
    named = {m.group().strip() for m in re.finditer(rf"(?<!\w){unit.group('unit').capitalize()}\s+[A-ZĐ][^,;:()]*?(?=\s*[,;:(]|\s+(?:tại|của|với|do|đã|được|là|có|và\s+[a-zà-ỹđ])\s|$)", before)}
    return named.pop() if len(named) == 1 else None


def _foreign(rest: str) -> bool:
    """The rest of an organisation's name starts with a country other than Việt Nam."""
    m = patterns().country.match(rest)
    return m is not None and fold(m.group()).lower() not in ("viet nam", "cong hoa xa hoi chu nghia viet nam")


def _abroad_in(rest: str) -> bool:
    """A country other than Việt Nam names the rest of a body's name (`Chính phủ | CHDCND Lào`, `Chính phủ | nước Cộng hòa
    Dân chủ nhân dân Lào`): a foreign body, whatever stands before the country."""
    return any(fold(m.group()).lower() not in ("viet nam", "cong hoa xa hoi chu nghia viet nam")
               for m in patterns().country.finditer(rest))


def _foreign_body(organization: str) -> bool:
    """Whether a body is abroad: a country or a foreign region other than Việt Nam ends its name after a lower-case word
    (`Sở Thương mại Quảng Tây`, `Đại sứ quán Hoa Kỳ`; not a place's syllable: `huyện Phù Mỹ`, `huyện Đông Anh`)."""
    posted = re.match(r"(.+?)\s+(?i:tại)\s+\S", organization)
    if posted and posted.group(1) != organization and _foreign_body(posted.group(1)):
        return True  # (a foreign office posted here: `Văn phòng Kinh tế và Văn hóa Đài Bắc tại TP HCM`)
    found = list(patterns().country.finditer(organization))
    if not found or not organization.rstrip().endswith(found[-1].group()):
        return False
    before = organization[:found[-1].start()].split()
    return _foreign(organization[found[-1].start():]) and bool(before) and before[-1].isalpha() and before[-1].islower() \
        and not LOCAL_PLACE_END.search(organization[:found[-1].start()])


def _resolve(org: str | None, orgs: list[str], others: frozenset[str] = frozenset()) -> str | None:
    """A bare organisation (`Trung tâm`, `UBND tỉnh`) resolved to the fullest name the article gives it.

    Never to the body of another person with the same role (`ông A, Giám đốc Sở Công Thương; bà B, Giám đốc
    Sở Công Thương tỉnh Lâm Đồng`: two departments), nor to a foreign country's body (`Chính phủ` is not
    `Chính phủ Trung Quốc` because the article names that too)."""
    if not org or patterns().province.search(org):
        return org  # nothing to resolve, or already placed (`UBND tỉnh Kiên Giang`)
    key = fold(org)
    orgs = [_one_body(o) for o in orgs]
    # The fuller name goes on with a capitalised part or a place (`UBND tỉnh Kiên Giang`), not with
    # the lower-case words of a clause that named the body as its subject (`Bộ GD&ĐT nghiên cứu`).
    longer = [o for o in orgs if fold(o).startswith(key) and len(o) > len(org)
              and (o[len(org):].strip()[:1].isupper() or PLACE_NAME.match(o[len(org):].strip())
                   or re.match(r"các\s+[A-ZĐ]", o[len(org):].strip())  # (`Ban Quản lý | các Khu công nghiệp tỉnh X`)
                   or re.match(r"và\s+[A-ZĐ]", o[len(org):].strip()) and not patterns().org_head.match(o[len(org):].strip()[3:].lstrip()))
              # (`Trung tâm Khuyến công | và Tư vấn phát triển công nghiệp tỉnh An Giang`: a second field of one body, not `và Sở X`)
              and fold(o) not in others and not _foreign(o[len(org):].strip()) and not _abroad_in(o[len(org):])]
    if not longer:
        return org
    shortest = min(longer, key=len)
    if all(fold(o).startswith(fold(shortest)) and (o == shortest or _run_on(o[len(shortest):].strip())) for o in longer):
        longer = [shortest]  # (`Công ty Than Hạ Long tổ chức hội nghị ...`, a headline run on, is `Công ty Than Hạ Long`)
    if re.match(r"(?:cong ty|tap doan|hop tac xa|doanh nghiep|nha may)$", key.lower()) and len({fold(o) for o in longer}) > 1:
        return org  # `Giám đốc Công ty` in an article that names two companies: which one, the text does not say
    with_province = [o for o in longer if patterns().province.search(o)]
    if len({fold(patterns().province.search(o).group()) for o in with_province}) > 1:  # type: ignore[union-attr]
        return org  # `UBND tỉnh` in an article that names two provinces' committees: the post's context says which
    return sorted(with_province or longer, key=str.isupper)[0]  # (a headline in capitals last)


@lru_cache(maxsize=1)
def _second_body() -> re.Pattern[str]:
    heads = sorted(load().org_heads, key=len, reverse=True)
    return re.compile(r"\s+(?:và|cùng|với)\s+(?=(?:" + "|".join(re.escape(h) for h in heads) + r")(?!\w))")


def _one_body(name: str) -> str:
    """The first of two bodies joined by `và` (`Bộ NN&PTNT Việt Nam và Tổng cục Hải quan Trung Quốc`): one body
    resolves a bare mention, not the pair."""
    return _second_body().split(name, maxsplit=1)[0]


def _run_on(rest: str) -> bool:
    """Whether the words after a body's name are a clause run on from it (`tổ chức hội nghị ...`), not more of its
    name (a capitalised part, a place: `tỉnh Long An`)."""
    return bool(rest) and rest[:1].islower() and not PLACE_NAME.match(rest) and not patterns().province.search(rest)


_TEAM_ROLES = frozenset(fold(r).lower() for r in ("đội trưởng", "đội phó", "phó đội trưởng"))


_CITY_BEFORE = re.compile(r"(?i:TP\.?|Tp\.?|thành phố)\s*$")


# a country's word that begins a common noun (`Hội Mỹ thuật TP HCM`, `Vụ Pháp chế`, `Trường Anh ngữ`): no country
_COMPOUND = re.compile(r"\s+(?:thuật|nghệ|phẩm|học|luật|chế|lý|ngữ|văn)(?!\w)")


def _province(title: str, organization: str | None) -> Province | None:
    """The province of the post itself (`UBND tỉnh X`, `Sở ... TP.HCM`); none for a foreign post."""
    pats = patterns()
    for place in (title, organization or ""):
        # A country word inside a place's name is no country (`thị xã Phú Mỹ`).
        provinces = [m.span() for m in pats.province.finditer(place)] + [m.span(1) for m in PLACE_NAME.finditer(place)]
        if any(m.group() != "Việt Nam" and not any(s <= m.start() < e for s, e in provinces)
               and not PLACE_WORD_END.search(place[:m.start()]) and not _COMPOUND.match(place, m.end())
               for m in pats.country.finditer(place)):
            return None  # `Lào` of `Lào Cai` is no country
        # The last province named is the post's (`UBND huyện X, tỉnh Y`; `Bảo tàng Hồ Chí Minh chi nhánh
        # Thừa Thiên Huế`), unless it names a district (`huyện Quảng Ninh`).
        named = list(pats.province.finditer(place))
        if len(named) > 1 and re.fullmatch(r"\s*[-–]\s*", place[named[-2].end():named[-1].start()]) \
                and load().province(named[-2].group()) != load().province(named[-1].group()):
            return None  # `VCCI - Chi nhánh Thanh Hóa - Ninh Bình`: a branch of two provinces, neither alone
        for match in reversed(named):
            if match.group() == "Hồ Chí Minh" and not _CITY_BEFORE.search(place[:match.start()]):
                continue  # `Học viện Chính trị quốc gia Hồ Chí Minh`, `Đoàn TNCS Hồ Chí Minh`: named after the man, not the city
            if not LOCAL_PLACE_END.search(place[:match.start()]):
                return load().province(match.group())
    return None


def _current(found: list[Found]) -> list[Found]:
    """The titles a person's best is chosen from: only the present ones when the article gives the person a
    present post other than every former one (`Ngoại trưởng Rex Tillerson` over `cựu chủ tịch tập đoàn dầu khí`,
    whose organisation would otherwise win), else all (`nguyên Chủ tịch UBND tỉnh` over a later bare `Chủ tịch`)."""
    former = {fold(f.role) for f in found if f.former}
    if former and any(not f.former and fold(f.role) not in former for f in found):
        return [f for f in found if not f.former]
    return found


_REGION = re.compile(r"(?:Châu|châu)\s+(?:Á|Âu|Phi|Mỹ|Úc|Đại Dương|Á - Thái Bình Dương|Á-Thái Bình Dương)|Thái Bình Dương|Đông Nam Á")


def _place_named(found: Found) -> bool:
    """Whether a person's name is a place: a city's abbreviation and name (`TP Hà Nội`), a province's name, or the
    end of one (`Bà` + `Rịa - Vũng Tàu`; but `Stefan - Radu Oprea` is a person)."""
    name, text = found.name, found.sentence.text
    if re.match(r"(?:TP|Tp|T\.P)\.?\s", name) or load().province(name) or _REGION.fullmatch(name):
        return True  # (a continent ends a body's name: `Phòng Thương mại Thụy Sĩ - Châu Á`)
    if re.search(r"(?<!\w)(?:KCN|CCN|KCX|KKT|KCNC|(?i:khu công nghiệp|cụm công nghiệp|khu kinh tế))\s*$", text[:max(text.find(name), 0)]):
        return True  # `Công ty PTHT KCN Lộc Sơn`: an industrial park's name
    before = text[:max(text.find(name), 0)].split()[-2:]
    return any(load().province(" ".join(before[-k:] + [name])) for k in (1, 2) if len(before) >= k)


_UNIT_ROLES = re.compile(r"(?<!ủy )(?<!Ủy )(?<!uỷ )(?<!Uỷ )(?<!văn )(?<!Văn )(?:^|\s)(?i:ban|phòng)$")


def _unit_named(found: Found) -> str | None:
    """The organisation of a role that ends with its unit's word (`Phó Trưởng Ban` + `Quản lý các KCN tỉnh X`,
    `Trưởng phòng` + `Kinh tế`) with that word opening it (`Ban Quản lý các KCN tỉnh X`), to resolve a short one by."""
    org = found.organization
    unit = _UNIT_ROLES.search(found.role)
    if not org or not unit or re.match(r"(?i:ban|phòng)\s", org):
        return org
    word = unit.group().strip()
    at = found.title.lower().find(f"{word} {org}".lower())
    return f"{word[:1].upper()}{word[1:]} {org}" if at >= 0 else org


def _counterpart(found: Found) -> str | None:
    """The post of a counterpart (`Tổng thống Macron ... với người đồng cấp Nga Vladimir Putin`: `Tổng thống Nga`): the
    last post named before `người đồng cấp` in its sentence, with the counterpart's country; None for any other title."""
    m = re.fullmatch(r"(?i:người đồng cấp)\s+(.+)", found.title)
    if m is None:
        return None
    roles = [r for r in patterns().role.finditer(found.sentence.text, 0, max(0, found.start - found.sentence.start))
             if fold(r.group()).lower() not in {w.lower() for w in patterns().weak_roles}]
    return f"{roles[-1].group()} {m.group(1)}" if roles and patterns().country.fullmatch(m.group(1)) else None


def _side_of(found: Found) -> str | None:
    """The body a bare role speaks for when its clause, or its sentence for every item of a list, opens with `Về phía X
    (tham dự) có` (`Về phía Viện Nghiên cứu ... có ông Đặng Công Ngoãn – Viện trưởng`), `thay mặt X,` or `(Thường
    trực) X hiện có|gồm` (`Thường trực UBND TP HCM hiện có Chủ tịch A và 4 Phó chủ tịch B, C`), or ends with `X
    do` or `X với sự chủ trì của` before the role: X, when it opens with an organisation's head or is an acronym; else None."""
    text = found.sentence.text
    clause = text[:max(0, found.start - found.sentence.start)].rsplit(";", 1)[-1]
    heads = "|".join(map(re.escape, (*load().org_heads, "báo", "Báo", "tạp chí", "Tạp chí")))
    m = re.search(r"(?i:về phía)\s+(.+?)\s*(?:,\s*)?(?i:có)\s", clause) or re.match(
        r"\W*(?i:về phía)\s+([^,;:]+?)\s*,?\s*(?:(?i:tham dự|dự|đến dự)\s+)?(?i:có)\s", text) or re.search(
        r"(?i:thay mặt)\s+(?:(?i:ban lãnh đạo|lãnh đạo|ban giám đốc|tập thể)\s+)?([^,;]+?)\s*,\s*$", clause) or re.search(
        rf"(?<!\w)((?:{heads})\s[^,;()]+?(?:,\s*(?!(?:{heads})\s)[A-ZĐ][^,;()]*?)*)\s+(?:(?i:với sự chủ trì của)|do)\s+$", clause) or re.match(
        rf"\W*(?:(?:Thường trực|Ban Thường vụ|Ban Giám đốc|Ban lãnh đạo|Lãnh đạo)\s+)?((?:{heads})\s[^,;:()]+?)\s+"
        r"(?:(?i:hiện)\s+(?:(?i:nay)\s+)?(?i:có|gồm)|(?i:gồm)(?:\s+(?i:có))?)\s", clause)
    m = m or re.match(r"\W*(?i:về phía)\s+([^,;:]+?)\s*,\s*(?:(?i:ông|bà|đồng chí)\s+)?(?:[^,;:()]{2,30}?\s*[-–,]\s*)?$", clause)  # `Về phía
    # Cục Hóa chất, ông Nguyễn Xuân Sinh - | Phó Cục trưởng nhấn mạnh`: the side the person speaks for (s57, set P134)
    m = m or re.search(rf"(?<!\w)((?:{heads})\s[^,;:()]+?)\s+(?i:có)\s+(?i:ông|bà)\s+(?:[^,;:()]{{2,30}}?\s*[-–,]\s*)?$", clause)  # `Trung tâm
    # Khuyến công X có ông Trịnh Trầm - | Giám đốc`: the body that has the person (s54, set P113)
    m = m or re.match(rf"\s*(?:(?i:dẫn đầu|làm trưởng đoàn)\s+)(?i:đoàn công tác|đoàn)\s+(?:(?i:của)\s+)?((?:{heads})\s[^,;()]+?)(?=\s+(?i:đến|đi|tới|sang|về|"
                      r"thăm|làm việc|tham dự|dự|khảo sát|kiểm tra)(?!\w)|\s*[,;.(]|\s*$)", text[found.end - found.sentence.start:])  # `Thứ trưởng
    # X dẫn đầu đoàn công tác Bộ NN-PTNT đến thăm ...`: the body of the delegation the role leads
    org = m.group(1).strip(" ,:") if m and not re.search(r"(?<!\w)(?:vừa|cũng|đã|sẽ|đang|ngày)(?!\w)", m.group(1)) else ""
    org = re.sub(r"\s*,\s*(?i:tham dự|đến dự|dự)(?!\w).*$", "", org)  # `Về phía Trường X, | tham dự hội thảo có ...`: the side, not the act
    # (a clause's words are no body's: `Văn phòng Chính phủ vừa`; `thay mặt Bộ Công Thương, Bộ trưởng X`, `Bộ X với sự chủ trì của Bộ
    # trưởng Y`, `Đoàn công tác của Bộ Công Thương do Bộ trưởng Z dẫn đầu`; a body whose name lists its fields: `Ủy ban Khoa học,
    # Công nghệ và Môi trường của Quốc hội do Phó Chủ nhiệm X`)
    return org if org and (re.match(rf"(?:{heads})(?!\w)", org) or re.fullmatch(r"[A-ZĐ]{3,}", org) or re.fullmatch(
        r"[A-Z][A-Za-z0-9&.-]+(?:\s+[A-Z][A-Za-z0-9&.-]+){1,3}", org)) else None  # (a brand in Latin letters: `Về phía Dongtam Group, có`; a paper
    # too: `báo Thời báo Làng nghề`; an acronym: `Về phía EVNSPC, tham dự có ...`, which frames every item of the list)


def _shared(best: Found, bests: dict[str, Found]) -> str | None:
    """The body of a bare role told with the next person's (`ông A, Chủ tịch và ông B, Phó Chủ tịch UBND tỉnh X`): the
    next pair in the sentence, after only `và` (+ `ông`/`bà`), holds the same role or its deputy's, with its body."""
    text, s0 = best.sentence.text, best.sentence.start
    after = min((b for b in bests.values() if b.sentence is best.sentence and b.start >= best.end),
                key=lambda b: b.start, default=None)
    if after is None or not all(text[f.start - s0:f.end - s0].startswith(f.name) for f in (best, after)):
        return None  # (the name before the role in both: not `Thủ tướng A và Thủ tướng Singapore B`, two countries)
    if not after.organization or not re.fullmatch(
            r"\s+(?i:và)\s+(?:(?i:ông|bà)\s+)?", text[best.end - s0:after.start - s0]):
        return None
    role = fold(best.role).lower()
    return after.organization if fold(after.role).lower() in (role, f"pho {role}") else None




@lru_cache(maxsize=1)
def _ministries() -> list[tuple[str, re.Pattern[str]]]:
    """Each ministry with a pattern of its spellings (`ministries.tsv`), longest first."""
    out = []
    for row in table("ministries.tsv"):
        spellings = sorted({row[0], *(row[1].split("|") if len(row) > 1 and row[1] else [])}, key=len, reverse=True)
        out.append((row[0], re.compile(rf"(?<![\w&])(?:{'|'.join(map(re.escape, spellings))})(?![\w&])")))
    return out


def _only_body_of_title(analysis: Analysis, found: Found) -> str | None:
    """The ministry of a bare `Bộ trưởng`, `Thứ trưởng` or `Người phát ngôn`: the one that hosts the meeting its sentence
    tells (`Tại Bộ Công Thương, Thứ trưởng X đã tiếp ...`), else the one the article names alone, twice at least (`Cùng
    dự có Thứ trưởng Đỗ Thắng Hải, ...`; `Bộ Công Thương`, however spelled; `Bộ Tài nguyên` is not `Bộ Tài chính`; a
    foreign ministry, `Bộ Thương mại Mỹ`, counts for none), else None."""
    if found.role.lower() not in MINISTERS | {"người phát ngôn"} or found.former:
        return None
    text = analysis.text
    sentence = found.sentence.text
    host = _HOST.search(sentence, 0, found.start)
    if host:  # `Tại Bộ Công Thương, Thứ trưởng X đã tiếp ...`: the ministry that hosts the meeting is the minister's
        hosted = [name for name, pattern in _ministries() if pattern.match(sentence, host.start(1))]
        if hosted:
            return hosted[0]
    held = {name for name, pattern in _ministries() for m in pattern.finditer(sentence, 0, found.start)
            if _ORGANISES.match(sentence, m.end())}
    if len(held) == 1:  # `Bộ X đã tổ chức Hội nghị ... dưới sự chủ trì của Bộ trưởng Y`: the minister of the ministry that holds it
        return next(iter(held))
    named = {name: [m.start() for m in pattern.finditer(text)] for name, pattern in _ministries()}
    named = {name: at for name, at in named.items() if at}
    known = {a for at in named.values() for a in at}
    if any(m.start() not in known and not _abroad(text, m.start()) for m in _ANY_MINISTRY.finditer(text)):
        return None  # another Vietnamese ministry, spelled some other way (`Bộ NN & PTNT`)
    only = next(iter(named)) if len(named) == 1 else None
    if only is None and named:  # several ministries: the one the article names three times as often as any other, and
        top = max(named, key=lambda name: len(named[name]))  # three times at least (`Bộ Công Thương họp khẩn ...` beside
        only = top if len(named[top]) >= 3 and all(len(named[top]) >= 3 * len(at) for name, at in named.items() if name != top) else None
        # one `Cục Quản lý Giá (Bộ Tài chính)`: the deputies of the meeting the minister of Bộ Công Thương chairs)
    return only if only and len(named[only]) >= 2 else None  # (an article about the ministry names it more than once)


def _unheld(ministry: str | None, others: frozenset[str]) -> str | None:
    """`ministry` unless another person of the article holds the same role in it (`Bộ trưởng Nguyễn Xuân Cường` beside
    `Bộ trưởng Bộ Công Thương Trần Tuấn Anh`: one minister at a time)."""
    return ministry if ministry is None or fold(ministry) not in others else None


_ORGANISES = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?i:đã|vừa|sẽ|cũng)\s+)*(?i:tổ chức|chủ trì|phối hợp với)(?!\w)")  # the ministry holds it
_ANY_MINISTRY = re.compile(r"(?<![\w&])Bộ\s+(?!Chính trị|Trưởng|Tư lệnh)[A-ZĐ]")
# `tại Bộ X, ` or `tại họp báo thường kỳ Bộ X, ` right before the title: the ministry that hosts the meeting
_HOST = re.compile(r"(?:^|,\s*)(?i:tại)\s+(?:[a-zà-ỹđ]+\s+){0,4}(Bộ\s+[^,.;]{2,60}?),\s*(?:[^,.;]{0,30}\s)?$")


def _abroad(text: str, at: int) -> bool:
    """The ministry named at `at` is a foreign one: its phrase, up to a bracket, a stop or another body after `và`/`với`,
    has a country before a comma or its end (`Bộ Kinh tế, Công nghiệp và Thương mại Nhật Bản, ...`, `Bộ Thương mại Mỹ`)."""
    phrase = re.split(r"[.;:()\n]", text[at:at + 80])[0]
    phrase = re.split(r"\s(?:và|với|cùng)\s+(?=(?i:các|những|bộ|đại sứ|tổng|cục|ủy ban|ban|sở|đoàn)(?!\w))", phrase)[0]
    return any(m.group() != "Việt Nam" and re.match(r"\s*(?:,|$)", phrase[m.end():]) for m in patterns().country.finditer(phrase))


_ASSISTANT_BEFORE = re.compile(r"(?<!\w)((?i:phó trợ lý|trợ lý)|(?<![Hh]ội )(?<![Cc]ộng )(?<![Hh]ợp )đồng)\s+$")
_AIDE = re.compile(r"(?i:người phát ngôn|phó phát ngôn viên|phát ngôn viên|trợ lý|cố vấn|thư ký báo chí)(?=\s+(?i:tổng thống|thủ tướng|chủ tịch|bộ trưởng|ngoại trưởng|nhà trắng|điện kremlin))")


def _written_in_full(text: str, name: str, role: str) -> str | None:
    """The one full Latin-script name a one-word foreign name is the end of where the article names the same post or `ông`
    before it (`Tổng thống Trump`: `Tổng thống Mỹ Donald Trump`, `ông Rodrigo Duterte`), or None (none, or several; not
    `bà Melania Trump`, nor a country before the name: `Tổng thống Nga Putin`)."""
    if not re.fullmatch(r"[A-Z][a-z]+", name):
        return None
    found = set()
    for m in re.finditer(rf"(?:(?i:{re.escape(role)})[^.;:\n]{{0,30}}?|(?<!\w)(?i:ông|ngài))[ ]+((?:[A-Z][a-z]+[ ]+){{1,2}}){re.escape(name)}(?!\w)", text):
        given = m.group(1).split()
        if not any(patterns().country.fullmatch(w) or load().province(w) for w in given):
            found.add(" ".join(given + [name]))
    return found.pop() if len(found) == 1 else None


def _name_in_title(f: Found) -> Found | None:
    """The pair read as TITLE NAME when its title ends with a Vietnamese full name (a family name of the lexicon and
    one to three capitalised syllables): `Thủ tướng Nguyễn Xuân Phúc` taken as the title of `Rịa - Vũng Tàu`."""
    m = re.search(r"\s((?:[A-ZĐ][a-zà-ỹđ]*\s+){1,3}[A-ZĐ][a-zà-ỹđ]*)$", f.title)
    if m is None or m.group(1).split()[0] not in load().surnames or m.start() < len(f.role):
        return None
    title = f.title[:m.start()].strip(" ,")
    return replace(f, name=m.group(1), title=title, organization=f.organization if f.organization and f.organization in title else None)


# the head of a body that may be named after a historical figure, a few words before the name (`Xí nghiệp In | Trần Phú`)
_EPONYM_BODY = re.compile(r"(?<!\w)(?i:xí nghiệp|công ty|tổng công ty|nhà máy|nhà in|xưởng|trường|hợp tác xã|htx|mạng lưới|câu lạc bộ|quỹ)(?:\s+\S+){0,4}$")
_BARE_BODY_END = re.compile(r"(?<!Nam)(?<!Bắc)(?<!Trung)\s(?:Bộ|Sở|Cục|Vụ|Tổng cục|Ủy ban|Uỷ ban)$")  # (not a region: `Tây Nam Bộ`)


def extract(analysis: Analysis, site: Province | None = None) -> list[Official]:
    """Officials of an article, one per person, in order of first mention. `site`: the province of the paper or site
    that printed it (`baosonla.vn`), for a provincial post that neither it nor its article places (`UBND tỉnh`)."""
    pats = patterns()
    contexts: dict[int, Context] = {}  # built once per sentence, only where a title or an organisation is
    people: dict[str, _Person] = {}
    for n, sentence in enumerate(analysis.sentences):
        if not pats.role.search(sentence.text):
            continue
        c = contexts[n] = Context(sentence)
        here = in_sentence(c)
        for found in here + named_after_post(sentence, {fold(f.name).lower() for f in here}):
            # `tỉnh Bà Rịa - Vũng Tàu, Thủ tướng X`, `... Việt Nam TP Hà Nội`: a place, not a person; the title may end
            f = _name_in_title(found) if _place_named(found) else found  # with the person's name
            if f is None:
                continue
            if sum(ch.isalpha() for ch in f.name) < 2:
                continue  # `... báo cáo Thủ tướng C` (a page cut inside the name): one letter is no name
            if fold(f.role).lower() in _TEAM_ROLES and not f.organization:
                continue  # `đội trưởng Đinh Thanh Trung`: a team's captain; an office names its team (`Đội trưởng Đội QLTT số 1`)
            if _BARE_BODY_END.search(f.title) and f"{f.title} {f.name}" in sentence.text:
                continue  # `Bộ trưởng Bộ | Nông Lâm Ngư nghiệp Nhật Bản`: the words after a bare `Bộ` name the ministry, no person
            if _after_firm(sentence.text[:max(0, f.start - sentence.start)], sentence.text[max(0, f.start - sentence.start):f.end - sentence.start],
                           f.name) and _brand(analysis.text, f.name):
                continue  # `Tập đoàn Ma San ... Công ty Tài nguyên | Ma San`, `công nhân Công ty Cổ phần Than Vàng Danh, | Chủ tịch
                # nước`: a firm's name the article writes after a firm's head with no post before it, no person (s54, set P116)
            if f.name.split()[0] in ("Ông", "Bà") and len(f.name.split()) >= 3 and f.name.split()[1] not in ("Ông", "Bà"):
                f = replace(f, name=f.name.split(" ", 1)[1])  # `PNO - Ông Kim Kyung Hyo - Giám đốc ...`: the honorific, no name (s58)
            if (polite := _POLITE_END.search(f.title)) is not None and f"{polite.group().strip()} {f.name}" in sentence.text:
                f = replace(f, title=f.title[:polite.start()])  # `Tổng Biên tập Tạp chí X Ông | Lê Văn Tuấn`: the honorific before
                # the name is no part of the post (s65, set P192; its organisation, read later, is cleared where it is built)
            if f.name in entries("eponyms.txt") and _EPONYM_BODY.search(f.title):
                continue  # `Giám đốc Xí nghiệp In | Trần Phú`: a body named after a historical figure, no person (s58, set P146)
            people.setdefault(re.sub(r"\s*-\s*", "-", fold(f.name)), _Person(f.name)).found.append(f)  # (`Kim Hack - Yong` is
            # `Kim Hack-Yong`, spaced)
    # A one-word name (`ông Quang`, `Sokhonn`) is the person whose full name ends with it, if only one does
    # (or, for foreign names, begins with it).
    for key in [k for k in people if " " not in k]:
        fuller = [k for k in people if k.endswith((" " + key, "-" + key))]  # (`Bashar al-Assad`)
        if not fuller:  # a foreign name given first (`Yingluck Shinawatra`) or a family name first (`Ri Yong-ho`)
            fuller = [k for k in people if k.startswith(key + " ")]
        if len(fuller) == 1:
            people[fuller[0]].found.extend(people.pop(key).found)
        elif not fuller and (written := _written_in_full(analysis.text, people[key].name, people[key].found[0].role)):
            people[key].name = written  # `Tổng thống Trump`, and `Donald Trump` elsewhere in the article
    surnames = load().surnames
    for key in [k for k in people if k.count(" ") == 1 and people[k].name.split()[0] not in surnames]:
        fuller = [k for k in people if k != key and k.endswith(" " + key)]
        if len(fuller) == 1:  # `ông Tiến Sĩ`, two given names of `Đỗ Tiến Sĩ` named before: the same person (s50, set P79)
            people[fuller[0]].found.extend(people.pop(key).found)
    for key in [k for k in people if " " in k]:  # `Ông Đào Phan long`: a name whose last word the text wrote in lower case
        fuller = [k for k in people if k.startswith(key + " ") and k.count(" ") == key.count(" ") + 1]
        if len(fuller) == 1 and re.search(rf"(?<!\w){re.escape(people[key].name)}\s+{re.escape(people[fuller[0]].name.split()[-1].lower())}(?!\w)",
                                          analysis.text):
            people[fuller[0]].found.extend(people.pop(key).found)  # is `Đào Phan Long` named elsewhere (s52, set P99)
    if not people:
        return []
    orgs: list[str] | None = None
    result = []
    weak = patterns().weak_roles
    # The title naming its organisation, then the present post before a former one (`nguyên Phó Thủ tướng
    # Chính phủ, nay là Bí thư Đảng ủy Ngoài nước`), then one naming its province (`Chủ tịch UBND TP Hà Nội` over
    # `Chủ tịch UBND thành phố`), then the longest.
    bests = {key: max(_current(person.found), key=lambda f: (fold(f.role) not in weak, f.organization is not None,
                                                             not f.former, bool(pats.province.search(f.title)),
                                                             len(f.title), -f.start))
             for key, person in people.items()}
    bare = {fold(b.organization) for b in bests.values() if b.organization and not pats.province.search(b.organization)}
    for key, person in people.items():
        best = bests[key]
        if orgs is None and bare:
            orgs = _article_orgs(analysis, contexts, bare)
        others = frozenset(fold(o) for k, b in bests.items() if k != key and b.organization and fold(b.role) == fold(best.role)
                           for o in {b.organization, _unit_named(b) or ""} if o)
        unit = _unit_named(best)
        resolved = _resolve(unit, orgs or [], others) if unit != best.organization else None
        framed = framed_province(best.sentence.text, best.start - best.sentence.start, best.organization)  # (`Về phía tỉnh X
        # có Giám đốc Sở Công Thương Y`: X's, not the department another province's sentence named in full)
        organization = (resolved if resolved != unit else None) or (best.organization if framed else _resolve(
            best.organization, orgs or [], others)) or _side_of(
            best) or _shared(best, bests) or _unheld(_only_body_of_title(analysis, best), others) or deputy_of(best, bests) or _unit_in_sentence(best)  # (`Phó Trưởng Ban Quản lý` of `Ban Quản
        # lý các KCN tỉnh X` named before)
        title = _counterpart(best) or _tidy_title(best.title, person.name)
        behalf = _ON_BEHALF.search(best.sentence.text[:best.start - best.sentence.start]) if "," in title else None
        title = title.split(",", 1)[1].strip() if behalf else title  # `thay mặt Thủ tướng Chính phủ, Phó Thủ tướng X`: whom
        # X speaks for, no post of X's (s52, set P106)
        parent = _parent_in_brackets(best) if title == _tidy_title(best.title, person.name) else None
        title = f"{title} {parent}" if parent else title
        organization = body_of_title(title) or (_BEFORE_BODY.sub("", _tidy_title(organization, person.name)) or None if organization else None)
        organization = None if organization and re.match(r"(?i:tại|ở)\s", organization) else organization  # (`Tham tán Thương mại
        # tại Australia`: a place the post is at, no body; s63, set P178)
        organization = deputy_of_bare(best, bests, of_role(best.role, organization))  # `Các Phó Chủ tịch Hội gồm: ...`
        organization = _clause_body(best, organization)  # (`Về phía Hiệp hội Tinh dầu ... có TS. X - Chủ tịch Hiệp hội`, s58)
        organization = _function_body(_remit_body(organization))  # `phụ trách sản xuất tập đoàn Sailun`: the post's remit, then its body
        address = address_form_end(organization) if organization else None
        organization = organization[:address].rstrip() if organization and address else organization  # `Chính phủ Hoàng gia Campuchia | Samdech Techo`
        body = represented(best) if not organization or not patterns().org_head.match(organization) else None
        title, organization = (f"{title} {body}", body) if body else (title, organization)  # (`Đại diện Tổng lãnh sự quán X – bà A, Tham tán`)
        delegation = _delegation(analysis.text, best.end, title)  # `Đại biểu Quốc hội X (Hòa Bình)`: the province's deputy
        organization = f"Đoàn đại biểu Quốc hội {delegation.name}" if delegation and organization == "Quốc hội" else organization
        national = organization is not None and NATIONAL_BODY.match(organization) is not None  # (`Bộ trưởng Bộ X, Trưởng
        # Ban Chỉ đạo Năm Du lịch quốc gia - Ninh Bình 2021`: a minister's, whatever the committee's province)
        national = national or organization is not None and _foreign_body(organization)  # (`Sở Thương mại Quảng Tây`: abroad)
        national = national or _FOREIGN_POST.match(title) is not None or _foreign_province(organization)  # (`Tỉnh trưởng
        # Chungcheongbuk`, `Chủ tịch Hội đồng tỉnh Chungcheongbuk`: a foreign province's, s54 set P115)
        province = delegation or (None if national else _province(best.title, organization) or framed or local_province(
            analysis.text, best.sentence.text, best.title, organization, best.start - best.sentence.start)
            or unplaced_province(best.title, organization, best.sentence.text, site))
        province = province or (None if national else _bracketed_place(best.sentence.text, title))  # `Giám đốc HTX X (Đồng Tháp)`
        province = None if province is not None and not_province(title, province.name) else province  # (`UBND tỉnh` in a
        # story on Bình Định that names the consulate `tại Đà Nẵng`: no city run by the centre is a `tỉnh`)
        mentions = _mentions(analysis, person.name, people)
        assistant = _ASSISTANT_BEFORE.search(best.sentence.text, 0, best.start - best.sentence.start)
        assistant = assistant if assistant and (assistant.group(1) != "đồng" or best.role.lower().startswith(("chủ tịch", "trưởng", "chủ nhiệm"))) else None
        title = f"{assistant.group(1)} {title}" if assistant and title.lower().startswith(best.role.lower()) else title  # `Trợ lý
        # Ngoại trưởng Mỹ X`: an assistant secretary, not the secretary; `đồng Chủ tịch UBLCP`: a co-chair (s49, set P73)
        aide = _AIDE.match(title) if not title.lower().startswith(best.role.lower()) else None
        opening = patterns().role.match(title) if not best.title.startswith(title) else aide  # (its start was cut; `Phát ngôn viên
        # tổng thống Nga`, read as a president's title: an aide's role, whose organisation is the office it serves)
        if aide is not None and opening is aide:
            organization = title[aide.end():].strip(" ,") or organization
        embassy = _EMBASSIES.findall(analysis.text) if title.lower() in ("đại sứ", "tham tán", "tham tán thương mại") and not organization else []
        if person.name.split()[0] in load().surnames and len(person.name.split()) >= 3:
            embassy = [e for e in embassy if e.startswith("Việt Nam ")]  # `Đại sứ Nguyễn Hoàng Long` beside `Đại sứ quán Nhật
            # Bản tại Việt Nam`: a Vietnamese envoy (of another post), not the foreign embassy's (s62, set P172)
        if len(set(embassy)) == 1:  # `Đại sứ Phạm Quang Hiệu` in an article on `Đại sứ quán Việt Nam tại Nhật Bản`: its ambassador
            title, organization, province = f"{title} {embassy[0]}", f"Đại sứ quán {embassy[0]}", None
        abroad = country_of(person.name, title)  # `Tổng thống Donald Trump`: `Tổng thống Mỹ`, no post of Viet Nam's
        title, organization, province = (f"{title} {abroad}", organization or abroad, None) if abroad else (title, organization, province)
        result.append((person.found[0].start, Official(
            name=person.name,
            title=placed(completed(title, best.role, organization), province.name if province else None),
            role=opening.group().strip() if opening else best.role,  # (the role a tidied title now opens with)
            organization=_POLITE_END.sub("", organization) if organization and (polite := _POLITE_END.search(organization)) is not None
            and f"{polite.group().strip()} {person.name}" in best.sentence.text else organization,
            province=province.name if province else None,
            province_2025=province.province_2025 if province else None,
            mentions=mentions,
            evidence=Evidence(start=best.start, end=best.end, sentence=best.sentence.text),
        )))
    return _same_body_placed([o for _, o in sorted(result, key=lambda pair: pair[0])])


_CLAUSE_BODIES = frozenset({"hội", "hiệp hội", "công ty", "tập đoàn", "tổng công ty", "hợp tác xã", "xí nghiệp", "sở"})  # bare heads `_clause_body` resolves


def _clause_body(found: Found, organization: str | None) -> str | None:
    """A bare association or firm (`Chủ tịch Hiệp hội`, `Tổng Giám đốc Công ty`) as the last one its clause names in full before the person (`Hiệp hội
    Gốm sứ Thái Lan CICT (6 đại diện) trưởng đoàn là ông X – Chủ tịch Hiệp hội`: the Thai one, not the article's own), or the
    side its sentence opens with (`Về phía Hiệp hội X có TS. Y - Chủ tịch Hiệp hội`); else `organization` (s58, sets P147, P148)."""
    if organization is None or organization.strip().lower() not in _CLAUSE_BODIES:
        return organization
    clause = found.sentence.text[:max(0, found.start - found.sentence.start)].rsplit(";", 1)[-1]
    head = re.escape(organization.strip())
    named = [m.group().strip() for m in re.finditer(rf"(?<!\w)(?i:{head})\s+[A-ZĐ][^,;()–-]*?(?=\s*[(,;–-]|\s+(?:có|do|trưởng đoàn|gồm|đã|là|"
                                                     r"với|tham dự|dự)(?!\w)|\s*$)", clause)]
    side = _side_of(found)
    if named and len(named[-1].split()) > 1:
        dashed = re.search(rf"{re.escape(named[-1])}\s[–-]\s[A-ZĐ][^,;()–-]*?(?=\s*\([A-ZĐ]{{2,8}}\))", clause)
        return dashed.group() if dashed else named[-1]  # (`Tập đoàn Công nghiệp Than – Khoáng sản Việt Nam (TKV)`: a dash inside a name
        # its abbreviation closes; s64, set P184)
    return side if side and side.lower().startswith(organization.strip().lower() + " ") else organization


# a director's function written between the post and the firm (`Giám đốc quan hệ đối ngoại Big C`, `Giám đốc thu mua toàn
# quốc MM Mega Market`, `Phó Giám đốc Kỹ thuật Công ty Đường Ninh Hòa`): no part of the firm's name (s59, set P156); also before a
# comma (`Giám đốc nghiên cứu, Trường Kinh doanh EM Normandie`: s60, set P158)
_FUNCTION = re.compile(r"(?i:quan hệ đối ngoại|đối ngoại|thu mua toàn quốc|thu mua|kỹ thuật|kinh doanh|tài chính|marketing|nhân sự|"
                       r"truyền thông|bán hàng|chất lượng|điều hành|vận hành|sản xuất|nghiên cứu và phát triển|nghiên cứu)\s*,?\s+(?=[A-ZĐ])")


def _function_body(organization: str | None) -> str | None:
    """An organisation opened by a director's function (`_FUNCTION`) before a capitalised firm: the firm; else as it was."""
    m = _FUNCTION.match(organization or "")
    return organization[m.end():] if organization and m else organization


def _remit_body(organization: str | None) -> str | None:
    """An organisation that opens with the remit of its post (`phụ trách sản xuất tập đoàn Sailun`, `phụ trách quan hệ Chính phủ
    quốc tế của Tập đoàn Intel`, `phụ trách hoạt động toàn cầu NVIDIA`): the body after the remit, its last organisation head
    on, else the acronym or name that closes it; a bracketed abbreviation of the post that opens it goes too (`(HĐQT) VEAM`:
    `VEAM`; s58, sets P149, P150); else `organization`."""
    if organization is None:
        return None
    bracket = re.match(r"\(\s*[A-ZĐ][A-ZĐ&]{1,6}\s*\)\s+(?=[A-ZĐ])", organization)
    if bracket:
        return organization[bracket.end():]
    if not organization.lower().startswith("phụ trách "):
        return organization
    heads = list(patterns().org_head.finditer(organization))
    if heads:
        return organization[heads[-1].start():]
    closing = re.search(r"(?:\s[A-Z][A-Za-z0-9&]+)+$", organization)
    return closing.group().strip() if closing else organization


def _acronym(text: str) -> bool:
    """A body's acronym: one word of at most ten letters, two of them capitals at least (`DHPIZA`, `HAuA`)."""
    return re.fullmatch(r"[A-ZĐ][\w&]{1,9}", text) is not None and sum(ch.isupper() for ch in text) >= 2


def _same_body_placed(officials: list[Official]) -> list[Official]:
    """Officials whose body another official of the article names and places, placed there too: the same body
    (`Chủ tịch HAuA` beside `Phó Chủ tịch Hội Tự động hóa Thành phố Hồ Chí Minh (HAuA)`), by its name or the acronym in
    brackets after it (s58, set P144); or the same person in the same role, named with a placed body elsewhere (s59)."""
    placed_bodies = [(o.organization, o) for o in officials if o.organization and o.province]
    out = []
    for o in officials:
        body = o.organization
        match = next((p for name, p in placed_bodies if body and not o.province and p is not o and (
            _acronym(body) and (name == body or name.endswith(f"({body})")))), None) or next((
            p for _, p in placed_bodies if not o.province and p is not o and p.name == o.name and p.role == o.role
            and _BARE_DEPARTMENT.fullmatch(body or "")), None)  # (`Phó Giám đốc Sở NN&PTNT` beside the same person's `Phó Giám
        # đốc Sở Nông nghiệp và Phát triển nông thôn thành phố Hà Nội`: one post, placed; s59, set P156)
        out.append(o.model_copy(update={"province": match.province, "province_2025": match.province_2025}) if match else o)
    return out


_BARE_DEPARTMENT = re.compile(r"(?:Sở|Ban|Phòng|Trung tâm)\s+[^()]{1,40}")  # a body that names no place of its own
_ON_BEHALF = re.compile(r"(?<!\w)(?i:thay mặt|thừa ủy quyền|thừa uỷ quyền)\s+$")


# the one embassy an article names (`Đại sứ quán Việt Nam tại Nhật Bản`): whose ambassador or counsellor a bare title is
_EMBASSIES = re.compile(r"(?<!\w)Đại sứ quán\s+((?:Việt Nam|[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})\s+tại\s+[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){0,3})")


# the rank of a holder among the post's holders, a qualifier or the remit of the post before the body (`Tổng thống đầu
# tiên của Nga`, `Tổng thống đắc cử Mỹ`, `Phó Chủ tịch cao cấp Tập đoàn X`, `cố vấn cấp cao của Nhà Trắng`, `cố vấn an ninh quốc gia Mỹ`, `Giám đốc truyền
# thông Tập đoàn X`, `Giám đốc thương mại Lotte Mart`): not the body's name
_BEFORE_BODY = re.compile(r"^(?:(?i:đầu tiên|cuối cùng|cao cấp|thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|\d+)|đắc cử|mới|cấp cao|"
                      r"đặc biệt|đương nhiệm|lâm thời|an ninh quốc gia|an ninh|kinh tế|truyền thông|báo chí|đối ngoại|đối lập|"
                      r"tài chính|toàn cầu|sáng tạo|pháp lý|phụ trách(?=\s+(?:Cục|Vụ|Sở|Ban|Phòng|Khối|HĐND|UBND|Hội đồng|Ủy ban|Uỷ ban|Tạp chí|Báo|Đài|Trung tâm|Viện|Trường)\s))"
                      r"(?:\s+|$)(?:(?i:của|cho)\s+)?|(?:thương mại|kinh doanh|điều hành|kỹ thuật|nhân sự|marketing)\s+(?=[A-ZĐ]))+")
_ACT_TAIL = re.compile(r"(?<!\w)(?!Thư\s+ký)([A-ZĐÀ-Ỹ]\w*)\s+(?:dự|tham dự|trao|tặng|chủ trì|thăm|kiểm tra|phát biểu|báo cáo|gặp|gửi|"
                       r"đọc|nhận|ký|chúc mừng|động viên|cắt băng)(?:\s+[a-zà-ỹđ]+){0,2}$")
_TITLE_TAIL = re.compile(r"(?:\s*[-–]\s*(?i:ảnh)\b.*|\s+ẢNH(?::.*)?|\s+(?i:phụ trách)|\s+(?i:của|thuộc)\s+(?:Bộ|Sở|Tỉnh|Tập đoàn)|(?:\s+|\s*[-–]\s*)(?:giải đáp|nhấn mạnh|khẳng định|chia sẻ|cho biết|cho rằng)(?:[\s,:].*)?|(?<![Hh]ội)(?<![Cc]ộng)(?<![Hh]ợp)\s+đồng|\s+(?i:và|cùng)\s+(?i:đoàn)(?:\s.*)?|\s+(?:(?:PGS|GS|TS|ThS|KS|BS)\.?\s*)+|\s+(?:Phó\s+)?(?:Giáo sư|Tiến sĩ|Tiến sỹ|Thạc sĩ|Bác sĩ|Kỹ sư)(?:\s*,?\s*(?:Tiến sĩ|Tiến sỹ|Bác sĩ))?|\s+(?:Đây|Đó|Điều này))$")
# (`..., Bộ Công Thương Đây | cho biết`: the next sentence's word, its full stop lost, s54 set P116)


_FIRM_NAMED = r"(?<!\w)(?i:tập đoàn|tổng công ty|công ty)(?:\s+(?:[A-ZĐ][\w&.-]*|(?i:cổ phần|TNHH|MTV))){0,4}?"  # a firm's head and kind
_FIRM_END = re.compile(_FIRM_NAMED + r"\s+$")


def _after_firm(before: str, span: str, name: str) -> bool:
    """Whether the name, where this pair writes it (in `span`, or after `before`), right follows a firm's head and kind."""
    at = span.find(name)
    return _FIRM_END.search((before + span[:at]) if at >= 0 else before) is not None


def _brand(text: str, name: str) -> bool:
    """Whether the article writes `name` as a firm's name: after `Tập đoàn`, `Công ty` (and up to three words of its
    kind: `Công ty Cổ phần Than`) where no post stands before that head."""
    for m in re.finditer(rf"{_FIRM_NAMED}\s+{re.escape(name)}(?![\w-])", text):
        before = text[max(0, m.start() - 40):m.start()]
        if not patterns().role.search(before.split(",")[-1]) and not re.search(r"(?i:ông|bà)\s+$", text[:m.end() - len(name)]):
            return True
    return False


_FOREIGN_POST = re.compile(r"(?i:tỉnh trưởng|thị trưởng)(?!\w)")  # posts Vietnamese provinces and cities do not have


def _foreign_province(organization: str | None) -> bool:
    """Whether a body names a province in Latin letters that is none of Viet Nam's (`Hội đồng tỉnh Chungcheongbuk`)."""
    m = re.search(r"(?i:tỉnh)\s+([A-ZĐ][\w-]*(?:\s+[A-ZĐ][\w-]*)*)", organization or "")
    return m is not None and m.group(1).isascii() and load().province(m.group(1)) is None


def _bracketed_place(sentence: str, title: str) -> Province | None:
    """The province written in brackets right after a post in its sentence (`Giám đốc HTX sản xuất và dịch vụ thủy sản Châu
    Thành (Đồng Tháp)`: where the body is; s58, set P143), or the one a local parent body in brackets closing the title names
    (`Trưởng Phòng X (Sở Thông tin và Truyền thông TP.HCM)`; s59, set P153); else None."""
    at = sentence.find(title) if title else -1
    m = re.match(r"\s*\(\s*([^()]{2,30}?)\s*\)", sentence[at + len(title):]) if at >= 0 else None
    found = patterns().province.fullmatch(re.sub(r"^(?i:tỉnh|thành phố|TP\.?)\s*", "", m.group(1))) if m else None
    bracket = re.match(r"\s*(\((?:Sở|UBND|Ủy ban nhân dân)\s[^()]{2,70}\))", sentence[at + len(title):]) if at >= 0 else None
    title = f"{title} {bracket.group(1)}" if bracket else title  # (`..., Trung tâm Khuyến công và XTTM (Sở Công Thương Ninh Thuận)`)
    parent = _PARENT_IN_TITLE.search(title or "")  # `Trưởng Phòng Công nghệ thông tin (Sở Thông tin và Truyền thông TP.HCM)`: the
    placed = [p for x in patterns().province.finditer(parent.group(1)) if (p := load().province(x.group()))] if parent else []  # parent's
    return load().province(found.group()) if found else placed[-1] if placed else None


def _delegation(text: str, end: int, title: str) -> Province | None:
    """The province in brackets right after a deputy's name (`Đại biểu Quốc hội Nguyễn Tiến Sinh (Hòa Bình)`, `đại biểu X
    (TP. HCM)`): the delegation the deputy sits in; else None."""
    m = re.match(r"\s*\(\s*([^()]{2,30}?)\s*\)", text[end:])
    if m is None or not re.match(r"(?i:đại biểu)\s", title):
        return None
    found = patterns().province.fullmatch(m.group(1)) or patterns().province.fullmatch(
        re.sub(r"^(?i:tỉnh|thành phố|TP\.?)\s*", "", m.group(1)))
    return load().province(found.group()) if found else None


_PARENT_IN_TITLE = re.compile(r"\(((?:Sở|UBND|Ủy ban nhân dân|Công an|Bộ Chỉ huy)\s[^()]{2,70})\)$")  # a local parent body closing a title
_PARENT_BRACKET = re.compile(r"\s*\((?:(?i:thuộc|trực thuộc)\s+)?(?:Bộ|Tổng cục|Cục|Sở|UBND|Tập đoàn|Tổng công ty|Viện|Hiệp hội)\s+[^()]{2,70}\)")


def _parent_in_brackets(best: Found) -> str | None:
    """The parent body written in brackets right after a title whose body is named only in lower case (`Giám đốc Trung tâm
    xúc tiến thương mại (Bộ Nông nghiệp và Phát triển nông thôn)`), not the body's own short name (`Cục X (Cục CNĐP)`);
    else None."""
    text, title = best.sentence.text, best.title
    body = title[len(best.role):] if title.lower().startswith(best.role.lower()) else title
    if title not in text or organization_named(body):
        return None
    parent = _PARENT_BRACKET.match(text, text.find(title) + len(title))
    if parent is None or parent.group().strip(" (").split()[0] in title.split():
        return None
    return parent.group().strip()


def organization_named(title: str) -> bool:
    """Whether a body (the title past its role) is named by a capitalised word after its head's first two words (`Sở Công
    Thương`), not only in lower-case words (`Trung tâm xúc tiến thương mại`)."""
    return any(w[:1].isupper() for w in title.split()[2:])


_POLITE_END = re.compile(r"\s+(?:Ông|Bà|ông|bà|Đồng chí|đồng chí)$")


def _tidy_title(title: str, name: str) -> str:
    """A title without what follows the post in its sentence: the person's own name told again (`Phó Chủ tịch UBND tỉnh
    Long An Nguyễn Văn Được` after `ông Nguyễn Văn Được,`), the delegation that came along (`Phó Chủ tịch UBND tỉnh và
    đoàn công tác`), a photo credit (`Tổng Lãnh sự Ấn Độ tại TP.Hồ Chí Minh – ảnh K.Giới`), a verb of speech (`Giám đốc Trung tâm khuyến công | giải đáp`), the `đồng` of `đồng chủ trì` (`Cục trưởng Cục X đồng | chủ trì`), an academic degree before the name (`Trưởng Ban Quản lý PGS.TS`), the second syllable of `chức vụ`
    or `cương vị` glued before it (`vụ Trưởng Ban ...`), and another person's title and name before `lẫn` (`cả Chủ tịch
    Trung Quốc Tập Cận Bình lẫn Tổng thống Mỹ`)."""
    if title.endswith(" " + name):
        title = title[: -len(name)].rstrip(" ,")
    title = re.split(r"\s+(?:lẫn|cũng như)\s+(?=[A-ZĐ])", title)[-1]  # `cả Chủ tịch X Tập Cận Bình lẫn | Tổng thống Mỹ`: the other's
    title = re.sub(r"^(?:vụ|vị)\s+(?=[A-ZĐ])", "", title)  # `giữ chức vụ Trưởng Ban ...`: the second syllable of `chức vụ`
    title = re.sub(r"^.{3,80}?\s(?:bổ nhiệm|điều động|luân chuyển)\s+(?=[A-ZĐ])", "", title)  # `Quyết định của Thủ tướng Chính phủ
    # bổ nhiệm | Thứ trưởng Bộ Công Thương X giữ chức ...`: who appoints is no part of the appointee's post (s48, set P67)
    act = _ACT_TAIL.search(title)  # `Chủ tịch UBND quận Hoàng Mai | dự`, `... | trao giấy`: the act after a name
    title = title[:act.end(1)] if act else title
    title = _FIRM_TAIL.sub("", title) if _FIRM.search(title) else title  # `Giám đốc Công ty X, xã Hữu Định, huyện Y`, `công ty X-
    # doanh nghiệp xuất khẩu ...`: a firm's address or description after its name is no part of the post (s47, set P62)
    return _TITLE_TAIL.sub("", title).rstrip(" ,") or title


_FIRM = re.compile(r"(?<!\w)(?i:công ty|tập đoàn|hợp tác xã|HTX|doanh nghiệp tư nhân)(?!\w)")
_FIRM_TAIL = re.compile(r"(?:,\s*(?i:xã|phường|thị trấn|huyện|quận|thị xã|ấp|khu phố)\s+[A-ZĐ][^,]*(?:,\s*(?i:xã|phường|thị trấn|huyện|quận|"
                        r"thị xã|tỉnh|thành phố|TP\.?)\s+[A-ZĐ][^,]*)*|\s*[-–]\s*(?i:doanh nghiệp|đơn vị|nhà máy|công ty)\s+[a-zà-ỹđ].*)$")


def _mentions(analysis: Analysis, name: str, people: dict[str, _Person]) -> list[Mention]:
    """Every place the person is named: the full name, and honorific + given name (`ông Hòa`)."""
    text = analysis.text
    spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I)]
    given = name.split()[-1]
    same_given = [p for p in people.values() if p.name.split()[-1] == given]
    if len(same_given) == 1:
        pattern = rf"(?<!\w)(?i:ông|bà|anh|chị|đồng chí|đ/c)\s+{re.escape(given)}(?![\w])"
        for m in re.finditer(pattern, text):
            if not any(s <= m.start() < e for s, e in spans):
                spans.append((m.start(), m.end()))
    return [Mention(text=text[s:e], start=s, end=e) for s, e in sorted(spans)]
