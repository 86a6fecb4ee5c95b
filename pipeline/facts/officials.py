"""Officials: named people given a position, from titles of office, name shape and organisation grammar.

underthesea's CRF NER is weak here (it reads `Bộ Công Thương Phan Thị Thắng` as one place), so the
rules are built on the lexicon of roles (`Phó Chủ tịch`), the heads of organisation names (`Sở`,
`UBND`), the shape of Vietnamese names (a family name from the lexicon and two or three more
capitalised syllables) and POS tags (a verb ends an organisation). Shapes found, with any separator
(`-`, `–`, `,`, `(`) or none:

    ROLE [ORG] NAME              Thứ trưởng Bộ Công Thương Phan Thị Thắng
    [honorific] NAME sep ROLE [ORG]   ông Giang Thanh Khoa - Phó Chủ tịch UBND tỉnh Kiên Giang
    ROLE ORG, honorific NAME     Giám đốc Sở Công Thương tỉnh Kiên Giang, ông Trương Văn Minh

Chains (`Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh`) become one title. A person named
several times is one official: the most complete title wins, every mention is kept (short ones like
`ông Hòa` included), and a bare organisation (`UBND tỉnh`, `Trung tâm`) is resolved to the fuller name
the article gives it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.facts.lexicon import Lexicon, alternation, load
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.grid import Grid
from pipeline.language.textnorm import fold
from pipeline.record import Evidence, Mention, Official

SEPARATORS = {"-", "–", "—", ",", "(", ":"}
# Lower-case words that end an organisation name (verbs of speech and action, conjunctions).
STOP_PHRASES = (
    "cho biết", "phát biểu", "nhấn mạnh", "khẳng định", "chia sẻ", "trả lời", "cho rằng", "cho hay", "nói",
    "đã", "đang", "sẽ", "cũng", "vừa", "là", "có", "được", "bị", "cùng", "với", "tại", "trong", "về", "theo",
    "đề nghị", "yêu cầu", "chủ trì", "dự", "tham dự", "tham quan", "thăm", "trao", "tặng", "ký", "kiểm tra",
    "báo cáo", "giới thiệu", "nêu", "đánh giá", "ghi nhận", "lưu ý", "thông tin", "trình bày", "điều hành",
    "đến", "tới", "làm", "nhận", "khi", "này", "đó", "thì", "để", "nhằm", "mong muốn", "bày tỏ", "chỉ đạo",
    "cảm ơn", "hướng dẫn", "trao đổi", "cắt băng", "khai mạc", "bế mạc", "chúc mừng", "động viên", "thay mặt",
    "đại diện", "kiêm", "và", "hoặc", "cùng với", "cũng như", "nhưng", "song", "vì", "do", "bởi", "như", "phụ trách",
    "trực tiếp", "người", "hiện", "nay", "trước", "sau", "từng", "vẫn", "còn", "luôn", "đề xuất", "kiến nghị",
    "thừa nhận", "tiết lộ", "lý giải", "giải thích", "phân tích", "chủ động", "tiếp", "gặp", "gửi", "đọc",
)
# Verbs that belong inside organisation names (`Trung tâm Xúc tiến thương mại`, `Cục Quản lý thị trường`).
ORG_VERBS = frozenset(fold(w) for w in (
    "xúc tiến", "phát triển", "tư vấn", "hỗ trợ", "quản lý", "đầu tư", "khuyến công", "xuất khẩu", "nhập khẩu",
    "sản xuất", "kinh doanh", "xây dựng", "đào tạo", "nghiên cứu", "giám sát", "thương mại", "bảo vệ",
    "phòng chống", "tiết kiệm", "chống", "cạnh tranh", "điều tiết", "xuất nhập khẩu", "khuyến nông", "tiêu dùng",
    "phân phối", "truyền tải", "chế biến", "công nghiệp", "dịch vụ", "kiểm định", "đo lường", "thẩm định",
    "giới thiệu", "hợp tác", "vận tải", "phát thanh", "truyền hình", "kế hoạch",
))
HONORIFIC_STRIP = re.compile(r"^(?:ông|bà|anh|chị|đồng chí|đ/c|đ\.c)$", re.I)
_PLACE_NAME = re.compile(
    r"(?<!\w)(?:TP\.?|Tp\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố|khu|cụm)\s+"
    r"((?:[A-ZĐÀ-Ỹ][\w]*)(?:\s+[A-ZĐÀ-Ỹ][\w]*)?)"
)
CHAIN_JOIN = re.compile(r"^\s*(?:,|kiêm|và là|đồng thời là|,\s*kiêm)\s*$", re.I)


@dataclass(frozen=True)
class _Patterns:
    role: re.Pattern[str]
    org_head: re.Pattern[str]
    province: re.Pattern[str]
    stop: re.Pattern[str]
    honorific: re.Pattern[str]
    canonical_roles: dict[str, str]
    compound_surnames: frozenset[str]


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = load()
    multi = [r for r in lex.roles if " " in r]
    single = [r for r in lex.roles if " " not in r]
    # Multi-syllable roles may be written in lower case; one-syllable ones only capitalised.
    role = re.compile(rf"(?<!\w)(?:(?i:{alternation(multi)})|{alternation(single)})(?!\w)")
    return _Patterns(
        role=role,
        org_head=re.compile(rf"(?i:{alternation(list(lex.org_heads))})(?!\w)"),
        province=re.compile(rf"(?<!\w)(?i:{lex.province_pattern})(?!\w)"),
        stop=re.compile(rf"(?i:{alternation(list(STOP_PHRASES))})(?!\w)"),
        honorific=re.compile(rf"(?<!\w)(?i:{alternation(list(lex.honorifics))})(?!\w)"),
        canonical_roles={fold(r): r for r in lex.roles},
        compound_surnames=frozenset(s for s in lex.surnames if " " in s),
    )


@dataclass
class _Role:
    """A title of office found in a sentence: units [start, end) are the role words, up to `org_end` its
    organisation; `name_after` the name's units when a name follows the title."""

    start: int
    end: int
    org_end: int
    name_after: tuple[int, int] | None


@dataclass
class _Found:
    name: str
    role: str
    title: str
    organization: str | None
    start: int
    end: int
    sentence: Sentence
    name_start: int
    name_end: int


@dataclass
class _Person:
    name: str
    found: list[_Found] = field(default_factory=list)


def _name_ok(grid: Grid, i: int, j: int, lex: Lexicon, protected: list[tuple[int, int]], loose: bool) -> bool:
    """Units i..j-1 have the shape of a Vietnamese personal name."""
    n = j - i
    if not 2 <= n <= 4:
        return False
    units = grid.units[i:j]
    if not all(u.cap and u.alpha and len(u.text) <= 7 and not (len(u.text) > 1 and u.text.isupper()) for u in units):
        return False
    first = units[0].text
    two = f"{first} {units[1].text}"
    if first not in lex.surnames and two not in lex.surnames and not loose:
        return False
    start, end = units[0].start, units[-1].end
    if any(s < end and start < e for s, e in protected):
        return False
    pats = _patterns()
    text = grid.text(i, j)
    if pats.role.search(text) or pats.org_head.match(text):
        return False
    return True


def _cap_run_end(grid: Grid, i: int) -> int:
    j = i
    while j < len(grid) and grid.units[j].cap and grid.units[j].alpha:
        j += 1
    return j


def _name_after(grid: Grid, i: int, lex: Lexicon, protected, loose: bool = False) -> tuple[int, int] | None:
    """A name starting exactly at unit i and ending where the capitalised run ends."""
    end = _cap_run_end(grid, i)
    if _name_ok(grid, i, end, lex, protected, loose):
        return i, end
    return None


def _name_before(grid: Grid, j: int, lex: Lexicon, protected) -> tuple[int, int] | None:
    """A name ending exactly before unit j (longest valid suffix of the capitalised run)."""
    i = j
    while i > 0 and grid.units[i - 1].cap and grid.units[i - 1].alpha:
        i -= 1
    while i < j and HONORIFIC_STRIP.match(grid.units[i].text):
        i += 1
    honorific = i > 0 and bool(_patterns().honorific.fullmatch(grid.units[i - 1].text))
    for start in range(max(i, j - 4), j - 1):
        if _name_ok(grid, start, j, lex, protected, loose=honorific and start == i):
            return start, j
    return None


def _org_scan(grid: Grid, i: int, lex: Lexicon, protected) -> tuple[int, tuple[int, int] | None]:
    """End of the organisation starting at unit i, and a name that ends it (ROLE ORG NAME), if any."""
    pats = _patterns()
    units = grid.units
    if i >= len(grid):
        return i, None
    first = units[i]
    offset_text = grid.sentence.text[first.start - grid.sentence.start:]
    if not (pats.org_head.match(offset_text) or first.cap or pats.province.match(offset_text)):
        return i, None
    if _name_after(grid, i, lex, protected):
        return i, _name_after(grid, i, lex, protected)
    k = i
    starts = _token_start_units(grid)
    while k < len(grid) and k - i < 16:
        u = units[k]
        rest = grid.sentence.text[u.start - grid.sentence.start:]
        place = pats.province.match(rest)
        if place and not u.punct:
            k = grid.index_at(u.start + place.end())
            continue
        if k > i and k not in starts and not u.punct and not units[k - 1].punct:
            k += 1  # inside a word underthesea already accepted
            continue
        if u.punct:
            if u.text == "," and k > i and _list_continues(grid, k + 1, lex, protected):
                k += 1
                continue
            if u.text in "-–—" and k + 1 < len(grid) and pats.org_head.match(grid.sentence.text[units[k + 1].start - grid.sentence.start:]) and units[k + 1].cap:
                k += 1
                continue
            if u.text == "(" and k + 2 < len(grid) and units[k + 2].text == ")" and units[k + 1].text.isupper():
                k += 3
                continue
            break
        if u.cap:
            if k > i and not any(s < u.start < e for s, e in protected):
                name = _name_after(grid, k, lex, protected)
                if name and (k in _token_start_units(grid) or name[1] - name[0] >= 3):
                    return k, name
            k += 1
            continue
        if fold(u.text) == "va" and k > i and _list_continues(grid, k + 1, lex, protected):
            k += 1
            continue
        if pats.stop.match(rest) or pats.honorific.match(rest):
            break
        pos = grid.pos_at(k)
        if pos.startswith("V") and not any(fold(rest).startswith(v) for v in ORG_VERBS):
            break
        if pos in ("M", "P", "R", "E", "C", "CH") and not pos == "":
            break
        k += 1
    while k > i and (units[k - 1].punct or fold(units[k - 1].text) in ("va", "cua", "cac")):
        k -= 1
    return k, None


def _list_continues(grid: Grid, k: int, lex: Lexicon, protected) -> bool:
    """After `,` or `và` inside an organisation: a capitalised word that is no person, role or honorific
    (`Sở Văn hóa, Thể thao và Du lịch`, `Phòng Thương mại và Công nghiệp Việt Nam`)."""
    if k >= len(grid) or not grid.units[k].cap or grid.units[k].punct:
        return False
    rest = grid.sentence.text[grid.units[k].start - grid.sentence.start:]
    pats = _patterns()
    if pats.role.match(rest) or pats.honorific.match(rest) or _name_after(grid, k, lex, protected):
        return False
    if pats.org_head.match(rest) and grid.units[k].text in ("Bộ", "Sở", "UBND", "Cục", "Tổng", "Ủy", "Uỷ", "Công", "Tập"):
        return False
    return True


def _token_start_units(grid: Grid) -> set[int]:
    return {grid.by_start[s] for s in grid.token_starts if s in grid.by_start}


def _protected(sentence: Sentence) -> list[tuple[int, int]]:
    pats = _patterns()
    spans = [(sentence.start + m.start(), sentence.start + m.end()) for m in pats.province.finditer(sentence.text)]
    spans += [(sentence.start + m.start(), sentence.start + m.end()) for m in re.finditer(r"Công [Tt]hương", sentence.text)]
    # A capitalised run after a place word is a place (`UBND TP Cao Lãnh`, `huyện Lâm Hà`), not a person.
    spans += [(sentence.start + m.start(1), sentence.start + m.end(1)) for m in _PLACE_NAME.finditer(sentence.text)]
    return spans


def _canonical_role(text: str) -> str:
    return _patterns().canonical_roles.get(fold(" ".join(text.split())), " ".join(text.split()))


def _in_sentence(sentence: Sentence, lex: Lexicon) -> list[_Found]:
    pats = _patterns()
    grid = Grid(sentence)
    protected = _protected(sentence)
    roles: list[_Role] = []
    for match in pats.role.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if start not in grid.by_start or end not in grid.by_end:
            continue
        i, j = grid.by_start[start], grid.by_end[end] + 1
        org_end, name_after = _org_scan(grid, j, lex, protected)
        roles.append(_Role(i, j, org_end, name_after))
    found: list[_Found] = []
    attached: set[int] = set()
    for n, role in enumerate(roles):
        i, j, org_end, name_after = role.start, role.end, role.org_end, role.name_after
        name: tuple[int, int] | None = None
        span: tuple[int, int] | None
        if name_after and i > 1 and grid.units[i - 1].text in SEPARATORS and _name_before(grid, i - 1, lex, protected):
            # `ông Lê Văn Khánh, Giám đốc HTX Mộc mỹ nghệ Thái Yên`: the person comes before the title, so the
            # capitalised words that end the organisation are its place name, not a second person.
            org_end, name_after = name_after[1], None
            role.org_end, role.name_after = org_end, None
        if name_after:
            name = name_after
            span = (i, name_after[1])
        else:
            k = i
            if k > 0 and grid.units[k - 1].text in SEPARATORS:
                k -= 1
            name = _name_before(grid, k, lex, protected)
            span = (name[0], org_end) if name else None
            if name is None and org_end < len(grid) and grid.units[org_end].text == ",":
                k = org_end + 1
                h = pats.honorific.match(grid.sentence.text[grid.units[k].start - sentence.start:]) if k < len(grid) else None
                if h:
                    k = grid.index_at(grid.units[k].start + h.end())
                    name = _name_after(grid, k, lex, protected, loose=True)
                    span = (i, name[1]) if name else None
        if name is None or span is None:
            continue
        attached.add(n)
        t_start, t_end = i, org_end
        # Chains: roles joined to this one by a comma or `kiêm` make one title.
        for m in range(n + 1, len(roles)):
            nxt = roles[m]
            if nxt.name_after or m in attached:
                break
            gap = grid.text(t_end, nxt.start) if t_end < nxt.start else ""
            between = sentence.text[grid.units[t_end - 1].end - sentence.start:grid.units[nxt.start].start - sentence.start]
            if t_end <= nxt.start and CHAIN_JOIN.match(between) and not gap.strip(", ").strip():
                t_end = nxt.org_end
                attached.add(m)
            else:
                break
        if name_after:
            prev = n - 1
            while prev >= 0 and prev not in attached:
                p = roles[prev]
                between = sentence.text[grid.units[p.org_end - 1].end - sentence.start:grid.units[t_start].start - sentence.start]
                if CHAIN_JOIN.match(between):
                    t_start = p.start
                    attached.add(prev)
                    prev -= 1
                else:
                    break
        role_text = grid.text(i, j)
        org_text = grid.text(j, org_end) or None
        title = grid.text(t_start, t_end)
        found.append(_Found(
            name=" ".join(grid.text(*name).split()),
            role=_canonical_role(role_text),
            title=" ".join(title.split()),
            organization=" ".join(org_text.split()) if org_text else None,
            start=grid.units[span[0]].start,
            end=grid.units[span[1] - 1].end,
            sentence=sentence,
            name_start=grid.units[name[0]].start,
            name_end=grid.units[name[1] - 1].end,
        ))
    return found


def _article_orgs(analysis: Analysis, lex: Lexicon) -> list[str]:
    """Every organisation phrase the article names, in order, for resolving bare ones."""
    pats = _patterns()
    orgs = []
    for sentence in analysis.sentences:
        grid = Grid(sentence)
        protected = _protected(sentence)
        for match in pats.org_head.finditer(sentence.text):
            start = sentence.start + match.start()
            if start not in grid.by_start or not grid.units[grid.by_start[start]].cap:
                continue
            end, _ = _org_scan(grid, grid.by_start[start], lex, protected)
            text = grid.text(grid.by_start[start], end)
            if text:
                orgs.append(" ".join(text.split()))
    return orgs


def _resolve(org: str | None, orgs: list[str]) -> str | None:
    """A bare organisation (`Trung tâm`, `UBND tỉnh`) resolved to the fullest name the article gives it."""
    if not org:
        return org
    key = fold(org)
    longer = [o for o in orgs if fold(o).startswith(key) and len(o) > len(org)]
    if not longer:
        return org
    with_province = [o for o in longer if _patterns().province.search(o)]
    return (with_province or longer)[0]


def extract(analysis: Analysis) -> list[Official]:
    """Officials of an article, one per person, in order of first mention."""
    lex = load()
    people: dict[str, _Person] = {}
    for sentence in analysis.sentences:
        for f in _in_sentence(sentence, lex):
            people.setdefault(fold(f.name), _Person(f.name)).found.append(f)
    if not people:
        return []
    orgs = _article_orgs(analysis, lex)
    pats = _patterns()
    result = []
    for _key, person in people.items():
        best = max(person.found, key=lambda f: (len(f.title), -f.start))
        organization = _resolve(best.organization, orgs)
        province = None
        for place in (best.title, organization or ""):
            match = pats.province.search(place)
            if match:
                province = lex.province(match.group())
                break
        mentions = _mentions(analysis, person.name, people)
        result.append((person.found[0].start, Official(
            name=person.name,
            title=best.title,
            role=best.role,
            organization=organization,
            province=province.name if province else None,
            province_2025=province.province_2025 if province else None,
            mentions=mentions,
            evidence=Evidence(start=best.start, end=best.end, sentence=best.sentence.text),
        )))
    return [o for _, o in sorted(result, key=lambda pair: pair[0])]


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
