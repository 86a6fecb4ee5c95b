"""Other names of one event: an alias given after a naming word (`X (thường gọi là Y)`, `X mang tên “Y”`), a description
or an English name set off by a dash right after it (`X 2017 - cuộc thi về ...`, `Người mẫu thể hình Việt Nam 2017 - Vietnam
Fitness Model 2017`), a short name with the same head in brackets right after it (`Hội chợ ... Đà Nẵng 2022 (Hội chợ EWEC Đà
Nẵng 2022)`), and a later mention by such a name."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.facts.event_mentions import Mention
from pipeline.facts.lexicon import rows
from pipeline.language.textnorm import fold

_ALIAS = re.compile(r"\s*,?\s*\(?\s*(?i:mang tên|có tên gọi|có tên|với tên gọi|tên gọi|gọi tắt là|viết tắt là|(?:(?:hay|thường|vẫn)\s+)?(?:còn\s+)?"
                    r"(?:được\s+)?gọi là)\s*[“\"«]?\s*")


_BRANDS = frozenset({"techmart", "techdemo"})  # heads that are a brand: `Chợ Công nghệ và Thiết bị ... (Techmart Hòa Bình 2006)` (s60)


def apposition(previous: Mention, mention: Mention) -> bool:
    """A lowercase mention set off by a dash right after a named one describes it (`X 2017 - cuộc thi về ...`); a name given
    to it right after it is its alias (`Triển lãm X lần thứ 14 mang tên “Y 2018”`, `X (gọi tắt là Festival Tôm)`)."""
    between = mention.sentence.text[previous.end:mention.start] if previous.sentence is mention.sentence and previous.named else "|"
    dashed = re.fullmatch(r"\s*(?:\([^)]*\))?\s*[-–]\s*", between) is not None
    translated = dashed and mention.name.isascii() and not previous.name.isascii()  # `Người mẫu thể hình Việt Nam 2017 - Vietnam
    # Fitness Model 2017`: the name in English
    bracketed = re.fullmatch(r"\s*\(\s*", between) is not None and (fold(mention.head) == fold(previous.head) or mention.name.isascii()
                                                                    and not previous.name.isascii() or fold(mention.head) in _BRANDS) \
        and re.match(r"\s*\)", mention.sentence.text[mention.end:]) is not None  # `Hội chợ Quốc tế ... Đà Nẵng 2022 (Hội chợ EWEC
    # Đà Nẵng 2022)`: its short name in brackets; `Lễ hội mùa đông Sa Pa năm 2016 (Sapa Snow Festival)`: its English name (s57)
    return (mention.head[:1].islower() and dashed) or translated or bracketed or _ALIAS.fullmatch(between) is not None


def named_after(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether `mention`'s name after its head is written right after one of `mentions`, after a dash or in brackets after
    `gọi là` (`cuộc thi Vietnam Fitness Model 2017` after `cuộc thi Người mẫu thể hình Việt Nam 2017 - Vietnam Fitness Model
    2017`): another name of that event."""
    return mention.named and any(_follows(mention, o) or o.named and _follows(o, mention) for o in mentions)


def _follows(mention: Mention, other: Mention) -> bool:
    """Whether `mention`'s name after its head is written right after `other`, after a dash or `gọi là` in brackets."""
    core = mention.name[len(mention.head):].strip()
    return len(core) > 3 and re.match(rf"\s*(?:[-–]|\((?:[^()]*(?i:gọi là))?)\s*{re.escape(core)}(?!\w)", other.sentence.text[other.end:]) is not None


_BRACKET = re.compile(r"\s*\(([^()]{2,80})\)")
_NAMING = re.compile(r",|\s(?:(?:hay|thường|vẫn)\s+)?(?:còn\s+)?(?:được\s+)?(?:gọi là|gọi tắt là|viết tắt là)\s|\s(?:hay|hoặc)\s")


def bracketed_names(text: str, end: int) -> list[str]:
    """The Latin names written in brackets right after a mention ending at `end`, one or several
    (`Đại hội Thể thao châu Á 2018 (Asian Games, hay còn gọi là Asiad)`: `Asian Games`, `Asiad`)."""
    bracket = _BRACKET.match(text, end)
    parts = [p.strip() for p in _NAMING.split(bracket.group(1))] if bracket else []
    return [p for p in parts if re.fullmatch(r"[A-Z][A-Za-z0-9]+(?:\s+[A-Z][A-Za-z0-9]+){0,3}", p)]


def paired(first: Mention, mention: Mention, text: str) -> bool:
    """Whether the article writes the two named mentions' names side by side as one event's, set off by a dash or a bracket
    (`cuộc thi Vietnam Fitness Model 2017` and `cuộc thi Người mẫu thể hình Việt Nam 2017`, written elsewhere as `Người mẫu
    thể hình Việt Nam 2017 - Vietnam Fitness Model 2017`), though neither mention stands there."""
    if not (first.named and mention.named):
        return False
    a, b = (m.name[len(m.head):].strip() for m in (first, mention))
    if len(a) <= 3 or len(b) <= 3 or a.lower() == b.lower():
        return False
    return any(re.search(rf"(?<!\w){re.escape(x)}\s*(?:[-–]|\()\s*{re.escape(y)}(?!\w)", text) for x, y in ((a, b), (b, a)))


@lru_cache(maxsize=1)
def _translations() -> list[tuple[str, str]]:
    """(English, Vietnamese) names, folded and lower case, longest English first (`event_translations.tsv`)."""
    pairs = [(" ".join(fold(r[0]).lower().split()), " ".join(fold(r[1]).lower().split())) for r in rows("event_translations.tsv")]
    return sorted(pairs, key=lambda p: -len(p[0]))


def _canonical(name: str) -> tuple[str, bool]:
    """A name folded, without its head word of contest or event, its English part turned Vietnamese; and whether it was."""
    text = " ".join(re.sub(r"[^\w\s]", " ", fold(name).lower()).split())
    text = re.sub(r"^(?:cuoc thi|chung ket|vong chung ket|dem chung ket|le dang quang|ky|mua)\s+", "", text)
    for english, vietnamese in _translations():
        if re.match(rf"{re.escape(english)}(?!\w)", text):  # (`Miss Universe của Tây Ban Nha`: the country's, as `Hoa hậu Hoàn vũ Tây Ban Nha`)
            return vietnamese + re.sub(r"^\s+cua(?=\s)", "", text[len(english):]), True
    return text, False


def translated(first: Mention, mention: Mention) -> bool:
    """Whether two named mentions are one event's English and Vietnamese names (`Miss Earth 2018`, `Hoa hậu Trái đất
    2018`): the same once the English name of `event_translations.tsv` is put in Vietnamese, one of them written in English."""
    if not (first.named and mention.named):
        return False
    (a, english_a), (b, english_b) = _canonical(first.name), _canonical(mention.name)
    return english_a != english_b and a == b
