"""What the officials rules know of one sentence: the lexicons compiled into patterns, the unit grid
with the titles of office found in it, and the place names a person's name may not overlap.

Built once per sentence that names a title of office (`Context`), and read by the organisation grammar
(`organisations.py`) and the pairing of titles with people (`official_pairs.py`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from pipeline.facts import names
from pipeline.facts.lexicon import alternation, entries, load
from pipeline.language.analysis import Sentence
from pipeline.language.grid import Grid
from pipeline.language.textnorm import fold

SEPARATORS = {"-", "–", "—", ",", "(", ":"}
DASHES = {"-", "–", "—"}
PLACE_NAME = re.compile(
    r"(?<!\w)(?:(?:TP\.?|Tp\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố|khu|cụm|KCN|KKT|CCN|KCX"
    r"|(?i:khu công nghiệp|khu kinh tế|khu chế xuất|cụm công nghiệp|cảng|sân bay))\s+"  # (`KCN Chu Lai`: a zone, no person)
    r"|(?:TP|Tp|P|Q)\.\s*)"  # `P. Trung Đô`, `Q.Tây Hồ`: ward and district abbreviated
    r"((?:[A-ZĐÀ-Ỹ][\w]*)(?:\s+[A-ZĐÀ-Ỹ][\w]*)?)"
)
PLACE_WORD_END = re.compile(r"(?<!\w)(?:TP\.?|Tp\.?|thành phố|tỉnh|huyện|quận|xã|phường|thị xã|thị trấn|đường|phố)\s+$")
LOCAL_PLACE_END = re.compile(r"(?<!\w)(?:huyện|quận|xã|phường|thị xã|thị trấn)\s+$", re.I)
# Connectors inside an organisation name (`Bộ Kế hoạch và Đầu tư`, `BQL các KCN`, `Đại sứ quán X tại Y`).
CONNECTORS = ("và", "của", "tại", "các", "thuộc")
PLURAL = ("các", "những")
# Parts of speech that continue an organisation name: nouns and foreign words (`Khí gas`).
ORG_POS = ("N", "Np", "Nc", "Ny", "Nb", "FW")


@dataclass(frozen=True)
class Patterns:
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
    link_end: re.Pattern[str]
    appoint_end: re.Pattern[str]
    now_join: re.Pattern[str]
    prefix_end: re.Pattern[str]
    prefix_start: re.Pattern[str]
    former_end: re.Pattern[str]
    name_lead: re.Pattern[str]
    country_end: re.Pattern[str]
    role_qualifier: re.Pattern[str]
    not_held_end: re.Pattern[str]
    canonical_roles: dict[str, str]
    toneless_roles: dict[str, str]
    weak_roles: frozenset[str]


_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def toneless(text: str) -> str:
    """Lower-case text without its tone marks, its vowels kept (`ư` stays `ư`, `ơ` stays `ơ`), spaces collapsed."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if ch not in _TONES)
    return " ".join(unicodedata.normalize("NFC", bare).lower().split())


def _words(name: str) -> str:
    return alternation(list(entries(name)))


# `Thái Bình Dương` before a lower-case word, punctuation or the end is the Pacific Ocean, not the province Thái Bình
_NOT_OCEAN = r"(?!\s+Dương(?:\s+[a-zà-ỹđ]|[^\w\s]|\s*$))"
# the country's regions, which a body's name may end with like a province (`Ban chỉ đạo Tây Nam Bộ | Vương Đình Huệ`: `Bộ` there
# heads no ministry; s58, set P143)
_REGIONS = (r"(?<!\w)(?:Tây Nam Bộ|Đông Nam Bộ|Bắc Trung Bộ|Nam Trung Bộ|Tây Nguyên|Tây Bắc Bộ|Đông Bắc Bộ|Nam Bộ|Bắc Bộ|Trung Bộ"
            r"|Đồng bằng sông Cửu Long|Đồng bằng sông Hồng|ĐBSCL)(?!\w)")
REGION = re.compile(_REGIONS)


@lru_cache(maxsize=1)
def patterns() -> Patterns:
    lex = load()
    multi = [r for r in lex.roles if " " in r]
    single = [r for r in lex.roles if " " not in r]
    honorifics = alternation(list(lex.honorifics))
    # Multi-syllable roles may be written in lower case; one-syllable ones only capitalised.
    return Patterns(
        # ... and a one-syllable one in lower case right before a capitalised organisation (`trưởng BQL`).
        # (not a role that names a body after `Bộ`: `Bộ tư lệnh Quân khu V`, `Bộ Chỉ huy Quân sự tỉnh`)
        role=re.compile(rf"(?<!\w)(?<![Bb]ộ )(?:(?i:{alternation(multi)})|{alternation(single)}"
                        rf"|(?i:{alternation(single)})(?=\s+(?:{alternation(list(lex.org_heads))})(?!\w)))(?!\w)"),
        org_head=re.compile(rf"(?i:{alternation(list(lex.org_heads))})(?!\w)"),
        # (Not the Pacific: `châu Á-Thái Bình Dương của Facebook`; but `tỉnh Thái Bình Dương Văn A` names a person next.)
        province=re.compile(rf"(?<!\w)(?<!Thái )(?i:{lex.province_pattern})(?!\w){_NOT_OCEAN}"),
        # A province with the city prefix news put before it (`TP. Hà Nội`, `TP Cần Thơ`).
        place=re.compile(rf"(?<!\w)(?<!Thái )(?:(?:TP|Tp)\.?\s*|thành phố\s+)?(?i:{lex.province_pattern})(?!\w){_NOT_OCEAN}|{_REGIONS}"),
        # Countries only as written, capitalised: `Anh` and `Đức` are given names too.
        country=re.compile(rf"(?:(?:Cộng hòa|Cộng hoà|Vương quốc|Liên bang|Nhà nước)\s+)?(?:{_words('countries.txt')})(?!\w)"),
        # (`người` ends the name after a title, but not in `Hội Bảo vệ quyền lợi người tiêu dùng`)
        # and a span of years ends a post (`Thủ tướng Singapore | giai đoạn 1990-2001`)
        stop=re.compile(rf"(?i:(?!người\s+(?:{_words('org_people_groups.txt')})(?!\w))(?:{_words('official_stops.txt')})"
                        rf"|giai\s+đoạn(?=\s+(?:19|20)\d\d))(?!\w)"),
        honorific=re.compile(rf"(?i:{honorifics})(?!\w)"),
        honorific_end=re.compile(rf"(?<!\w)(?i:{honorifics})\s*$"),
        org_word=re.compile(rf"(?i:{_words('org_words.txt')})(?!\w)"),
        filler_end=re.compile(rf"(?<!\w)(?i:{_words('title_fillers.txt')})\s*$"),
        # A verb joining a person to the post that follows (`được bầu giữ chức`): needs no honorific.
        link_end=re.compile(rf"(?<!\w)(?:(?i:{_words('link_adverbs.txt')})\s+)*(?i:{_words('title_links.txt')})\s*$"),
        # An appointment named before a post whose holder follows after `cho`.
        appoint_end=re.compile(rf"(?<!\w)(?i:{_words('appointment_words.txt')})\s*$"),
        # Between a past post and the present one of the same person: `nguyên Phó Thủ tướng, nay là ...`.
        now_join=re.compile(rf"^\s*[,;]?\s*(?i:{_words('present_post_words.txt')})\s*$"),
        prefix_end=re.compile(rf"(?<!\w)(?i:{_words('title_prefixes.txt')})\s*$"),
        prefix_start=re.compile(rf"(?i:{_words('title_prefixes.txt')})\s"),
        former_end=re.compile(rf"(?<!\w)(?i:{_words('former_post_words.txt')})\s*$"),
        # What leads from a post to the person holding it: `Giám đốc Sở X, ông Y`; `Tổng Giám đốc X - bà Y`;
        # `chức vụ X đối với ông Y`.
        name_lead=re.compile(r"(?:,|:|-|–|—|đối với)\s*"),
        country_end=re.compile(rf"(?<!\w)(?:{_words('countries.txt')})$"),
        role_qualifier=re.compile(rf"(?i:{_words('role_qualifiers.txt')})(?!\w)"),
        not_held_end=re.compile(rf"(?<!\w)(?i:{_words('titles_not_held.txt')})\s*$"),
        canonical_roles={fold(r): r for r in reversed(lex.roles)},  # the first listed spelling wins
        # Keyed with the vowels kept: `fold` makes `Thủ trưởng` (the head of an agency) `Thứ trưởng` (a vice-minister).
        toneless_roles={toneless(r): r for r in reversed(lex.roles)},
        weak_roles=frozenset(fold(r) for r in entries("relational_roles.txt")),
    )


class Context:
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
        self.pats = patterns()
        self.protected = protected_places(sentence, self.grid)
        self.role_spans: list[tuple[int, int]] = []
        for match in self.pats.role.finditer(sentence.text):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            head = self.pats.org_head.match(sentence.text, match.start())
            if head and head.end() > match.end():
                continue  # `Đại sứ quán`, not `Đại sứ`
            if start in self.grid.by_start and end in self.grid.by_end:
                i = self.grid.by_start[start]
                if self._given_name(i, self.grid.by_end[end] + 1):
                    continue  # `đồng chí Nguyễn Công Trưởng, Phó Chủ tịch ...`: the last syllable of a name
                if self._names_members(i, self.grid.by_end[end] + 1):
                    continue  # `Đoàn ĐBQH`, `Trưởng đoàn ĐBQH`, `Đoàn Đại biểu Quốc hội (ĐBQH)`: part of a body's name
                if self._after_head(i):
                    continue  # `Bộ Tư lệnh`, `Cục Lãnh sự`: the title names the body whose head comes right before it
                if self._office_of(i):
                    continue  # `tại Phủ Chủ tịch`, `Dinh tổng thống Merdeka`: a building, no one's post
                if self._delegation_role(match.group(), sentence.text[match.end():]):
                    continue  # `trưởng đoàn công tác`: a part in a trip, not a post
                if i > 0 and self.units[i - 1].text in entries("role_prefixes.txt") and i - 1 in self.token_starts:
                    i -= 1  # `Phó` + a title not listed with it (`Phó tổng Thanh tra`)
                self.role_spans.append((i, self.grid.by_end[end] + 1))
        self.role_starts = frozenset(i for i, _ in self.role_spans)
        # Where a run of capitalised words must stop: a title, or a place or country that starts inside it
        # (`Samsung | Việt Nam | Choi Joo Ho`).
        place_starts = {self.grid.by_start[s] for s, _ in self.protected if s in self.grid.by_start}
        self.barriers = self.role_starts | place_starts

    def _office_of(self, i: int) -> bool:
        """Whether the title at unit `i` names the building of its holder (`Phủ Chủ tịch`, `Dinh tổng thống Merdeka`), not
        a post: `Phủ` or `Dinh` a word of its own right before it (not the `phủ` of `chính phủ`)."""
        return i > 0 and self.units[i - 1].text.lower() in ("phủ", "dinh") and i - 1 in self.token_starts

    @staticmethod
    def _delegation_role(role: str, rest: str) -> bool:
        """The title `role`, followed by `rest`, is a role in a delegation (`trưởng đoàn công tác`, `Phó Trưởng
        đoàn xúc tiến`), not a post: only the head of a standing body (`Trưởng đoàn ĐBQH`) holds one."""
        if fold(" ".join(role.split())).lower() not in {fold(r).lower() for r in entries("delegation_roles.txt")}:
            return False
        # The standing body may come a few words on (`Phó trưởng đoàn chuyên trách Đoàn đại biểu Quốc hội`).
        return not re.match(rf"[^\W\d]*(?:\s+[^\W\d]+){{0,3}}?\s*(?i:{alternation(list(entries('delegation_standing.txt')))})(?!\w)", rest)

    def _after_head(self, i: int) -> bool:
        """The title at unit i follows a capitalised organisation's head with nothing between (`Bộ | Tư lệnh`, `Cục |
        Lãnh sự`): it is the rest of that body's name, not a post."""
        if i == 0 or not self.units[i].cap or self.sentence.text[self.units[i - 1].end - self.sentence.start] != " ":
            return False
        return any(self.match(self.pats.org_head, m) == i and self.units[m].cap and m in self.token_starts
                   for m in range(max(0, i - 3), i))

    def _names_members(self, i: int, j: int) -> bool:
        """The title at units [i, j) names the members of a body: after a delegation word (`Đoàn ĐBQH`), or
        alone in parentheses, an abbreviation of the body before (`Đoàn Đại biểu Quốc hội (ĐBQH)`)."""
        if i > 0 and self.units[i - 1].text.lower() in entries("delegation_words.txt"):
            return True
        # `Đoàn Đại biểu Quốc hội (ĐBQH)`: an abbreviation right after the body's head, not `ông X (Phó phòng)`.
        return 1 < i and j < self.n and self.units[i - 1].text == "(" and self.units[j].text == ")" \
            and self.units[i].text.isupper() and any(self.match(self.pats.org_head, m) == i - 1 for m in range(max(0, i - 4), i - 1))

    def _given_name(self, i: int, j: int) -> bool:
        """A one-word title at unit i (`Trưởng`) that ends a Vietnamese name begun before it and is not followed
        by a capitalised word: a given name (`Nguyễn Công Trưởng, Phó Chủ tịch`), not a post."""
        if j != i + 1 or not self.units[i].cap:
            return False
        if j < self.n and self.units[j].cap:
            return False  # `Trưởng Công an huyện`: a post before its organisation
        return any(names.vietnamese(self.grid, s, j, ()) for s in range(max(0, i - 3), i - 1))

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


def protected_places(sentence: Sentence, grid: Grid) -> list[tuple[int, int]]:
    """Place names a person's name may not overlap: provinces (unless a family name comes first,
    `Trương Hòa Bình`), capitalised words after a place word (`huyện Lâm Hà`), `Công Thương`."""
    pats = patterns()
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
    for m in PLACE_NAME.finditer(sentence.text):
        if sentence.start + m.start() in provinces or sentence.start + m.start(1) in provinces:
            continue
        if not m.group(1)[0].isupper() or len(m.group(1).split()) > 1 and m.group(1).split()[1] in middle:
            continue  # `thành phố Huỳnh Thị Kim Chi`: a person after a bare `thành phố`
        first = grid.index_at(sentence.start + m.start(1))
        run = names.run_end(grid, first)
        if m.group().startswith("tỉnh") and names.vietnamese(grid, first, run, ()):
            continue  # provinces are a closed list: `Phó chủ tịch tỉnh Lê Trí Thanh` names a person
        if m.group().startswith(("TP", "Tp", "thành phố")) and run - first >= 3 and names.vietnamese(grid, first, run, ()):
            continue  # a city's own name is shorter: `UBND TP Nguyễn Thế Hùng` names a person (not `TP Phan Thiết`)
        spans.append((sentence.start + m.start(1), sentence.start + m.end(1)))
    surnames = load().surnames
    for m in _COMMITTEE_PLACE.finditer(sentence.text):  # `Bí thư huyện ủy Lý Sơn, ông Nguyễn Thanh`, `Huyện ủy Lý Sơn Nguyễn
        words = m.group(1).split()  # Thanh`: a committee's place before its person (a place may open with a family name)
        if m.group(2) or len(words) >= 4 and words[2] in surnames and words[0] in surnames:
            spans.append((sentence.start + m.start(1), sentence.start + m.start(1) + len(" ".join(words if m.group(2) else words[:2]))))
    return spans


_COMMITTEE_PLACE = re.compile(r"(?<!\w)(?i:huyện ủy|huyện uỷ|thành ủy|thành uỷ|quận ủy|quận uỷ|thị ủy|thị uỷ)\s+"
                              r"((?-i:[A-ZĐÀ-Ỹ]\w*)(?:\s+(?-i:[A-ZĐÀ-Ỹ]\w*)){1,4})(\s*,\s*(?i:ông|bà)\s)?")


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
            return not (i > 0 and PLACE_NAME.match(grid.text(i - 1, k)))
    return False


