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
from functools import cached_property, lru_cache

from pipeline.facts import names
from pipeline.facts.lexicon import Province, alternation, entries, load
from pipeline.language.analysis import Analysis, Sentence
from pipeline.language.grid import Grid
from pipeline.language.textnorm import fold
from pipeline.record import Evidence, Mention, Official

SEPARATORS = {"-", "–", "—", ",", "(", ":"}
DASHES = {"-", "–", "—"}
_PLACE_NAME = re.compile(
    r"(?<!\w)(?:TP\.?|Tp\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố|khu|cụm)\s+"
    r"((?:[A-ZĐÀ-Ỹ][\w]*)(?:\s+[A-ZĐÀ-Ỹ][\w]*)?)"
)
_PLACE_WORD_END = re.compile(r"(?<!\w)(?:TP\.?|Tp\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố)\s+$")
_LOCAL_PLACE_END = re.compile(r"(?<!\w)(?:huyện|quận|xã|phường|thị xã|thị trấn)\s+$", re.I)
# What may stand between two offices of one person: `Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND`.
# An age before the post, in the parentheses after a name: `Nguyễn Văn A (40 tuổi, giám đốc ...)`.
_AGE = re.compile(r"(?<=\()\s*\d{1,3}\s+tuổi\s*,\s*$")
CHAIN_JOIN = re.compile(r"^\s*(?:,|-|–|—|kiêm|,\s*kiêm|và là|đồng thời là|,\s*đồng thời là)?\s*$", re.I)
# Connectors inside an organisation name (`Bộ Kế hoạch và Đầu tư`, `BQL các KCN`, `Đại sứ quán X tại Y`).
_CONNECTORS = ("và", "của", "tại", "các", "thuộc")
_PLURAL = ("các", "những")
# Parts of speech that continue an organisation name: nouns and foreign words (`Khí gas`).
_ORG_POS = ("N", "Np", "Nc", "Ny", "Nb", "FW")


@dataclass(frozen=True)
class _Patterns:
    role: re.Pattern[str]
    org_head: re.Pattern[str]
    province: re.Pattern[str]
    place: re.Pattern[str]
    country: re.Pattern[str]
    stop: re.Pattern[str]
    honorific: re.Pattern[str]
    honorific_end: re.Pattern[str]
    org_word: re.Pattern[str]
    filler_end: re.Pattern[str]
    prefix_end: re.Pattern[str]
    name_lead: re.Pattern[str]
    country_end: re.Pattern[str]
    canonical_roles: dict[str, str]
    weak_roles: frozenset[str]


def _words(name: str) -> str:
    return alternation(list(entries(name)))


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    lex = load()
    multi = [r for r in lex.roles if " " in r]
    single = [r for r in lex.roles if " " not in r]
    honorifics = alternation(list(lex.honorifics))
    # Multi-syllable roles may be written in lower case; one-syllable ones only capitalised.
    return _Patterns(
        # ... and a one-syllable one in lower case right before a capitalised organisation (`trưởng BQL`).
        role=re.compile(rf"(?<!\w)(?:(?i:{alternation(multi)})|{alternation(single)}"
                        rf"|(?i:{alternation(single)})(?=\s+(?:{alternation(list(lex.org_heads))})(?!\w)))(?!\w)"),
        org_head=re.compile(rf"(?i:{alternation(list(lex.org_heads))})(?!\w)"),
        province=re.compile(rf"(?<!\w)(?i:{lex.province_pattern})(?!\w)"),
        # A province with the city prefix news put before it (`TP. Hà Nội`, `TP Cần Thơ`).
        place=re.compile(rf"(?<!\w)(?:(?:TP|Tp)\.?\s*|thành phố\s+)?(?i:{lex.province_pattern})(?!\w)"),
        # Countries only as written, capitalised: `Anh` and `Đức` are given names too.
        country=re.compile(rf"(?:(?:Cộng hòa|Cộng hoà|Vương quốc|Liên bang|Nhà nước)\s+)?(?:{_words('countries.txt')})(?!\w)"),
        stop=re.compile(rf"(?i:{_words('official_stops.txt')})(?!\w)"),
        honorific=re.compile(rf"(?i:{honorifics})(?!\w)"),
        honorific_end=re.compile(rf"(?<!\w)(?i:{honorifics})\s*$"),
        org_word=re.compile(rf"(?i:{_words('org_words.txt')})(?!\w)"),
        filler_end=re.compile(rf"(?<!\w)(?i:{_words('title_fillers.txt')})\s*$"),
        prefix_end=re.compile(rf"(?<!\w)(?i:{_words('title_prefixes.txt')})\s*$"),
        # What leads from a post to the person holding it: `Giám đốc Sở X, ông Y`; `chức vụ X đối với ông Y`.
        name_lead=re.compile(r"(?:,|:|đối với)\s*"),
        country_end=re.compile(rf"(?<!\w)(?:{_words('countries.txt')})$"),
        canonical_roles={fold(r): r for r in reversed(lex.roles)},  # the first listed spelling wins
        weak_roles=frozenset(fold(r) for r in entries("relational_roles.txt")),
    )


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
class _Found:
    name: str
    role: str
    title: str
    organization: str | None
    start: int
    end: int
    sentence: Sentence


@dataclass
class _Person:
    name: str
    found: list[_Found] = field(default_factory=list)


class _Ctx:
    """One sentence's grid with what the officials rules ask of it, built once per sentence."""

    @cached_property
    def token_starts(self) -> set[int]:
        """Units that start a word (read only when a rule asks, so an untouched sentence is never tagged)."""
        return {self.grid.by_start[s] for s in self.grid.token_starts if s in self.grid.by_start}

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.grid = Grid(sentence)
        self.units = self.grid.units
        self.n = len(self.units)
        self.pats = _patterns()
        self.protected = _protected(sentence, self.grid)
        self.role_spans: list[tuple[int, int]] = []
        for match in self.pats.role.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            head = self.pats.org_head.match(sentence.text, match.start())
            if head and head.end() > match.end():
                continue  # `Đại sứ quán`, not `Đại sứ`
            if start in self.grid.by_start and end in self.grid.by_end:
                i = self.grid.by_start[start]
                if i > 0 and self.units[i - 1].text in entries("role_prefixes.txt"):
                    i -= 1  # `Phó` + a title not listed with it (`Phó tổng Thanh tra`)
                self.role_spans.append((i, self.grid.by_end[end] + 1))
        self.role_starts = frozenset(i for i, _ in self.role_spans)
        # Where a run of capitalised words must stop: a title, or a place or country that starts inside it
        # (`Samsung | Việt Nam | Choi Joo Ho`).
        place_starts = {self.grid.by_start[s] for s, _ in self.protected if s in self.grid.by_start}
        self.barriers = self.role_starts | place_starts

    def rest(self, k: int) -> str:
        return self.sentence.text[self.units[k].start - self.sentence.start:]

    def before(self, k: int) -> str:
        return self.sentence.text[:self.units[k].start - self.sentence.start] if k < self.n else self.sentence.text

    def match(self, pattern: re.Pattern[str], k: int) -> int | None:
        """The unit after a match of `pattern` starting at unit k and ending on a unit boundary."""
        if k >= self.n:
            return None
        m = pattern.match(self.rest(k))
        if not m or not m.end():
            return None
        end = self.grid.by_end.get(self.units[k].start + m.end())
        return end + 1 if end is not None else None

    def between(self, i: int, j: int) -> str:
        """The text from the end of unit i-1 to the start of unit j."""
        s = self.sentence
        return s.text[self.units[i - 1].end - s.start:self.units[j].start - s.start]

    def is_name_start(self, k: int) -> bool:
        return names.vietnamese(self.grid, k, names.run_end(self.grid, k, self.role_starts), self.protected)


def _protected(sentence: Sentence, grid: Grid) -> list[tuple[int, int]]:
    """Place names a person's name may not overlap: provinces (unless a family name comes first,
    `Trương Hòa Bình`), capitalised words after a place word (`huyện Lâm Hà`), `Công Thương`."""
    pats = _patterns()
    surnames = load().surnames
    spans = []
    for m in pats.province.finditer(sentence.text):
        start = sentence.start + m.start()
        k = grid.by_start.get(start)
        if k and _name_runs_into(grid, k, surnames):
            continue
        spans.append((start, sentence.start + m.end()))
    spans += [(sentence.start + m.start(), sentence.start + m.end()) for m in re.finditer(r"Công [Tt]hương", sentence.text)]
    # A country of two words or more is no person (`Liên minh Châu Âu`); `Anh`, `Đức` may be given names.
    spans += [(sentence.start + m.start(), sentence.start + m.end()) for m in pats.country.finditer(sentence.text)
              if " " in m.group()]
    # A capitalised run after a place word is a place (`UBND TP Cao Lãnh`, `huyện Lâm Hà`), not a person.
    # A province named there is protected as far as it goes (`TP. HCM Nguyễn Thành Phong`).
    provinces = {start for start, _ in spans}
    middle = entries("middle_names.txt")
    for m in _PLACE_NAME.finditer(sentence.text):
        if sentence.start + m.start() in provinces or sentence.start + m.start(1) in provinces:
            continue
        if not m.group(1)[0].isupper() or len(m.group(1).split()) > 1 and m.group(1).split()[1] in middle:
            continue  # `thành phố Huỳnh Thị Kim Chi`: a person after a bare `thành phố`
        spans.append((sentence.start + m.start(1), sentence.start + m.end(1)))
    return spans


def _name_runs_into(grid: Grid, k: int, surnames: frozenset[str]) -> bool:
    """A place name at unit k ends a person's name begun by a family name one or two words before
    (`Trương Hòa Bình`, `Giang Thị Huế`), not after a place word (`tỉnh Hà Tĩnh`)."""
    middle = entries("middle_names.txt")
    for back in (1, 2):
        i = k - back
        if i < 0 or not all(names.syllable_ok(u.text) for u in grid.units[i:k]):
            return False
        if back == 2 and grid.units[k - 1].text not in middle:
            return False
        if grid.units[i].text in surnames:
            return not (i > 0 and _PLACE_NAME.match(grid.text(i - 1, k)))
    return False


def _name_after_country(c: _Ctx, k: int) -> tuple[int, int] | None:
    """A foreign official's name right after the country in the post (`Thủ tướng Hungary Orban Viktor`)."""
    if k >= c.n or not c.units[k].cap or not c.units[k].alpha or k in c.role_starts:
        return None
    if c.match(c.pats.org_head, k) or c.match(c.pats.province, k) or c.match(c.pats.country, k):
        return None
    if c.match(c.pats.honorific, k):
        return None
    end = names.run_end(c.grid, k, c.role_starts)
    if names.vietnamese(c.grid, k, end, c.protected):
        return k, end
    name = names.foreign(c.grid, k, c.role_starts)
    if name and (name[1] >= c.n or name[1] in c.token_starts or c.units[name[1]].punct
                 or not names.vietnamese_looking(c.units[name[1] - 1].text)):
        return name  # a whole word ends it: not `Đại` of `Đại diện` (a Latin name glued to a verb is)
    return None


def _continues(c: _Ctx, k: int, lower_ok: bool) -> bool:
    """After `,`, `-` or `và` inside an organisation: a capitalised word that is no person, title or
    honorific (`Sở Văn hóa, Thể thao và Du lịch`), or (if `lower_ok`) a word of organisation names."""
    if k >= c.n or c.units[k].punct or k in c.role_starts:
        return False
    if c.match(c.pats.honorific, k):
        return False
    if not c.units[k].cap:
        return lower_ok and c.match(c.pats.org_word, k) is not None
    if c.is_name_start(k):
        return False
    return True


def _enumeration(c: _Ctx, k: int) -> bool:
    """After a comma inside an organisation: the words from unit k go on an enumeration of its parts,
    ending in `và` (`Sở Văn hóa, Thể thao và Du lịch`), rather than start another clause."""
    while k < c.n and not c.units[k].punct:
        if c.units[k].text == "và":
            return True
        if not c.units[k].cap and not c.match(c.pats.org_word, k) and c.grid.pos_at(k) not in _ORG_POS:
            return False  # a verb: another clause (`nguyên Chủ tịch BSC, VKS đề nghị ...`)
        k += 1
    return k < c.n and c.units[k].text in (",", "-", "–", "&", ")")


def _org_scan(c: _Ctx, j: int) -> tuple[int, tuple[int, int] | None]:
    """End of the organisation after a title ending at unit j, and the name that ends it, if any
    (`Chủ tịch UBND tỉnh Hà Tĩnh Dương Tất Thắng`)."""
    pats, units = c.pats, c.units
    k = j
    foreign = False  # the post is abroad (a country other than Viet Nam named in it)
    first_head = ""  # the head of the organisation (`Sở`), if it is not in the title (`Trưởng phòng`)
    last_place = -1  # the last unit of the last province passed
    while k < c.n and k - j < 30:
        u = units[k]
        if k > j and k in c.role_starts:
            break
        if not u.punct:
            end = c.match(pats.place, k)
            if end:
                k, last_place = end, end - 1
                continue
            end = c.match(pats.country, k)
            if end and _PLACE_WORD_END.search(c.before(k)):
                end = None  # `huyện Đức Thọ` is a district, not Germany
            if end:
                foreign = foreign or c.grid.text(k, end) != "Việt Nam"
                k = end
                name = _name_after_country(c, k)
                if name:
                    return k, name
                continue
            end = c.match(pats.org_head, k)
            if end and not first_head:
                first_head = c.grid.text(k, end)
            if end and (u.cap or k == j or units[k - 1].text.lower() in _CONNECTORS or units[k - 1].text in DASHES
                        or units[k - 1].text == ")"):
                k = end
                continue
        if u.punct:
            nxt = k + 1
            if u.text == ",":
                if k > j and _continues(c, nxt, lower_ok=True) and _enumeration(c, nxt) \
                        and units[nxt].text not in entries("org_list_heads.txt"):
                    k += 1
                    continue
                # (Not after a country: `Đảng Cộng sản Việt Nam, Công an TP. Hà Nội` starts a clause.)
                head = c.match(pats.org_head, nxt) if k > j and nxt < c.n and units[nxt].cap \
                    and not c.pats.country_end.search(c.grid.text(j, k)) else None
                if head and c.grid.text(nxt, head) != first_head:
                    k += 1  # the parent organisation: `Phòng ..., Sở GD&ĐT Nghệ An`; not `Sở A, Sở B`
                    continue
                if k == j and c.match(pats.org_head, nxt) and nxt < c.n and units[nxt].cap:
                    k += 1  # `Tham tán, Bộ Ngoại giao ...`
                    continue
                place = _PLACE_NAME.match(c.rest(nxt)) if nxt < c.n and k > j else None
                if place and place.group(1)[0].isupper():
                    k += 1  # `UBND xã Mường Lống, huyện Kỳ Sơn, tỉnh Nghệ An`
                    continue
            elif u.text in DASHES and k > j and nxt < c.n:
                if c.match(pats.org_head, nxt) or c.match(pats.org_word, nxt) or c.match(pats.country, nxt):
                    k += 1
                    continue
            elif u.text == "&" and k > j and nxt < c.n and units[nxt].cap:
                k += 1
                continue
            elif u.text == "(" and k + 2 < c.n and units[k + 2].text == ")" and units[k + 1].cap:
                k += 3  # `(VCCI)`, `(Petrovietnam)`
                continue
            break
        if u.cap and len(u.text) > 1 and u.text.isupper() and k > j and k - 1 == last_place:
            break  # an acronym after a place name is the next clause (`huyện Quảng Ninh PV đã ...`)
        if u.cap:
            end = names.run_end(c.grid, k, c.barriers)
            name = names.suffix(c.grid, k, end, c.protected)
            if name:
                return name[0], name
            if foreign and (end >= c.n or units[end].punct or not units[end].cap):
                name = _name_after_country(c, k)
                if name and name[1] == end:
                    return k, name
            k = max(end, k + 1)
            continue
        # A lower-case word.
        word = u.text.lower()
        if word in _CONNECTORS and (k > j or word == "của"):
            nxt = k + 1
            if word == "tại":
                ok = c.match(pats.country, nxt) or c.match(pats.province, nxt) or (
                    nxt < c.n and units[nxt].cap and c.match(pats.org_head, nxt))
            elif word == "các":
                ok = c.match(pats.org_head, nxt)
            elif word == "và" and nxt < c.n and units[nxt].text == "các":
                ok = c.match(pats.org_head, nxt + 1)
            else:
                ok = _continues(c, nxt, lower_ok=True) or c.match(pats.country, nxt)
            if ok:
                k += 1
                continue
            break
        end = c.match(pats.org_word, k)
        if end:
            k = end
            continue
        place = _PLACE_NAME.match(c.rest(k))
        if place and place.group(1)[0].isupper():
            k += 1  # `Chủ tịch xã Xuân Ninh`: the place word, then its name
            continue
        if k > j and k not in c.token_starts and not units[k - 1].punct:
            k += 1  # inside a word underthesea already began in the organisation (`Thiết bị`)
            continue
        if k == j or c.match(pats.honorific, k) or c.match(pats.stop, k):
            break
        pos = c.grid.pos_at(k)
        if pos in _ORG_POS or (pos in ("A", "V") and _continues(c, k + 1, lower_ok=False)):
            k += 1  # a noun, or a word between capitalised parts (`Hiệp hội Năng lượng sạch Việt Nam`)
            continue
        break
    while k > j and ((units[k - 1].punct and units[k - 1].text != ")") or units[k - 1].text.lower() in _CONNECTORS):
        k -= 1
    return k, None


def _name_before(c: _Ctx, k: int) -> tuple[int, int] | None:
    """The person named right before unit k, where a title starts: `ông X - `, `X, `, `X (`, with a
    filler such as `hiện giữ chức` allowed between."""
    before = c.before(k)
    m = c.pats.filler_end.search(before) or _AGE.search(before)
    if m:
        k = c.grid.index_at(c.sentence.start + m.start())
    sep = k > 0 and c.units[k - 1].text in SEPARATORS
    i = k - 1 if sep else k
    b = i
    while b > 0 and ((c.units[b - 1].cap and c.units[b - 1].alpha)
                     or (c.units[b - 1].text in names.JOINERS and b > 1 and c.units[b - 2].cap)):
        if b - 1 in c.role_starts:
            break
        b -= 1
    while b < i and c.pats.honorific.fullmatch(c.units[b].text):
        b += 1
    if b >= i:
        return None
    honoured = bool(c.pats.honorific_end.search(c.before(b)))
    if i - b == 1 and (names.vietnamese_looking(c.units[b].text) or len(c.units[b].text) < 6):
        return None  # `ông Bình là ...`: a short reference to someone named in full elsewhere
    if honoured and names.loose(c.grid, b, i) and not names.vietnamese(c.grid, b, i, ()) \
            and not any(c.match(p, b) for p in (c.pats.org_head, c.pats.country, c.pats.province)):
        return b, i
    name = names.suffix(c.grid, b, i, c.protected)
    if name and (sep or honoured):
        return name
    return None


def _name_list(c: _Ctx, k: int, honorific_needed: bool) -> list[tuple[int, int]]:
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


def _scan_roles(c: _Ctx) -> list[_Role]:
    roles = []
    for i, j in c.role_spans:
        m = c.pats.prefix_end.search(c.before(i))
        title_start = c.grid.index_at(c.sentence.start + m.start()) if m else i
        org_end, name_after = _org_scan(c, j)
        roles.append(_Role(i, j, title_start, org_end, name_after))
    return roles


def _in_sentence(c: _Ctx) -> list[_Found]:
    roles = _scan_roles(c)
    found: list[_Found] = []
    named: set[tuple[int, int]] = set()

    def add(name: tuple[int, int], t_start: int, last: _Role, t_end: int | None = None,
            org_of: _Role | None = None) -> None:
        """`last` gives the role; `org_of` (the last office of a `kiêm` chain) the organisation."""
        named.add(name)
        t_end = last.org_end if t_end is None else t_end
        span = (min(name[0], t_start), max(name[1], t_end))
        org_role = org_of if org_of is not None and last.org_end == last.end else last
        org_text = c.grid.text(org_role.end, org_role.org_end)
        found.append(_Found(
            name=" ".join(c.grid.text(*name).split()),
            role=_canonical_role(c.grid.text(last.start, last.end)),
            title=" ".join(c.grid.text(t_start, t_end).split()),
            organization=" ".join(org_text.split()) or None,
            start=c.units[span[0]].start,
            end=c.units[span[1] - 1].end,
            sentence=c.sentence,
        ))

    after = {r.name_after for r in roles if r.name_after}
    # NAME sep TITLE: the person comes before the title; capitalised words ending the organisation are
    # then its place name (`ông Lê Văn Khánh, Giám đốc HTX Mộc mỹ nghệ Thái Yên`), not a second person,
    # unless the name before is itself the last one of a list (`Thủ tướng A, Phó Thủ tướng B`).
    before: dict[int, tuple[int, int]] = {}
    for n, r in enumerate(roles):
        nb = _name_before(c, r.title_start)
        if nb and nb not in after:
            before[n] = nb
            if r.name_after:
                after.discard(r.name_after)
                r.org_end, r.name_after = r.name_after[1], None
    for n, r in enumerate(roles):
        if n not in before or r.claimed:
            continue
        r.claimed, last, primary = True, r, r
        for m in roles[n + 1:]:
            if m.name_after or m.claimed or m.title_start < last.org_end:
                break
            join = c.between(last.org_end, m.title_start)
            if not CHAIN_JOIN.match(join):
                break
            # `A kiêm B`: A stays the main office; `Ủy viên ..., Phó Chủ tịch ...`: the last one is.
            m.claimed, last = True, m
            primary = primary if "kiêm" in join.lower() else m
        add(before[n], r.title_start, primary, last.org_end, last)
    for n, r in enumerate(roles):
        if not r.name_after:
            continue
        r.claimed, t_start = True, r.title_start
        p = n - 1
        while p >= 0 and not roles[p].claimed and roles[p].org_end <= t_start and \
                CHAIN_JOIN.match(c.between(roles[p].org_end, t_start)):
            roles[p].claimed, t_start = True, roles[p].title_start
            p -= 1
        add(r.name_after, t_start, r)
        k = r.name_after[1]
        plural = t_start > 0 and c.units[t_start - 1].text.lower() in _PLURAL
        if plural and k < c.n and c.units[k].text == ",":
            for name in _name_list(c, k + 1, honorific_needed=False):
                add(name, t_start, r)
    # TITLE ORG: NAME, NAME; TITLE ORG, ông NAME (unless that person has a title of their own after).
    for r in roles:
        if r.claimed or r.org_end >= c.n:
            continue
        lead = c.pats.name_lead.match(c.rest(r.org_end))
        if lead is None:
            continue
        colon = c.units[r.org_end].text == ":"
        for name in _name_list(c, c.grid.index_at(c.units[r.org_end].start + lead.end()), honorific_needed=not colon):
            if name not in named and name[0] not in {x[0] for x in named}:
                add(name, r.title_start, r)
    return found


def _canonical_role(text: str) -> str:
    return _patterns().canonical_roles.get(fold(" ".join(text.split())), " ".join(text.split()))


def _article_orgs(analysis: Analysis, contexts: dict[int, _Ctx]) -> list[str]:
    """Every organisation phrase the article names, in order, for resolving bare ones."""
    orgs = []
    pats = _patterns()
    for n, sentence in enumerate(analysis.sentences):
        if not pats.org_head.search(sentence.text):
            continue
        c = contexts.get(n) or contexts.setdefault(n, _Ctx(sentence))
        for match in c.pats.org_head.finditer(c.sentence.text):
            k = c.grid.by_start.get(c.sentence.start + match.start())
            if k is None or not c.units[k].cap:
                continue
            end, name = _org_scan(c, k)
            text = c.grid.text(k, name[0] if name else end)
            if text:
                orgs.append(" ".join(text.split()))
    return orgs


def _resolve(org: str | None, orgs: list[str]) -> str | None:
    """A bare organisation (`Trung tâm`, `UBND tỉnh`) resolved to the fullest name the article gives it."""
    if not org or _patterns().province.search(org):
        return org  # nothing to resolve, or already placed (`UBND tỉnh Kiên Giang`)
    key = fold(org)
    longer = [o for o in orgs if fold(o).startswith(key) and len(o) > len(org)]
    if not longer:
        return org
    with_province = [o for o in longer if _patterns().province.search(o)]
    return (with_province or longer)[0]


def _province(title: str, organization: str | None) -> Province | None:
    """The province of the post itself (`UBND tỉnh X`, `Sở ... TP.HCM`); none for a foreign post."""
    pats = _patterns()
    for place in (title, organization or ""):
        provinces = [m.span() for m in pats.province.finditer(place)]
        if any(m.group() != "Việt Nam" and not any(s <= m.start() < e for s, e in provinces)
               and not _PLACE_WORD_END.search(place[:m.start()])
               for m in pats.country.finditer(place)):
            return None  # `Lào` of `Lào Cai` is no country
        for match in pats.province.finditer(place):
            if not _LOCAL_PLACE_END.search(place[:match.start()]):  # `huyện Quảng Ninh` is a district
                return load().province(match.group())
    return None


def extract(analysis: Analysis) -> list[Official]:
    """Officials of an article, one per person, in order of first mention."""
    pats = _patterns()
    contexts: dict[int, _Ctx] = {}  # built once per sentence, only where a title or an organisation is
    people: dict[str, _Person] = {}
    for n, sentence in enumerate(analysis.sentences):
        if not pats.role.search(sentence.text):
            continue
        c = contexts[n] = _Ctx(sentence)
        for f in _in_sentence(c):
            people.setdefault(fold(f.name), _Person(f.name)).found.append(f)
    # A one-word name (`ông Quang`, `Sokhonn`) is the person whose full name ends with it, if only one does.
    for key in [k for k in people if " " not in k]:
        fuller = [k for k in people if k.endswith(" " + key)]
        if len(fuller) == 1:
            people[fuller[0]].found.extend(people.pop(key).found)
    if not people:
        return []
    orgs: list[str] | None = None
    result = []
    for _key, person in people.items():
        weak = _patterns().weak_roles
        best = max(person.found, key=lambda f: (fold(f.role) not in weak, len(f.title), -f.start))
        if orgs is None and best.organization and not pats.province.search(best.organization):
            orgs = _article_orgs(analysis, contexts)
        organization = _resolve(best.organization, orgs or [])
        province = _province(best.title, organization)
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
