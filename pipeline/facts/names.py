"""Personal names in a sentence's unit grid: the shape of a Vietnamese name, and foreign names.

A Vietnamese name is a family name from the lexicon (`Nguyễn`, `Tôn Thất`) and one to three more
capitalised syllables, each a short word in title case (`Nguyễn Thị Kim Ngân`). A foreign name is read
only where the sentence vouches for it, after a country in a post (`Thủ tướng Hungary Orban Viktor`) or
after an honorific before a title (`ông Robert Franklin, Chủ tịch ...`): capitalised words, joined by
`-` or an apostrophe (`Stefan - Radu Oprea`, `Peter O’ Neill`); a name written in Vietnamese letters
there is a Sino-Vietnamese rendering (`Tập Cận Bình`), at most three syllables.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Collection, Sequence

from pipeline.facts.districts import provinces_of
from pipeline.facts.lexicon import entries, load
from pipeline.language.grid import Grid, Unit

JOINERS = {"-", "’", "'", "‘"}
_VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯ")


def vietnamese_looking(word: str) -> bool:
    """A word written with Vietnamese letters or tone marks (`Cận`, `Dương`), not plain Latin (`Viktor`), nor a word
    whose marks sit on a word no Vietnamese syllable is shaped like (`Inácio`, `Peña`, `Yamandú`: Spanish, Portuguese)."""
    if any(c in _VIETNAMESE for c in word):
        return True
    marked = any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", word))
    plain = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))
    return marked and _SYLLABLE.fullmatch(plain) is not None


# the shape of one Vietnamese syllable without its marks: an initial, one to three vowels, a final
_SYLLABLE = re.compile(r"(?:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


def plain_vietnamese(word: str) -> bool:
    """A capitalised word without marks spelt as one Vietnamese syllable (`Huy`, `Anh`, `Minh`): a Vietnamese word whose
    marks were never written as often as a foreign one."""
    return word.isalpha() and word.isascii() and _SYLLABLE.fullmatch(word.lower()) is not None


_VIETNAMESE_FINALS = ("ch", "ng", "nh", "c", "m", "n", "p", "t")
_VIETNAMESE_INITIALS = ("ngh", "ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr")


def foreign_spelling(word: str) -> bool:
    """A word no Vietnamese syllable is spelt like (`Jean`, `Trump`, `Smith`): a letter Vietnamese does
    not use (f, j, w, z), a final consonant or an initial cluster outside Vietnamese spelling. A plain
    Latin word that could be Vietnamese without its marks (`Minh`, `Lan`) is not."""
    w = word.lower()
    if not w.isalpha() or vietnamese_looking(w):
        return False
    if any(ch in "fjwz" for ch in w):
        return True
    vowels = "aeiouy"
    head = len(w) - len(w.lstrip("bcdghklmnpqrstvx"))
    tail = len(w) - len(w.rstrip("bcdghklmnpqrstvx"))
    initial, final = w[:head], w[len(w) - tail:] if tail else ""
    if len(initial) > 1 and initial not in _VIETNAMESE_INITIALS:
        return True
    if final and final not in _VIETNAMESE_FINALS:
        return True
    core = w[head:len(w) - tail]
    return any(ch not in vowels for ch in core)  # a consonant between vowels: two syllables (`Putin`)


def syllable_ok(text: str) -> bool:
    """One syllable of a Vietnamese name: capitalised, letters only, short, not an acronym."""
    return text[0].isupper() and text.isalpha() and len(text) <= 7 and not (len(text) > 1 and text.isupper())


def vietnamese(grid: Grid, i: int, j: int, protected: Collection[tuple[int, int]]) -> bool:
    """Units i..j-1 have the shape of a Vietnamese personal name and overlap no place name."""
    if not 2 <= j - i <= (5 if grid.units[i].text == "Y" else 4):  # (`Y Giang Gry Niê Knơng`: five)
        return False
    glottal = _glottal(grid.units, i)
    units = [u for k, u in enumerate(grid.units[i:j]) if not (k == 1 and glottal)]  # (`H’Yim`: `H`, `Yim`)
    if glottal and len(units) < 2:
        return False
    if not all(syllable_ok(u.text) for u in units) or (len(units[-1].text) == 1 and j == len(grid.units)):
        return False  # (`Nguyễn Hồng D` ending the text: a page cut off inside the given name; but `Phạm S` is a name)
    surnames = load().surnames
    if units[0].text in ("Ông", "Bà") and j - i >= 3 and units[1].text in surnames:
        return False  # `Ông Mai Anh Tuấn`: the honorific before a whole name, not the family name Ông
    # `Y Giang Gry Knơng`, `Y Biêr Niê`: the Ê Đê, Jrai and M'nông men's prefix opens a name of two syllables more
    prefixed = units[0].text == "Y" and len(units) >= 3 and units[1].text not in _NOT_AFTER_Y or glottal
    middle = j - i >= 3 and units[1].text in ("Văn", "Thị") and units[0].text in entries("surnames_ambiguous.txt") \
        and _after_title(grid, i)  # `Đồng Văn Thanh`: a family name more often a place's or a given name
    if not prefixed and not middle and units[0].text not in surnames and f"{units[0].text} {units[1].text}" not in surnames:
        return False
    if j - i == 2 and j < len(grid.units) and grid.units[j].text == "(":
        close = next((k for k in range(j, min(j + 8, len(grid.units))) if grid.units[k].text == ")"), None)
        after = grid.units[close + 1:close + 4] if close is not None else []
        if len(after) == 3 and after[0].text in _COMMON and all(syllable_ok(u.text) for u in after):
            return False  # `Công ty cổ phần Gốm Chu Đậu (Hải Dương) Nguyễn Hữu Thức`: the body's name, then the person's
    before = " ".join(u.text for u in grid.units[max(0, i - 2):i]).lower()
    if before in ("công ty", "tập đoàn") and units[0].text not in _COMMON:
        return False  # `Tổng Giám đốc Công ty Tôn Đông Á`: a company's name, unless it opens with a common family name
    if _placed(grid, i, j):
        return False  # `Ban tổ chức Ngày hội mắm Châu Đốc, An Giang`: a city and its province, no person
    if _body_head(grid, i, j):
        return False  # `Bí thư Đoàn Thanh niên xã X`: a body's head whose first word is a family name, no `Đoàn Thanh`
    start, end = units[0].start, units[-1].end
    return not any(s < end and start < e for s, e in protected)


def _placed(grid: Grid, i: int, j: int) -> bool:
    """Whether units i..j-1 are a district's, town's or city's name followed by a comma and the province it lies in."""
    if j + 1 >= len(grid.units) or grid.units[j].text != ",":
        return False
    after = [u.text for u in grid.units[j + 1:j + 4]]
    named = next((p for k in (3, 2, 1) if (p := load().province(" ".join(after[:k])))), None)
    return named is not None and named.name in provinces_of(" ".join(u.text for u in grid.units[i:j]))


def _body_head(grid: Grid, i: int, j: int) -> bool:
    """Whether an organisation's head (`lexicons/org_heads.txt`) of several words opens at unit i and runs on past the
    name's last unit in lower case (`Đoàn Thanh niên`, `Đoàn Đại biểu Quốc hội`, `Đoàn Chủ tịch`)."""
    if j >= len(grid.units) or grid.units[j].cap or not grid.units[j].alpha:
        return False
    words = [u.text.lower() for u in grid.units[i:j + 3]]
    return any(j - i < len(h) <= len(words) and words[:len(h)] == h for h in _several_word_heads())


@functools.cache
def _several_word_heads() -> tuple[list[str], ...]:
    return tuple(h.lower().split() for h in load().org_heads if " " in h)


def _glottal(units: Sequence[Unit], k: int) -> bool:
    """Whether unit k is the `H` of `H’Yim`, `H'Hen`: a capital H, an apostrophe right after it, a capitalised word glued on."""
    return 0 <= k < len(units) - 2 and units[k].text == "H" and units[k + 1].text in ("’", "'") and units[k + 1].start == units[k].end \
        and units[k + 2].start == units[k + 1].end and units[k + 2].cap and units[k + 2].alpha


def _after_title(grid: Grid, i: int) -> bool:
    """Whether unit i opens a new name: no capitalised word runs on into it (`Lạc Cảnh Đại Nam Văn Hiến`: a resort's
    name), but a province may end the title before it (`Chủ tịch UBND tỉnh Hậu Giang Đồng Văn Thanh`)."""
    if i == 0 or not grid.units[i - 1].text[:1].isupper() or grid.units[i - 1].text.lower() in {h.lower() for h in load().honorifics}:
        return True  # (`Ông Hà Hoàng Việt Phương`: an honorific opens the name)
    words = [u.text for u in grid.units[max(0, i - 3):i]]
    return any(load().province(" ".join(words[k:])) for k in range(len(words)))


_NOT_AFTER_Y = frozenset({"Dược", "Khoa", "Tế", "Học", "Sinh", "Tá"})  # `Đại học Y Dược`, `Y Tế`: medicine, no name


def suffix(grid: Grid, i: int, j: int, protected: Collection[tuple[int, int]]) -> tuple[int, int] | None:
    """The longest Vietnamese name that ends exactly at unit j and starts at or after unit i."""
    for s in range(max(i, j - 5), j - 1):
        if vietnamese(grid, s, j, protected):
            if j - s == 4 and grid.units[s].text not in _COMMON and grid.units[s].text != "Y" and grid.units[s + 1].text in _COMMON:
                continue  # `Thành ủy Bảo Lộc Nguyễn Văn Triệu`: a place's last syllable (a rare family name) before a full name
            if j - s == 4 and grid.units[s + 1].text in _COMMON and grid.units[s].text not in _MOST_COMMON and s > 0 \
                    and not _after_title(grid, s) and not grid.units[s - 1].text.isupper():
                continue  # `Đóng tàu Nam Triệu Vũ Thanh Tùng`: a company's last syllable (a family name too) before a full name
            return s, j
    return None


# the family names of most Vietnamese (the frequency-ordered head of `surnames.txt`, before its alphabetical tail)
_COMMON = frozenset("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Đinh
    Lâm Phùng Mai Tô Tạ Hà Lương Lưu Cao Quách Thái Châu Chu Triệu Tăng Kiều Giang Đàm La Lục Mạc Doãn Diệp Khúc Khổng Lại""".split())


_MOST_COMMON = frozenset("Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương".split())  # (`Nguyễn Vũ Trường Sơn`)


def loose(grid: Grid, i: int, j: int) -> bool:
    """Units i..j-1 may be a name vouched for by its context: one to five capitalised words (joined by
    `-` or an apostrophe), no acronym, no digit."""
    units = grid.units
    # Words of the name, less a syllable hyphenated on without a space (`in` of `Jae-in`).
    words = [units[k] for k in range(i, j) if units[k].text not in JOINERS and units[k].text != "."
             and units[k].text not in entries("name_particles.txt")
             and not (k > i and units[k - 1].text in ("-", "–") and not units[k].cap)]
    if not 1 <= len(words) <= 5 or grid.units[i].text in JOINERS or grid.units[j - 1].text in JOINERS:
        return False
    return all(u.text[0].isupper() and u.text.isalpha() and not (len(u.text) > 2 and u.text.isupper()) for u in words)


# words that open a clause after an apposition's closing dash, no syllable of a name (`- cho biết`, `- và`, `- là`)
_CLAUSE_AFTER_DASH = frozenset({"cho", "và", "là", "có", "đã", "sẽ", "nói", "cũng", "thì", "mà", "khi", "được", "để", "đang", "vừa"})


def spaced_hyphen(units: Sequence[Unit], j: int, first: int) -> bool:
    """Whether the hyphen at unit j, written with spaces, joins a lower-case syllable to a foreign name that starts at
    unit `first` (`Moon Jae - in`, `al - Abadi`); a Korean given name after its family name may look Vietnamese (`Ja
    Song - nam`, `Cho June - hyuck`, `Ban Ki - moon`) when it or another word of the name is no Vietnamese syllable."""
    if units[j].text not in ("-", "–") or j + 1 >= len(units) or not units[j + 1].alpha or units[j + 1].cap \
            or units[j + 1].text in _CLAUSE_AFTER_DASH:
        return False  # (`ông Sergey Tsyb - | cho biết`: the apposition's closing dash, then the clause's verb)
    before, after = units[j - 1].text, units[j + 1].text
    if len(after) <= 4 and not vietnamese_looking(after) and (before in entries("name_particles.txt") or (
            units[j - 1].cap and len(before) <= 4 and not vietnamese_looking(before))):
        return True
    if not units[j - 1].cap:
        return False
    return len(after) <= 5 and len(before) <= 4 and after.isascii() and before.isascii() and j - first >= 2 and (
        not vietnamese_looking(after) or any(not vietnamese_looking(u.text) for u in units[first:j]))


def run_end(grid: Grid, i: int, barriers: Collection[int] = (), joined: bool = False) -> int:
    """End of the run of capitalised words from unit i, stopping before any unit in `barriers` (where a
    title of office starts); with `joined`, a joiner between two of them is taken in (`Stefan - Radu`)."""
    j = i
    units = grid.units
    while j < len(grid) and (j == i or j not in barriers):
        u = units[j]
        if u.alpha and u.cap and j >= i + 2 and j + 1 < len(grid) and units[j + 1].alpha and not units[j + 1].cap \
                and f"{u.text.lower()} {units[j + 1].text}" in entries("caption_verbs.txt"):
            break  # `Nguyễn Hòa Bình | Phát biểu tại hội nghị`: a caption's verb, capitalised, after the name
        if u.alpha and u.cap:
            j += 1
        elif _glottal(units, j - 1):
            j += 1  # `H’Yim Kđoh`: the Ê Đê and Jrai women's prefix, glued to the name by an apostrophe
        elif joined and u.text in entries("name_particles.txt") and j > i and j + 1 < len(grid) \
                and j + 1 not in barriers and not vietnamese_looking(units[j - 1].text) \
                and ((units[j + 1].cap and not vietnamese_looking(units[j + 1].text)) or units[j + 1].text == "-"
                     or (units[j + 1].text in entries("name_particles.txt") and j + 2 < len(grid) and units[j + 2].cap)):
            j += 1  # `Haider al-Abadi`, `Lula da Silva`, `Ursula von der Leyen`
        elif joined and u.text == "." and j > i and len(units[j - 1].text) == 1 and units[j - 1].text.isupper() \
                and j + 1 < len(grid) and units[j + 1].cap and units[j + 1].alpha and j + 1 not in barriers:
            j += 1  # an initial: `Dwight D. Eisenhower`
        elif joined and j > i and spaced_hyphen(units, j, i):
            j += 2  # `Moon Jae - in`, `al - Abadi`, `Ja Song - nam`: a hyphen written with spaces inside a foreign name
        elif joined and u.text == "-" and j > i and j + 1 < len(grid) and units[j + 1].alpha \
                and u.start == units[j - 1].end and units[j + 1].start == u.end and not units[j - 1].text.isupper():
            j += 2  # `Jean-Paul`, `Moon Jae-in`: a hyphen with no space joins any word
        elif joined and u.text in JOINERS and j > i and j + 1 < len(grid) and units[j + 1].cap and units[j + 1].alpha \
                and j + 1 not in barriers and not (u.start > units[j - 1].end and vietnamese_looking(units[j + 1].text)):
            j += 1  # `Stefan - Radu`, `O’ Neill`; not `Donald Trump - Ảnh`
        else:
            break
    return j


def foreign(grid: Grid, i: int, barriers: Collection[int] = ()) -> tuple[int, int] | None:
    """A foreign name starting at unit i (after a country): Latin words up to four, or a Sino-Vietnamese
    rendering of at most three syllables (a caption glued on after it is left out)."""
    j = run_end(grid, i, barriers, joined=True)
    if j == i:
        return None
    words = [k for k in range(i, j) if grid.units[k].text not in JOINERS and grid.units[k].text not in entries("name_particles.txt")]
    if vietnamese_looking(grid.units[i].text):
        j = min(j, i + 3)
        while j - i > 1 and grid.units[j - 1].text in entries("name_particles.txt"):
            j -= 1  # (`Inácio Lula | da`: no name ends with its particle)
        if j - i < 2:
            return None  # one Vietnamese syllable is no foreign name
    elif len(words) > 4:
        return None  # (its particles aside: `Luiz Inácio Lula da Silva` is four words)
    return (i, j) if loose(grid, i, j) else None
