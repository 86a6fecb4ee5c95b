"""How an event's mention is written: two names of one event written twice in one sentence, a tone mark or a word
apart (`đổi mới` / `đồi mới`), a photo's caption, which shortens a name as a headline does, and whether a name has
a proper part of its own."""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache

from pipeline.facts.event_lexicon import EDITION, Mention
from pipeline.facts.lexicon import load
from pipeline.language.textnorm import fold


def respelled(first: Mention, second: Mention) -> bool:
    """Whether two long names are one name written twice, tone marks and one lowercase word apart (`đổi mới` / `đồi
    mới`, `tỉnh` / `cấp tỉnh`): at least eight words each, the same words once tone marks are dropped but for one
    lowercase word that only one has."""
    a, b = (set(_toneless(m.name).split()) for m in (first, second))
    extra = (a ^ b)
    written = {w.lower() for m in (first, second) for w in m.name.split() if w[:1].isupper()}
    return min(len(a), len(b)) >= 8 and len(extra) <= 1 and not any(_toneless(w) in extra for w in written)


def _toneless(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", fold(text).lower().replace("đ", "d"))
                   if not unicodedata.combining(ch))


_CAPTION = re.compile(r"(?:^|[.\s(])(?i:ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*:\s*\S")


def captioned(mention: Mention) -> bool:
    """Whether the mention's sentence is a photo's caption: its credit (`Ảnh: Phạm Hoài`) ends it or follows it."""
    sentence = mention.sentence
    after = sentence.source[sentence.end:sentence.end + 60] if sentence.source else ""
    return _CAPTION.search(sentence.text) is not None or _CAPTION.match(" " + after.lstrip(" (")) is not None


def caption_line(text: str, at: int) -> bool:
    """Whether the line of `text` holding offset `at` is a photo's caption: a credit (`(Ảnh: Internet)`) ends it, or
    the next line repeats it with one (a page's alt text, then the caption under the photo)."""
    begin = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[begin:end if end >= 0 else len(text)].strip()
    after = text[end + 1:].split("\n", 1)[0].strip() if end >= 0 else ""
    return _CAPTION.search(line) is not None or bool(line) and after.startswith(line) and _CAPTION.search(after[len(line):]) is not None


def proper(mention: Mention) -> bool:
    """Whether the name has a capitalised word of its own besides its head and its edition."""
    rest = EDITION.sub("", mention.name[len(mention.head):])
    return any(w[:1].isupper() and not re.fullmatch(r"[IVXLC]+", w) for w in rest.split())


def _own_names(mention: Mention) -> set[str]:
    """The capitalised words of a name after the first word of its object (`khởi công Khu bến cảng Mỹ Thủy`: `my`, `thuy`)."""
    words = EDITION.sub("", mention.name[len(mention.head):]).split()[1:]
    return {fold(w.lower()) for w in words if w[:1].isupper() and not re.fullmatch(r"[IVXLC]+", w)}


def named_apart(one: Mention, other: Mention) -> bool:
    """Whether two names each name their object with proper words and share none (`khởi công Khu bến cảng Mỹ Thủy` and
    `khởi công Khu công nghiệp Quảng Trị`: two works, though both are a `Khu`)."""
    a, b = _own_names(one), _own_names(other)
    return bool(a and b and not a & b)


def days_apart(one: Mention, other: Mention, days: dict[int, set[str]]) -> bool:
    """Whether the sentences of two mentions each give a day (`days`: by sentence start) and none the same (`khởi công vào
    ngày 15/12/2023`, `Sáng nay (25/3)`)."""
    a, b = days.get(one.sentence.start, set()), days.get(other.sentence.start, set())
    return bool(a and b and not a & b)


_PLACED = re.compile(r"(?<!\w)(?i:tỉnh|thành phố|TP\.?|huyện|quận|thị xã|xã|phường|thị trấn)\s+((?:[A-ZĐ][\w-]*\s*){1,4})")

ORDINAL = re.compile(r"(?<!\w)(?i:thứ)\s+(?:\d+|[IVXLC]+)(?!\w)")  # a sitting's number (`kỳ họp thứ 17`)


def sittings_apart(one: Mention, other: Mention) -> bool:
    """Whether two mentions name sittings of different numbers (`kỳ họp thứ 5` and `kỳ họp thứ 6 Quốc hội khóa XIV`)."""
    a, b = ORDINAL.search(one.name), ORDINAL.search(other.name)
    return a is not None and b is not None and a.group().split()[-1].upper() != b.group().split()[-1].upper()


TALKS = frozenset({"conference", "forum", "workshop"})  # meetings a page may call by one another's head

# a market a shipment is bound for (`lễ công bố xuất khẩu lô thanh long sang thị trường Úc`, not `... Nhật Bản`)
_BOUND = re.compile(r"(?<!\w)(?:sang(?:\s+(?i:thị trường))?|(?i:thị trường))\s+(\w+(?:\s+\w+){0,2})")


def _place_key(place: str) -> str:
    province = load().province(place.strip()) or load().province("TP. " + place.strip())  # (`TP. HCM`, `thành phố Hồ Chí Minh`)
    return fold(province.name if province else place).lower().strip()


def _markets(name: str) -> set[str]:
    out = set()
    for m in _BOUND.finditer(name):
        words = m.group(1).split()
        capitalised = words[:next((n for n, w in enumerate(words) if not w[0].isupper()), len(words))]
        if capitalised:
            out.add(fold(" ".join(capitalised)).lower())
    return out


def places_apart(one: Mention, other: Mention) -> bool:
    """Whether two names each place their event in a unit and share none of those places or markets (`Phiên chợ hàng Việt về miền núi
    huyện Bác Ái` and `... huyện Ninh Sơn`: two market days of one programme, not one event named twice)."""
    a, b = ({_place_key(p.group(1)) for p in _PLACED.finditer(m.name)} | _markets(m.name) for m in (one, other))
    return bool(a and b and not a & b)


@lru_cache(maxsize=1)
def _provinces() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:(?:TP|Tp)\.?\s*|(?i:thành phố|tỉnh)\s+)?(?i:{load().province_pattern})(?!\w)")


def one_spelling_of_places(name: str) -> str:
    """A name with each province written one way (`Hội sách TP. HCM 2018` and `Hội sách thành phố Hồ Chí Minh 2018`
    are one fair)."""
    return _provinces().sub(_one_spelling, name)


def _one_spelling(m: re.Match[str]) -> str:
    bare = re.sub(r"^(?:TP|Tp)\.?\s*|^(?i:thành phố|tỉnh)\s+", "", m.group())
    province = load().province(bare) or load().province(m.group())
    return f" {province.name if province else m.group()} "


def in_sentence_case(first: Mention, named: list[Mention]) -> Mention:
    """The mention that names the event as a sentence writes it when `first` is a line in capitals (`HỘI CHỢ CÔNG THƯƠNG
    ... NĂM 2020` over the body's `Hội chợ Công thương ... năm 2020`): a later one of the same words, else `first`."""
    if not in_capitals(first.name):
        return first
    key = " ".join(fold(first.name).lower().split())
    found = next((m for m in named if m is not first and " ".join(fold(m.name).lower().split()) == key), first)
    place = _CAPITAL_PLACE.search(found.name) if found is first else None
    return dataclasses.replace(found, name=found.name[:place.start()], end=found.start + place.start()) if place else found


# the place clause a line in capitals ends with (`HỘI NGHỊ "..." TẠI HÀ NỘI`): where it is held, not its name
_CAPITAL_PLACE = re.compile(r"(?<=\S)\s+(?:TẠI|Ở)\s+[^\s\"“”()]+(?:\s+[^\s\"“”()]+){0,5}$")


def in_capitals(name: str) -> bool:
    """Whether every letter of a name is a capital (`HỘI CHỢ CÔNG THƯƠNG ... NĂM 2020`: a line in capitals)."""
    letters = [ch for ch in name if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)
