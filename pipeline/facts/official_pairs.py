"""Titles of office paired with the people holding them, inside one sentence.

Shapes found, with any separator (`-`, `–`, `,`, `(`) or none:

    ROLE [ORG] NAME                   Thứ trưởng Bộ Công Thương Phan Thị Thắng
    [honorific] NAME sep ROLE [ORG]   ông Giang Thanh Khoa - Phó Chủ tịch UBND tỉnh Kiên Giang
    ROLE ORG, honorific NAME          Giám đốc Sở Công Thương tỉnh Kiên Giang, ông Trương Văn Minh

Chains (`Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh`, `A kiêm B`) become one title; in lists
(`Title1 Name1, Title2 Name2`) each title stays with its own person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.facts import foreign_officials, names
from pipeline.facts.lexicon import alternation, entries, load
from pipeline.facts.official_context import CONNECTORS, DASHES, PLURAL, SEPARATORS, Context, patterns, toneless
from pipeline.facts.organisations import org_scan, remit_title
from pipeline.language.analysis import Sentence
from pipeline.language.textnorm import fold

# What may stand between two offices of one person: `Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND`.
# An age or a birth year before the post, in the parentheses or between the commas after a name: `Nguyễn Văn A
# (40 tuổi, giám đốc ...)`, `Trần Văn B (sinh năm 1962, nguyên Tổng giám đốc ...)`, `Lê Thị C (SN 1970; nguyên
# ...)`, `Đào Văn D, SN 1957, cựu Giám đốc Sở ...`.
_AGE = re.compile(r"(?<=[(,])\s*(?:\d{1,3}\s+tuổi|(?:[Ss]inh\s+năm|SN|[Ss]\.\s?[Nn]\.?)\s*:?\s*(?:19|20)\d{2})\s*[,;]\s*$")
# A list of people opened by a plural honorific and a colon (`các đồng chí:`, `các ông:`).
_LIST_HONORIFIC = re.compile(r"(?<!\w)(?:các|những)\s+(?i:đồng chí|ông|bà|vị)(?:\s+[a-zà-ỹđ]+){0,2}\s*:\s*$")  # (`các đồng chí lãnh đạo:`)
# a later item of such a list, after `;` (`...: Sổm Ma Ly Khăm Kênh - Trưởng huyện X; | Khẳm Tằn Sổm Vi Lay - Phó Giám đốc ...`)
_LIST_ITEM = re.compile(r"(?<!\w)(?:các|những)\s+(?i:đồng chí|ông|bà|vị)(?:\s+[a-zà-ỹđ]+){0,2}\s*:[^:]*;\s*$")
# After a post named as an appointment, `cho` leads to the person appointed (an honorific must follow).
_APPOINTED = re.compile(r"cho\s+(?=\S)")
# A post's remit written after it in lower case (`Phó Chủ tịch phụ trách khối văn xã`), not an organisation.
_REMIT = re.compile(rf"(?i:{alternation(list(entries('title_remits.txt')))})(?!\w)")
_NO_LEAD = re.compile("")
# A bare post spoken to before a comma is no office of the person after it (`Báo cáo với Thủ tướng, Chủ tịch HĐQT X`;
# but `làm việc với Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội X`: one person's posts).
_ADDRESSED = re.compile(r"(?<!\w)(?<!đối )(?i:với|trước|lên|gửi)\s*$")
# a verb of receiving or meeting right before a post whose body ends in a foreign name: the one received is another
# person than who receives (`buổi tiếp Chủ tịch Tập đoàn Sunny Ye Liaoning, Phó Thủ tướng Trần Lưu Quang ...`; but
# `hội đàm với Ủy viên Thường vụ Bộ Chính trị, Phó Thủ tướng Trung Quốc Trương Cao Lệ`: one person's two posts)
_RECEIVED = re.compile(r"(?<!\w)(?i:tiếp|tiếp đón|tiếp kiến|hội kiến|gặp|gặp gỡ|gặp mặt|hội đàm với|làm việc với|điện đàm với)\s*$")
_IS_HELD_BY = re.compile(rf"(?:(?i:{alternation(list(entries('present_post_words.txt')))})|là)\s+(?=\S)")
# After a counted or plural title, what leads to the list of its holders: `4 phó tổng giám đốc là các ông: A, B`,
# `Các Phó chủ tịch Hội gồm A, B và C`, `hai Phó Giám đốc gồm bà A và ông B`.
_LISTED_BY = re.compile(r"(?:gồm(?:\s+có)?|là)\s*(?:(?:các|những)\s+(?:ông|bà|đồng chí|vị)\s*)?:?\s*(?=\S)")
_TERM_END = re.compile(r"\s+(?i:nhiệm kỳ|nhiệm kì|khóa|khoá)\s+(?:[IVXLC]+|\d{1,2}|(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})\s*$")
_QUALIFIER_END = re.compile(rf"\s+{foreign_officials.ELECTED}\s*$")
_PERSONAL = re.compile(rf"(?i:{alternation(list(entries('honorifics_personal.txt')))})(?!\w)")
# Between a present post and the one a person is appointed to: `bổ nhiệm ông X, Phó Giám đốc Sở, giữ chức Giám đốc Sở`.
_APPOINTED_JOIN = re.compile(rf"^\s*,\s*(?i:{alternation(list(entries('appointed_post_words.txt')))})\s*$")
_APPOINTING = re.compile(rf"(?<!\w)(?i:{alternation(list(entries('appointment_words.txt')) + ['bầu', 'bầu bổ sung'])})(?!\w)")
_LIST_CLOSE = re.compile(r"^\s*,?\s*và\s*$")
# A count or plural word before a title shared by several people (`hai Phó Chủ tịch UBND tỉnh A và B`).
_COUNTED = re.compile(rf"(?<![\w.,])(?:(?i:{alternation(list(entries('title_counts.txt')))})|[2-9])\s*$")  # (`4 Phó chủ tịch A, B, ...`)
# A list of people opened by a plural honorific (`các ông A, B, Phó Chủ tịch ...`).
_PLURAL_HONORIFIC = re.compile(rf"(?<!\w)(?i:{alternation(list(entries('title_counts.txt')))})\s+(?i:đồng chí|ông|bà|vị)\s*:?\s*$")
CHAIN_JOIN = re.compile(r"^\s*(?:,|-|–|—|kiêm|,\s*kiêm|và là|đồng thời là|,\s*đồng thời là)?\s*$", re.I)
@dataclass
class _Role:
    """A title of office in a sentence: units [start, end) are the role words (from `title_start` with a
    prefix such as `cựu`), up to `org_end` its organisation; `name_after` a name that follows it."""

    start: int
    end: int
    title_start: int
    org_end: int
    name_after: tuple[int, int] | None
    claimed: bool = False


@dataclass
class Found:
    name: str
    role: str
    title: str
    organization: str | None
    start: int
    end: int
    sentence: Sentence
    former: bool = False  # a post held in the past (`nguyên Bộ trưởng`, `khi giữ cương vị ...`)


def _spaced_syllable(c: Context, k: int) -> bool:
    """Unit k is the lower-case last syllable of a foreign name hyphenated with spaces (`in` of `Moon Jae - in`,
    `hyon` of `Kim Do - hyon`), as `names.run_end` reads it forward."""
    if k < 2 or not c.units[k - 2].cap:
        return False
    first = k - 2
    while first > 0 and c.units[first - 1].cap and c.units[first - 1].alpha and first - 1 not in c.role_starts:
        first -= 1
    return names.spaced_hyphen(c.units, k - 1, first)


def _name_before(c: Context, k: int) -> tuple[int, int] | None:
    """The person named right before unit k, where a title starts: `ông X - `, `X, `, `X (`, with a
    filler such as `hiện giữ chức` allowed between."""
    before = c.before(k)
    # A verb joining the person to the post (`ông X được bầu giữ chức`, `Nguyễn Văn A được bổ nhiệm làm`)
    # vouches for the name as a separator or an honorific does.
    linked = c.pats.link_end.search(before)
    m = linked or c.pats.filler_end.search(before) or _AGE.search(before)
    if m:
        k = c.grid.index_at(c.sentence.start + m.start())
    sep = k > 0 and c.units[k - 1].text in SEPARATORS
    i = k - 1 if sep else k
    if sep and i > 0 and c.units[i - 1].text == ")":
        # A remark in parentheses between the name and its title (`bà X (thứ 2, từ phải sang) - Giám đốc`).
        o = i - 1
        while o > 0 and i - o < 12 and c.units[o].text != "(":
            o -= 1
        if c.units[o].text == "(" and not any(x in c.role_starts for x in range(o, i)):
            i = o
    b = i
    while b > 0 and ((c.units[b - 1].cap and c.units[b - 1].alpha)
                     or (c.units[b - 1].text in names.JOINERS and b > 1 and c.units[b - 2].cap)
                     or (b > 2 and c.units[b - 1].alpha and c.units[b - 2].text == "-"
                         and c.units[b - 3].end == c.units[b - 2].start == c.units[b - 1].start - 1)
                     or _spaced_syllable(c, b - 1)):
        if b - 1 in c.role_starts:
            break
        b -= 1
    first = b
    while b < i and c.pats.honorific.fullmatch(c.units[b].text) \
            and not (b > first and names.vietnamese(c.grid, b, i, ())):
        b += 1  # `ông`, but not the family name Ông of `ông Ông Văn Tuấn`
    if b >= i:
        return None
    # `các đồng chí: Kim Rương, Ủy viên ...`: the list's honorific before the colon serves its first item.
    honoured = bool(c.pats.honorific_end.search(c.before(b)) or _LIST_HONORIFIC.search(c.before(b)) or _LIST_ITEM.search(c.before(b)))
    if i - b == 1 and not (honoured and names.foreign_spelling(c.units[b].text)) \
            and (names.vietnamese_looking(c.units[b].text) or len(c.units[b].text) < 6):
        return None  # `ông Bình là ...`: a short reference to someone named in full elsewhere (not `ông Jean`)
    if honoured and names.loose(c.grid, b, i) and not names.vietnamese(c.grid, b, i, ()) \
            and not any(c.match(p, b) for p in (c.pats.org_head, c.pats.country, c.pats.province)):
        return b, i
    name = names.suffix(c.grid, b, i, c.protected)
    # An item of a list opened by `:` or `;`, the title right after the name (`các đồng chí: A Bí thư ...`).
    itemised = name is not None and name[0] == b and b > 0 and c.units[b - 1].text in (":", ";")
    if name and (sep or honoured or ((linked or itemised) and name[1] == i)):
        return name
    return None


def _honorific_start(c: Context, k: int) -> int:
    """Unit k moved back over an honorific right before it (`ông`, `bà`, `đồng chí`)."""
    for back in (2, 1):
        if k - back >= 0 and c.match(c.pats.honorific, k - back) == k:
            return k - back
    return k


def _listed_before(c: Context, name: tuple[int, int], counted: bool, taken: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The people listed right before `name` who share the title written after it: `ông A, ông B và bà C, Phó
    Giám đốc Sở ...`, `các ông A, B, Phó Chủ tịch ...`, `ông A và bà B, hai Phó Giám đốc ...`. Each item is a
    Vietnamese name (honorific optional) after `,` or `và`; the list shares the title only when it is closed by
    `và`, opened by a plural honorific or the title is counted. A name with a title of its own (in `taken`) or
    an apposition (`ông A, nông dân ..., và bà B`) ends the list."""
    items: list[tuple[int, int]] = []
    closed = False
    k = _honorific_start(c, name[0])
    while k > 1:
        sep = c.units[k - 1].text
        end = k - 1
        if fold(sep) == "va":
            closed = True
            if end > 0 and c.units[end - 1].text == ",":
                end -= 1
        elif sep != ",":
            break
        found = names.suffix(c.grid, max(0, end - 4), end, c.protected)
        if found and found[1] - found[0] > 2 and c.match(c.pats.honorific, found[0]) \
                and names.vietnamese(c.grid, found[0] + 1, found[1], c.protected):
            found = (found[0] + 1, found[1])  # `Ông Phạm Thanh Sơn và ...`: the honorific, not the family name Ông
        if found is None or found in taken or any(found[0] == t[0] or found[1] == t[1] for t in taken):
            break
        start = _honorific_start(c, found[0])
        # An item starts after its honorific, a comma or a colon, or the list's plural honorific (`các ông A, B`).
        if start == found[0] and found[0] > 0 and c.units[found[0] - 1].text not in (",", ":", ";") \
                and not _PLURAL_HONORIFIC.search(c.before(found[0])):
            break  # `cảng cá Cà Ná và ông X`: a place, not the first of a list
        items.insert(0, found)
        k = start
    if not items:
        return []
    if re.search(r"(?<!\w)(?i:giữa)\s+$", c.before(_honorific_start(c, items[0][0]))) and not counted:
        return []  # `giữa ông A và bà B, Phó Chủ tịch ... Intel`: two parties; the title is the last one's (s58, set P150)
    if closed or counted or _PLURAL_HONORIFIC.search(c.before(items[0][0])):
        return items
    return []


def _name_list(c: Context, k: int, honorific_needed: bool) -> list[tuple[int, int]]:
    """Names listed from unit k (`Trương Hòa Bình, Phạm Bình Minh và Vũ Đức Đam`), up to `;` or a word
    that is no name; with `honorific_needed`, one name after `ông`/`bà` only."""
    found: list[tuple[int, int]] = []
    while k < c.n:
        h = c.match(c.pats.honorific, k)
        if h:
            k = h
        elif honorific_needed:
            break
        end = names.run_end(c.grid, k, c.role_starts, joined=True)
        if end == k:
            break
        one_word = end - k == 1 and (names.vietnamese_looking(c.units[k].text) or len(c.units[k].text) < 6)
        if names.vietnamese(c.grid, k, end, c.protected) or (h and names.loose(c.grid, k, end) and not one_word
                                                             and not c.match(c.pats.org_head, k)):
            found.append((k, end))
        else:
            break
        if honorific_needed or end >= c.n:
            break
        if c.units[end].text == "," or fold(c.units[end].text) == "va":
            k = end + 1
            continue
        break
    return found


def _campaign_title(c: Context, i: int, j: int) -> bool:
    """A title a campaign gives (`Đại sứ truyền thông của Lễ hội`, `đại sứ thiện chí`): the title is one of
    `campaign_roles.txt` and a lower-case word that is no connector or qualifier of the post follows it."""
    if j >= c.n or fold(c.grid.text(i, j)) not in {fold(r) for r in entries("campaign_roles.txt")}:
        return False
    u = c.units[j]
    return u.alpha and not u.cap and u.text.lower() not in CONNECTORS and not c.match(c.pats.role_qualifier, j)


def _scan_roles(c: Context) -> list[_Role]:
    roles = []
    for i, j in c.role_spans:
        if c.pats.not_held_end.search(c.before(i)):
            continue  # `ứng viên tổng thống X`, `bầu cử tổng thống`: the post, not someone holding it
        if _campaign_title(c, i, j) or any(a == j and fold(c.grid.text(a, b)) == fold(c.grid.text(i, j)) for a, b in c.role_spans):
            continue  # (the first of a post written twice, `Tổng thống Tổng thống Argentina`: the second holds it)
        m = c.pats.prefix_end.search(c.before(i))
        title_start = c.grid.index_at(c.sentence.start + m.start()) if m else i
        org_end, name_after = org_scan(c, j)
        if name_after is None and _EVENT_HEAD_END.search(c.before(i)):
            continue  # `Hội nghị Tham tán Thương mại khu vực châu Âu, Tổng Biên tập X`: the meeting's name, no post held (but
            # `Tại Hội nghị Phó Thủ tướng X đánh giá`: a name right after the post holds it)
        if _PRESIDENT_HO.fullmatch(c.grid.text(i, org_end).strip()):
            continue  # `anh linh Chủ tịch Hồ Chí Minh, Phó Thủ tướng X`: the late President, a name, no post of the city
        roles.append(_Role(i, j, title_start, org_end, name_after))
    return roles


_EVENT_HEAD_END = re.compile(r"(?<!\w)(?:Hội nghị|Hội thảo|Diễn đàn|Tọa đàm|Toạ đàm)(?:\s+(?i:thượng đỉnh|cấp cao))?\s+$")
_WHOLE_BODY = re.compile(r"(?:Cục|Tổng cục|Vụ|Sở|Bộ|Công ty|Tổng công ty|Tập đoàn|Ngân hàng|Chi cục)\s")
_PRESIDENT_HO = re.compile(r"(?i:chủ tịch)\s+Hồ\s+Chí\s+Minh")
_ROLE_BODY = re.compile(r"(?<!\w)((?:ủy |uỷ )?ban|văn phòng|thanh tra|phòng|đoàn)$", re.I)  # a role named after the body it heads


_AD_HOC = re.compile(r"(?i:phó\s+)?(?i:trưởng)\s+(?i:ban)\s+(?i:chỉ đạo|tổ chức)(?!\w)")
_PARTY_BODY = re.compile(r"\s*(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Khu|Quân)\s+ủy|\s*Trung ương|\s*TƯ|\s*TW")


def _ad_hoc(c: Context, role: _Role) -> bool:
    """Whether a post closing a chain heads a committee set up for one event or programme (`Phó Chủ tịch UBND tỉnh X,
    Trưởng Ban chỉ đạo chương trình OCOP`, `Trưởng Ban tổ chức hội chợ`): the person's main office stays the post
    before it; a party's standing committee (`Trưởng Ban Tổ chức Tỉnh ủy`) is an office."""
    post = c.grid.text(role.start, role.org_end).strip()
    m = _AD_HOC.match(post)
    return m is not None and not _PARTY_BODY.match(post[m.end():])


def _placed_name_after(c: Context, role: _Role) -> bool:
    """Whether a whole name (three syllables or more) follows the role's organisation that ends with a province's name
    (`ông A, Bí thư Tỉnh ủy Hậu Giang Nghiêm Xuân Thành`): that name holds the post, not the person before it (but `ông
    Lê Văn Khánh, Giám đốc HTX Mộc mỹ nghệ Thái Yên`: a place's name, two syllables)."""
    if role.name_after is None or role.name_after[1] - role.name_after[0] < 3:
        return False
    words = c.grid.text(role.end, role.name_after[0]).split()
    return any(load().province(" ".join(words[-k:])) is not None for k in (1, 2, 3) if len(words) > k)


def _apposed_body(c: Context, k: int) -> int | None:
    """The end of a body set after a comma past the name of a title that named none (`Tham tán Thương mại Lê Phú Cường,
    Thương vụ Việt Nam tại Philippines, cho biết`), closed by a comma before a lower-case word or the sentence's end; else None (`Giám đốc A, Sở
    Công Thương phối hợp ...`: the body opens the next clause)."""
    dashed = k < c.n and c.units[k].text in DASHES  # (`Thứ trưởng Lê Anh Tuấn - Bộ Giao thông vận tải cho biết`)
    if k + 2 >= c.n or (c.units[k].text != "," and not dashed) or not c.match(c.pats.org_head, k + 1) or k + 1 in c.role_starts:
        return None
    end, name = org_scan(c, k + 1)
    closed = end >= c.n or c.units[end].text in (".", ";") or (end + 1 == c.n and c.units[end].punct) or (
        c.units[end].text == "," and end + 1 < c.n and c.units[end + 1].alpha and not c.units[end + 1].cap) or (
        dashed and c.units[end].alpha and not c.units[end].cap)  # (after a dash, the verb after the body closes it; `..., Ban Bí thư
    # Trung ương Đảng, Thủ tướng đã ...`: a list of others after the name, not the name's body)
    return end if name is None and end > (c.match(c.pats.org_head, k + 1) or k + 1) and closed else None


_TOP_POST = re.compile(r"(?i:thủ tướng|chủ tịch nước|chủ tịch quốc hội)(?:\s+(?i:chính phủ))?\s*$")
_MINISTRY_POST = re.compile(r"(?i:bộ trưởng|thứ trưởng)(?!\w)")


def _never_together(c: Context, first: _Role, then: _Role) -> bool:
    """`sự đồng ý của Thủ tướng Chính phủ, Bộ trưởng Ngoại giao X`: the head of government or state and a minister
    are two people, however the comma reads (a Deputy Prime Minister may hold a ministry; the Prime Minister not)."""
    minister = _MINISTRY_POST.match(c.grid.text(then.start, then.end).strip())
    head = c.grid.text(first.title_start, first.org_end).strip()
    local = _LOCAL_POST.search(c.grid.text(then.start, then.org_end))
    abroad = _HEAD_ABROAD.match(head) and c.pats.country.search(head) and not re.search(r"Việt Nam", head)
    return bool((minister or local) and (_TOP_POST.match(head) or abroad) or minister and _GOVERNOR.match(
        c.grid.text(first.start, first.end).strip()))  # (`hội kiến với Phó Tỉnh trưởng tỉnh Vân Nam, Thứ trưởng Ngoại giao X`:
    # a province's governor abroad holds no ministry; `Thừa ủy quyền của Chủ tịch nước, Chủ tịch UBND tỉnh Gia Lai X`, `chuyến
    # thăm của Thủ tướng Quốc vụ viện Trung Quốc, Bộ trưởng Bộ Công Thương X`: two people, s63 sets P181, P182)


_LOCAL_POST = re.compile(r"(?<!\w)(?:UBND|HĐND|Tỉnh ủy|Thành ủy|(?i:ủy ban nhân dân|hội đồng nhân dân))(?!\w)")
_HEAD_ABROAD = re.compile(r"(?i:thủ tướng|tổng thống|chủ tịch nước|quốc vương|nhà vua)(?!\w)")


_GOVERNOR = re.compile(r"(?:(?i:phó)\s+)?(?i:tỉnh trưởng|thống đốc|thị trưởng|châu trưởng)$")


def _dashed_to_name(c: Context, roles: list[_Role], k: int) -> bool:
    """Whether role `k` is joined by a dash to a next role with its name after (`bà A, Phó Chủ tịch Quốc hội, Phó chủ
    nhiệm UB dân tộc - Thứ trưởng Hà Hùng`): both posts are that person's, not the end of the chain before."""
    nxt = roles[k + 1] if k + 1 < len(roles) else None
    return nxt is not None and nxt.name_after is not None and c.between(roles[k].org_end, nxt.title_start).strip() in DASHES


def _kiem_chain_start(c: Context, roles: list[_Role], n: int) -> int:
    """The first role of an unclaimed `A kiêm B` chain that role `n` closes (`Tổng Giám đốc kiêm Chủ tịch HĐQT Công ty X -
    ông Y`: both posts are Y's), or `n`."""
    first = n
    while first > 0 and not roles[first - 1].claimed and roles[first - 1].org_end <= roles[first].title_start and \
            re.fullmatch(r"\s*,?\s*(?i:kiêm|đồng thời là)\s*", c.between(roles[first - 1].org_end, roles[first].title_start)):
        first -= 1
    for k in range(first, n):
        roles[k].claimed = True
    return first


def in_sentence(c: Context) -> list[Found]:
    roles = _scan_roles(c)
    found: list[Found] = []
    named: set[tuple[int, int]] = set()

    def add(name: tuple[int, int], t_start: int, last: _Role, t_end: int | None = None,
            org_of: _Role | None = None, former: bool = False) -> None:
        """`last` gives the role; `org_of` (the last office of a `kiêm` chain) the organisation."""
        named.add(name)
        t_end = last.org_end if t_end is None else t_end
        span = (min(name[0], t_start), max(name[1], t_end))
        org_role = org_of if org_of is not None and last.org_end == last.end else last
        org_text = c.grid.text(org_role.end, org_role.org_end)
        if org_text.strip()[:1].islower() and (remit_title(c, org_role.end) or (
                _REMIT.match(org_text.strip()) and not any(w[:1].isupper() for w in org_text.split()))):
            org_text = ""  # `Phó Giám đốc phụ trách công tác khuyến công`: a remit, no organisation
        org_text = re.sub(r"^\s*của\s+", "", org_text)  # `Chủ tịch HĐQT của Công ty X`: the body is `Công ty X`
        org_text = _QUALIFIER_END.sub("", org_text)  # `Tổng thống Mỹ đắc cử`: the post's qualifier, not the country's
        org_text = _TERM_END.sub("", org_text)  # `Chủ tịch Hiệp hội nhiệm kỳ VI`: the post's term, no part of the body (s64, set P185)
        qualifier = c.pats.role_qualifier.match(org_text.strip())
        if qualifier:  # `Thống đốc đương nhiệm`: the qualifier belongs to the post, not the organisation
            org_text = org_text.strip()[qualifier.end():]
        body = _ROLE_BODY.search(c.grid.text(org_role.start, org_role.end))
        if body and body.group(1).lower() == "phòng" and _WHOLE_BODY.match(org_text.strip()):
            body = None  # `Trưởng Phòng Cục Trồng trọt`: an unnamed room of the department, whose body is the department
        if body and len(org_text.split()) > 1 and not re.match(rf"(?i:{body.group(1)})(?!\w)", org_text.strip()):
            head = body.group(1)
            org_text = f"{head[:1].upper()}{head[1:].lower()} {org_text.strip()}"  # `Trưởng ban Tuyên giáo Tỉnh ủy X`:
            # the body is `Ban Tuyên giáo Tỉnh ủy X`, `Chánh Văn phòng UBND tỉnh X` heads `Văn phòng UBND tỉnh X`,
            # `Chủ nhiệm Ủy ban Kinh tế` the `Ủy ban Kinh tế` (a bare `Sở` is left for the article to resolve)
        found.append(Found(
            name=" ".join(c.grid.text(*name).split()),
            role=canonical_role(c.grid.text(last.start, last.end)),
            title=" ".join(c.grid.text(t_start, t_end).split()),
            organization=" ".join(org_text.split()).lstrip("-–, ") or None,
            start=c.units[span[0]].start,
            end=c.units[span[1] - 1].end,
            sentence=c.sentence,
            former=former or bool(c.pats.prefix_start.match(c.grid.text(t_start, t_end).strip())
                        or c.pats.former_end.search(c.before(t_start))),
        ))

    after = {r.name_after for r in roles if r.name_after}
    # NAME sep TITLE: the person comes before the title; capitalised words ending the organisation are
    # then its place name (`ông Lê Văn Khánh, Giám đốc HTX Mộc mỹ nghệ Thái Yên`), not a second person,
    # unless the name before is itself the last one of a list (`Thủ tướng A, Phó Thủ tướng B`).
    before: dict[int, tuple[int, int]] = {}
    counted: set[int] = set()  # roles whose title is counted after the names (`ông A và bà B, hai Phó Giám đốc`)
    for n, r in enumerate(roles):
        nb = _name_before(c, r.title_start)
        count = _COUNTED.search(c.before(r.title_start)) if nb is None else None
        if count:
            k = c.grid.index_at(c.sentence.start + count.start())
            if 0 < k and c.units[k - 1].text in SEPARATORS:
                nb = _name_before(c, k)
                # Counted for several: only after a list of names (`ông Ibnu Hadi, các Đại sứ ...` are others).
                if nb and _listed_before(c, nb, True, after):
                    counted.add(n)
                else:
                    nb = None
        if nb is None and r.name_after is None:
            nb = foreign_officials.name_before_title(c, r.title_start)  # `Abraham Denmark, Phó trợ lý Bộ trưởng ...`
        if nb and r.name_after is None and r.org_end < c.n and c.match(_PERSONAL, r.org_end) \
                and _name_list(c, r.org_end, honorific_needed=True):
            nb = None  # `bà A, Đại sứ Indonesia tại Việt Nam ông B`: the title is B's, whose honorific follows it
        if nb and nb[1] - nb[0] == 1 and (r.name_after or (nb[0] > 1 and c.units[nb[0] - 2].text.lower() == "của")):
            nb = None  # `bà Park, Tổng thống tạm quyền Hwang Kyo - ahn`; `của ông Duterte, người phát ngôn ...`
        if nb and n > 0 and re.fullmatch(r"\s*[-–]\s*(?:(?i:ông|bà|đồng chí)\s+)?", c.between(roles[n - 1].org_end, nb[0])) and re.match(
                r"\s*[-–]\s*(?:(?i:ông|bà|đồng chí)\s+)?[A-ZĐ]", c.rest(r.org_end)):
            nb = None  # `Thứ trưởng Bộ Công Thương - Nguyễn Cẩm Tú, Phó Chủ tịch UBND TP HCM - ông Lê Mạnh Hà`: each title
            # with the name its dash leads to; the name before is the previous title's (s63, set P180)
        if nb and nb in after and r.name_after is None:
            # `ĐBQH Trương Minh Hoàng, Phó Chủ nhiệm Ủy ban ...`: a membership before the name yields to the post after.
            weak = [m for m in roles if m.name_after == nb and fold(canonical_role(c.grid.text(m.start, m.end)))
                    in c.pats.weak_roles]
            if weak:
                weak[0].name_after, weak[0].claimed = None, True
                after.discard(nb)
        if nb and r.name_after is not None and r.name_after[0] == r.end and r.name_after[1] - r.name_after[0] >= 3:
            nb = None  # `ông Abe Shuichi, Thủ tướng Nguyễn Xuân Phúc đề nghị`: a full name right after a bare post holds it
        if nb and r.name_after is not None and r.name_after[1] - r.name_after[0] >= 3 and any(
                m.org_end <= nb[0] and re.fullmatch(r"\s*,\s*(?:(?i:ông|bà|đồng chí)\s+)?", c.between(m.org_end, nb[0])) for m in roles[:n]):
            nb = None  # `Bộ trưởng Bộ GTVT, Trần Hồng Minh, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh`: the name before has its
            # own title before it, and the full name after the body holds this one (s64, set P184)
        if nb and nb not in after and not _placed_name_after(c, r):
            before[n] = nb
            if r.name_after:
                after.discard(r.name_after)
                r.org_end, r.name_after = r.name_after[1], None
    for n in list(before):
        for k in range(n + 1, len(roles)):  # `ông X – Bí thư Đảng ủy, Tổng Giám đốc Công ty CP Supe Phốt phát và Hóa chất Lâm Thao`:
            m = roles[k]  # the chain's last body, a company, ends like a name of two syllables; the chain is X's, the end the body's
            if m.title_start < roles[k - 1].org_end or not CHAIN_JOIN.match(c.between(roles[k - 1].org_end, m.title_start)) or k in before:
                break
            if m.name_after is not None:
                if m.name_after[1] - m.name_after[0] == 2 and not _placed_name_after(c, m) and re.match(
                        r"\s*(?i:công ty|tổng công ty|tập đoàn|hợp tác xã|HTX)(?!\w)", c.grid.text(m.end, m.name_after[0])):
                    after.discard(m.name_after)
                    m.org_end, m.name_after = m.name_after[1], None
                break
    for n, r in enumerate(roles):
        if n not in before or r.claimed:
            continue
        r.claimed, last, primary, t_start = True, r, r, r.title_start
        gone = False  # past `nguyên` in a chain that opens with a present post: the posts after it are former ones
        was = re.search(r"(?<!\w)(?i:nguyên|cựu)\s*$", c.between(before[n][1], t_start)) is not None or re.match(
            r"\s*(?i:nguyên|cựu)(?!\w)", c.grid.text(t_start, r.end)) is not None
        for k, m in enumerate(roles[n + 1:], n + 1):
            if m.name_after or m.claimed or m.title_start < last.org_end or _dashed_to_name(c, roles, k):
                break
            join = c.between(last.org_end, m.title_start)
            past = re.match(r"(?i:nguyên|cựu)(?!\w)", c.between(before[n][1], t_start).strip(" ,") + c.units[t_start].text) is not None
            if _APPOINTED_JOIN.match(join) and (_APPOINTING.search(c.before(before[n][0])) or past):
                # `bổ nhiệm ông X, Phó Giám đốc Sở ..., giữ chức Giám đốc Sở ...`: the post appointed to is the title;
                # so in `ông X, nguyên Phó trưởng Ban ..., giữ chức Phó Tổng giám đốc PVC`, the former post told first.
                add(before[n], t_start, primary, last.org_end, last, former=True)
                m.claimed, last, primary, t_start = True, m, m, m.title_start
                continue
            if c.pats.now_join.match(join):
                # `nguyên Phó Thủ tướng ..., nay là Bí thư ...`: the former post and the present one apart.
                add(before[n], t_start, primary, last.org_end, last)
                m.claimed, last, primary, t_start = True, m, m, m.title_start
                continue
            # `nguyên Tổng giám đốc, Phó chủ tịch HĐQT và Chủ tịch Hội đồng tín dụng ...`: a list of one person's
            # posts may close with `và` once commas have begun it.
            if not CHAIN_JOIN.match(join) and not (last is not r and _LIST_CLOSE.match(join)):
                break
            # `A kiêm B`: A stays the main office; `Ủy viên ..., Phó Chủ tịch ...`: the last one is.
            m.claimed, last = True, m
            gone = gone or not was and (re.search(r"(?<!\w)(?i:nguyên|cựu)\s*$", join) is not None or re.match(
                r"\s*(?i:nguyên|cựu)(?!\w)", c.grid.text(m.title_start, m.end)) is not None)  # `Thứ trưởng Bộ Ngoại giao, nguyên Đại sứ ...`
            primary = primary if "kiêm" in join.lower() or gone or _ad_hoc(c, m) and primary.org_end > primary.end else m
        add(before[n], t_start, primary, last.org_end, last if not gone else None)  # (no body from a former post)
        taken = {m.name_after for m in roles if m.name_after} | set(before.values())
        # Only a title after a comma is shared: one in parentheses or after a dash is the last person's.
        between = c.between(before[n][1], t_start) if before[n][1] < t_start else ""
        shared = between.strip().startswith(",") or bool(c.pats.link_end.search(between))
        for name in _listed_before(c, before[n], n in counted, taken - {before[n]}) if shared else []:
            if name not in named:
                add(name, t_start, primary, last.org_end, last)
    for n, r in enumerate(roles):
        if not r.name_after:
            continue
        r.claimed, t_start = True, r.title_start
        p = n - 1
        while p >= 0 and not roles[p].claimed and roles[p].org_end <= t_start and \
                CHAIN_JOIN.match(c.between(roles[p].org_end, t_start)) and not _never_together(c, roles[p], r) and not (
                roles[p].org_end == roles[p].end and c.between(roles[p].org_end, t_start).strip() == ","
                and _ADDRESSED.search(c.before(roles[p].title_start))) and not (
                c.between(roles[p].org_end, t_start).strip() == "," and _RECEIVED.search(c.before(roles[p].title_start))
                and re.search(r"(?<!\w)[A-Z][a-z]+\s+[A-Z][a-z]+$", c.grid.text(roles[p].end, roles[p].org_end).strip())):
            roles[p].claimed, t_start = True, roles[p].title_start
            p -= 1
        add(r.name_after, t_start, r)
        k = r.name_after[1]
        body_end = _apposed_body(c, k) if found[-1].organization is None else None
        if body_end is not None:  # `Tham tán Thương mại Lê Phú Cường, Thương vụ Việt Nam tại Philippines, cho biết`
            body = " ".join(c.grid.text(k + 1, body_end).split())
            found[-1] = replace(found[-1], title=f"{found[-1].title} {body}", organization=body, end=c.units[body_end - 1].end)
        plural = t_start > 0 and (c.units[t_start - 1].text.lower() in PLURAL or bool(_COUNTED.search(c.before(t_start))))
        if plural and k < c.n and (c.units[k].text == "," or fold(c.units[k].text) == "va"):
            for name in _name_list(c, k + 1, honorific_needed=False):
                add(name, t_start, r)
    # TITLE ORG: NAME, NAME; TITLE ORG, ông NAME (unless that person has a title of their own after).
    for n, r in enumerate(roles):
        if r.claimed or r.org_end >= c.n:
            continue
        lead = c.pats.name_lead.match(c.rest(r.org_end))
        if lead is None and c.pats.appoint_end.search(c.before(r.title_start)):
            lead = _APPOINTED.match(c.rest(r.org_end))  # `quyết định bổ nhiệm TITLE cho bà X`
        if lead is None and c.match(_PERSONAL, r.org_end):
            lead = _NO_LEAD.match("")  # `Đại sứ Indonesia tại Việt Nam ông Ibnu Hadi`: the honorific leads on
        if lead is None:
            # `Chủ tịch HĐQT của công ty hiện là ông X`: the post's holder named as its predicate.
            lead = _IS_HELD_BY.match(c.rest(r.org_end))
            if lead and not c.match(_PERSONAL, c.grid.index_at(c.units[r.org_end].start + lead.end())):
                lead = None
        several = bool(_COUNTED.search(c.before(r.title_start))) or (
            r.title_start > 0 and c.units[r.title_start - 1].text.isdigit())
        if lead is None and several:
            lead = _LISTED_BY.match(c.rest(r.org_end))  # `4 phó tổng giám đốc là các ông: A, B ...`, `Các Phó chủ tịch gồm A, B`
        if lead is None:
            continue
        colon = c.units[r.org_end].text == ":"
        start = c.grid.index_at(c.units[r.org_end].start + lead.end())
        held_by = lead.re is _IS_HELD_BY
        listing = lead.re is _LISTED_BY
        listed = _name_list(c, start, honorific_needed=not colon and not listing and not (held_by and several))
        if not lead.end() or (held_by and not several):
            listed = listed[:1]  # one person, unless the title is counted (`4 phó thống đốc là ông A, ông B ...`)
        if not listed and (c.units[r.org_end].text in DASHES or c.units[r.org_end].text == ","):
            # `Nguyên Chủ tịch UBND TP Đà Nẵng – Hồ Việt`: a Vietnamese name after a dash needs no honorific; after a
            # comma, a full name of three syllables or more after a capitalised title with its body (`Bí thư Tỉnh ủy Nghệ
            # An, Nguyễn Đắc Vinh đã ...`; not `tổ an ninh thường trực, Lê Văn A là thành viên`).
            end = names.run_end(c.grid, start, c.role_starts)
            if names.vietnamese(c.grid, start, end, c.protected) and (end >= c.n or not c.units[end].cap) \
                    and (c.units[r.org_end].text != "," or (end - start >= 3 and r.org_end > r.end and c.units[r.start].cap)):
                listed = [(start, end)]
            elif r.org_end > r.end and c.units[r.start].cap and (latin := foreign_officials.latin_after(c, start)):
                listed = [latin]  # `Chủ tịch và CEO của Starbucks, Howard Schultz đã ...`: a foreign name needs no honorific
        first = _kiem_chain_start(c, roles, n) if listed else n
        for name in listed:
            if name not in named and name[0] not in {x[0] for x in named}:
                add(name, roles[first].title_start, roles[first], r.org_end, r)  # (`A kiêm B - ông X`: A stays the main office)
    return [f for f in found if not re.fullmatch(r"[A-ZĐ]{2,4}", f.name)]  # `Thủ tướng CP`: a body's initials, no person


def canonical_role(text: str) -> str:
    written = " ".join(text.split())
    pats = patterns()
    return pats.toneless_roles.get(toneless(written)) or pats.canonical_roles.get(fold(written), written)


